#!/usr/bin/env python3
"""Consistency check for assets/compliance/catalog.json.

Checks: the JSON Schema (assets/schema/compliance-catalog.schema.json); ids unique; every entry
has a status and a source that resolves to `sources`; every {en, de} text complete; every AI
Act id (links, Art. 21's `beside`, sector obligation notes) and every Annex I/III id of an
example profile exists in assets/ai-act/catalog.json; obligation notes name a rule of their
sector; every GDPR practice and NIS2 measure is linked by map.gdpr / map.nis2 of the ISO
catalog (else it could never be carried over); the facts the reference tags keep their tags
(Art. 4a amended, Art. 73 deadlines law, NIS2 unverified).

Usage: python3 scripts/check_compliance.py [path/to/compliance/catalog.json]
Exit code 0 when clean, 1 when any error was found.
"""
import json
import os
import sys

from catalog_checks import check_schema, err, expect, finish, walk_texts

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PATH = os.path.join(ROOT, "assets", "compliance", "catalog.json")
SCHEMA_PATH = os.path.join(ROOT, "assets", "schema", "compliance-catalog.schema.json")
AIACT_PATH = os.path.join(ROOT, "assets", "ai-act", "catalog.json")
ISO_PATH = os.path.join(ROOT, "assets", "iso42001", "catalog.json")
STATUSES = {"law", "amended", "guidance", "proposal", "unverified", "own"}


def main(path):
    with open(path, encoding="utf-8") as f:
        cat = json.load(f)
    with open(AIACT_PATH, encoding="utf-8") as f:
        aiact = {e["id"] for e in json.load(f)["entries"]}
    with open(ISO_PATH, encoding="utf-8") as f:
        iso = json.load(f)
    sources = {s.get("id") for s in cat.get("sources", [])}
    ids = set()

    def entry(where, e):
        i = e.get("id")
        expect(where, isinstance(i, str) and i, "missing id")
        expect(where, i not in ids, "duplicate id %r" % i)
        ids.add(i)
        expect(where, e.get("status") in STATUSES, "status %r" % e.get("status"))
        expect(where, e.get("source") in sources, "source %r does not resolve" % e.get("source"))

    walk_texts(cat, "catalog")
    for g in cat.get("gdpr", []):
        entry("gdpr." + str(g.get("id")), g)
    nis2 = cat.get("nis2", {})
    ent = nis2.get("entity", {})
    expect("nis2.entity", ent.get("status") == "unverified", "NIS2 is not in the reference: status must be unverified")
    expect("nis2.entity", "NIS2UmsuCG" in ent.get("help", {}).get("de", ""), "help must name the NIS2UmsuCG")
    for n in nis2.get("items", []):
        entry("nis2." + str(n.get("id")), n)
        b = n.get("beside")
        if b:
            expect(n["id"], b.get("obligation") in aiact, "beside obligation %r unknown" % b.get("obligation"))
            expect(n["id"], b.get("status") in STATUSES and b.get("source") in sources, "beside without status/source")
    for r in nis2.get("incident_reporting", []):
        entry("incident." + str(r.get("id")), r)
        want = "law" if r.get("regime") == "ai_act" else "unverified"
        expect(r.get("id"), r.get("status") == want, "status must be %s" % want)
    practice_ids = {x["id"] for x in cat.get("gdpr", [])} | {x["id"] for x in nis2.get("items", [])}
    for l in cat.get("ai_act_links", []):
        entry("link." + str(l.get("id")), l)
        expect(l.get("id"), l.get("obligation") in aiact, "obligation %r unknown" % l.get("obligation"))
        expect(l.get("id"), l.get("gdpr") in practice_ids, "gdpr %r unknown" % l.get("gdpr"))
        if l.get("id") == "link.bias_data":
            expect(l["id"], l.get("status") == "amended", "Art. 4a is amended law")
    for s in cat.get("sectors", []):
        sid = s.get("id")
        rules = {r.get("id") for r in s.get("rules", [])}
        for e in s.get("examples", []):
            entry("%s.example.%s" % (sid, e.get("id")), e)
            p = e.get("profile", {})
            for a in p.get("annex3", []):
                expect(e.get("id"), a in aiact, "annex3 %r unknown" % a)
            act = (p.get("annex1") or {}).get("act")
            if act:
                expect(e.get("id"), act in aiact, "annex1 act %r unknown" % act)
        for h in s.get("hints", []) + s.get("rules", []) + s.get("factors", []):
            entry("%s.%s" % (sid, h.get("id")), h)
        for o in s.get("obligation_notes", []):
            expect(sid, o.get("obligation") in aiact, "obligation %r unknown" % o.get("obligation"))
            expect(sid, o.get("rule") in rules, "obligation note to unknown rule %r" % o.get("rule"))
    linked = {ln["to"] for m in iso.get("mappings", []) if m.get("id") in ("map.gdpr", "map.nis2") for ln in m["links"]}
    expect("iso mappings", practice_ids <= linked, "practices without an ISO link %s" % sorted(practice_ids - linked))
    expect("iso mappings", linked <= practice_ids, "ISO links to unknown practices %s" % sorted(linked - practice_ids))
    note = check_schema(cat, SCHEMA_PATH, ROOT)
    print("%s: %d GDPR practices, %d NIS2 measures, %d links, %d incident rules, %d sectors; %s" % (
        os.path.relpath(path, ROOT), len(cat.get("gdpr", [])), len(nis2.get("items", [])), len(cat.get("ai_act_links", [])),
        len(nis2.get("incident_reporting", [])), len(cat.get("sectors", [])), note))
    return finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_PATH))
