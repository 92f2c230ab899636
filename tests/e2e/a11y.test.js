'use strict';
// The accessible way to the results: the HTML report of the demo project, downloaded from the
// app in German and in English, passes axe-core (npm) with no violation of WCAG 2.1 A/AA; it has
// a language attribute, one h1, headings in order and tables with header cells.
const fs = require('fs');
const os = require('os');
const path = require('path');
const lib = require('./lib');
const { test, assert, clickUi, waitState } = lib;

const AXE = path.join(lib.ROOT, 'node_modules', 'axe-core', 'axe.min.js');

// The demo project at 1280x800 in the language given.
async function openDemo(t, lang) {
  return (await lib.openDemo(t, { lang })).page;
}

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
    const page = await openDemo(t, lang);
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

// ---- keyboard and screen reader ------------------------------------------------------------
const VIEWS = ['dashboard', 'organisation', 'inventory', 'classify', 'assessment', 'soa', 'governance', 'risks',
  'documents', 'trainings', 'audits', 'objectives', 'roadmap', 'reports', 'legal', 'privacy'];
const ROLES_DE = ['Schaltfläche', 'Kontrollkästchen', 'Optionsfeld', 'Eingabefeld', 'Auswahlliste', 'Abschnitt', 'Option',
  'Zeile', 'Registerkarte', 'Schieberegler', 'Spaltenüberschrift'];

// Tabs through the screen shown until the focus comes back to the first control it reached.
async function tabRound(page, limit) {
  const reached = new Map();
  const unlabelled = new Set();
  let first = 0, maxFocusable = 0;
  for (let i = 0; i < limit; ++i) {
    await lib.hold(page, 'Tab');  // returns after the frame that took the key: the focus moves in the next
    await lib.waitFrames(page, 1);
    const f = await page.evaluate(() => ({ ...window.aimsFocus, said: (window.aimsAnnouncements || []).slice(-1)[0] }));
    if (f.unlabelled) unlabelled.add(`${f.unlabelled} (see window.aimsState.unlabelled)`);
    if (!f.id) continue;
    maxFocusable = Math.max(maxFocusable, f.focusable);  // counted in the window Tab moves in
    if (!first) first = f.id;
    else if (f.id === first) return { wrapped: true, reached, unlabelled, maxFocusable };
    if (!reached.has(f.id)) reached.set(f.id, f.said);
  }
  return { wrapped: false, reached, unlabelled, maxFocusable };
}

test('a11y: Tab reaches every control of every screen, and each one has a name', async (t) => {
  const page = await openDemo(t, 'de');
  const problems = [];
  let total = 0;
  for (const view of VIEWS) {
    await clickUi(page, 'nav.' + view);
    await waitState(page, new Function(`return window.aimsState.view === '${view}'`), view);
    await lib.waitFrames(page, 2);
    const r = await tabRound(page, 800);
    total += r.reached.size;
    if (!r.wrapped) problems.push(`${view}: Tab did not come back to the first control after 800 presses`);
    if (r.reached.size < 2) problems.push(`${view}: Tab reached ${r.reached.size} control(s)`);
    if (r.reached.size < r.maxFocusable) problems.push(`${view}: Tab reached ${r.reached.size} of ${r.maxFocusable} controls`);
    if (r.unlabelled.size) problems.push(`${view}: controls without a name: ${[...r.unlabelled].slice(0, 5).join('; ')}`);
    for (const text of r.reached.values()) {
      const name = (text || '').split(', ')[0];
      if (!name || ROLES_DE.includes(name)) problems.push(`${view}: a control is announced without its name: "${text}"`);
    }
  }
  assert(problems.length === 0, problems.slice(0, 12).join('\n'));
  assert(total > 600, `${total} controls reached on ${VIEWS.length} screens`);
}, { timeout: 900000 });

test('a11y: the live region says the focused control and what actions did; the page language follows the app', async (t) => {
  const page = await openDemo(t, 'de');
  assert(await page.evaluate(() => document.documentElement.lang) === 'de', '<html lang="de">');
  const live = () => page.evaluate(() => document.getElementById('a11y-live').textContent.trim());
  const said = () => page.evaluate(() => window.aimsAnnouncements || []);

  // Focus moves: label, kind and value are said.
  await clickUi(page, 'nav.organisation');
  await waitState(page, () => window.aimsState.view === 'organisation', 'organisation');
  await lib.waitFrames(page, 2);
  assert((await said()).includes('Bildschirm: Organisation'), `screen change said: ${JSON.stringify((await said()).slice(-3))}`);
  for (let i = 0; i < 2; ++i) { await lib.hold(page, 'Tab'); await lib.waitFrames(page, 2); }
  await lib.waitFor(page, () => document.getElementById('a11y-live').textContent.startsWith('Name der Organisation'),
                    { what: 'the organisation name field said' });
  assert(/^Name der Organisation, Eingabefeld, Brenner Antriebstechnik GmbH/.test(await live()), `live region: ${await live()}`);
  // A checkbox says its state.
  for (let i = 0; i < 20 && !/Kontrollkästchen/.test(await live()); ++i) { await lib.hold(page, 'Tab'); await lib.waitFrames(page, 2); }
  assert(/, Kontrollkästchen, (nicht )?aktiviert$/.test(await live()), `checkbox said: ${await live()}`);

  // Actions: a system added, a classification that changes, undo.
  await clickUi(page, 'nav.inventory');
  await waitState(page, () => window.aimsState.view === 'inventory', 'inventory');
  await clickUi(page, 'inv.add');
  await waitState(page, () => window.aimsState.project.systems === 10, 'system added');
  await lib.waitFor(page, () => (window.aimsAnnouncements || []).includes('KI-System hinzugefügt'), { what: '"KI-System hinzugefügt" said' });
  await clickUi(page, 'nav.classify');
  await waitState(page, () => window.aimsState.view === 'classify', 'classify');
  await lib.waitFrames(page, 3);
  await clickUi(page, 'q.ai_system.no');
  await lib.waitFor(page, () => (window.aimsAnnouncements || []).some((a) => a.startsWith('Einstufung: Kein KI-System')),
                    { what: 'the new classification said' });
  await lib.hold(page, 'Control+z');
  await lib.waitFor(page, () => (window.aimsAnnouncements || []).some((a) => a.startsWith('Rückgängig gemacht')),
                    { what: 'undo said' });

  // The page's language follows the app's.
  await clickUi(page, 'lang.en');
  await lib.waitFor(page, () => document.documentElement.lang === 'en', { what: '<html lang="en">' });
  const entry = await page.evaluate(() => { const b = document.getElementById('a11y-report'); return { text: b.textContent, hidden: b.hidden }; });
  assert(!entry.hidden && entry.text === 'Open the accessible report (HTML)', `report button: ${JSON.stringify(entry)}`);
});

test('a11y: Escape closes the open panel (after ending a text edit) and gives the focus back to what opened it', async (t) => {
  const page = await openDemo(t, 'de');
  const shown = (id) => page.evaluate((k) => !!(window.aimsUi || {})[k], id);
  const said = () => page.evaluate(() => window.aimsAnnouncements || []);
  // A register entry's form: the first Escape ends the editing of its title, the second closes it.
  await clickUi(page, 'nav.risks');
  await waitState(page, () => window.aimsState.view === 'risks', 'risks');
  await clickUi(page, 'risks.row.0');
  await lib.waitFor(page, () => !!(window.aimsUi || {})['risks.form.title'], { what: 'the risk form' });
  await lib.scrollIntoView(page, 'risks.form.title');
  await clickUi(page, 'risks.form.title');
  await lib.waitFrames(page, 2);
  await lib.hold(page, 'Escape');
  await lib.waitFrames(page, 3);
  assert(await shown('risks.form.title'), 'the first Escape only ends the editing of the title; the form stays');
  const before = (await said()).length;
  await lib.hold(page, 'Escape');
  await lib.waitFor(page, () => !(window.aimsUi || {})['risks.form.title'], { what: 'the form closed by Escape' });
  await lib.waitFor(page, () => (window.aimsAnnouncements || []).includes('Geschlossen'), { what: '"Geschlossen" said' });
  await lib.waitFor(page, () => /^Benachteiligung von Bewerbenden.*, Zeile$/.test(window.aimsState.focus || ''),
                    { what: 'the focus back on the first risk\'s row, and said' });
  const after = (await said()).slice(before);
  assert(after.some((a) => /^Benachteiligung von Bewerbenden.*, Zeile$/.test(a)), `the row is said: ${JSON.stringify(after)}`);
  // The system form in the inventory, a requirement's details and a draft's preview close the same way.
  const panels = [
    { view: 'inventory', open: 'inv.row.0', shows: 'inv.name' },
    { view: 'assessment', open: 'gap.4.1.more', shows: 'gap.4.1.notes' },
    { view: 'drafts', open: 'drafts.preview.policy', shows: 'drafts.preview_box.policy' },
  ];
  for (const p of panels) {
    await clickUi(page, 'nav.' + p.view);
    await waitState(page, new Function(`return window.aimsState.view === '${p.view}'`), p.view);
    await lib.scrollIntoView(page, p.open);
    await clickUi(page, p.open);
    await lib.waitFor(page, new Function(`return !!(window.aimsUi || {})['${p.shows}']`), { what: `${p.view}: the panel` });
    await lib.hold(page, 'Escape');
    await lib.waitFor(page, new Function(`return !(window.aimsUi || {})['${p.shows}']`), { what: `${p.view}: the panel closed by Escape` });
  }
});

test('a11y: the page\'s "open the accessible report" button opens the open project\'s report, and Tab goes on to the app', async (t) => {
  const page = await openDemo(t, 'de');
  await lib.waitFor(page, () => !document.getElementById('a11y-report').hidden, { what: 'the report button shown' });
  // A screen reader's browse mode finds it in the page and moves the focus there.
  const name = await page.evaluate(() => { const b = document.getElementById('a11y-report'); b.focus(); return b.textContent; });
  assert(name === 'Barrierefreien Bericht öffnen (HTML)', `button says ${name}`);
  const [popup] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
  await popup.waitForLoadState('load');
  const doc = await popup.evaluate(() => ({ lang: document.documentElement.lang, h1: document.querySelector('h1') && document.querySelector('h1').textContent,
                                           text: document.body.innerText.slice(0, 20000) }));
  assert(doc.lang === 'de' && doc.h1 && /Brenner/.test(doc.text), `opened report: ${JSON.stringify(doc).slice(0, 300)}`);
  await popup.close();
  await page.bringToFront();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
  assert(focused === 'canvas', `Tab from the button goes to #${focused}`);
  // Closed project: no report to open, the button is hidden.
  await clickUi(page, 'nav.close');
  await lib.waitFor(page, () => document.getElementById('a11y-report').hidden, { what: 'the button hidden without a project' });
});
