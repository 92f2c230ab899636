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
