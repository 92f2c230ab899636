'use strict';
// Language switch and settings: driven with the mouse, kept across a reload.
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, clickUi, waitState, saveShot, waitFrames } = lib;

test('language switch: clicking Deutsch shows German and survives a reload', async (t) => {
  const page = await t.newPage({ viewport: { width: 1280, height: 720 } });
  await openApp(page, t.url + 'index.html');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && window.aimsState.lang === 'en', 'lang en');
  await saveShot(page, 'start-en');
  await clickUi(page, 'lang.de');
  await waitState(page, () => window.aimsState.lang === 'de', 'lang de');
  await saveShot(page, 'start-de');
  await page.reload();
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && window.aimsState.lang === 'de', 'lang de after reload');
  await clickUi(page, 'lang.en');
  await waitState(page, () => window.aimsState.lang === 'en', 'lang en again');
});

test('the browser language decides the first language', async (t) => {
  const page = await t.newPage({ viewport: { width: 1280, height: 720 },
    initScript: () => Object.defineProperty(navigator, 'languages', { get: () => ['de-AT', 'de'] }) });
  await openApp(page, t.url + 'index.html');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && window.aimsState.lang === 'de', 'lang de from navigator');
});

test('settings: presentation text size and dark theme, kept across a reload', async (t) => {
  const page = await t.newPage({ viewport: { width: 1280, height: 720 } });
  await openApp(page, t.url + 'index.html');
  await waitFirstFrame(page);
  const before = await lib.uiRect(page, 'lang.de');
  await clickUi(page, 'settings');
  await clickUi(page, 'settings.text_size.presentation');
  await waitState(page, () => window.aimsState.text_scale === 1.5, 'text scale 1.5');
  await lib.hold(page, 'Escape');
  await waitFrames(page, 2); // drawn at the new size (the fonts change before a frame starts)
  const after = await lib.uiRect(page, 'lang.de');
  assert(after.y1 - after.y0 > (before.y1 - before.y0) * 1.3,
    `buttons did not grow: ${before.y1 - before.y0} -> ${after.y1 - after.y0}`);
  await clickUi(page, 'settings');
  await clickUi(page, 'settings.theme.dark');
  await waitState(page, () => window.aimsState.theme === 'dark', 'dark theme');
  await lib.hold(page, 'Escape');
  await saveShot(page, 'start-dark-presentation');
  await page.reload();
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && window.aimsState.theme === 'dark' && window.aimsState.text_scale === 1.5,
    'dark + 1.5 after reload');
});

test('high-DPI: German text at devicePixelRatio 2 renders crisp umlauts', async (t) => {
  const page = await t.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2,
    initScript: () => localStorage.setItem('aims.settings', JSON.stringify({ lang: 'de' })) });
  await openApp(page, t.url + 'index.html');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && window.aimsState.lang === 'de', 'lang de');
  const r = await lib.uiRect(page, 'lang.de');
  assert(r.x1 - r.x0 > 40 && r.x1 - r.x0 < 200, `button width in CSS px at dpr 2: ${r.x1 - r.x0}`);
  await saveShot(page, 'start-de-dpr2');
});
