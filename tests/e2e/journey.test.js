'use strict';
// A first-time user's whole journey with mouse and keyboard: create a project, add an AI
// system, answer the questionnaire and see the right class, rate a clause, decide an SoA row,
// switch language, download a report, export and re-import, reload and find everything.
// Every request of the journey is recorded by openApp: any that leaves the origin fails it.
const fs = require('fs');
const os = require('os');
const path = require('path');
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, clickUi, waitState, saveShot, waitFrames } = lib;

const state = (page) => page.evaluate(() => window.aimsState);
const stored = (page, id) => page.evaluate((k) => JSON.parse(localStorage.getItem('aims.project.' + k)), id);
// After a click that edits the project: the frame that handled the click, then a state
// published after it, then until that state says the edit is stored.
async function saved(page) {
  await waitFrames(page, 1, { release: true });
  await lib.waitStatePublished(page);
  await waitState(page, () => window.aimsState.project.save === 'saved', 'saved');
}

async function scrollTo(page, id, x = 560) {
  // Scroll the questionnaire until the widget is drawn inside the viewport.
  for (let i = 0; i < 40; i++) {
    const r = await page.evaluate((k) => window.aimsUi && window.aimsUi[k], id);
    const h = await page.evaluate(() => innerHeight);
    if (r && r.y > 120 && r.y < h - 20) return r;
    await lib.wheel(page, x, 500, r && r.y < 120 ? -200 : 200);
  }
  await saveShot(page, 'journey-scroll-fail');
  const seen = await page.evaluate((k) => window.aimsUi && window.aimsUi[k], id);
  throw new Error(`could not scroll to ${id} (last seen at ${JSON.stringify(seen)})`);
}

// About forty clicks and scrolls, each a few frames: on a loaded machine longer than the
// default limit of a test.
test('journey: new project, system, questionnaire, gap, SoA, language, report, export, reload', async (t) => {
  const page = await t.newPage({ viewport: { width: 1366, height: 768 } });
  const session = await openApp(page, t.url + 'index.html');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && 'project' in window.aimsState, 'app');
  await clickUi(page, 'start.new_name');
  await page.keyboard.type('Kunde Nord');
  await clickUi(page, 'start.new');
  await waitState(page, () => window.aimsState.project && window.aimsState.view === 'dashboard', 'dashboard of the new project');
  await saveShot(page, 'journey-1-dashboard-empty');
  // Inventory: add a system and open its questionnaire.
  await clickUi(page, 'nav.inventory');
  await clickUi(page, 'inv.add');
  await waitState(page, () => window.aimsState.project.systems === 1, 'one system');
  await clickUi(page, 'inv.name');
  await lib.hold(page, 'Control+a');
  await page.keyboard.type('CV screening');
  await lib.hold(page, 'Tab');
  await clickUi(page, 'inv.classify');
  await waitState(page, () => window.aimsState.view === 'classify', 'questionnaire');
  await waitState(page, () => window.aimsState.project.selected_class === 'minimal_risk', 'minimal before answers');
  // Recruitment use (Annex III point 4(a)) and profiling: high-risk, derogation blocked.
  await scrollTo(page, 'q.annex3.annex3.4.a');
  await clickUi(page, 'q.annex3.annex3.4.a');
  await waitState(page, () => window.aimsState.project.selected_class === 'high_risk', 'high-risk after Annex III 4(a)');
  await scrollTo(page, 'q.profiling.yes');
  await clickUi(page, 'q.profiling.yes');
  await saved(page);
  await saveShot(page, 'journey-2-classified');
  let st = await state(page);
  const id = st.project.id;
  let doc = await stored(page, id);
  assert(doc.systems[0].annex3[0] === 'annex3.4.a' && doc.systems[0].profiling === true, JSON.stringify(doc.systems[0]));
  assert(st.project.selected_class === 'high_risk', st.project.selected_class);
  // Gap assessment: rate clause 4.1 at level 3.
  await clickUi(page, 'nav.assessment');
  const before = (await state(page)).project.readiness;
  await clickUi(page, 'gap.4.1.m3');
  await waitState(page, () => window.aimsState.project.readiness > 0, 'readiness rises');
  await saved(page);
  doc = await stored(page, id);
  assert(doc.iso.answers['4.1'].maturity === 3, 'maturity of 4.1 stored');
  assert((await state(page)).project.readiness > before, 'readiness increased');
  // SoA: the deployer row A.9.2 is suggested from Art. 26; accept it.
  await clickUi(page, 'nav.soa');
  await waitState(page, () => window.aimsState.view === 'soa', 'the SoA shown');
  await scrollTo(page, 'soa.A.9.2.accept', 700);
  await clickUi(page, 'soa.A.9.2.accept');
  await saved(page);
  doc = await stored(page, id);
  assert(doc.iso.soa['A.9.2'].decided === true && /Art\. 26/.test(doc.iso.soa['A.9.2'].justification), JSON.stringify(doc.iso.soa['A.9.2']));
  // Language switch: the same screens in German.
  await clickUi(page, 'lang.de');
  await waitState(page, () => window.aimsState.lang === 'de', 'German');
  await clickUi(page, 'nav.classify');
  await waitState(page, () => window.aimsState.view === 'classify', 'questionnaire again');
  await saveShot(page, 'journey-3-classified-de');
  // Report download.
  await clickUi(page, 'nav.reports');
  const [report] = await Promise.all([page.waitForEvent('download'), clickUi(page, 'rep.html')]);
  const reportFile = path.join(os.tmpdir(), `aims-report-${process.pid}.html`);
  await report.saveAs(reportFile);
  const html = fs.readFileSync(reportFile, 'utf8');
  assert(html.includes('CV screening') && html.includes('Erklärung zur Anwendbarkeit'), 'the German report names the system and the SoA');
  assert(!/<script/i.test(html), 'the report has no script');
  fs.unlinkSync(reportFile);
  // Export, close, import: identical content.
  const [dl] = await Promise.all([page.waitForEvent('download'), clickUi(page, 'rep.json')]);
  const file = path.join(os.tmpdir(), `aims-journey-${process.pid}.aims.json`);
  await dl.saveAs(file);
  await clickUi(page, 'nav.close');
  await waitState(page, () => window.aimsState.project === null, 'closed');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickUi(page, 'start.import')]);
  await chooser.setFiles(file);
  await waitState(page, () => window.aimsState.project && window.aimsState.project.id, 'imported');
  const imported = await stored(page, (await state(page)).project.id);
  const original = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const k of ['organisation', 'systems', 'iso']) {
    assert(JSON.stringify(imported[k]) === JSON.stringify(original[k]), `${k} differs after import`);
  }
  fs.unlinkSync(file);
  // Reload: everything is still there, in German.
  await page.reload();
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && window.aimsState.project && window.aimsState.lang === 'de', 'back after reload');
  st = await state(page);
  assert(st.project.systems === 1 && st.project.classes.high_risk === 1, JSON.stringify(st.project));
  const errs = [...session.consoleErrors, ...session.pageErrors];
  assert(errs.length === 0, errs.join('; '));
}, { timeout: 420000 });

test('privacy: "Where your data is" shows what is stored, exports everything, deletes everything', async (t) => {
  const { page } = await lib.openDemo(t, { lang: null });
  await clickUi(page, 'nav.privacy');
  await waitState(page, () => window.aimsState.view === 'privacy', 'privacy view');
  await lib.uiRect(page, 'priv.table');
  await saveShot(page, 'privacy-en');
  const [dl] = await Promise.all([page.waitForEvent('download'), clickUi(page, 'priv.export_all')]);
  const file = path.join(os.tmpdir(), `aims-all-${process.pid}.json`);
  await dl.saveAs(file);
  const all = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert(all.format === 'aims-backup' && all.projects.length === 1 && all.projects[0].systems.length === 9, 'backup content');
  fs.unlinkSync(file);
  await clickUi(page, 'priv.delete_all');
  await clickUi(page, 'priv.confirm_yes');
  await waitState(page, () => window.aimsState.project === null, 'closed');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('aims.') && k !== 'aims.settings'));
  assert(keys.length === 0, `left over: ${keys.join(', ')}`);
});
