'use strict';
// No text is cut off: every screen of the demo project at the smallest and largest supported
// window, at devicePixelRatio 1 and 2, in German (the longer language) and English, and at
// the presentation text size. The app checks each frame for content wider than its window or
// table column (src/app/layout_check.cpp) and publishes the findings as
// window.aimsState.clipped; text that does not fit must wrap or end in "…" with the whole text
// on hover. A failing configuration saves tests/e2e/screenshots/layout-fail-*.png.
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, clickUi, waitState, saveShot, sleep } = lib;

const VIEWS = ['dashboard', 'organisation', 'inventory', 'classify', 'assessment', 'soa', 'governance', 'risks',
  'documents', 'trainings', 'audits', 'objectives', 'roadmap', 'reports', 'privacy'];

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
    await page.mouse.move(60, 300);
    await page.mouse.wheel(0, 200);
    await sleep(150);
  }
}

async function clippedNow(page) {
  await sleep(250); // a few frames after the view settled
  return page.evaluate(() => window.aimsState.clipped);
}

for (const c of CONFIGS) {
  const name = `${c.w}x${c.h}@${c.dpr}-${c.lang}-${c.scale}`;
  test(`layout: no text cut off at ${c.w}×${c.h}, devicePixelRatio ${c.dpr}, ${c.lang}, text size ${c.scale}`, async (t) => {
    const page = await t.newPage({ viewport: { width: c.w, height: c.h }, deviceScaleFactor: c.dpr });
    await page.addInitScript(([l, s]) => localStorage.setItem('aims.settings', JSON.stringify({ lang: l, text_scale: s })),
      [c.lang, c.scale]);
    await openApp(page, t.url + 'index.html');
    await waitFirstFrame(page);
    await waitState(page, () => window.aimsState && Array.isArray(window.aimsState.clipped), 'layout findings published');
    const problems = [];
    let shot = false;
    const note = async (where, list) => {
      if (!list.length) return;
      problems.push(`${where}: ${list.join('; ')}`);
      if (!shot) { shot = true; await saveShot(page, `layout-fail-${name}-${where}`); }
    };
    await note('start', await clippedNow(page));
    await page.goto(t.url + 'index.html?demo');
    await waitFirstFrame(page);
    await waitState(page, () => window.aimsState.project && window.aimsState.project.systems === 9, 'demo open', 20000);
    for (const v of VIEWS) {
      await showNav(page, v);
      await clickUi(page, 'nav.' + v);
      await waitState(page, new Function(`return window.aimsState.view === '${v}'`), `view ${v}`);
      await note(v, await clippedNow(page));
    }
    assert(problems.length === 0, `text cut off: ${problems.join(' | ')}`);
  });
}
