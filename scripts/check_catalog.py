#!/usr/bin/env python3
"""Consistency check for assets/ai-act/catalog.json (stdlib only).

Checks: both languages present and non-empty in every {en, de} text, ids unique,
every `source`, `milestone`, `moved_to`, `covers` and `area` reference resolves,
dates are valid YYYY-MM-DD, kinds/fields follow assets/ai-act/FORMAT.md, and every
id that FORMAT.md lists is present.

Usage: python3 scripts/check_catalog.py [path/to/catalog.json]
Exit code 0 when clean, 1 when any error was found.
"""
import json
import os
import re
import sys

from catalog_checks import check_date, check_schema, err, expect, finish, has_id, walk_texts
from catalog_checks import check_text as check_text_object

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_PATH = os.path.join(ROOT, "assets", "ai-act", "catalog.json")
SCHEMA_PATH = os.path.join(ROOT, "assets", "schema", "ai-act-catalog.schema.json")

STATUSES = {"law", "amended", "guidance", "proposal", "unverified", "own"}
ROLES = {"provider", "deployer", "importer", "distributor",
         "authorised_representative", "product_manufacturer"}
TRIGGERS = {"in_scope", "prohibited", "high_risk_provider", "high_risk_deployer",
            "high_risk_deployer_annex3", "fria", "public_deployer_registration",
            "importer_high_risk", "distributor_high_risk", "authorised_rep_high_risk",
            "derogation_6_3", "transparency", "gpai", "gpai_systemic"}
SPECIAL_MILESTONES = {"@route", "@gpai", "@prohibited"}
TITLE_MAX = 70

TIMELINE_IDS = ["tl.eif", "tl.ch1_2", "tl.art5_new", "tl.gpai_gov", "tl.general",
                "tl.art50_2_legacy", "tl.annex3", "tl.annex1", "tl.sandbox", "tl.other_acts",
                "tl.gpai_legacy", "tl.pub_auth", "tl.annexX"]

EXPECTED = {
    "definition_element": ["def.ai.%d" % i for i in range(1, 8)],
    "exclusion": ["excl.2.2", "excl.2.3.a", "excl.2.3.b", "excl.2.3.c"]
                 + ["excl.2.%d" % i for i in range(4, 13)],
    "prohibited_practice": ["art5.1.%s" % l for l in "abcdefgh"] + ["art5.1.ba", "art5.1.bb"],
    "annex1_act": ["annex1.A.%d" % i for i in range(1, 13)]
                  + ["annex1.B.%d" % i for i in range(13, 22)],
    "annex3_area": ["annex3.%d" % i for i in (1, 3, 4, 5, 6, 7, 8)],
    "annex3_point": ["annex3.1.a", "annex3.1.b", "annex3.1.c", "annex3.2",
                     "annex3.3.a", "annex3.3.b", "annex3.3.c", "annex3.3.d",
                     "annex3.4.a", "annex3.4.b",
                     "annex3.5.a", "annex3.5.b", "annex3.5.c", "annex3.5.d",
                     "annex3.6.a", "annex3.6.b", "annex3.6.c", "annex3.6.d", "annex3.6.e",
                     "annex3.7.a", "annex3.7.b", "annex3.7.c", "annex3.7.d",
                     "annex3.8.a", "annex3.8.b"],
    "art6_3_condition": ["art6.3.a", "art6.3.b", "art6.3.c", "art6.3.d",
                         "art6.3.chapeau", "art6.3.profiling"],
    "transparency_duty": ["art50.1", "art50.2", "art50.3", "art50.4.a", "art50.4.b"],
    "transparency_rule": ["art50.5"],
    "gpai_rule": ["art51.1.a", "art51.1.b", "art51.2", "art52.1", "art52.2", "art52.5",
                  "art53.1.a", "art53.1.b", "art53.1.c", "art53.1.d", "art53.2", "art54",
                  "art55.1.a", "art55.1.b", "art55.1.c", "art55.1.d", "art111.3"],
    "role": ["role." + r for r in ("provider", "deployer", "importer", "distributor",
                                   "authorised_representative", "product_manufacturer")],
    "role_change": ["art25.1.a", "art25.1.b", "art25.1.c", "art25.2", "art25.3", "art25.4"],
    "obligation": ["art4", "art5", "art6.4", "art9", "art10", "art11", "art12", "art13",
                   "art14", "art15", "art16", "art17", "art18", "art19", "art20", "art21",
                   "art22", "art23", "art24", "art26", "art27", "art43", "art47", "art48",
                   "art49", "art49.2", "art49.3", "art52", "art53", "art55", "art72",
                   "art73", "art86"],
    "fine_tier": ["art99.3", "art99.4", "art99.5", "art99.6", "art99.6a", "art100", "art101"],
}
SELECTABLE = {"excl.2.3.b", "excl.2.4", "excl.2.6", "excl.2.8", "excl.2.10", "excl.2.12"}


def check_text(where, value, required=True):
    """A {en, de} object with two non-empty strings and nothing else; None is 'missing'."""
    if value is None:
        if required:
            err(where, "missing {en, de} text")
        return
    check_text_object(where, value)


def main(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    if "\\u00" in text:
        err(path, "file contains ASCII-escaped characters (\\u00..); write UTF-8")
    cat = json.loads(text)

    expect("top", cat.get("format") == "aims-ai-act-catalog", "format must be aims-ai-act-catalog")
    expect("top", cat.get("version") == 1, "version must be 1")
    check_date("legal_status_as_of", cat.get("legal_status_as_of"))
    extra = set(cat) - {"format", "version", "legal_status_as_of", "sources", "timeline", "entries"}
    expect("top", not extra, "unexpected top-level keys %s" % sorted(extra))
    walk_texts(cat, "$")

    sources = cat.get("sources", [])
    timeline = cat.get("timeline", [])
    entries = cat.get("entries", [])

    all_ids = {}
    for group, items in (("sources", sources), ("timeline", timeline), ("entries", entries)):
        for i, item in enumerate(items):
            iid = item.get("id")
            if not has_id("%s[%d]" % (group, i), iid):
                continue
            if iid in all_ids:
                err(iid, "duplicate id (also in %s)" % all_ids[iid])
            all_ids[iid] = group

    source_status = {}
    for s in sources:
        sid = s.get("id", "?")
        check_text(sid + ".title", s.get("title"))
        expect(sid, s.get("status") in STATUSES, "bad status %r" % s.get("status"))
        source_status[sid] = s.get("status")
        if s.get("celex") is not None:
            expect(sid, re.match(r"^3\d{4}R\d{4}$", str(s["celex"])) is not None, "bad celex")
    for required in ("oj-2024-1689", "omnibus-2026-1744", "com-2025-836",
                     "commission-guidelines", "gpai-code-of-practice", "own-analysis"):
        expect("sources", required in source_status, "missing source %s" % required)

    timeline_ids = set()
    for t in timeline:
        tid = t.get("id", "?")
        timeline_ids.add(tid)
        check_text(tid + ".title", t.get("title"))
        if "note" in t:
            check_text(tid + ".note", t["note"])
        check_date(tid + ".date_enacted", t.get("date_enacted"), nullable=True)
        check_date(tid + ".date_amended", t.get("date_amended"))
        expect(tid, t.get("status") in STATUSES, "bad status")
        expect(tid, t.get("source") in source_status, "source %r does not resolve" % t.get("source"))
        changed = t.get("date_enacted") != t.get("date_amended")
        if changed:
            expect(tid, t.get("status") == "amended", "date changed but status is not 'amended'")
        else:
            expect(tid, t.get("status") == "law", "date unchanged but status is not 'law'")
        if len(t.get("title", {}).get("en", "")) > TITLE_MAX or len(t.get("title", {}).get("de", "")) > TITLE_MAX:
            err(tid, "title longer than %d characters" % TITLE_MAX)
    for tid in TIMELINE_IDS:
        expect("timeline", tid in timeline_ids, "missing milestone %s" % tid)

    entry_ids = {e.get("id") for e in entries}
    entry_kind = {e.get("id"): e.get("kind") for e in entries}
    by_kind = {}
    for e in entries:
        eid = e.get("id", "?")
        kind = e.get("kind")
        by_kind.setdefault(kind, []).append(eid)
        if kind not in EXPECTED:
            err(eid, "unknown kind %r" % kind)
            continue
        for f in ("ref", "title", "summary"):
            check_text("%s.%s" % (eid, f), e.get(f))
        if "note" in e:
            check_text(eid + ".note", e["note"])
        for lang in ("en", "de"):
            t = e.get("title", {}).get(lang, "")
            if len(t) > TITLE_MAX:
                err(eid, "%s title longer than %d characters (%d)" % (lang, TITLE_MAX, len(t)))
        expect(eid, e.get("status") in STATUSES, "bad status %r" % e.get("status"))
        src = e.get("source")
        if src not in source_status:
            err(eid, "source %r does not resolve" % src)
        elif source_status[src] != e.get("status"):
            err(eid, "status %r differs from its source's status %r" % (e.get("status"), source_status[src]))

        def ms(value):
            if kind == "obligation" and value in SPECIAL_MILESTONES:
                return
            expect(eid, value in timeline_ids, "milestone %r does not resolve" % (value,))

        if kind == "definition_element":
            check_text(eid + ".question", e.get("question"))
        elif kind == "exclusion":
            expect(eid, isinstance(e.get("selectable"), bool), "selectable must be bool")
            expect(eid, e.get("selectable") == (eid in SELECTABLE), "selectable differs from FORMAT.md")
            want = ("out_of_scope_unless_regulated" if eid == "excl.2.12"
                    else "out_of_scope" if eid in SELECTABLE else "info")
            expect(eid, e.get("effect") == want, "effect should be %r" % want)
        elif kind == "prohibited_practice":
            ms(e.get("milestone"))
            want = "tl.art5_new" if eid in ("art5.1.ba", "art5.1.bb") else "tl.ch1_2"
            expect(eid, e.get("milestone") == want, "milestone should be %s" % want)
            # Which practices have an exception or carve-out is the catalog's to say (the
            # engine reads has_exception); it must then say what the exception is.
            has = e.get("has_exception")
            expect(eid, isinstance(has, bool), "has_exception must be true or false")
            if has:
                check_text(eid + ".exception", e.get("exception"))
            else:
                expect(eid, e.get("exception", "x") is None, "exception should be null")
        elif kind == "annex1_act":
            expect(eid, e.get("section") == eid.split(".")[1], "section does not match id")
            expect(eid, isinstance(e.get("legislation"), str) and e["legislation"].strip(), "legislation missing")
            mt = e.get("moved_to", "x")
            if eid == "annex1.A.1":
                expect(eid, mt == "annex1.B.21", "moved_to should be annex1.B.21")
            else:
                expect(eid, mt is None, "moved_to should be null")
            if mt not in (None, "x"):
                expect(eid, mt in entry_ids, "moved_to %r does not resolve" % mt)
        elif kind == "annex3_point":
            area = e.get("area")
            n = e.get("area_number")
            expect(eid, area == "annex3.%s" % n and eid.startswith(area), "area/area_number inconsistent")
            expect(eid, area in entry_ids, "area %r does not resolve" % area)
            expect(eid, e.get("conformity") == ("annex6_or_annex7" if n == 1 else "annex6"), "conformity wrong")
            expect(eid, e.get("registration") == ("national" if n == 2 else "eu_non_public" if n in (6, 7) else "eu"),
                   "registration wrong")
            fria = ("never" if n == 2 else "all_deployers" if eid in ("annex3.5.b", "annex3.5.c")
                    else "public_or_public_service")
            expect(eid, e.get("fria") == fria, "fria should be %s" % fria)
            co = e.get("carve_out", "x")
            expect(eid, co != "x", "carve_out missing (use null)")
            if co not in (None, "x"):
                check_text(eid + ".carve_out", co)
        elif kind == "art6_3_condition":
            check_text(eid + ".examples", e.get("examples"))
        elif kind == "transparency_duty":
            want = "provider" if eid in ("art50.1", "art50.2") else "deployer"
            expect(eid, e.get("binds") == want, "binds should be %s" % want)
            check_text(eid + ".exception", e.get("exception"))
            ms(e.get("milestone"))
            expect(eid, e.get("milestone") == "tl.general", "milestone should be tl.general")
        elif kind == "gpai_rule":
            tf = e.get("threshold_flop", "x")
            if eid == "art51.2":
                expect(eid, tf == 1e25, "threshold_flop should be 1e25")
            else:
                expect(eid, tf is None, "threshold_flop should be null")
        elif kind == "role":
            expect(eid, isinstance(e.get("definition_ref"), str) and e["definition_ref"], "definition_ref missing")
        elif kind == "role_change":
            want = {"art25.1.a": "own_name_on_high_risk", "art25.1.b": "substantial_modification",
                    "art25.1.c": "repurposed_to_high_risk"}.get(eid)
            expect(eid, e.get("profile_field", "x") == want, "profile_field should be %r" % want)
        elif kind == "obligation":
            roles = e.get("roles")
            expect(eid, isinstance(roles, list) and roles and set(roles) <= ROLES
                   and len(set(roles)) == len(roles), "roles invalid: %r" % (roles,))
            expect(eid, e.get("trigger") in TRIGGERS, "trigger invalid: %r" % e.get("trigger"))
            ms(e.get("milestone"))
        elif kind == "fine_tier":
            for f in ("amount_eur", "percent"):
                v = e.get(f, "x")
                expect(eid, v is None or (isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0),
                       "%s must be a positive number or null" % f)
            # "lower" entries modify the other tiers for one kind of company (Art. 99(6) SMEs,
            # Art. 99(6a) small mid-caps) and name it in applies_to; they cover tiers.
            rule = e.get("rule")
            expect(eid, rule in ("higher", "lower"), "rule must be higher or lower")
            if rule == "lower":
                expect(eid, e.get("applies_to") in ("sme", "small_midcap"), "applies_to must be sme or small_midcap")
                for c in e.get("covers") or []:
                    expect(eid, entry_kind.get(c) == "fine_tier", "covers %r is not a fine tier" % c)
            else:
                expect(eid, "applies_to" not in e, "applies_to only on lower-amount rules")
            covers = e.get("covers")
            expect(eid, isinstance(covers, list), "covers must be a list")
            for c in covers or []:
                expect(eid, c in entry_ids, "covers %r does not resolve" % c)

    for kind, ids in EXPECTED.items():
        have = set(by_kind.get(kind, []))
        missing = [i for i in ids if i not in have]
        extra = sorted(have - set(ids))
        if missing:
            err(kind, "missing ids %s" % missing)
        if extra:
            err(kind, "ids not listed in FORMAT.md %s" % extra)

    schema_note = check_schema(cat, SCHEMA_PATH, ROOT)

    counts = ", ".join("%s=%d" % (k, len(by_kind.get(k, []))) for k in EXPECTED)
    print("%s: %d sources, %d milestones, %d entries (%s); %s; %d bytes" % (
        os.path.relpath(path), len(sources), len(timeline), len(entries), counts, schema_note, len(raw)))
    return finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_PATH))
