#!/usr/bin/env node
'use strict';
// Minifies the web build's index.js in place with terser (npm, package.json): the Emscripten
// glue is only whitespace-minified by emcc 3.1.6 (its Closure Compiler step needs Java, which
// Debian's emscripten does not have). Local names are mangled and dead code dropped; top-level
// names stay, since web/boot.js and the one-file edition reach the glue through them.
// Run after every link (cmake/web.cmake). Without node_modules/terser (a build without
// scripts/setup) it says so and leaves the file as it is.
// Usage: minify_js.js FILE
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

async function main() {
  const file = process.argv[2];
  let terser;
  try {
    terser = require(path.join(__dirname, '..', 'node_modules', 'terser'));
  } catch {
    console.log(`minify_js: terser not installed (run scripts/setup); ${path.basename(file)} left unminified`);
    return;
  }
  const code = fs.readFileSync(file, 'utf8');
  const out = await terser.minify(code, { compress: {}, mangle: { toplevel: false }, format: { comments: false } });
  if (!out.code) throw new Error('terser returned no code');
  fs.writeFileSync(file, out.code);
  const gz = (s) => (zlib.gzipSync(s, { level: 9 }).length / 1024).toFixed(1);
  console.log(`minify_js: ${path.basename(file)} ${gz(code)} -> ${gz(out.code)} KB gzip`);
}

main().catch((e) => {
  console.error(`minify_js: ${e.message}`);
  process.exit(1);
});
