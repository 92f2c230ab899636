'use strict';
// Keyboard only: a project is created, screens are changed and fields are filled without the
// mouse. Tab moves through the fields of the screen shown, Enter in the name field creates the
// project, Alt+Down / Alt+Up go to the next / previous screen.
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, waitState, saveShot } = lib;
const typeAscii = lib.typeKeys;

test('keyboard: create a project, change screens and fill a field without the mouse', async (t) => {
  const page = await t.newPage({ viewport: { width: 1280, height: 800 },
    initScript: () => localStorage.setItem('aims.settings', JSON.stringify({ lang: 'en' })) });
  await openApp(page, t.url + 'index.html');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && window.aimsState.view === 'start', 'start screen');
  await lib.hold(page, 'Tab');
  await typeAscii(page, 'Tastatur');
  await lib.hold(page, 'Enter');
  await waitState(page, () => window.aimsState.project && window.aimsState.project.name === 'Tastatur', 'project created by Enter');
  const id = (await page.evaluate(() => window.aimsState)).project.id;
  await waitState(page, () => window.aimsState.view === 'dashboard', 'dashboard');
  await lib.hold(page, 'Alt+ArrowDown');
  await waitState(page, () => window.aimsState.view === 'organisation', 'Alt+Down: organisation');
  // Tab: project name, then the organisation's name.
  await lib.hold(page, 'Tab');
  await lib.hold(page, 'Tab');
  await typeAscii(page, 'Keys GmbH');
  await lib.hold(page, 'Tab');
  await page.waitForFunction((k) => {
    const d = JSON.parse(localStorage.getItem('aims.project.' + k));
    return d && d.organisation && d.organisation.name === 'Keys GmbH';
  }, id, { timeout: 10000 }).catch(async () => {
    await saveShot(page, 'keyboard-fail');
    throw new Error('the organisation name typed after two Tabs was not stored');
  });
  await saveShot(page, 'keyboard-organisation');
  await lib.hold(page, 'Alt+ArrowUp');
  await lib.hold(page, 'Alt+ArrowUp');
  await waitState(page, () => window.aimsState.view === 'legal', 'Alt+Up twice wraps round to the last screen (legal basis)');
});

test('keyboard: Escape on a screen goes to the top bar (language, settings, menu) and back', async (t) => {
  const { page } = await lib.openDemo(t, { settings: { text_scale: 2 } });
  const said = () => page.evaluate(() => (window.aimsAnnouncements || []).slice(-1)[0] || '');
  const tab = async () => { await lib.hold(page, 'Tab'); await lib.waitFrames(page, 1); return said(); };
  // On the dashboard, Tab moves among its own controls.
  const first = await tab();
  assert(!first.startsWith('Menü'), `the dashboard's first control: ${first}`);
  // Escape: the top bar. At 200 % on this laptop its first control is the folded menu.
  await lib.hold(page, 'Escape');
  await lib.waitFrames(page, 1);
  assert((await said()).startsWith('Obere Leiste'), `Escape on the screen said: ${await said()}`);
  assert((await tab()).startsWith('Menü'), `first control of the top bar: ${await said()}`);
  // Undo and redo are disabled (nothing done yet): Tab goes on to the languages and settings.
  assert((await tab()).startsWith('English'), `then: ${await said()}`);
  assert((await tab()).startsWith('Deutsch'), `then: ${await said()}`);
  assert((await tab()).startsWith('Einstellungen'), `then: ${await said()}`);
  assert((await tab()).startsWith('Menü'), `Tab comes round to the menu: ${await said()}`);
  // Space on the menu opens it with the focus inside; Escape closes it and the screen is back.
  await lib.hold(page, 'Space');
  await lib.uiRect(page, 'nav.legal');
  assert((await said()).startsWith('Menü geöffnet'), `Space on the menu: ${await said()}`);
  assert((await tab()).startsWith('Übersicht'), `Tab in the opened menu: ${await said()}`);
  await lib.hold(page, 'Escape');
  await lib.waitFrames(page, 2);
  assert(!(await page.evaluate(() => !!window.aimsUi['nav.legal'])), 'Escape closed the menu');
  assert((await tab()) === first, `Tab after the menu closed is on the screen again: ${await said()}`);
  // The language by keyboard: Escape (the top bar keeps its focus on the menu, the control
  // used last), Tab to English, Space; Escape goes back to the screen.
  await lib.hold(page, 'Escape');
  assert((await tab()).startsWith('English'), `English: ${await said()}`);
  await lib.hold(page, 'Space');
  await waitState(page, () => window.aimsState.lang === 'en', 'English chosen with Space');
  await lib.hold(page, 'Escape');
  await lib.waitFrames(page, 1);
  assert(await said() === 'Back to the screen', `Escape in the top bar: ${await said()}`);
  const back = await tab();
  assert(!back.startsWith('English') && !back.startsWith('Menu'), `Tab is on the screen again: ${back}`);
});
