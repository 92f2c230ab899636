"""Checks shared by scripts/check_catalog.py and scripts/check_iso_catalog.py (stdlib and jsonschema).

Each script is its own process, so the one list of errors here is the script's list.
"""
import datetime
import json
import os
import re
import jsonschema  # Debian: python3-jsonschema (scripts/setup installs it)

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def expect(where, cond, msg):
    if not cond:
        err(where, msg)


def has_id(where, value):
    """True for a non-empty string id; otherwise reports 'missing id' at where."""
    if not isinstance(value, str) or not value:
        err(where, "missing id")
        return False
    return True


def check_text(where, value):
    """A {en, de} object with two non-empty strings and nothing else."""
    if not isinstance(value, dict):
        err(where, "expected {en, de} object, got %s" % type(value).__name__)
        return
    for lang in ("en", "de"):
        s = value.get(lang)
        if not isinstance(s, str) or not s.strip():
            err(where, "'%s' missing or empty" % lang)
        elif s != s.strip():
            err(where, "'%s' has leading/trailing whitespace" % lang)
    extra = set(value) - {"en", "de"}
    if extra:
        err(where, "unexpected keys %s" % sorted(extra))
    de, en = value.get("de"), value.get("en")
    if isinstance(de, str) and '"' in de:
        err(where, "German text uses straight double quotes; use „…“")
    if isinstance(en, str) and ("„" in en or "“" in en):
        err(where, "English text uses German quotes")


def walk_texts(obj, path, skip_suffix=None):
    """Every dict that has an 'en' or 'de' key anywhere must be a complete text (except at
    paths ending in skip_suffix, which the caller checks itself)."""
    if isinstance(obj, dict):
        if "en" in obj or "de" in obj:
            if skip_suffix is None or not path.endswith(skip_suffix):
                check_text(path, obj)
            return
        for k, v in obj.items():
            walk_texts(v, "%s.%s" % (path, k), skip_suffix)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            walk_texts(v, "%s[%d]" % (path, i), skip_suffix)


def check_date(where, value, nullable=False):
    if value is None:
        if not nullable:
            err(where, "date missing")
        return
    if not isinstance(value, str) or not DATE_RE.match(value):
        err(where, "not a YYYY-MM-DD date: %r" % (value,))
        return
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        err(where, "invalid calendar date %r" % value)


def check_schema(cat, schema_path, root):
    """Validates against the JSON Schema (a missing schema file is an error); returns the note
    for the summary line."""
    if not os.path.exists(schema_path):
        err("schema", "%s not found" % os.path.relpath(schema_path, root))
        schema_note = "schema: missing"
    else:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        v = jsonschema.Draft202012Validator(schema)
        n = 0
        for ve in v.iter_errors(cat):
            n += 1
            if n <= 20:
                err("schema", "%s: %s" % ("/".join(str(p) for p in ve.absolute_path), ve.message[:200]))
        schema_note = "schema: %s" % ("valid" if n == 0 else "%d error(s)" % n)
    return schema_note


def finish():
    """Prints the errors (or OK); returns the exit code: 0 when clean, 1 otherwise."""
    if errors:
        for e in errors:
            print("ERROR " + e)
        print("%d error(s)" % len(errors))
        return 1
    print("OK")
    return 0
