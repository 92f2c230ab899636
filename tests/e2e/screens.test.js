'use strict';
// Every screen of the demo project, in English and German, saved for review under
// tests/e2e/screenshots/screen-<view>-<lang>.png; each must draw without errors.
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, clickUi, waitState, saveShot } = lib;

const VIEWS = ['dashboard', 'organisation', 'inventory', 'classify', 'assessment', 'soa', 'governance', 'risks',
  'documents', 'drafts', 'trainings', 'audits', 'objectives', 'roadmap'];

for (const lang of ['en', 'de']) {
  test(`screens: every view of the demo project draws (${lang})`, async (t) => {
    const page = await t.newPage({ viewport: { width: 1280, height: 800 },
      initScript: (l) => localStorage.setItem('aims.settings', JSON.stringify({ lang: l })), });
    await page.addInitScript((l) => localStorage.setItem('aims.settings', JSON.stringify({ lang: l })), lang);
    const session = await openApp(page, t.url + 'index.html?demo');
    await waitFirstFrame(page);
    await waitState(page, () => window.aimsState.project && window.aimsState.project.systems === 9, 'demo');
    for (const v of VIEWS) {
      const r = await page.evaluate((k) => window.aimsUi && window.aimsUi['nav.' + k], v);
      if (!r) throw new Error(`no navigation entry for ${v}`);
      await clickUi(page, 'nav.' + v);
      await waitState(page, new Function(`return window.aimsState.view === '${v}'`), `view ${v}`);
      await saveShot(page, `screen-${v}-${lang}`);
    }
    const errs = [...session.consoleErrors, ...session.pageErrors];
    assert(errs.length === 0, errs.join('; '));
  });
}
