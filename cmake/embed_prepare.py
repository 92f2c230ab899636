#!/usr/bin/env python3
"""Copies the files to embed from SRC_ROOT to OUT_ROOT (same relative paths): JSON files
re-serialised without indentation (same content, keys in the same order), others as they are.
The embedded catalogs are parsed, never shown as text, so their indentation only cost download
size (about 6 KB gzip in the web build). Usage: embed_prepare.py SRC_ROOT OUT_ROOT FILE..."""
import json
import os
import sys


def main() -> int:
    src_root, out_root, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    for rel in files:
        src = os.path.join(src_root, rel)
        out = os.path.join(out_root, rel)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(src, 'rb') as f:
            data = f.read()
        if rel.endswith('.json'):
            try:
                doc = json.loads(data.decode('utf-8'))
            except ValueError as e:
                print(f'{src}: {e}', file=sys.stderr)
                return 1
            data = json.dumps(doc, ensure_ascii=False, separators=(',', ':')).encode('utf-8')
        old = None
        if os.path.exists(out):
            with open(out, 'rb') as f:
                old = f.read()
        if old != data:
            with open(out, 'wb') as f:
                f.write(data)
    return 0


if __name__ == '__main__':
    sys.exit(main())
