'use strict';
// Every screen of the demo project, in English and German, saved for review under
// tests/e2e/screenshots/screen-<view>-<lang>.png; each must draw without errors.
const lib = require('./lib');
const { test, assert, clickUi, waitState, saveShot } = lib;

const VIEWS = ['dashboard', 'organisation', 'inventory', 'classify', 'assessment', 'soa', 'governance', 'risks',
  'documents', 'drafts', 'trainings', 'audits', 'objectives', 'roadmap'];

for (const lang of ['en', 'de']) {
  test(`screens: every view of the demo project draws (${lang})`, async (t) => {
    const { page, session } = await lib.openDemo(t, { lang });
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
