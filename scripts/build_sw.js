#!/usr/bin/env node
'use strict';
// Writes the service worker of a web build from the template web/sw.js:
//   build_sw.js TEMPLATE DIR OUT FILE...
// FILES = the given names (relative to DIR, precached by the worker); BUILD = the first 16 hex
// digits of SHA-256 over, per file in order, "name\nlength\n" + bytes (the worker checks the
// same hash before it stores anything). Run by cmake/web.cmake after every link of the app.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

function buildHash(dir, files) {
  const h = crypto.createHash('sha256');
  for (const name of files) {
    const bytes = fs.readFileSync(path.join(dir, name));
    h.update(`${name}\n${bytes.length}\n`, 'utf8');
    h.update(bytes);
  }
  return h.digest('hex').slice(0, 16);
}

function render(template, hash, files) {
  const put = (text, marker, value) => {
    const n = text.split(marker).length - 1;
    if (n !== 1) throw new Error(`template: expected ${marker} once, found it ${n} times`);
    return text.replace(marker, () => value);
  };
  let out = put(template, "'__AIMS_BUILD__'", JSON.stringify(hash));
  out = put(out, "['__AIMS_FILES__']", JSON.stringify(files));
  return out;
}

function main(argv) {
  const [template, dir, out, ...files] = argv;
  if (!template || !dir || !out || !files.length) {
    console.error('usage: build_sw.js TEMPLATE DIR OUT FILE...');
    process.exit(2);
  }
  for (const f of files) {
    if (path.isAbsolute(f) || f.split(/[\\/]/).includes('..')) throw new Error(`${f}: must be a path inside DIR`);
  }
  const hash = buildHash(dir, files);
  const text = render(fs.readFileSync(template, 'utf8'), hash, files);
  fs.writeFileSync(out, text);
  console.log(`${path.basename(out)}: build ${hash}, ${files.length} files precached`);
}

if (require.main === module) {
  try { main(process.argv.slice(2)); } catch (e) { console.error(`build_sw: ${e.message}`); process.exit(1); }
}
module.exports = { buildHash, render };
