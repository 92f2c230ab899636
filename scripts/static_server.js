#!/usr/bin/env node
'use strict';
// Serves a build folder on 127.0.0.1 with the right MIME types (the same server the browser
// tests use). Usage: static_server.js DIR [PORT]
const lib = require('../tests/e2e/lib');
const dir = process.argv[2] || 'build-web';
const port = Number(process.argv[3] || 8080);
lib.serve(dir, port).then((s) => {
  console.log(`serving ${dir} at ${s.url}`);
}).catch((e) => {
  console.error(`cannot serve on 127.0.0.1:${port}: ${e.message}`);
  process.exit(2);
});
