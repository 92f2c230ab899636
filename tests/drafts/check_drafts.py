#!/usr/bin/env python3
"""Checks the DOCX drafts `aims draft` writes, as a word processor reads them, with python-docx
(Debian's python3-docx: run with /usr/bin/python3 when the python3 on PATH lacks it).

  check_drafts.py cli AIMS      writes every draft of the demo project, and of the demo project
                                with one system that needs a fundamental rights impact assessment,
                                in German and English, and checks each DOCX: title page, heading
                                structure (Heading 1/2/3 styles), a FRIA for each system that needs
                                one and for no other, system names, articles and dates, highlighted
                                gaps, no template marker, page numbers in the footer; then the ZIP,
                                --record and the bad-input cases.
  check_drafts.py docx FILE --lang de|en
                                checks one DOCX draft (the browser test's download)

The expected values come from the project file and `aims classify` (JSON), never from the
drafts. Prints one line per check group and "drafts: N checks passed"; exits 1 on the first
failure with what differed."""
import hashlib
import json
import pathlib
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.text import WD_COLOR_INDEX

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEMO = ROOT / "assets" / "project" / "demo-de.json"
AS_OF = "2026-12-02"
GAP = {"de": "[zu ergänzen: ", "en": "[to complete: "}
NOTICE = {"de": "keine Rechtsberatung", "en": "not legal advice"}
TITLES = {
    "de": {"policy": "KI-Politik", "fria": "Grundrechte-Folgenabschätzung", "deployer":
           "Checkliste für Betreiber von Hochrisiko-KI-Systemen"},
    "en": {"policy": "AI policy", "fria": "Fundamental rights impact assessment", "deployer":
           "Deployer checklist for high-risk AI systems"},
}
ARTICLES = {
    "de": {"policy": ["Art. 5 Abs. 1 Buchst. a KI-VO", "Art. 4 KI-VO"], "fria": ["Art. 27 Abs. 1 Buchst. a",
           "Art. 27 Abs. 3", "Art. 27 Abs. 4"], "deployer": ["Art. 26 Abs. 7", "Art. 26 Abs. 11"],
           "transparency": ["Art. 50 Abs. 1 KI-VO"], "annex4": ["Anhang IV Nr. 9"]},
    "en": {"policy": ["Art. 5(1)(a) AI Act", "Art. 4 AI Act"], "fria": ["Art. 27(1)(a)", "Art. 27(3)",
           "Art. 27(4)"], "deployer": ["Art. 26(7)", "Art. 26(11)"], "transparency": ["Art. 50(1) AI Act"],
           "annex4": ["Annex IV point 9"]},
}

checks = 0


def check(cond, what):
    global checks
    checks += 1
    if not cond:
        print(f"FAIL: {what}")
        sys.exit(1)


def fmt_date(lang, iso):
    return f"{iso[8:10]}.{iso[5:7]}.{iso[0:4]}" if lang == "de" else iso


def run(aims, *args, ok=True):
    p = subprocess.run([aims, *args], capture_output=True, text=True)
    if ok:
        check(p.returncode == 0, f"aims {' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p


def all_paragraphs(d):
    """Body paragraphs, then every table cell's paragraphs (python-docx keeps them apart)."""
    out = list(d.paragraphs)
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                out.extend(cell.paragraphs)
    return out


def check_docx(path, lang, doc_id=None, fria_systems=None, classes=None, legal_as_of=None):
    """One DOCX draft; returns its Heading 1 texts."""
    d = docx.Document(str(path))
    name = pathlib.Path(path).name
    paras = d.paragraphs
    styles = [p.style.name for p in paras]
    check("Title" in styles, f"{name}: a Title paragraph on the title page")
    heads = [(p.style.name, p.text) for p in paras if p.style.name.startswith("Heading")]
    check(any(s == "Heading 1" for s, _ in heads), f"{name}: has Heading 1 paragraphs")
    # No level skipped: a Heading 2 follows a Heading 1, a Heading 3 a Heading 2.
    level = 0
    for s, text in heads:
        n = int(s.split()[-1])
        check(n <= level + 1, f"{name}: '{text}' ({s}) skips a level")
        check(text.strip() != "", f"{name}: empty heading")
        level = n
    text = "\n".join(p.text for p in all_paragraphs(d))
    check("{{" not in text and "}}" not in text, f"{name}: a template marker is left")
    check(NOTICE[lang] in text, f"{name}: the first page says it is not legal advice")
    if legal_as_of:
        check(fmt_date(lang, legal_as_of) in text, f"{name}: the catalog's legal status date")
    # Every placeholder is one highlighted run.
    gaps = 0
    for p in all_paragraphs(d):
        for r in p.runs:
            if GAP[lang] in r.text:
                gaps += 1
                check(r.font.highlight_color == WD_COLOR_INDEX.YELLOW, f"{name}: gap '{r.text}' not highlighted")
    check(gaps > 0, f"{name}: has gaps")
    count_line = [p.text for p in paras if GAP[lang] not in p.text and str(gaps) in p.text and
                  ("Lücken" in p.text or "gaps" in p.text)]
    check(count_line, f"{name}: the title page counts the {gaps} gaps")
    # Tables are tables with a header row.
    for t in d.tables:
        check(len(t.rows) >= 2, f"{name}: a table has a header and at least one row")
    with zipfile.ZipFile(path) as z:
        footer = z.read("word/footer1.xml").decode()
        check(" PAGE " in footer, f"{name}: page numbers in the footer")
        check('xml:space="preserve"' in z.read("word/document.xml").decode(), f"{name}: xml:space preserve")
    check(d.core_properties.title == [p.text for p in paras if p.style.name == "Title"][0],
          f"{name}: core properties title")
    h1 = [t for s, t in heads if s == "Heading 1"]
    if doc_id and doc_id in TITLES[lang]:
        check(TITLES[lang][doc_id] in text, f"{name}: title {TITLES[lang][doc_id]}")
    if doc_id and doc_id in ARTICLES[lang]:
        for a in ARTICLES[lang][doc_id]:
            check(a in text, f"{name}: cites {a}")
    if doc_id == "fria":
        check(sorted(h1) == sorted(fria_systems), f"{name}: FRIA chapters {h1} != systems that need one {fria_systems}")
        check(sum(1 for s, _ in heads if s == "Heading 2") == 8 * len(fria_systems), f"{name}: (a)-(f), DPIA, notice")
    if doc_id == "policy" and classes:
        for c in classes:
            check(c["name"] in text, f"{name}: names the system {c['name']}")
    if doc_id == "deployer" and classes:
        want = [c["name"] for c in classes if c["risk_class"] == "high_risk" and "deployer" in c["effective_roles"]]
        check(h1 == want, f"{name}: deployer chapters {h1} != {want}")
    if doc_id == "transparency" and classes:
        want = [c["name"] for c in classes if c["transparency"]]
        check(h1 == want, f"{name}: transparency chapters {h1} != {want}")
    if doc_id in ("deployer", "fria", "annex4") and classes:
        # The date the obligation applies from, from the classification.
        ob = {"deployer": "art26", "fria": "art27", "annex4": "art11"}[doc_id]
        dates = {o["applies_from"] for c in classes for o in c["obligations"] if o["id"] == ob and o["applies_from"]}
        if doc_id == "annex4":  # a product of Annex I Section B: the date of its route (Art. 2(2))
            dates |= {c["applies_from"] for c in classes if c["risk_class"] == "high_risk" and
                      "provider" in c["effective_roles"] and c["applies_from"]}
        check(any(fmt_date(lang, x) in text for x in dates), f"{name}: the date {dates} of {ob}")
    return h1


def classify(aims, path, lang):
    out = run(aims, "classify", str(path), "--lang", lang).stdout
    data = json.loads(out)
    systems = data if isinstance(data, list) else data.get("systems", data.get("results"))
    project = json.loads(pathlib.Path(path).read_text())
    names = {s["id"]: s["name"] for s in project["systems"]}
    for c in systems:
        c["name"] = names[c["system"]]
    return systems


def cli(aims):
    legal_as_of = run(aims, "--version").stdout.split("legal status ")[1].split(")")[0]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        variant = json.loads(DEMO.read_text())
        for s in variant["systems"]:
            if s["id"] == "bewerber-vorauswahl":
                s["deployer_type"]["public_service"] = True  # a private entity providing public services
        fria_file = tmp / "fria.aims.json"
        fria_file.write_text(json.dumps(variant, ensure_ascii=False))
        for project in (DEMO, fria_file):
            for lang in ("de", "en"):
                classes = classify(aims, project, lang)
                need = [c["name"] for c in classes if c["fria_required"]]
                out = tmp / f"{project.stem}-{lang}"
                p = run(aims, "draft", str(project), "--doc", "all", "--format", "docx", "--out", str(out),
                        "--lang", lang, "--as-of", AS_OF)
                files = sorted(out.glob("*.docx"))
                ids = [f.name.rsplit("-", 1)[0] for f in files]
                check(("fria" in ids) == bool(need), f"{project.name} {lang}: FRIA written iff a system needs one")
                for doc_id in ("policy", "audit", "review", "literacy"):
                    check(doc_id in ids, f"{project.name} {lang}: {doc_id} written")
                check(p.stderr.count("gaps to fill") + p.stderr.count("gap to fill") == len(files),
                      f"{project.name} {lang}: gaps counted per draft on standard error")
                for f in files:
                    check_docx(f, lang, f.name.rsplit("-", 1)[0], need, classes, legal_as_of)
                print(f"{project.name} {lang}: {len(files)} drafts checked ({', '.join(ids)})")
        check(len([c for c in classify(aims, DEMO, "de") if c["fria_required"]]) == 0, "the demo needs no FRIA")
        check(len([c for c in classify(aims, fria_file, "de") if c["fria_required"]]) == 1, "the variant needs one")

        # One draft, the ZIP of all, and a draft that does not apply.
        one = tmp / "policy.docx"
        run(aims, "draft", str(DEMO), "--doc", "policy", "--format", "docx", "--out", str(one), "--lang", "de")
        check_docx(one, "de", "policy")
        z = tmp / "all.zip"
        run(aims, "draft", str(DEMO), "--doc", "all", "--format", "html", "--out", str(z), "--lang", "en")
        with zipfile.ZipFile(z) as zz:
            names = sorted(zz.namelist())
            check("policy-en.html" in names and "fria-en.html" not in names, f"zip of all: {names}")
            for n in names:
                html = zz.read(n).decode()
                check(html.startswith("<!DOCTYPE html>\n<html lang=\"en\">") and "{{" not in html, f"zip: {n}")
        p = run(aims, "draft", str(DEMO), "--doc", "fria", "--format", "docx", "--out", str(tmp / "x.docx"), ok=False)
        check(p.returncode == 2 and "does not apply" in p.stderr and not (tmp / "x.docx").exists(),
              f"a FRIA for the demo is an error: {p.returncode} {p.stderr}")
        for bad in (["--doc", "nope"], ["--format", "pdf"], ["--lang", "fr"]):
            args = {"--doc": "policy", "--format": "docx", "--out": str(tmp / "y.docx")}
            args[bad[0]] = bad[1]
            flat = [x for kv in args.items() for x in kv]
            p = run(aims, "draft", str(DEMO), *flat, ok=False)
            check(p.returncode == 2, f"bad {bad}: exit {p.returncode}")
        print("one draft, the ZIP, bad input: ok")

        # The input is not changed without --record; with it, the documents register has the drafts.
        copy = tmp / "copy.aims.json"
        copy.write_text(DEMO.read_text())
        digest = hashlib.sha256(copy.read_bytes()).hexdigest()
        run(aims, "draft", str(copy), "--doc", "all", "--format", "md", "--out", str(tmp / "md"))
        check(hashlib.sha256(copy.read_bytes()).hexdigest() == digest, "draft without --record leaves FILE")
        run(aims, "draft", str(copy), "--doc", "all", "--format", "md", "--out", str(tmp / "md"), "--record")
        docs = json.loads(copy.read_text())["documents"]
        recorded = [d for d in docs if d.get("location", "").startswith("aims-draft:")]
        check(len(recorded) == 7 and all(d["status"] == "draft" for d in recorded), f"recorded: {recorded}")
        run(aims, "validate", str(copy))
        run(aims, "draft", str(copy), "--doc", "policy", "--format", "md", "--out", str(tmp / "p.md"), "--record")
        docs = json.loads(copy.read_text())["documents"]
        pol = [d for d in docs if d.get("location") == "aims-draft:policy"]
        check(len(pol) == 1 and pol[0]["version"] == "0.2", f"policy recorded again: {pol}")
        print("--record: ok")


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "cli":
        cli(sys.argv[2])
    elif len(sys.argv) >= 5 and sys.argv[1] == "docx" and sys.argv[3] == "--lang":
        check_docx(sys.argv[2], sys.argv[4])
    else:
        print(__doc__)
        sys.exit(2)
    print(f"drafts: {checks} checks passed")


if __name__ == "__main__":
    main()
