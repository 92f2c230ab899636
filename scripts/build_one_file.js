#!/usr/bin/env node
'use strict';
// Builds the one-file edition: one self-contained HTML file that runs by double-click over
// file:// (also from a USB stick) and makes no request at all.
//   build_one_file.js SHELL DIR OUT
// SHELL is shell/index.html; DIR the web build (index.js, index.wasm and the copies of web/).
// From the shell it
//  - inlines every <link rel="stylesheet"> as <style> and turns <link rel="icon"> into a
//    data: URI; drops <link rel="manifest"> (nothing to install from a file) and
//    <link rel="preload"> (index.js is inline);
//  - replaces <script src="boot.js"> by: index.wasm as base64 in a data block
//    (<script type="application/octet-stream" id="aims-wasm">, never executed), boot.js
//    inline, then index.js inline wrapped as `window.aimsRun && aimsRun(function (Module) {…})`
//    (boot.js defines aimsRun only when WebAssembly and WebGL 2 are there; see web/boot.js);
//  - drops the comment holding Emscripten's {{{ SCRIPT }}} placeholder;
//  - writes a CSP with the SHA-256 of each inline script and style and no network source:
//    default-src 'none', script-src hashes + 'wasm-unsafe-eval', style-src hashes,
//    img-src data: blob:, connect-src 'none'.
// The same index.js and index.wasm as the served edition are used (no second link): the wasm
// reaches Emscripten as Module.wasmBinary, so it never fetches a data: URL (which
// -sSINGLE_FILE=1 would do, and connect-src 'none' would block).
// Fails (exit 1) when the shell references a file it does not know how to inline.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) out[m[1].toLowerCase()] = m[2];
  return out;
}

const MIME = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

function build({ shell, dir }) {
  const read = (name, enc) => {
    if (/^[a-z]+:/i.test(name) || name.startsWith('/') || name.split('/').includes('..')) {
      throw new Error(`${name}: only files of the build folder can be inlined`);
    }
    return fs.readFileSync(path.join(dir, name), enc);
  };
  const text = (name) => read(name, 'utf8').replace(/\r\n?/g, '\n');

  // Inline contents are kept out of the markup until the end (as \u0000N\u0000 tokens), so
  // the rewriting and the final checks below only ever see the shell's own tags.
  const inline = [];
  const scriptHashes = [];
  const styleHashes = [];
  const token = (s) => `\u0000${inline.push(s) - 1}\u0000`;
  const script = (js, what) => {
    js = js.replace(/<\/script/gi, '<\\/script');
    if (/<!--/.test(js)) throw new Error(`${what} contains "<!--", which would confuse the HTML parser inside <script>`);
    scriptHashes.push(sha256(js));
    return `<script>${token(js)}</script>`;
  };
  const style = (css, what) => {
    if (/<\/style/i.test(css)) throw new Error(`${what} contains "</style"`);
    styleHashes.push(sha256(css));
    return `<style>${token(css)}</style>`;
  };

  let html = fs.readFileSync(shell, 'utf8').replace(/\r\n?/g, '\n');
  html = html.replace(/<!--[\s\S]*?-->\n?/g, (c) => (c.includes('{{{ SCRIPT }}}') ? '' : c));
  if (html.includes('{{{')) throw new Error('the shell has an Emscripten placeholder outside a comment');

  html = html.replace(/<link\b[^>]*>(\n?)/gi, (tag, nl) => {
    const a = attrs(tag);
    const rel = (a.rel || '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) return style(text(a.href), a.href) + nl;
    if (rel.includes('manifest')) return '';
    if (rel.includes('preload')) {
      if (a.href !== 'index.js') throw new Error(`cannot inline the preload of ${a.href}`);
      return '';
    }
    if (rel.includes('icon') || rel.includes('apple-touch-icon')) {
      const type = MIME[path.extname(a.href).toLowerCase()];
      if (!type) throw new Error(`${a.href}: unknown icon type`);
      const uri = `data:${type};base64,${read(a.href).toString('base64')}`;
      return tag.replace(/href="[^"]*"/, () => `href="${uri}"`) + nl;
    }
    throw new Error(`cannot inline ${tag.trim()}`);
  });

  let booted = false;
  html = html.replace(/<script\b[^>]*\bsrc="([^"]*)"[^>]*><\/script>/gi, (tag, src) => {
    if (src !== 'boot.js') throw new Error(`cannot inline ${tag}`);
    booted = true;
    const wasm = read('index.wasm').toString('base64');
    const js = text('index.js');
    return [
      `<script type="application/octet-stream" id="aims-wasm">${token(wasm)}</script>`,
      script(text('boot.js'), 'boot.js'),
      script(`window.aimsRun && window.aimsRun(function (Module) {\n${js}\n});`, 'index.js'),
    ].join('\n');
  });
  if (!booted) throw new Error('the shell has no <script src="boot.js">');

  const csp = [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styleHashes.join(' ') || "'none'"}`,
    'img-src data: blob:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  let cspSet = 0;
  html = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/gi, (m, a, b) => {
    cspSet++;
    return a + csp + b;
  });
  if (cspSet !== 1) throw new Error(`expected one CSP meta tag in the shell, found ${cspSet}`);

  // Self-contained: no attribute may point anywhere but data: (fragments are fine).
  for (const m of html.matchAll(/\b(?:src|href|action|poster|data)\s*=\s*"([^"]*)"/gi)) {
    if (!/^(data:|#)/i.test(m[1])) throw new Error(`left a reference to ${m[1]}`);
  }

  html = html.replace(/^(<!doctype html>\n)/i, (d) => d +
    '<!-- AIMS Readiness, one-file edition: open this file in Chrome, Edge, Firefox or Safari.\n' +
    '     Everything the app needs is inside; it makes no network request. Projects are kept in\n' +
    '     this browser\'s storage for local files; export them to move them elsewhere.\n' +
    '     Generated by scripts/build_one_file.js from shell/index.html and the web build. -->\n');
  return html.replace(/\u0000(\d+)\u0000/g, (m, i) => inline[Number(i)]);
}

function main(argv) {
  const [shell, dir, out] = argv;
  if (!shell || !dir || !out) {
    console.error('usage: build_one_file.js SHELL DIR OUT');
    process.exit(2);
  }
  const html = build({ shell, dir });
  const tmp = `${out}.tmp`;
  fs.writeFileSync(tmp, html);
  fs.renameSync(tmp, out);
  const gz = require('zlib').gzipSync(Buffer.from(html), { level: 9 }).length;
  console.log(`${path.basename(out)}: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzip -9`);
}

if (require.main === module) {
  try { main(process.argv.slice(2)); } catch (e) { console.error(`build_one_file: ${e.message}`); process.exit(1); }
}
module.exports = { build };
