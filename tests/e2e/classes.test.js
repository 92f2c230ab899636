'use strict';
// One classification per project revision: after the organisation's turnover changes, the
// questionnaire's result shows the new maximum fine, and every screen that shows the
// classification (dashboard, inventory, assessment, SoA, roadmap, reports) drew from the same
// result, made with the new turnover. window.aimsState.project publishes the shared result's
// key (classified), its figure for the selected system (fine_max), the figure the
// questionnaire's result showed (shown_fine_max) and, per screen, the key it drew from.
const lib = require('./lib');
const { test, assert, clickUi, waitState, saveShot } = lib;

const state = (page) => page.evaluate(() => window.aimsState);
const sameKey = (a, b) => JSON.stringify(a) === JSON.stringify(b);

async function visit(page, view) {
  await clickUi(page, 'nav.' + view);
  await waitState(page, new Function(`return window.aimsState.view === '${view}'`), `view ${view}`);
}

test('classes: a new turnover reaches every screen at once', async (t) => {
  const { page, session } = await lib.openDemo(t);

  // Before: the questionnaire's result shows the figure of the shared result.
  await visit(page, 'classify');
  await waitState(page, () => window.aimsState.project.shown_fine_max !== null, 'a fine shown');
  let st = await state(page);
  const before = st.project.shown_fine_max;
  assert(st.project.classified.turnover === 85000000, `demo turnover ${JSON.stringify(st.project.classified)}`);
  assert(before === st.project.fine_max, `questionnaire ${before} vs shared ${st.project.fine_max}`);

  // The organisation's turnover changes.
  await visit(page, 'organisation');
  await clickUi(page, 'org.turnover');
  await lib.hold(page, 'Control+a');
  await page.keyboard.type('4000000000', { delay: 20 });
  await lib.hold(page, 'Tab');
  await waitState(page, () => window.aimsState.project.classified.turnover === 4000000000, 'the new turnover classified');

  // Every screen that shows the classification draws from the result with the new turnover.
  const views = ['classify', 'dashboard', 'inventory', 'assessment', 'soa', 'roadmap', 'reports'];
  for (const v of views) {
    await visit(page, v);
    await waitState(page, new Function(`const p = window.aimsState.project;
      return p.drawn_from['${v}'] && JSON.stringify(p.drawn_from['${v}']) === JSON.stringify(p.classified);`),
    `${v} drawn from the shared classification`);
    if (v === 'classify') await saveShot(page, 'classes-classify-de');
  }
  st = await state(page);
  for (const v of views) {
    assert(sameKey(st.project.drawn_from[v], st.project.classified),
      `${v}: ${JSON.stringify(st.project.drawn_from[v])} vs ${JSON.stringify(st.project.classified)}`);
    assert(st.project.drawn_from[v].turnover === 4000000000, `${v} turnover`);
  }
  // The figure changed with the turnover, and the questionnaire showed the shared figure.
  assert(st.project.shown_fine_max === st.project.fine_max, `questionnaire ${st.project.shown_fine_max} vs shared ${st.project.fine_max}`);
  assert(st.project.fine_max !== before, `the maximum fine changed with the turnover (${before} -> ${st.project.fine_max})`);
  const errs = [...session.consoleErrors, ...session.pageErrors];
  assert(errs.length === 0, errs.join('; '));
});
