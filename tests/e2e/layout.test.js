'use strict';
// No text is cut off: every screen of the demo project at the smallest and largest supported
// window, at devicePixelRatio 1 and 2, in German (the longer language) and English, and at
// the presentation text size. The app checks each frame for content wider than its window or
// table column (src/app/layout_check.cpp) and publishes the findings as
// window.aimsState.clipped; text that does not fit must wrap or end in "…" with the whole text
// on hover. A failing configuration saves tests/e2e/screenshots/layout-fail-*.png.
// On each screen the panels that open on demand are opened too (PANELS): the first row of
// every register list is selected so its form shows, and one requirement's details are opened
// on the gap assessment; each opened panel is checked like the screen itself.
// The two tests of one configuration share one page load: the panels test goes on where the
// screens test left the demo (it loads its own page only when run alone or after a failure).
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, clickUi, waitState, saveShot, waitFrames } = lib;

const VIEWS = ['dashboard', 'organisation', 'inventory', 'classify', 'assessment', 'soa', 'governance', 'risks',
  'documents', 'drafts', 'trainings', 'audits', 'objectives', 'roadmap', 'reports', 'legal', 'privacy'];

const CONFIGS = [
  { w: 1280, h: 720, dpr: 1, lang: 'de', scale: 1 },
  { w: 1280, h: 720, dpr: 1, lang: 'en', scale: 1 },
  { w: 1280, h: 720, dpr: 2, lang: 'de', scale: 1 },
  { w: 1280, h: 720, dpr: 1, lang: 'de', scale: 1.25 },
  { w: 1920, h: 1080, dpr: 1, lang: 'de', scale: 1.5 },
  { w: 2560, h: 1440, dpr: 1, lang: 'de', scale: 1 },
  { w: 2560, h: 1440, dpr: 2, lang: 'en', scale: 1 },
];

// Brings a navigation entry into view (the navigation scrolls when the window is low).
async function showNav(page, v) {
  for (let k = 0; k < 20; k++) {
    const r = await lib.uiRect(page, 'nav.' + v);
    if (r.y1 <= (await page.evaluate(() => innerHeight)) - 2) return;
    await lib.wheel(page, 60, 300, 200);
  }
}

// Steps that open a panel or form, per screen. `click`: the widget to click (or a function that
// finds its id); `shows`: a widget that only exists once the panel is open.
const firstKey = (re) => (page) => page.evaluate((src) => {
  const r = new RegExp(src);
  const ui = window.aimsUi || {};
  return Object.keys(ui).filter((k) => r.test(k) && ui[k].y0 >= 0 && ui[k].y1 <= innerHeight)
    .sort((a, b) => ui[a].y - ui[b].y)[0] || null;
}, re.source);
const PANELS = {
  inventory: [{ name: 'system', click: 'inv.row.0', shows: 'inv.name' }],
  assessment: [{ name: 'details', click: firstKey(/^gap\..+\.more$/), shows: (id) => id.replace(/\.more$/, '.notes') }],
  soa: [{ name: 'decision', click: firstKey(/^soa\..+\.accept$/), shows: (id) => id.replace(/\.accept$/, '.justification'), optional: true }],
  risks: [{ name: 'risk', click: 'risks.row.0', shows: 'risks.form.title' }],
  documents: [{ name: 'document', click: 'documents.row.0', shows: 'documents.form.title' }],
  drafts: [{ name: 'preview', click: 'drafts.preview.policy', shows: 'drafts.preview_box.policy' }],
  trainings: [{ name: 'training', click: 'trainings.row.0', shows: 'trainings.form.title' }],
  audits: [{ name: 'audit', click: 'audits.row.0', shows: 'audits.form.date' },
    { name: 'review', click: 'reviews.row.0', anchor: 'reviews.add', shows: 'reviews.form.date' }],
  objectives: [{ name: 'objective', click: 'objectives.row.0', shows: 'objectives.form.title' },
    { name: 'task', click: 'tasks.row.0', anchor: 'tasks.add', shows: 'tasks.form.title' }],
};

// Scrolls the screen with the mouse wheel (over its right edge, away from scrolling tables)
// until the widget lies inside the window. A list draws only the rows in view, so while the
// widget is not drawn at all the screen scrolls down from `anchor`, a widget above it (the
// list's add button). The wheel's sign is learnt from the first step.
async function reveal(page, id, anchor) {
  const { w, h } = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
  const rect = (k) => page.evaluate((key) => (window.aimsUi || {})[key] || null, k);
  let dir = 1;
  for (let i = 0; i < 40; i++) {
    let r = await rect(id);
    let key = id;
    if (!r && anchor) { r = await lib.uiRect(page, anchor); key = anchor; }
    if (!r) r = await lib.uiRect(page, id); // throws: never drawn
    if (key === id && r.y0 >= 0 && r.y1 <= h - 2) return r;
    const want = key !== id || r.y1 > h - 2 ? 1 : -1; // +1: the widget must move up
    await lib.wheel(page, w - 6, h / 2, want * dir * 120);
    const after = await rect(key);
    if (after && (r.y - after.y) * want <= 0) dir = -dir;
  }
  throw new Error(`could not scroll to ${id}`);
}

// Opens the panel of `step`; returns false when an optional panel has nothing to open.
async function openPanel(page, step) {
  const id = typeof step.click === 'function' ? await step.click(page) : step.click;
  if (!id) {
    if (step.optional) return false;
    throw new Error(`${step.name}: nothing to click`);
  }
  const shows = typeof step.shows === 'function' ? step.shows(id) : step.shows;
  for (let k = 0; k < 3; k++) {
    await reveal(page, id, step.anchor);
    await clickUi(page, id);
    // The panel shows in the frame that handled the click; one frame more for good measure.
    await waitFrames(page, 2, { release: true });
    if (await page.evaluate((s) => !!(window.aimsUi || {})[s], shows)) return true;
  }
  throw new Error(`${step.name}: clicking ${id} did not show ${shows}`);
}

// The findings of a settled frame: the state published from a frame after the second one
// drawn after the view or panel showed (tables and auto-sized children size themselves in the
// frame after they first appear).
async function clippedNow(page) {
  await lib.waitStatePublished(page, 2);
  return page.evaluate(() => window.aimsState.clipped);
}

// Pages left on the demo by a configuration's screens test, for its panels test.
const onDemo = new Map();

async function loadDemo(t, c, note) {
  const page = await t.newPage({ viewport: { width: c.w, height: c.h }, deviceScaleFactor: c.dpr, keep: true });
  try {
    await page.addInitScript(([l, s]) => localStorage.setItem('aims.settings', JSON.stringify({ lang: l, text_scale: s })),
      [c.lang, c.scale]);
    await openApp(page, t.url + 'index.html');
    await waitFirstFrame(page);
    await waitState(page, () => window.aimsState && Array.isArray(window.aimsState.clipped), 'layout findings published');
    if (note) await note(page, 'start', await clippedNow(page));
    await page.goto(t.url + 'index.html?demo');
    await waitFirstFrame(page);
    await waitState(page, () => window.aimsState.project && window.aimsState.project.systems === 9, 'demo open', 20000);
    return page;
  } catch (e) {
    await page.context().close();
    throw e;
  }
}

// One configuration: the start screen, then each screen of the demo project (`views`),
// checked as it opens and, with `panels`, again after each of its panels was opened. Throws on
// any finding; the first failing place is saved as a screenshot.
async function checkScreens(t, c, name, views, panels) {
  const problems = [];
  let shot = false;
  const note = async (page, where, list) => {
    if (!list.length) return;
    problems.push(`${where}: ${list.join('; ')}`);
    if (!shot) { shot = true; await saveShot(page, `layout-fail-${name}${panels ? '-panels' : ''}-${where}`); }
  };
  let page = panels ? onDemo.get(name) : null;
  onDemo.delete(name);
  if (page) {
    // Back to the top of the navigation, where a fresh load starts (showNav scrolls down only).
    await lib.wheel(page, 60, 300, -5000);
  } else {
    page = await loadDemo(t, c, panels ? null : note);
  }
  let handedOn = false;
  try {
    for (const v of views) {
      await showNav(page, v);
      await clickUi(page, 'nav.' + v);
      await waitState(page, new Function(`return window.aimsState.view === '${v}'`), `view ${v}`);
      if (!panels) await note(page, v, await clippedNow(page));
      for (const step of (panels && PANELS[v]) || []) {
        if (await openPanel(page, step)) await note(page, `${v}+${step.name}`, await clippedNow(page));
      }
    }
    if (!panels) { onDemo.set(name, page); handedOn = true; }
  } finally {
    if (!handedOn) await page.context().close();
  }
  assert(problems.length === 0, `text cut off: ${problems.join(' | ')}`);
}

// A configuration visits 15 screens and 10 panels, a few frames each; at 2560×1440 and
// devicePixelRatio 2 a frame of software WebGL takes seconds on a loaded machine.
const LAYOUT_TIMEOUT_MS = 600000;

// LAYOUT_ONLY=1280x720@1-de-1 runs only the configurations whose name contains it.
for (const c of CONFIGS) {
  const name = `${c.w}x${c.h}@${c.dpr}-${c.lang}-${c.scale}`;
  if (process.env.LAYOUT_ONLY && !name.includes(process.env.LAYOUT_ONLY)) continue;
  const where = `${c.w}×${c.h}, devicePixelRatio ${c.dpr}, ${c.lang}, text size ${c.scale}`;
  test(`layout: no text cut off at ${where}`, (t) => checkScreens(t, c, name, VIEWS, false),
    { timeout: LAYOUT_TIMEOUT_MS });
  test(`layout: no text cut off in opened panels and forms at ${where}`,
    (t) => checkScreens(t, c, name, VIEWS.filter((v) => PANELS[v]), true), { timeout: LAYOUT_TIMEOUT_MS });
}

test('layout: a drop-down whose value is longer than the field shows the whole value in a tooltip', async (t) => {
  const page = await t.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => localStorage.setItem('aims.settings', JSON.stringify({ lang: 'de' })));
  await openApp(page, t.url + 'index.html?demo');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState.project && window.aimsState.project.systems === 9, 'demo');
  await clickUi(page, 'nav.risks');
  await clickUi(page, 'risks.row.0');
  await lib.waitFor(page, () => !!(window.aimsUi || {})['risks.form.system'], { what: 'the risk form' });
  await lib.scrollIntoView(page, 'risks.form.system');
  const r = await lib.uiRect(page, 'risks.form.system');
  // The first risk's system, "Bewerber-Vorauswahl (CV-Ranking)", is wider than the field at this size.
  await page.mouse.move(r.x0 + 20, (r.y0 + r.y1) / 2);
  await lib.waitFor(page, () => window.aimsState.tooltip === 'Bewerber-Vorauswahl (CV-Ranking)', { what: 'the whole system name in a tooltip' });
  // A value that fits has no tooltip: the likelihood field ("4 – wahrscheinlich").
  const l = await lib.uiRect(page, 'risks.form.likelihood');
  await page.mouse.move(l.x0 + 20, (l.y0 + l.y1) / 2);
  await waitFrames(page, 3);
  await lib.waitFor(page, () => !window.aimsState.tooltip, { what: 'no tooltip on a value that fits' });
});

test('layout: the governance board shows names and functions whole at 1280x800 in German', async (t) => {
  const page = await t.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => localStorage.setItem('aims.settings', JSON.stringify({ lang: 'de' })));
  await openApp(page, t.url + 'index.html?demo');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState.project && window.aimsState.project.systems === 9, 'demo');
  await clickUi(page, 'nav.governance');
  await waitState(page, () => window.aimsState.view === 'governance', 'governance');
  // A field too narrow for its value shows it in a tooltip on hover: none of the board's may.
  for (const f of ['gov.board.0.name', 'gov.board.0.function', 'gov.board.2.function', 'gov.board.3.function']) {
    await lib.scrollIntoView(page, f);
    const r = await lib.uiRect(page, f);
    await page.mouse.move(r.x0 + 10, (r.y0 + r.y1) / 2);
    await waitFrames(page, 3);
    const tip = await page.evaluate(() => window.aimsState.tooltip);
    assert(!tip, `${f} is too narrow for its value: "${tip}"`);
  }
});
