#!/usr/bin/env python3
"""Checks the spreadsheets aims exports, with openpyxl (Debian's python3-openpyxl: run with
/usr/bin/python3 when the python3 on PATH lacks it).

  check_exports.py cli AIMS                 runs `AIMS export` on the demo project in both
                                            languages (workbook and hand-over) and checks all,
                                            plus the bad-input cases (exit 2, nothing left)
  check_exports.py xlsx FILE --lang de|en [--as-of DATE] [--aims AIMS]
                                            checks one workbook of the demo project (the
                                            browser test's download); DATE: the app's today
  check_exports.py ciso DIR|ZIP --lang de|en [--as-of DATE] [--aims AIMS]
                                            checks the hand-over files to CISO Assistant
                                            (the CLI's directory or the app's ZIP)

The expected values come from the project file, the catalogs and `aims assess` / `aims
classify` (JSON), never from the workbook itself. Prints one line per check group and
"exports: N checks passed"; exits 1 on the first failure with what differed."""
import datetime
import json
import pathlib
import subprocess
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEMO = ROOT / "assets" / "project" / "demo-de.json"
ISO = ROOT / "assets" / "iso42001" / "catalog.json"

SHEETS = {
    "en": ["AI systems", "Obligations per AI system", "Gap assessment", "Statement of Applicability",
           "Risk register", "RACI", "Tasks and roadmap", "AI Act deadlines"],
    "de": ["KI-Systeme", "Pflichten je KI-System", "Gap-Analyse", "Erklärung zur Anwendbarkeit",
           "Risikoinventar", "RACI", "Aufgaben und Fahrplan", "Fristen der KI-VO"],
}
# The first columns of each sheet, as a consultant reads them (the rest are checked for presence).
HEADERS = {
    "en": {
        "AI systems": ["ID", "Name", "Risk class (AI Act)", "Role of the organisation", "High-risk because of",
                       "FRIA required", "Registration", "Next deadline"],
        "Gap assessment": ["No.", "Type", "Title", "Applicable", "Maturity level", "Status", "Score"],
        "Risk register": ["ID", "Risk", "AI system", "Category", "Likelihood", "Impact", "Score", "Risk level"],
        "RACI": ["AI system", "Responsible (R)", "Accountable (A)", "Consulted (C)", "Informed (I)"],
    },
    "de": {
        "KI-Systeme": ["ID", "Name", "Risikoklasse (KI-VO)", "Rolle der Organisation", "Hochriskant wegen",
                       "Grundrechte-Folgenabschätzung erforderlich", "Registrierung", "Nächste Frist"],
        "Gap-Analyse": ["Nr.", "Art", "Titel", "Anwendbar", "Reifegrad", "Status", "Punkte"],
        "Risikoinventar": ["ID", "Risiko", "KI-System", "Kategorie", "Wahrscheinlichkeit", "Auswirkung",
                           "Risikowert", "Risikostufe"],
        "RACI": ["KI-System", "Durchführungsverantwortlich (R)", "Gesamtverantwortlich (A)", "Konsultiert (C)",
                 "Informiert (I)"],
    },
}
LEVEL_FILL = {"low": "C6EFCE", "medium": "FFEB9C", "high": "F8CBAD", "critical": "FF8080"}

# CISO Assistant's Data Wizard (backend/data_wizard/views.py) and libraries: the exact columns
# of each file and the values each enumerated column may take.
CISO_FILES = ["1-assets.xlsx", "2-applied-controls.xlsx", "3-iso42001-audit.xlsx", "4-risk-assessment.xlsx",
              "README.md"]
CISO_HEADERS = {
    "1-assets.xlsx": ["ref_id", "name", "type", "description", "filtering_labels"],
    "2-applied-controls.xlsx": ["ref_id", "name", "description", "category", "csf_function", "status", "eta"],
    "3-iso42001-audit.xlsx": ["urn", "assessable", "ref_id", "name", "description", "compliance_result",
                              "requirement_progress", "score", "implementation_score", "documentation_score",
                              "observations"],
    "4-risk-assessment.xlsx": ["ref_id", "name", "description", "current_proba", "current_impact",
                               "residual_proba", "residual_impact", "treatment"],
}
CISO_ENUMS = {
    ("1-assets.xlsx", "type"): {"PR", "SP"},
    ("2-applied-controls.xlsx", "category"): {"policy", "process", "technical", "physical", "procedure"},
    ("2-applied-controls.xlsx", "csf_function"): {"govern", "identify", "protect", "detect", "respond", "recover"},
    ("2-applied-controls.xlsx", "status"): {"to_do", "in_progress", "on_hold", "active", "deprecated"},
    ("3-iso42001-audit.xlsx", "compliance_result"): {"not_assessed", "non_compliant", "partially_compliant",
                                                     "compliant", "not_applicable"},
    ("3-iso42001-audit.xlsx", "requirement_progress"): {"to_do", "in_progress", "in_review", "done"},
    ("4-risk-assessment.xlsx", "treatment"): {"open", "mitigate", "accept", "avoid", "transfer"},
    # The labels of the matrix "5x5 ISO-27005" (urn:intuitem:risk:matrix:5x5-iso27005).
    ("4-risk-assessment.xlsx", "current_proba"): {"1 - unlikely", "2 - rather unlikely", "3 - likely",
                                                  "4 - very likely", "5 - almost certain"},
    ("4-risk-assessment.xlsx", "current_impact"): {"1 - minor", "2 - significant", "3 - serious", "4 - critical",
                                                   "5 - catastrophic"},
}
CISO_ENUMS[("4-risk-assessment.xlsx", "residual_proba")] = CISO_ENUMS[("4-risk-assessment.xlsx", "current_proba")]
CISO_ENUMS[("4-risk-assessment.xlsx", "residual_impact")] = CISO_ENUMS[("4-risk-assessment.xlsx", "current_impact")]
NODES = [l.strip() for l in (ROOT / "tests" / "export" / "ciso_iso42001_nodes.txt").read_text().splitlines()
         if l.strip() and not l.startswith("#")]

checks = 0


def fail(msg):
    print(f"FAIL {msg}")
    sys.exit(1)


def check(cond, msg):
    global checks
    checks += 1
    if not cond:
        fail(msg)


def run_json(aims, *args):
    out = subprocess.run([aims, *args], capture_output=True, text=True)
    if out.returncode != 0:
        fail(f"{' '.join(args)}: exit {out.returncode}: {out.stderr}")
    return json.loads(out.stdout)


def level(score):
    return "low" if score <= 4 else "medium" if score <= 9 else "high" if score <= 16 else "critical"


def as_date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d")


class Expect:
    """What the demo project's workbook must hold, from the sources."""

    def __init__(self, aims, lang, as_of):
        self.project = json.loads(DEMO.read_text(encoding="utf-8"))
        self.iso = json.loads(ISO.read_text(encoding="utf-8"))
        self.assess = run_json(aims, "assess", str(DEMO), "--lang", lang, "--as-of", as_of)
        self.classes = run_json(aims, "classify", str(DEMO), "--lang", lang, "--as-of", as_of, "--compact")
        self.as_of = as_of


def rows(ws):
    return [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]


def check_workbook(path, lang, exp):
    import openpyxl  # Debian's python3-openpyxl (imported here: the module check of setup skips it)

    wb = openpyxl.load_workbook(path)
    names = SHEETS[lang]
    check(wb.sheetnames == names, f"{path}: sheets {wb.sheetnames}, expected {names}")
    check(all(len(n) <= 31 for n in wb.sheetnames), "a sheet name is longer than 31 characters")
    # Document properties: title and language, nobody's name.
    props = wb.properties
    check(exp.project["project"]["name"] in (props.title or ""), f"title {props.title!r}")
    check(not props.creator and not props.lastModifiedBy, f"author {props.creator!r} / {props.lastModifiedBy!r}")
    with zipfile.ZipFile(path) as z:
        custom = z.read("docProps/custom.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
    check(f"<vt:lpwstr>{lang}</vt:lpwstr>" in custom and 'name="Language"' in custom, "custom property Language")
    check("<Company></Company>" in app or "<Company/>" in app, "app.xml names a company")

    for ws in wb.worksheets:
        head = [c.value for c in ws[1]]
        check(all(isinstance(h, str) and h for h in head), f"{ws.title}: empty header cell in {head}")
        check(len(set(head)) == len(head), f"{ws.title}: repeated header in {head}")
        want = HEADERS[lang].get(ws.title)
        if want:
            check(head[: len(want)] == want, f"{ws.title}: headers {head[:len(want)]}, expected {want}")
        check(ws.freeze_panes == "A2", f"{ws.title}: header not frozen ({ws.freeze_panes})")
        last = openpyxl.utils.get_column_letter(len(head))
        check(ws.auto_filter.ref == f"A1:{last}{ws.max_row}", f"{ws.title}: autofilter {ws.auto_filter.ref}")
        h = ws["A1"]
        check(h.font.b and h.fill.fgColor.rgb.endswith("1F4E79"), f"{ws.title}: header not styled")
        for i in range(1, len(head) + 1):
            width = ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width
            check(width and width >= 6, f"{ws.title}: column {i} has no width")

    s = wb.worksheets
    systems = exp.project["systems"]
    by_id = {c["system"]: c for c in exp.classes}
    # AI systems: one row per system, ids and classes, next deadline a date.
    r = rows(s[0])
    check(len(r) == len(systems), f"AI systems: {len(r)} rows, expected {len(systems)}")
    for row, sysj in zip(r, systems):
        check(row[0] == sysj["id"] and row[1] == sysj["name"], f"AI systems: row {row[:2]}")
        ahead = by_id[sysj["id"]]["deadlines"]["ahead"]
        if ahead:
            check(row[7] == as_date(ahead[0]["date"]), f"AI systems: next deadline of {sysj['id']}: {row[7]!r}")
        else:
            check(row[7] is None, f"AI systems: {sysj['id']} has no deadline ahead, cell {row[7]!r}")
        if sysj.get("next_review"):
            check(row[12] == as_date(sysj["next_review"]), f"AI systems: next review {row[12]!r}")
        # Registration is always said, "none" included (a filter on the column must show it).
        check(isinstance(row[6], str) and row[6].strip() != "", f"AI systems: registration of {sysj['id']}: {row[6]!r}")
    check(s[0]["H2"].number_format == ("dd.mm.yyyy" if lang == "de" else "yyyy-mm-dd"), "date format")
    # Obligations: every obligation of every system, with its date.
    r = rows(s[1])
    n_obl = sum(len(c["obligations"]) for c in exp.classes)
    check(len(r) == n_obl, f"obligations: {len(r)} rows, expected {n_obl}")
    first = exp.classes[0]["obligations"][0]
    check(r[0][2] == first["ref"] and r[0][4] == as_date(first["applies_from"]), f"obligations: first row {r[0]}")
    # Gap assessment: every clause and control, numbers as text, maturity and score numbers.
    r = rows(s[2])
    reqs = exp.assess["clauses"] + exp.assess["controls"]
    check(len(r) == len(reqs), f"gaps: {len(r)} rows, expected {len(reqs)}")
    for row, q in zip(r, reqs):
        check(isinstance(row[0], str) and row[0] == q["id"], f"gaps: id {row[0]!r}, expected text {q['id']!r}")
        check(type(row[4]) is int and row[4] == q["maturity"], f"gaps: maturity of {q['id']}: {row[4]!r}")
        check(type(row[6]) is int and row[6] == q["score"], f"gaps: score of {q['id']}: {row[6]!r}")
        if q.get("due"):
            check(row[8] == as_date(q["due"]), f"gaps: due of {q['id']}: {row[8]!r}")
    answers = exp.project["iso"]["answers"]
    first_ev = answers["4.1"]["evidence"][0]["value"]
    check(first_ev in (r[0][9] or ""), f"gaps: evidence of 4.1: {r[0][9]!r}")
    dv = [d for d in s[2].data_validations.dataValidation]
    check(len(dv) == 1 and dv[0].type == "list" and dv[0].formula1 == '"0,1,2,3,4,5"',
          f"gaps: maturity drop-down {[(d.type, d.formula1) for d in dv]}")
    check(str(dv[0].sqref) == f"E2:E{len(reqs) + 1}", f"gaps: drop-down on {dv[0].sqref}")
    # SoA: the 38 controls.
    r = rows(s[3])
    check([row[0] for row in r] == [x["control"] for x in exp.assess["soa"]], "SoA: controls")
    yes = "Ja" if lang == "de" else "Yes"
    check(all((row[2] == yes) == x["applicable"] for row, x in zip(r, exp.assess["soa"])), "SoA: applicable")
    # Risk register: numbers, score = likelihood x impact, levels coloured.
    r = rows(s[4])
    risks = exp.project["risks"]
    check(len(r) == len(risks), f"risks: {len(r)} rows, expected {len(risks)}")
    for i, (row, k) in enumerate(zip(r, risks), start=2):
        check(row[0] == k["id"] and row[4] == k["likelihood"] and row[5] == k["impact"], f"risks: row {row[:6]}")
        check(row[6] == k["likelihood"] * k["impact"], f"risks: score of {k['id']}: {row[6]!r}")
        want = LEVEL_FILL[level(row[6])]
        for col in ("G", "H"):
            got = s[4][f"{col}{i}"].fill.fgColor.rgb
            check(got.endswith(want), f"risks: {col}{i} of {k['id']} filled {got}, expected {want}")
        if k.get("review"):
            check(row[15] == as_date(k["review"]), f"risks: review of {k['id']}: {row[15]!r}")
    # RACI: one row per system.
    r = rows(s[5])
    raci = exp.project["governance"]["raci"]
    check(len(r) == len(systems), "RACI: rows")
    first = systems[0]["id"]
    check(r[0][1:] == [raci[first][k] for k in ("responsible", "accountable", "consulted", "informed")],
          f"RACI: {r[0]}")
    # Tasks: the task list, then the roadmap's tasks.
    r = rows(s[6])
    tasks = exp.project["tasks"]
    road = [t for p in exp.assess["roadmap"]["phases"] for t in p["tasks"]]
    check(len(r) == len(tasks) + len(road), f"tasks: {len(r)} rows, expected {len(tasks)} + {len(road)}")
    check([row[1] for row in r[: len(tasks)]] == [t["id"] for t in tasks], "tasks: ids")
    check(all(row[5] == as_date(t["due"]) for row, t in zip(r, tasks)), "tasks: due dates")
    # AI Act deadlines: every deadline ahead, in date order.
    r = rows(s[7])
    ahead = [d for c in exp.classes for d in c["deadlines"]["ahead"]]
    check(len(r) == len(ahead), f"deadlines: {len(r)} rows, expected {len(ahead)}")
    dates = [row[0] for row in r]
    check(dates == sorted(dates) and all(isinstance(d, datetime.datetime) for d in dates), "deadlines: dates")
    print(f"workbook {pathlib.Path(path).name} ({lang}): 8 sheets checked")


def result_rule(applicable, assessed, maturity):
    if not applicable:
        return "not_applicable"
    if not assessed:
        return "not_assessed"
    return "non_compliant" if maturity <= 1 else "partially_compliant" if maturity == 2 else "compliant"


def check_ciso(where, lang, exp):
    """where: the directory of `aims export --format ciso-assistant` or the app's ZIP."""
    import openpyxl

    where = pathlib.Path(where)
    tmp = None
    if where.is_file():
        check(zipfile.is_zipfile(where), f"{where} is not a ZIP")
        tmp = tempfile.TemporaryDirectory()
        with zipfile.ZipFile(where) as z:
            check(sorted(z.namelist()) == sorted(CISO_FILES), f"ZIP holds {z.namelist()}")
            z.extractall(tmp.name)
        where = pathlib.Path(tmp.name)
    check(sorted(p.name for p in where.iterdir()) == sorted(CISO_FILES), f"files {list(where.iterdir())}")
    sheets = {}
    for name, head in CISO_HEADERS.items():
        ws = openpyxl.load_workbook(where / name).worksheets[0]  # their importer reads the first sheet
        got = [c.value for c in ws[1]]
        check(got == head, f"{name}: headers {got}, expected exactly {head}")
        table = [dict(zip(head, r)) for r in ws.iter_rows(min_row=2, values_only=True)]
        for (f, col), allowed in CISO_ENUMS.items():
            if f != name:
                continue
            bad = {r[col] for r in table if r[col] is not None and r[col] not in allowed}
            check(not bad, f"{name}: {col} values {bad} not in their list")
        for r in table:
            check(isinstance(r["ref_id"], str) and r["ref_id"], f"{name}: ref_id {r['ref_id']!r} is not text")
            check(isinstance(r["name"], str) and r["name"], f"{name}: a row has no name")
        sheets[name] = table
    # Assets: the AI systems, primary, labelled with class and roles.
    systems = exp.project["systems"]
    a = sheets["1-assets.xlsx"]
    check([r["ref_id"] for r in a] == [x["id"] for x in systems], "assets: one per AI system")
    by_id = {c["system"]: c for c in exp.classes}
    for r in a:
        k = by_id[r["ref_id"]]
        labels = (r["filtering_labels"] or "").split("|")
        check(f"ai-act-{k['risk_class']}" in labels, f"assets: {r['ref_id']} labels {labels}")
        check(all(f"role-{x}" in labels for x in k["effective_roles"]), f"assets: roles of {r['ref_id']}")
        check(all(len(l) <= 36 and l.replace("-", "").replace("_", "").isalnum() for l in labels), f"labels {labels}")
        check(r["type"] == "PR", "assets: primary")
    # Applied controls: the task list first, dates as dates.
    ctl = sheets["2-applied-controls.xlsx"]
    tasks = exp.project["tasks"]
    check([r["ref_id"] for r in ctl[: len(tasks)]] == [t["id"] for t in tasks], "controls: the tasks first")
    check(all(r["eta"] == as_date(t["due"]) for r, t in zip(ctl, tasks)), "controls: eta is the due date")
    status = {"open": "to_do", "in_progress": "in_progress", "done": "active"}
    check(all(r["status"] == status[t["status"]] for r, t in zip(ctl, tasks)), "controls: status of the tasks")
    # The audit: every row a node of their framework, assessable, with its urn; every node once.
    au = sheets["3-iso42001-audit.xlsx"]
    refs = [r["ref_id"] for r in au]
    check(sorted(refs) == sorted(NODES), f"audit: nodes {sorted(set(refs) ^ set(NODES))} differ")
    for r in au:
        check(r["assessable"] is True, f"audit: {r['ref_id']} not marked assessable")
        check(r["urn"] == "urn:intuitem:risk:req_node:iso42001-2023:" + r["ref_id"].lower(), f"urn {r['urn']}")
    reqs = {q["id"]: q for q in exp.assess["clauses"] + exp.assess["controls"]}
    soa = {x["control"]: x for x in exp.assess["soa"]}
    for r in au:
        if r["ref_id"] == "6.1":
            subs = [reqs[i] for i in ("6.1.1", "6.1.2", "6.1.3", "6.1.4")]
            assessed = any(q["source"] != "none" for q in subs)
            m = min(q["maturity"] if q["source"] != "none" else 0 for q in subs)
            check(all(i in (r["observations"] or "") for i in ("6.1.1", "6.1.4")), "audit: 6.1 names its sub-clauses")
        else:
            q = reqs[r["ref_id"]]
            assessed, m = q["source"] != "none", q["maturity"]
        applicable = soa[r["ref_id"]]["applicable"] if r["ref_id"] in soa else True
        check(r["compliance_result"] == result_rule(applicable, assessed, m),
              f"audit: {r['ref_id']} result {r['compliance_result']} (maturity {m}, applicable {applicable})")
        if applicable and assessed:
            check(type(r["score"]) is int and r["score"] == m, f"audit: score of {r['ref_id']} {r['score']!r}")
        else:
            check(r["score"] is None, f"audit: {r['ref_id']} scored though not assessed or not applicable")
        # Present and empty, so that newer importers read `score` (see the README).
        check(r["implementation_score"] is None and r["documentation_score"] is None,
              f"audit: {r['ref_id']} implementation/documentation score not empty")
    ev = exp.project["iso"]["answers"]["4.1"]["evidence"][0]["value"]
    check(ev in next(r["observations"] for r in au if r["ref_id"] == "4.1"), "audit: evidence in observations")
    # Risk assessment: the register with the matrix's labels.
    rk = sheets["4-risk-assessment.xlsx"]
    risks = exp.project["risks"]
    check([r["ref_id"] for r in rk] == [x["id"] for x in risks], "risks: one per risk")
    for r, x in zip(rk, risks):
        check(r["current_proba"].startswith(f"{x['likelihood']} - ") and r["current_impact"].startswith(f"{x['impact']} - "),
              f"risks: {x['id']} rated {r['current_proba']} / {r['current_impact']}")
        check(r["treatment"] == x.get("treatment", "open"), f"risks: treatment of {x['id']}")
    readme = (where / "README.md").read_text(encoding="utf-8")
    for must in ("## Deutsch", "## English", "X-Model-Type", "data-wizard/load-file", "clica.py",
                 "urn:intuitem:risk:framework:iso42001-2023", "urn:intuitem:risk:matrix:5x5-iso27005",
                 exp.project["project"]["name"]):
        check(must in readme, f"README lacks {must!r}")
    check("{" + "project}" not in readme, "README: a placeholder left")
    if tmp:
        tmp.cleanup()
    print(f"hand-over to CISO Assistant ({lang}): {len(CISO_FILES)} files checked")


def check_bad_input(aims):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        bad = tmp / "bad.json"
        bad.write_text('{"format":"aims-project","version":1,"risks":[{"id":"r","likelihood":9}]}')
        out = tmp / "x.xlsx"
        p = subprocess.run([aims, "export", str(bad), "--format", "xlsx", "--out", str(out)],
                           capture_output=True, text=True)
        check(p.returncode == 2 and "/risks/0/likelihood" in p.stderr, f"invalid project: {p.returncode} {p.stderr}")
        check(not out.exists(), "invalid project: a file was written")
        # An --out that cannot be written: a clear message, nothing left beside it.
        ro = tmp / "nodir" / "x.xlsx"
        p = subprocess.run([aims, "export", str(DEMO), "--format", "xlsx", "--out", str(ro)],
                           capture_output=True, text=True)
        check(p.returncode == 2 and "cannot write file" in p.stderr and str(ro) in p.stderr,
              f"unwritable --out: {p.returncode} {p.stderr}")
        # An existing file is replaced only by a complete one; no temporary file stays.
        out.write_bytes(b"old")
        p = subprocess.run([aims, "export", str(DEMO), "--format", "xlsx", "--out", str(out)],
                           capture_output=True, text=True)
        check(p.returncode == 0 and zipfile.is_zipfile(out), "export over an existing file")
        check(sorted(x.name for x in tmp.iterdir()) == ["bad.json", "x.xlsx"], f"left: {list(tmp.iterdir())}")
        p = subprocess.run([aims, "export", str(DEMO), "--format", "html", "--out", str(out)],
                           capture_output=True, text=True)
        check(p.returncode == 2 and "aims report" in p.stderr, f"export --format html: {p.stderr}")
    print("export: bad input checked")


def main(argv):
    if len(argv) >= 2 and argv[0] == "cli":
        aims = argv[1]
        as_of = "2026-11-27"
        with tempfile.TemporaryDirectory() as tmp:
            for lang in ("de", "en"):
                out = pathlib.Path(tmp) / f"demo-{lang}.xlsx"
                p = subprocess.run([aims, "export", str(DEMO), "--format", "xlsx", "--lang", lang, "--as-of", as_of,
                                    "--out", str(out)], capture_output=True, text=True)
                check(p.returncode == 0, f"export xlsx --lang {lang}: exit {p.returncode}: {p.stderr}")
                check_workbook(out, lang, Expect(aims, lang, as_of))
                d = pathlib.Path(tmp) / f"ciso-{lang}"
                p = subprocess.run([aims, "export", str(DEMO), "--format", "ciso-assistant", "--lang", lang,
                                    "--as-of", as_of, "--out", str(d)], capture_output=True, text=True)
                check(p.returncode == 0, f"export ciso-assistant --lang {lang}: exit {p.returncode}: {p.stderr}")
                check_ciso(d, lang, Expect(aims, lang, as_of))
        check_bad_input(aims)
    elif len(argv) >= 2 and argv[0] in ("xlsx", "ciso"):
        lang = argv[argv.index("--lang") + 1] if "--lang" in argv else "en"
        as_of = argv[argv.index("--as-of") + 1] if "--as-of" in argv else datetime.date.today().isoformat()
        aims = argv[argv.index("--aims") + 1] if "--aims" in argv else str(ROOT / "build" / "aims")
        (check_workbook if argv[0] == "xlsx" else check_ciso)(argv[1], lang, Expect(aims, lang, as_of))
    else:
        print(__doc__)
        return 2
    print(f"exports: {checks} checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
