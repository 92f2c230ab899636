'use strict';
// Copy and paste with the system clipboard: a paste event (what Ctrl+V produces) lands in the
// active text field, and Ctrl+C in a field writes to the system clipboard.
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, clickUi, waitState, waitFrames } = lib;

test('clipboard: paste from the system clipboard into a field, copy back out', async (t) => {
  const page = await t.newPage({ viewport: { width: 1280, height: 800 } });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url.replace(/\/$/, '') });
  await openApp(page, t.url + 'index.html');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && 'project' in window.aimsState, 'app');
  await clickUi(page, 'start.new_name');
  // Put text on the system clipboard (as another program would), then press Ctrl+V.
  await page.evaluate(() => navigator.clipboard.writeText('Mandant Größe & Co.'));
  await lib.hold(page, 'Control+v'); // returns after the frame that pasted
  await clickUi(page, 'start.new');
  await waitState(page, () => window.aimsState.project && window.aimsState.project.name, 'project created');
  const name = (await page.evaluate(() => window.aimsState)).project.name;
  assert(name === 'Mandant Größe & Co.', `pasted name: ${name}`);
  // Copy: select the project name field's text and press Ctrl+C.
  await clickUi(page, 'nav.organisation');
  await clickUi(page, 'org.project_name');
  await lib.hold(page, 'Control+a');
  await lib.hold(page, 'Control+c'); // returns after the frame that copied
  const copied = await page.evaluate(() => window.aimsClipboard);
  assert(copied === 'Mandant Größe & Co.', `copied: ${copied}`);
  // navigator.clipboard.writeText finishes on its own: read until it has (a frame apart).
  const readSystem = () => page.evaluate(() => navigator.clipboard.readText().catch((e) => 'ERR ' + e.message));
  let system = await readSystem();
  for (let i = 0; i < 20 && system !== copied; i++) { await waitFrames(page, 1); system = await readSystem(); }
  assert(system === 'Mandant Größe & Co.', `system clipboard: ${system}`);
});
