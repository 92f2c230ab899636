'use strict';
// No text is cut off, on every screen and every panel that opens on demand, at every window
// size people use (1280×720 to 2560×1440), at devicePixelRatio 1 and 2, in the light and the
// dark theme, and at the larger text sizes, in German and in English. The app checks each frame
// for content wider than its window or table column and for words broken mid-word
// (src/app/layout_check.cpp). The combinations run inside one page load per language: the test
// changes the window size and devicePixelRatio through Chromium's device emulation, and the
// app's sweep (Module._aims_layout_sweep(dark, text size %), src/app/main.cpp) switches the
// theme and text size, shows each screen for a few frames without drawing them and publishes
// what it found per screen as window.aimsState.sweep. The panels (PANELS) are then opened with
// the mouse and every combination is swept again with them open. A failure names the
// combination, the screen and what was cut, and saves tests/e2e/screenshots/layout-fail-*.png.
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, clickUi, waitState, saveShot, waitFrames } = lib;

const VIEWS = ['dashboard', 'organisation', 'inventory', 'classify', 'assessment', 'soa', 'governance', 'risks',
  'documents', 'drafts', 'trainings', 'audits', 'objectives', 'roadmap', 'reports', 'legal', 'privacy'];

// Window sizes × devicePixelRatio × theme at the normal text size, then the larger text sizes
// (200 % on a laptop folds the navigation into the top bar's menu), then browser zoom: 200 %
// zoom on a 1280×800 window is a 640×400 CSS-pixel window at devicePixelRatio 2.
const SIZES = [[1280, 720], [1280, 800], [1440, 900], [1920, 1080], [2560, 1440]];
const COMBOS = [];
for (const [w, h] of SIZES) {
  for (const dpr of [1, 2]) for (const dark of [0, 1]) COMBOS.push({ w, h, dpr, dark, text: 100 });
}
COMBOS.push({ w: 1280, h: 720, dpr: 1, dark: 0, text: 125 }, { w: 1280, h: 720, dpr: 1, dark: 0, text: 150 },
  { w: 1440, h: 900, dpr: 2, dark: 1, text: 150 },
  { w: 1280, h: 720, dpr: 1, dark: 0, text: 200 }, { w: 1280, h: 800, dpr: 2, dark: 1, text: 200 },
  { w: 1366, h: 768, dpr: 1, dark: 1, text: 200 }, { w: 1440, h: 900, dpr: 1, dark: 0, text: 200 },
  { w: 1440, h: 900, dpr: 2, dark: 1, text: 200 }, { w: 1600, h: 900, dpr: 1, dark: 0, text: 200 },
  { w: 1920, h: 1080, dpr: 1, dark: 0, text: 200 }, { w: 2560, h: 1440, dpr: 2, dark: 0, text: 200 },
  { w: 640, h: 360, dpr: 2, dark: 0, text: 100, zoom: 200 }, { w: 640, h: 400, dpr: 2, dark: 1, text: 100, zoom: 200 },
  { w: 853, h: 533, dpr: 1.5, dark: 0, text: 100, zoom: 150 }, { w: 960, h: 540, dpr: 2, dark: 1, text: 100, zoom: 200 });
const comboName = (c) => `${c.w}x${c.h}@${c.dpr}-${c.dark ? 'dark' : 'light'}-${c.text}%${c.zoom ? `-zoom${c.zoom}%` : ''}`;

// Brings a navigation entry into view: opens the menu when the navigation is folded into the
// top bar, and scrolls the navigation when the window is low.
async function showNav(page, v) {
  await waitFrames(page, 1);
  const ui = () => page.evaluate(() => Object.keys(window.aimsUi || {}));
  if ((await ui()).includes('nav.menu') && !(await ui()).includes('nav.' + v)) {
    await clickUi(page, 'nav.menu');
    await lib.uiRect(page, 'nav.' + v);
  }
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

// Sets the window size and devicePixelRatio of the page (Chromium's device emulation), then
// runs the app's sweep with the theme and text size of `c`; returns { view: [findings] }.
async function sweep(page, cdp, c) {
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: c.w, height: c.h, deviceScaleFactor: c.dpr, mobile: false });
  await lib.waitFor(page, (x) => innerWidth === x.w && devicePixelRatio === x.dpr, { arg: c, what: 'the new window size' });
  await waitFrames(page, 2);
  const run = await page.evaluate(([dark, text]) => {
    window.Module._aims_layout_sweep(dark, text);
    return ((window.aimsState.sweep || {}).run || 0) + 1;
  }, [c.dark, c.text]);
  const found = await lib.waitFor(page, (r) => {
    const s = window.aimsState.sweep;
    return s && s.run === r && s.done && s.found;
  }, { arg: run, what: `the layout sweep at ${comboName(c)}`, timeout: 120000 });
  return found;
}

// Goes to a screen by its navigation entry (as a user would).
async function goTo(page, v) {
  await showNav(page, v);
  await clickUi(page, 'nav.' + v);
  await waitState(page, new Function(`return window.aimsState.view === '${v}'`), `view ${v}`);
}

// Sweeps every combination; findings are collected as "combination / screen: what". The first
// failing place is shown and saved as a screenshot (drawn again at its combination).
async function sweepAll(page, cdp, name, problems, expectViews) {
  for (const c of COMBOS) {
    const found = await sweep(page, cdp, c);
    const views = Object.keys(found);
    assert(views.length === expectViews, `${comboName(c)}: the sweep visited ${views.length} screens (${views.join(', ')})`);
    for (const v of views) {
      if (!found[v].length) continue;
      const first = problems.length === 0;
      problems.push(`${comboName(c)} / ${v}: ${found[v].join('; ')}`);
      if (first && v !== 'start') {
        if (v === 'navigation') await showNav(page, 'dashboard');
        else await goTo(page, v);
        await saveShot(page, `layout-fail-${name}-${comboName(c)}-${v}`);
      }
    }
  }
}

// One language: the start screen, the demo project's screens, then the same with every panel
// open, at every combination, in one page load.
async function checkLanguage(t, lang) {
  const page = await t.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript((l) => localStorage.setItem('aims.settings', JSON.stringify({ lang: l })), lang);
  await openApp(page, t.url + 'index.html');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && Array.isArray(window.aimsState.clipped), 'layout findings published');
  const cdp = await page.context().newCDPSession(page);
  const problems = [];
  await sweepAll(page, cdp, `${lang}-start`, problems, 2);  // the start screen and "where your data is"
  // Open the demo from the start screen (a sweep ends on the screen it started from).
  await sweep(page, cdp, COMBOS[0]);
  await clickUi(page, 'start.demo');
  await waitState(page, () => window.aimsState.project && window.aimsState.project.systems === 9, 'demo open', 20000);
  // The screens and, last, the folded navigation opened (the menu's list of screens).
  await sweepAll(page, cdp, `${lang}-screens`, problems, VIEWS.length + 1);
  // Every panel opened with the mouse at the first combination; they stay open.
  await sweep(page, cdp, COMBOS[0]);
  await lib.wheel(page, 60, 300, -5000);
  const opened = [];
  for (const v of VIEWS) {
    if (!PANELS[v]) continue;
    await goTo(page, v);
    for (const step of PANELS[v]) {
      if (await openPanel(page, step)) opened.push([v, step]);
    }
  }
  await sweepAll(page, cdp, `${lang}-panels`, problems, VIEWS.length + 1);
  // The panels were really open during that sweep: each is still showing on its screen.
  await sweep(page, cdp, COMBOS[0]);
  await lib.wheel(page, 60, 300, -5000);
  for (const [v, step] of opened) {
    await goTo(page, v);
    const id = typeof step.click === 'function' ? null : step.click;
    if (!id) continue;  // found by position: its panel's widget id is not known in advance
    const shows = typeof step.shows === 'function' ? step.shows(id) : step.shows;
    await reveal(page, shows, step.anchor);
  }
  assert(problems.length === 0, `text cut off (${problems.length}): ${problems.join(' | ')}`);
}

// 35 combinations × (2 + 18 + 18 screens) per language; a sweep takes 1–3 s.
const LAYOUT_TIMEOUT_MS = 600000;
for (const lang of ['de', 'en']) {
  test(`layout: no text cut off on any screen or panel, ${COMBOS.length} sizes/dpr/themes/text sizes (${lang})`,
    (t) => checkLanguage(t, lang), { timeout: LAYOUT_TIMEOUT_MS });
}

test('layout: a drop-down whose value is longer than the field shows the whole value in a tooltip', async (t) => {
  const { page } = await lib.openDemo(t);
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

test('layout: the governance board and the RACI cells show names and functions whole at 1280x800 in German', async (t) => {
  const { page } = await lib.openDemo(t);
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
  // The RACI cells wrap their names: the first system's "consulted" (four names) takes several
  // rows, and its row grows with it, while a single name keeps one row.
  await lib.scrollIntoView(page, 'gov.raci.0.consulted');
  const one = await lib.uiRect(page, 'gov.raci.0.responsible');
  const many = await lib.uiRect(page, 'gov.raci.0.consulted');
  assert(many.y1 - many.y0 > 2.5 * (one.y1 - one.y0),
    `consulted ${many.y1 - many.y0} px high, a one-name field ${one.y1 - one.y0} px`);
  const clipped = await page.evaluate(() => window.aimsState.clipped);
  assert(clipped.length === 0, `cut text: ${clipped.join('; ')}`);
});

test('layout: at 200 % text on a 1280x800 laptop the navigation folds into a menu that works by mouse and keyboard', async (t) => {
  const { page } = await lib.openDemo(t, { settings: { text_scale: 2 } });
  await waitFrames(page, 3);
  const ui = () => page.evaluate(() => Object.keys(window.aimsUi || {}));
  const said = () => page.evaluate(() => (window.aimsAnnouncements || []).slice(-1)[0] || '');
  // Folded: a menu button, no navigation beside the screen, and nothing cut off.
  assert((await ui()).includes('nav.menu') && !(await ui()).includes('nav.dashboard'), `folded: ${await ui()}`);
  assert((await page.evaluate(() => window.aimsState.clipped)).length === 0, 'no cut text on the dashboard');
  // Mouse: the menu lists every screen in place of the screen; choosing one shows it and closes the menu.
  await clickUi(page, 'nav.menu');
  await lib.uiRect(page, 'nav.legal');
  assert((await said()).startsWith('Menü geöffnet'), `announced: ${await said()}`);
  assert(!(await ui()).some((k) => k.startsWith('dash.')), 'the menu shows in place of the dashboard');
  await showNav(page, 'legal');
  await clickUi(page, 'nav.legal');
  await waitState(page, () => window.aimsState.view === 'legal', 'legal basis chosen from the menu');
  await waitFrames(page, 2);
  assert(!(await ui()).includes('nav.legal'), 'the menu closed after the choice');
  // Escape closes the menu and leaves the screen as it was.
  await clickUi(page, 'nav.menu');
  await lib.uiRect(page, 'nav.dashboard');
  await lib.hold(page, 'Escape');
  await waitFrames(page, 2);
  assert(!(await ui()).includes('nav.dashboard'), 'Escape closed the menu');
  assert(await page.evaluate(() => window.aimsState.view) === 'legal', 'Escape kept the screen');
  // Keyboard: the opened menu has the focus; Tab moves to the second entry and Space opens it.
  await clickUi(page, 'nav.menu');
  await lib.uiRect(page, 'nav.dashboard');
  await lib.hold(page, 'Tab');
  await waitFrames(page, 1);
  await lib.hold(page, 'Tab');
  await waitFrames(page, 1);
  // The screen reader hears the focused entry; Tab moves among the menu's 16 screens and 3 buttons.
  assert((await said()).startsWith('Organisation'), `Tab twice in the menu: "${await said()}"`);
  const focusable = await page.evaluate(() => window.aimsFocus.focusable);
  assert(focusable === 19, `${focusable} controls in the focused menu`);
  await lib.hold(page, 'Space');
  await waitState(page, () => window.aimsState.view === 'organisation', 'Space on the menu entry opened the organisation');
  // A wide window has room for the navigation beside the screen at the same text size.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 2560, height: 1440, deviceScaleFactor: 1, mobile: false });
  await lib.waitFor(page, () => innerWidth === 2560, { what: 'the wide window' });
  await waitFrames(page, 3);
  assert((await ui()).includes('nav.dashboard') && !(await ui()).includes('nav.menu'), 'navigation beside the screen at 2560 px');
});
