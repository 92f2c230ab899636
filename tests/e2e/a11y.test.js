'use strict';
// The accessible way to the results: the HTML report of the demo project, downloaded from the
// app in German and in English, passes axe-core (npm) with no violation of WCAG 2.1 A/AA; it has
// a language attribute, one h1, headings in order and tables with header cells.
const fs = require('fs');
const os = require('os');
const path = require('path');
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, clickUi, waitState } = lib;

const AXE = path.join(lib.ROOT, 'node_modules', 'axe-core', 'axe.min.js');

async function downloadReport(page, lang) {
  await lib.scrollIntoView(page, 'rep.html');
  const [dl] = await Promise.all([page.waitForEvent('download'), clickUi(page, 'rep.html')]);
  const file = path.join(os.tmpdir(), `aims-a11y-${process.pid}-${lang}.html`);
  await dl.saveAs(file);
  const html = fs.readFileSync(file, 'utf8');
  fs.unlinkSync(file);
  return html;
}

// Runs axe on an HTML document in a page of its own; returns the violations, described.
// The document's own Content-Security-Policy forbids scripts: the page bypasses it so axe runs.
async function axeViolations(t, html) {
  const page = await t.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  await page.setContent(html, { waitUntil: 'load' });
  await page.addScriptTag({ path: AXE });
  const res = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return { violations: r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length,
                                                    first: v.nodes[0] && v.nodes[0].html.slice(0, 160) })),
             passes: r.passes.length };
  });
  const structure = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    h1: document.querySelectorAll('h1').length,
    levels: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => +h.tagName[1]),
    tables: document.querySelectorAll('table').length,
    tablesWithoutTh: [...document.querySelectorAll('table')].filter((tb) => !tb.querySelector('th')).length,
  }));
  await page.close();
  return { ...res, structure };
}

for (const lang of ['de', 'en']) {
  test(`a11y: the HTML report (${lang}) passes axe-core at WCAG 2.1 A/AA`, async (t) => {
    const page = await t.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript((l) => localStorage.setItem('aims.settings', JSON.stringify({ lang: l })), lang);
    await openApp(page, t.url + 'index.html?demo');
    await waitFirstFrame(page);
    await waitState(page, () => window.aimsState.project && window.aimsState.project.systems === 9, 'demo');
    await clickUi(page, 'nav.reports');
    await waitState(page, () => window.aimsState.view === 'reports', 'reports view');
    const html = await downloadReport(page, lang);
    const r = await axeViolations(t, html);
    assert(r.passes > 10, `axe ran (${r.passes} rules passed)`);
    assert(r.violations.length === 0, `axe violations: ${JSON.stringify(r.violations, null, 1).slice(0, 1500)}`);
    const s = r.structure;
    assert(s.lang === lang, `<html lang> is ${s.lang}, expected ${lang}`);
    assert(s.h1 === 1, `${s.h1} h1 elements`);
    for (let i = 1; i < s.levels.length; ++i)
      assert(s.levels[i] <= s.levels[i - 1] + 1, `heading level jumps from h${s.levels[i - 1]} to h${s.levels[i]}`);
    assert(s.tables > 3 && s.tablesWithoutTh === 0, `${s.tables} tables, ${s.tablesWithoutTh} without header cells`);
  });
}

// The check itself must be able to fail: a report with an image without text and a table
// cell of text too faint to read gives violations.
test('a11y: axe reports a known violation (the check can fail)', async (t) => {
  const r = await axeViolations(t, '<!doctype html><html><head><title>x</title></head><body><main><h1>x</h1>'
    + '<p style="color:#bbb;background:#fff">faint</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
  const ids = r.violations.map((v) => v.id);
  assert(ids.includes('html-has-lang') && ids.includes('image-alt') && ids.includes('color-contrast'),
         `expected html-has-lang, image-alt, color-contrast; got ${ids.join(', ')}`);
});
