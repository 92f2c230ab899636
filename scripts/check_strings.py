#!/usr/bin/env python3
"""Lists string-table keys the app uses (literal keys in src/app) that are missing from
assets/i18n/en.json or de.json. Exit 1 when any is missing. Enumeration labels built from a
prefix ("org.sector" + "." + value) are listed in ENUMS below; those of the registers (risks,
documents, trainings, audits, reviews, objectives, tasks), with their field labels, come from
their description, assets/project/registers.json."""
import json, re, sys, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
ENUMS = {
    "org.sector": ["automotive", "medtech_health", "finance", "insurance", "it_software", "production_logistics", "public_sector", "critical_infrastructure", "other"],
    "org.ms": ["iso27001", "iso9001", "tisax", "iso13485", "iso14001", "iso45001"],
    "org.nis2": ["none", "important", "essential", "unsure"],
    "org.ai_know_how": ["none", "basic", "advanced"],
    "org.goal": ["certify", "readiness", "none"],
    "role": ["provider", "deployer", "importer", "distributor", "authorised_representative", "product_manufacturer"],
    "inv.lifecycle": ["planned", "development", "production", "retired"],
    "class": ["prohibited", "high_risk", "limited_risk", "minimal_risk", "out_of_scope", "not_ai_system"],
    # registers: the value lists are read from assets/project/registers.json below
    "risk.level": ["none", "low", "medium", "high", "critical"],
    "risk.legend": ["low", "medium", "high", "critical"],
    "gov.raci": ["responsible", "accountable", "consulted", "informed"],
    "nav": ["governance", "risks", "documents", "trainings", "audits", "objectives"],
    "drafts.fmt": ["docx", "html", "md"],  # src/app/views/view_drafts.cpp: one label per draft_formats() row
}
used = set()
pat = re.compile(r'(?:tr|heading|title|muted|paragraph|banner|field_\w+)\(\s*(?:app,\s*)?(?:0x[0-9A-F]+,\s*)?"([a-z0-9_]+\.[a-z0-9_.]+)"')
for f in (root / "src" / "app").rglob("*.cpp"):
    text = f.read_text(encoding="utf-8")
    used.update(pat.findall(text))
    used.update(re.findall(r'\.(?:hint|tooltip|heading|select_hint) = "([a-z0-9_.]+)"', text))
    used.update(re.findall(r'\bform::\w+\(\s*"([a-z0-9_]+\.[a-z0-9_.]+)"', text))  # form fields (src/app/form.h)
    used.update(re.findall(r'\{"([a-z_]+\.[a-z0-9_.]+)", &Draw', text))
    used.update(re.findall(r'Size\{"([a-z_.]+)"', text))
registers = json.load(open(root / "assets" / "project" / "registers.json", encoding="utf-8"))
for vl in registers["value_lists"].values():
    ENUMS.setdefault(vl["labels"], []).extend(vl["values"])
def register_keys(fields):
    for f in fields:
        used.update(k for k in (f.get("label"), f.get("none_label")) if k)
        register_keys(f.get("fields", []))
for reg in registers["registers"]:
    used.add(reg["title"])
    register_keys(reg["fields"])
for prefix, values in ENUMS.items():
    used.update(f"{prefix}.{v}" for v in values)
missing = 0
for lang in ("en", "de"):
    table = {}
    for f in sorted((root / "assets" / "i18n").glob(f"{lang}*.json")):
        part = json.load(open(f, encoding="utf-8"))["strings"]
        dup = set(part) & set(table)
        if dup:
            print(f"{f.name}: keys defined twice: {', '.join(sorted(dup))}")
            missing += len(dup)
        table.update(part)
    for k in sorted(used - set(table)):
        print(f"{lang}: missing {k}")
        missing += 1
print(f"strings: {len(used)} keys used, {missing} missing")
sys.exit(1 if missing else 0)
