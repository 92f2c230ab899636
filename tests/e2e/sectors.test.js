'use strict';
// Existing compliance and sectors (#16) in the browser, in German: the organisation view's
// GDPR/NIS2 section and sector examples, the dashboard card, the governance screen's incident
// deadlines, and the finance demo (?demo=finance) whose example adds a system in one click.
// Screenshots under tests/e2e/screenshots/sectors-*.png.
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, clickUi, waitState, saveShot, scrollIntoView } = lib;

const de = (l) => localStorage.setItem('aims.settings', JSON.stringify({ lang: l }));

async function view(page, v) {
  await clickUi(page, 'nav.' + v);
  await waitState(page, new Function(`return window.aimsState.view === '${v}'`), `view ${v}`);
}

test('sectors: demo organisation shows GDPR and NIS2, dashboard card and incident deadlines (de)', async (t) => {
  const { page, session } = await lib.openDemo(t);
  await view(page, 'organisation');
  await scrollIntoView(page, 'org.gdpr.art35');
  await saveShot(page, 'sectors-organisation-de');
  await scrollIntoView(page, 'org.nis2_measures');
  await view(page, 'dashboard');
  await scrollIntoView(page, 'dash.existing.nis2');
  await saveShot(page, 'sectors-dashboard-de');
  await view(page, 'governance');
  await scrollIntoView(page, 'gov.incidents');
  await saveShot(page, 'sectors-governance-de');
  const errs = [...session.consoleErrors, ...session.pageErrors];
  assert(errs.length === 0, errs.join('; '));
});

test('sectors: the finance demo shows the finance rules; a sector example is added in one click (de)', async (t) => {
  const page = await t.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(de, 'de');
  const session = await openApp(page, t.url + 'index.html?demo=finance');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState.project && window.aimsState.project.systems === 3, 'finance demo');
  await scrollIntoView(page, 'dash.existing');
  await saveShot(page, 'sectors-dashboard-finance-de');
  await view(page, 'organisation');
  await scrollIntoView(page, 'org.example.credit-scoring');
  await saveShot(page, 'sectors-organisation-finance-de');
  await clickUi(page, 'org.example.credit-scoring');
  await waitState(page, () => window.aimsState.project.systems === 4, 'four systems after the one-click example');
  await view(page, 'classify');
  await lib.uiRect(page, 'cls.sector_hints');
  await saveShot(page, 'sectors-classify-finance-de');
  // The result's obligations (right-hand panel) carry the financial institution's note.
  for (let i = 0; i < 12; i++) await lib.wheel(page, 1050, 600, 400);
  await saveShot(page, 'sectors-classify-obligations-finance-de');
  // Role and date columns show their text whole beside the notes (nothing cut, no word broken).
  await lib.waitFrames(page, 2);
  const clipped = await page.evaluate(() => window.aimsState.clipped);
  assert(clipped.length === 0, `cut or broken text in the obligations: ${JSON.stringify(clipped.slice(0, 5))}`);
  const errs = [...session.consoleErrors, ...session.pageErrors];
  assert(errs.length === 0, errs.join('; '));
});
