'use strict';
// Runs every tests/e2e/*.test.js against build-web/ in one browser and prints one summary
// line. A test file either registers tests with lib.test() or exports an array of
// { name, fn } (or [name, fn]) entries.
const fs = require('fs');
const path = require('path');
const lib = require('./lib');

const dir = lib.BUILD_DIR;
if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`e2e: ${path.relative(process.cwd(), path.join(dir, 'index.html')) || 'index.html'} is missing.`);
  console.error('Build the web app first: emcmake cmake -S . -B build-web -DCMAKE_BUILD_TYPE=MinSizeRel && cmake --build build-web -j2');
  process.exit(1);
}

// E2E_ONLY=name runs only tests/e2e/<name>.test.js (for working on one area).
const only = process.env.E2E_ONLY;
const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && (!only || f === only + '.test.js')).sort();
for (const f of files) {
  const exported = require(path.join(__dirname, f));
  if (Array.isArray(exported)) {
    for (const e of exported) {
      if (Array.isArray(e)) lib.test(e[0], e[1]);
      else lib.test(e.name, e.fn);
    }
  }
}
lib.run({ dir });
