#!/usr/bin/env node
'use strict';
// Minifies the web build's JavaScript with terser (npm, package.json): index.js after every link
// (the Emscripten glue is only whitespace-minified by emcc 3.1.6, whose Closure Compiler step
// needs Java, which Debian's emscripten does not have), web/boot.js as it is copied into the
// build and the generated sw.js (cmake/web.cmake). Local names are mangled and dead code
// dropped; top-level names stay, since boot.js, index.js and the one-file edition reach each
// other through them. Without node_modules/terser (a build without scripts/setup) it says so
// and copies the file as it is.
// Usage: minify_js.js FILE [OUT]   (without OUT, FILE is rewritten)
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

async function main() {
  const file = process.argv[2];
  const target = process.argv[3] || file;
  const code = fs.readFileSync(file, 'utf8');
  let terser;
  try {
    terser = require(path.join(__dirname, '..', 'node_modules', 'terser'));
  } catch {
    console.log(`minify_js: terser not installed (run scripts/setup); ${path.basename(file)} left unminified`);
    if (target !== file) fs.writeFileSync(target, code);
    return;
  }
  const out = await terser.minify(code, { compress: {}, mangle: { toplevel: false }, format: { comments: false } });
  if (!out.code) throw new Error('terser returned no code');
  fs.writeFileSync(target, out.code);
  const gz = (s) => (zlib.gzipSync(s, { level: 9 }).length / 1024).toFixed(1);
  console.log(`minify_js: ${path.basename(file)} ${gz(code)} -> ${gz(out.code)} KB gzip`);
}

main().catch((e) => {
  console.error(`minify_js: ${e.message}`);
  process.exit(1);
});
