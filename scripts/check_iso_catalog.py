#!/usr/bin/env python3
"""Consistency check for assets/iso42001/catalog.json (stdlib only).

Checks: exactly the 32 clauses and 38 Annex A controls of assets/iso42001/FORMAT.md, ids
unique, every group/parent/source resolves, documented_information matches the reference,
every mapping `from` is a requirement id, every map.aiact `to` is an entry id of
assets/ai-act/catalog.json, map.27001/map.9001 `to` values are plausible clause/control numbers,
relationships valid, both languages present and non-empty in every {en, de} text, evidence
lists of equal length (2-4 items), maturity scale 0-5, and the file is UTF-8 JSON pretty-printed
with 2-space indent (no \\u escapes).

Usage: python3 scripts/check_iso_catalog.py [path/to/catalog.json [path/to/ai-act/catalog.json]]
Exit code 0 when clean, 1 when any error was found.
"""
import json
import os
import re
import sys

from catalog_checks import check_schema, check_text, err, expect, finish, has_id, walk_texts

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PATH = os.path.join(ROOT, "assets", "iso42001", "catalog.json")
AIACT_PATH = os.path.join(ROOT, "assets", "ai-act", "catalog.json")
SCHEMA_PATH = os.path.join(ROOT, "assets", "schema", "iso42001-catalog.schema.json")

RELATIONSHIPS = {"equal", "subset", "superset", "intersect"}
DI_VALUES = {"yes", "no", "likely"}
TITLE_MAX = 70

# Section 11.2 of the reference: clause id -> documented information (DI column).
CLAUSES = {
    "4.1": "no", "4.2": "no", "4.3": "yes", "4.4": "no",
    "5.1": "no", "5.2": "yes", "5.3": "no",
    "6.1.1": "likely", "6.1.2": "yes", "6.1.3": "yes", "6.1.4": "yes", "6.2": "yes", "6.3": "no",
    "7.1": "no", "7.2": "yes", "7.3": "no", "7.4": "no",
    "7.5.1": "no", "7.5.2": "no", "7.5.3": "no",
    "8.1": "yes", "8.2": "yes", "8.3": "yes", "8.4": "yes",
    "9.1": "yes", "9.2.1": "no", "9.2.2": "yes", "9.3.1": "no", "9.3.2": "no", "9.3.3": "yes",
    "10.1": "no", "10.2": "yes",
}
# Section 11.4: the 38 Annex A controls.
CONTROLS = (
    ["A.2.%d" % i for i in range(2, 5)]
    + ["A.3.%d" % i for i in range(2, 4)]
    + ["A.4.%d" % i for i in range(2, 7)]
    + ["A.5.%d" % i for i in range(2, 6)]
    + ["A.6.1.%d" % i for i in range(2, 4)]
    + ["A.6.2.%d" % i for i in range(2, 9)]
    + ["A.7.%d" % i for i in range(2, 7)]
    + ["A.8.%d" % i for i in range(2, 6)]
    + ["A.9.%d" % i for i in range(2, 5)]
    + ["A.10.%d" % i for i in range(2, 5)]
)
CONTROLS_WITH_RECORDS = {"A.4.2", "A.5.3", "A.6.2.2", "A.6.2.3", "A.6.2.7", "A.6.2.8", "A.8.5"}
CLAUSE_GROUPS = ["clause.%d" % n for n in range(4, 11)]
CONTROL_GROUPS = ["A.%d" % n for n in range(2, 11)]
CONTROL_SUBGROUPS = {"A.6.1": "A.6", "A.6.2": "A.6"}
MATURITY = ["incomplete", "initial", "managed", "defined", "quantitatively_managed", "optimising"]
MAPPINGS = {"map.27001": "ISO/IEC 27001:2022", "map.9001": "ISO 9001:2015", "map.aiact": "EU AI Act",
            "map.gdpr": "GDPR (Reg. (EU) 2016/679)", "map.nis2": "NIS2 (Dir. (EU) 2022/2555)"}
# map.gdpr / map.nis2 link to the practices of assets/compliance/catalog.json.
COMPLIANCE_PATH = os.path.join(ROOT, "assets", "compliance", "catalog.json")
SOURCES = {"iso42001-outline", "iso27001-scf-pivot", "own-analysis"}

# Clause numbers that exist in ISO/IEC 27001:2022 and ISO 9001:2015 (structure only).
CLAUSES_27001 = {"4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1.1", "6.1.2", "6.1.3", "6.2",
                 "6.3", "7.1", "7.2", "7.3", "7.4", "7.5.1", "7.5.2", "7.5.3", "8.1", "8.2", "8.3",
                 "9.1", "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3", "10.1", "10.2"}
ANNEX_A_27001 = {"5": 37, "6": 8, "7": 14, "8": 34}  # theme -> number of controls
CLAUSES_9001 = {
    "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3",
    "7.1", "7.2", "7.3", "7.4", "7.5.1", "7.5.2", "7.5.3",
    "8.1", "8.2", "8.3", "8.3.1", "8.3.2", "8.3.3", "8.3.4", "8.3.5", "8.3.6", "8.4", "8.5", "8.6", "8.7",
    "9.1", "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3", "10.1", "10.2", "10.3",
}


def check_evidence(where, value):
    if not isinstance(value, dict) or set(value) != {"en", "de"}:
        err(where, "evidence must be an object with exactly 'en' and 'de' lists")
        return
    en, de = value["en"], value["de"]
    for lang, items in (("en", en), ("de", de)):
        if not isinstance(items, list):
            err(where, "evidence.%s must be a list" % lang)
            return
        if not 2 <= len(items) <= 4:
            err(where, "evidence.%s has %d items (expected 2-4)" % (lang, len(items)))
        for i, s in enumerate(items):
            if not isinstance(s, str) or not s.strip() or s != s.strip():
                err(where, "evidence.%s[%d] empty or padded" % (lang, i))
            elif lang == "de" and '"' in s:
                err(where, "evidence.de[%d] uses straight double quotes" % i)
        if len(set(items)) != len(items):
            err(where, "evidence.%s has duplicate items" % lang)
    if len(en) != len(de):
        err(where, "evidence lists differ in length (en %d, de %d)" % (len(en), len(de)))


def check_title_len(where, title):
    if isinstance(title, dict):
        for lang in ("en", "de"):
            t = title.get(lang, "")
            if isinstance(t, str) and len(t) > TITLE_MAX:
                err(where, "%s title longer than %d characters (%d)" % (lang, TITLE_MAX, len(t)))


def valid_27001_target(to):
    if to in CLAUSES_27001:
        return True
    m = re.match(r"^A\.([5-8])\.([0-9]+)$", to)
    return bool(m) and 1 <= int(m.group(2)) <= ANNEX_A_27001[m.group(1)]


def expected_group_and_parent(rid):
    """(group, parent) that FORMAT.md prescribes for a requirement id."""
    if rid.startswith("A."):
        parts = rid.split(".")
        group = ".".join(parts[:2])
        parent = ".".join(parts[:3]) if len(parts) == 4 else group
        return group, parent
    return "clause." + rid.split(".")[0], None


def load_aiact_ids(path):
    try:
        with open(path, encoding="utf-8") as f:
            cat = json.load(f)
    except (OSError, ValueError) as e:
        err("ai-act", "cannot read %s: %s" % (path, e))
        return set()
    return {e.get("id") for e in cat.get("entries", []) if isinstance(e, dict)}


def main(path, aiact_path):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("ERROR %s: not UTF-8 (%s)" % (path, e))
        return 1
    if "\\u00" in text or "\\u20" in text:
        err(path, "file contains ASCII-escaped characters (\\uXXXX); write UTF-8")
    try:
        cat = json.loads(text)
    except ValueError as e:
        print("ERROR %s: invalid JSON: %s" % (path, e))
        return 1
    if text != json.dumps(cat, indent=2, ensure_ascii=False) + "\n":
        err(path, "not pretty-printed with 2-space indent and ensure_ascii=False (plus final newline)")

    expect("top", cat.get("format") == "aims-iso42001-catalog", "format must be aims-iso42001-catalog")
    expect("top", cat.get("version") == 1, "version must be 1")
    expect("top", cat.get("standard") == "ISO/IEC 42001:2023", "standard must be ISO/IEC 42001:2023")
    allowed = {"format", "version", "standard", "note", "maturity_scale", "groups", "requirements",
               "mappings", "sources", "phases", "blockers", "blockers_note"}
    phase_ids = {ph.get("id") for ph in cat.get("phases", [])}
    expect("phases", phase_ids == {1, 2, 3, 4, 5}, "phases must be 1-5")
    for ph in cat.get("phases", []):
        expect("phases", isinstance(ph.get("weight"), int) and ph["weight"] > 0, "phase weight must be a positive integer")
    all_req = {r.get("id") for r in cat.get("requirements", [])}
    for b in cat.get("blockers", []):
        for rq in b.get("requirements", []):
            expect(b.get("id"), rq in all_req, "blocker names unknown requirement %s" % rq)
        ev = b.get("evidence", "")
        expect(b.get("id"), ev in {"ai_officer", "risks", "soa", "objectives", "training", "audit_done", "review_done"}
               or ev.startswith("document:"), "unknown evidence check %s" % ev)
    expect("top", not (set(cat) - allowed), "unexpected top-level keys %s" % sorted(set(cat) - allowed))
    expect("top", not (allowed - set(cat)), "missing top-level keys %s" % sorted(allowed - set(cat)))
    check_text("note", cat.get("note"))
    walk_texts(cat, "$", skip_suffix=".evidence")

    # ---- sources
    source_ids = set()
    for i, s in enumerate(cat.get("sources", [])):
        sid = s.get("id")
        if not has_id("sources[%d]" % i, sid):
            continue
        expect(sid, sid not in source_ids, "duplicate source id")
        source_ids.add(sid)
        check_text(sid + ".title", s.get("title"))
        if "status" in s:
            expect(sid, s["status"] == "own", "source status must be 'own'")
    expect("sources", SOURCES <= source_ids, "missing sources %s" % sorted(SOURCES - source_ids))

    # ---- maturity scale
    scale = cat.get("maturity_scale", [])
    expect("maturity_scale", [m.get("level") for m in scale] == list(range(6)), "levels must be 0..5 in order")
    expect("maturity_scale", [m.get("id") for m in scale] == MATURITY, "ids must be %s" % MATURITY)
    for m in scale:
        where = "maturity.%s" % m.get("id")
        check_text(where + ".title", m.get("title"))
        check_text(where + ".description", m.get("description"))
        expect(where, set(m) == {"level", "id", "title", "description"}, "unexpected or missing keys")

    # ---- groups
    groups = {}
    for i, g in enumerate(cat.get("groups", [])):
        gid = g.get("id")
        if not has_id("groups[%d]" % i, gid):
            continue
        expect(gid, gid not in groups, "duplicate group id")
        groups[gid] = g
        kind = g.get("kind")
        check_text(gid + ".title", g.get("title"))
        check_title_len(gid, g.get("title"))
        if kind == "clause_group":
            expect(gid, g.get("number") == gid[len("clause."):], "number must match id")
            expect(gid, "parent" not in g and "objective" not in g, "clause groups have no parent/objective")
        elif kind in ("control_group", "control_subgroup"):
            expect(gid, g.get("number") == gid, "number must equal id")
            check_text(gid + ".objective", g.get("objective"))
            if kind == "control_subgroup":
                expect(gid, CONTROL_SUBGROUPS.get(gid) == g.get("parent"),
                       "parent must be %r" % CONTROL_SUBGROUPS.get(gid))
            else:
                expect(gid, "parent" not in g, "control groups have no parent")
        else:
            err(gid, "unknown kind %r" % kind)
    for gid in CLAUSE_GROUPS:
        expect("groups", groups.get(gid, {}).get("kind") == "clause_group", "missing clause group %s" % gid)
    for gid in CONTROL_GROUPS:
        expect("groups", groups.get(gid, {}).get("kind") == "control_group", "missing control group %s" % gid)
    for gid, parent in CONTROL_SUBGROUPS.items():
        expect("groups", groups.get(gid, {}).get("kind") == "control_subgroup", "missing control subgroup %s" % gid)
        expect(gid, parent in groups, "parent %s does not exist" % parent)
    extra_groups = set(groups) - set(CLAUSE_GROUPS) - set(CONTROL_GROUPS) - set(CONTROL_SUBGROUPS)
    expect("groups", not extra_groups, "unexpected groups %s" % sorted(extra_groups))

    # ---- requirements
    req_ids = set()
    clauses, controls = [], []
    for i, r in enumerate(cat.get("requirements", [])):
        rid = r.get("id")
        if not has_id("requirements[%d]" % i, rid):
            continue
        expect(rid, rid not in req_ids and rid not in groups, "duplicate id")
        req_ids.add(rid)
        kind = r.get("kind")
        keys = {"id", "kind", "group", "parent", "title", "question", "evidence",
                "documented_information", "status", "source", "phase"}
        optional = {"applies_to"}
        expect(rid, keys <= set(r) <= keys | optional, "keys differ from FORMAT.md: extra %s, missing %s" % (
            sorted(set(r) - keys - optional), sorted(keys - set(r))))
        expect(rid, r.get("phase") in (1, 2, 3, 4, 5), "phase must be 1-5")
        expect(rid, r.get("applies_to", "provider") == "provider", "applies_to may only be provider")
        if kind == "clause":
            clauses.append(rid)
            expect(rid, rid in CLAUSES, "not a clause of reference section 11.2")
            if rid in CLAUSES:
                expect(rid, r.get("documented_information") == CLAUSES[rid],
                       "documented_information %r, expected %r" % (r.get("documented_information"), CLAUSES[rid]))
        elif kind == "control":
            controls.append(rid)
            expect(rid, rid in CONTROLS, "not a control of reference section 11.4")
            di = "yes" if rid in CONTROLS_WITH_RECORDS else "no"
            expect(rid, r.get("documented_information") == di,
                   "documented_information %r, expected %r" % (r.get("documented_information"), di))
        else:
            err(rid, "unknown kind %r" % kind)
        expect(rid, r.get("documented_information") in DI_VALUES, "bad documented_information")
        group, parent = expected_group_and_parent(rid)
        expect(rid, r.get("group") == group, "group %r, expected %r" % (r.get("group"), group))
        expect(rid, r.get("group") in groups, "group %r does not exist" % r.get("group"))
        expect(rid, r.get("parent") == parent, "parent %r, expected %r" % (r.get("parent"), parent))
        if r.get("parent") is not None:
            expect(rid, r.get("parent") in groups, "parent %r does not exist" % r.get("parent"))
        for f in ("title", "question"):
            check_text("%s.%s" % (rid, f), r.get(f))
        check_title_len(rid, r.get("title"))
        q = r.get("question") or {}
        for lang in ("en", "de"):
            s = q.get(lang, "")
            if isinstance(s, str) and s and not s.endswith("?"):
                err(rid, "question.%s must end with '?'" % lang)
        de_q = q.get("de", "") if isinstance(q.get("de"), str) else ""
        if re.search(r"\b(du|dein|deine|deinen|deinem|deiner|dir|dich|euch|euer|eure)\b", de_q):
            err(rid, "German question must address the user formally (Sie)")
        check_evidence(rid + ".evidence", r.get("evidence"))
        expect(rid, r.get("status") == "own", "status must be 'own'")
        expect(rid, r.get("source") == "iso42001-outline", "source must be 'iso42001-outline'")
        expect(rid, r.get("source") in source_ids, "source %r does not resolve" % r.get("source"))
    expect("requirements", len(clauses) == 32, "expected 32 clauses, found %d" % len(clauses))
    expect("requirements", len(controls) == 38, "expected 38 controls, found %d" % len(controls))
    missing = (set(CLAUSES) | set(CONTROLS)) - req_ids
    expect("requirements", not missing, "missing requirements %s" % sorted(missing))
    expect("requirements", clauses == list(CLAUSES) and controls == CONTROLS,
           "requirements not in standard order")

    # ---- mappings
    aiact_ids = load_aiact_ids(aiact_path)
    with open(COMPLIANCE_PATH, encoding="utf-8") as f:
        comp = json.load(f)
    practice_ids = {"gdpr": {x["id"] for x in comp.get("gdpr", [])},
                    "nis2": {x["id"] for x in comp.get("nis2", {}).get("items", [])}}
    mapping_ids = set()
    link_counts = {}
    for i, m in enumerate(cat.get("mappings", [])):
        mid = m.get("id")
        if not has_id("mappings[%d]" % i, mid):
            continue
        expect(mid, mid not in mapping_ids, "duplicate mapping id")
        mapping_ids.add(mid)
        expect(mid, mid in MAPPINGS, "unknown mapping id")
        expect(mid, m.get("target") == MAPPINGS.get(mid), "target must be %r" % MAPPINGS.get(mid))
        expect(mid, m.get("status") == "own", "status must be 'own'")
        if "source" in m:
            expect(mid, m["source"] in source_ids, "source %r does not resolve" % m["source"])
        check_text(mid + ".note", m.get("note"))
        seen = set()
        links = m.get("links", [])
        expect(mid, isinstance(links, list) and links, "links missing or empty")
        link_counts[mid] = len(links)
        for j, ln in enumerate(links):
            where = "%s.links[%d]" % (mid, j)
            frm, to, rel = ln.get("from"), ln.get("to"), ln.get("relationship")
            expect(where, set(ln) == {"from", "to", "relationship", "rationale"}, "unexpected or missing keys")
            expect(where, frm in req_ids, "from %r is not a requirement id" % (frm,))
            expect(where, rel in RELATIONSHIPS, "bad relationship %r" % (rel,))
            check_text(where + ".rationale", ln.get("rationale"))
            expect(where, (frm, to) not in seen, "duplicate link %s -> %s" % (frm, to))
            seen.add((frm, to))
            if not isinstance(to, str) or not to:
                err(where, "missing to")
                continue
            if mid == "map.aiact":
                expect(where, to in aiact_ids, "to %r is not an entry id of %s" % (
                    to, os.path.relpath(aiact_path, ROOT)))
            elif mid == "map.27001":
                expect(where, valid_27001_target(to), "to %r is not an ISO/IEC 27001:2022 clause or control" % to)
            elif mid == "map.9001":
                expect(where, to in CLAUSES_9001, "to %r is not an ISO 9001:2015 clause" % to)
            elif mid in ("map.gdpr", "map.nis2"):
                kind = mid[4:]
                expect(where, to.startswith(kind + ".") and to in practice_ids[kind],
                       "to %r is not a %s practice of %s" % (to, kind, os.path.relpath(COMPLIANCE_PATH, ROOT)))
        if mid == "map.27001":
            covered = {f for f, t in seen if f in CLAUSES}
            expect(mid, covered == set(CLAUSES), "clauses without a 27001 link %s" % sorted(set(CLAUSES) - covered))
    expect("mappings", set(MAPPINGS) <= mapping_ids, "missing mappings %s" % sorted(set(MAPPINGS) - mapping_ids))
    for kind in ("gdpr", "nis2"):
        linked = {t for m in cat.get("mappings", []) if m.get("id") == "map." + kind
                  for t in (ln.get("to") for ln in m.get("links", []))}
        expect("map." + kind, practice_ids[kind] <= linked,
               "practices without a link (they could never be carried over) %s" % sorted(practice_ids[kind] - linked))

    schema_note = check_schema(cat, SCHEMA_PATH, ROOT)

    print("%s: %d clauses, %d controls, %d groups, %d maturity levels, links %s; %s; %d bytes" % (
        os.path.relpath(path), len(clauses), len(controls), len(groups), len(scale),
        ", ".join("%s=%d" % kv for kv in sorted(link_counts.items())), schema_note, len(raw)))
    return finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_PATH,
                  sys.argv[2] if len(sys.argv) > 2 else AIACT_PATH))
