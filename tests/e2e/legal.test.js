'use strict';
// The legal basis view: the sources and the legal status date are shown; every AI system of
// the demo starts "not yet acknowledged"; "acknowledge all" stores each current result in the
// project, after which every system is unchanged; one undo brings the state back. No text cut.
const lib = require('./lib');
const { test, assert, clickUi, waitState, saveShot } = lib;

const scrollTo = lib.scrollIntoView;

test('legal basis: sources shown, results acknowledged and undone', async (t) => {
  const { page, session } = await lib.openDemo(t);
  let st = await page.evaluate(() => window.aimsState);
  assert(st.project.acknowledgement.not_acknowledged === 9, `acknowledgement ${JSON.stringify(st.project.acknowledgement)}`);

  await clickUi(page, 'nav.legal');
  await waitState(page, () => window.aimsState.view === 'legal', 'legal view');
  await lib.uiRect(page, 'legal.sources');
  await lib.uiRect(page, 'legal.changes');
  await saveShot(page, 'legal-de');
  st = await page.evaluate(() => window.aimsState);
  assert(st.clipped.length === 0, `cut text: ${JSON.stringify(st.clipped).slice(0, 400)}`);

  await scrollTo(page, 'legal.ack_all');
  await clickUi(page, 'legal.ack_all');
  await waitState(page, () => window.aimsState.project.acknowledgement.unchanged === 9, 'all acknowledged');
  await saveShot(page, 'legal-de-acknowledged');
  // One undo step takes all nine back.
  await lib.hold(page, 'Control+z');
  await waitState(page, () => window.aimsState.project.acknowledgement.not_acknowledged === 9, 'undone');
  const errs = [...session.consoleErrors, ...session.pageErrors];
  assert(errs.length === 0, `console: ${errs.join('; ')}`);
});
