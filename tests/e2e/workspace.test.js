'use strict';
// Projects in the browser: nothing is lost. Edits survive a reload, export and import give
// the same project, a full storage keeps the last good state, a corrupted entry is set aside,
// two tabs never overwrite each other silently, deleting can be undone, ?demo opens the demo.
const fs = require('fs');
const os = require('os');
const path = require('path');
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, clickUi, waitState, saveShot, waitFrames } = lib;

const state = (page) => page.evaluate(() => window.aimsState);
const stored = (page, id) => page.evaluate((k) => JSON.parse(localStorage.getItem('aims.project.' + k)), id);

// Types text like a keyboard does: ASCII through Playwright, other characters (ä ö ü ß …)
// as the keypress events a German keyboard sends, which is what the app listens to. One key
// per frame, as a person types.
async function typeText(page, text) {
  for (const ch of text) {
    if (ch.charCodeAt(0) < 128) await page.keyboard.type(ch);
    else {
      await page.evaluate((c) => {
        const code = c.charCodeAt(0);
        window.dispatchEvent(new KeyboardEvent('keypress', { key: c, charCode: code, keyCode: code, bubbles: true }));
      }, ch);
    }
    await waitFrames(page, 1);
  }
}

async function start(t, url = 'index.html', opts = {}) {
  const page = await t.newPage({ viewport: { width: 1280, height: 800 }, ...opts });
  await openApp(page, t.url + url);
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && 'project' in window.aimsState, 'app state');
  return page;
}

async function newProject(page, name) {
  await clickUi(page, 'start.new_name');
  await typeText(page, name);
  await clickUi(page, 'start.new');
  await waitState(page, () => window.aimsState.project && window.aimsState.project.name, 'a project open');
}

test('workspace: a new user creates a project, edits it, reloads and finds everything', async (t) => {
  const page = await start(t);
  await newProject(page, 'Mandant Müller');
  let st = await state(page);
  assert(st.project.name === 'Mandant Müller', `project name ${st.project.name}`);
  await clickUi(page, 'nav.organisation');
  await clickUi(page, 'org.name');
  await typeText(page, 'Müller & Dąbrowski Präzisionsteile (Łódź, Işık) GmbH');
  await lib.hold(page, 'Tab');
  await waitState(page, () => window.aimsState.project.save === 'saved' && window.aimsState.project.can_undo, 'saved');
  await saveShot(page, 'organisation-en');
  const id = (await state(page)).project.id;
  await page.reload();
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && window.aimsState.project && window.aimsState.project.id, 'reopened');
  st = await state(page);
  assert(st.project.id === id, 'the same project is open again after the reload');
  const doc = await stored(page, id);
  assert(doc.organisation.name === 'Müller & Dąbrowski Präzisionsteile (Łódź, Işık) GmbH', `stored name: ${doc.organisation.name}`);
  assert(doc.history.length >= 1 && doc.history[doc.history.length - 1].path === '/organisation/name', 'change log entry');
});

test('workspace: undo and redo with Ctrl+Z and Ctrl+Y', async (t) => {
  const page = await start(t);
  await newProject(page, 'Undo');
  await clickUi(page, 'nav.inventory');
  await clickUi(page, 'inv.add');
  await waitState(page, () => window.aimsState.project.systems === 1, 'one system');
  await clickUi(page, 'inv.add');
  await waitState(page, () => window.aimsState.project.systems === 2, 'two systems');
  await page.mouse.click(5, 790); // focus the canvas outside any text field
  await lib.hold(page, 'Control+z');
  await waitState(page, () => window.aimsState.project.systems === 1, 'undone');
  await lib.hold(page, 'Control+y');
  await waitState(page, () => window.aimsState.project.systems === 2, 'redone');
  await clickUi(page, 'undo');
  await waitState(page, () => window.aimsState.project.systems === 1, 'undo button');
});

// Key presses shorter than a frame (fast typists, slow frames) must not be lost: all events
// below arrive synchronously, i.e. between two frames.
test('workspace: keys pressed and released within one frame still count', async (t) => {
  const page = await start(t);
  await newProject(page, 'Schnell');
  await clickUi(page, 'nav.organisation');
  await clickUi(page, 'org.name');
  await waitFrames(page, 1); // the frame that saw the release: the field is active
  await page.evaluate(() => {
    const send = (type, init) => window.dispatchEvent(new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init }));
    for (const c of 'Abcd') {
      const code = c.charCodeAt(0);
      send('keydown', { key: c, keyCode: c.toUpperCase().charCodeAt(0) });
      send('keypress', { key: c, charCode: code, keyCode: code });
      send('keyup', { key: c, keyCode: c.toUpperCase().charCodeAt(0) });
    }
    send('keydown', { key: 'Backspace', keyCode: 8 });
    send('keyup', { key: 'Backspace', keyCode: 8 });
    send('keydown', { key: 'Tab', keyCode: 9 });
    send('keyup', { key: 'Tab', keyCode: 9 });
  });
  const id = (await state(page)).project.id;
  const name = () => page.evaluate((k) => (JSON.parse(localStorage.getItem('aims.project.' + k)) || {}).organisation?.name, id);
  await page.waitForFunction((k) => {
    const d = JSON.parse(localStorage.getItem('aims.project.' + k));
    return d && d.organisation && d.organisation.name === 'Abc';
  }, id, { timeout: 10000 }).catch(async () => { throw new Error(`typed within one frame: ${JSON.stringify(await name())}`); });
  await waitState(page, () => window.aimsState.project.save === 'saved', 'saved');
  // Ctrl+Z as one burst of four events undoes the edit (outside any text field).
  await clickUi(page, 'nav.inventory');
  await waitState(page, () => window.aimsState.view === 'inventory', 'inventory');
  await page.evaluate(() => {
    const send = (type, init) => window.dispatchEvent(new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init }));
    send('keydown', { key: 'Control', keyCode: 17, ctrlKey: true });
    send('keydown', { key: 'z', keyCode: 90, ctrlKey: true });
    send('keyup', { key: 'z', keyCode: 90, ctrlKey: true });
    send('keyup', { key: 'Control', keyCode: 17 });
  });
  await page.waitForFunction((k) => {
    const d = JSON.parse(localStorage.getItem('aims.project.' + k));
    return d && !d.organisation.name;
  }, id, { timeout: 10000 });
});

test('workspace: export then import gives the same project, never overwriting', async (t) => {
  const page = await start(t, 'index.html?demo');
  await waitState(page, () => window.aimsState.project && window.aimsState.project.systems === 9, 'demo open');
  const st = await state(page);
  const before = await stored(page, st.project.id);
  const [download] = await Promise.all([page.waitForEvent('download'), clickUi(page, 'nav.export')]);
  assert(/\.aims\.json$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
  const file = path.join(os.tmpdir(), `aims-export-${process.pid}.aims.json`);
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert(JSON.stringify(exported) === JSON.stringify(before), 'the export equals the stored project');
  await clickUi(page, 'nav.close');
  await waitState(page, () => window.aimsState.project === null, 'closed');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickUi(page, 'start.import')]);
  await chooser.setFiles(file);
  await waitState(page, () => window.aimsState.project && window.aimsState.project.id, 'imported and open');
  const after = await state(page);
  assert(after.project.id !== st.project.id, 'import stored a new project instead of overwriting');
  const imported = await stored(page, after.project.id);
  for (const k of ['organisation', 'systems', 'iso', 'governance', 'risks', 'documents', 'trainings', 'audits', 'reviews', 'objectives', 'tasks']) {
    assert(JSON.stringify(imported[k]) === JSON.stringify(before[k]), `section ${k} differs after import`);
  }
  assert((await stored(page, st.project.id)) !== null, 'the original is still there');
  fs.unlinkSync(file);
});

test('workspace: a broken file dropped on the page is refused with its line and column', async (t) => {
  const page = await start(t);
  const countBefore = (await state(page)).projects;
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{\n  "format": "aims-project",\n  "version": 1,\n  "systems": [ {"id": } ]\n}'], 'kaputt.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await waitState(page, () => window.aimsState.import_errors > 0, 'import errors shown');
  await saveShot(page, 'import-error-en');
  const st = await state(page);
  assert(st.projects === countBefore, 'nothing was stored');
  await clickUi(page, 'import.errors.close');
});

test('workspace: storage full keeps the last good version and offers export', async (t) => {
  const page = await start(t, 'index.html', {
    initScript: () => {
      const orig = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (window.__aimsFull && String(k).startsWith('aims.project.')) {
          throw new DOMException('full', 'QuotaExceededError');
        }
        return orig.call(this, k, v);
      };
    },
  });
  await newProject(page, 'Voll');
  const id = (await state(page)).project.id;
  const good = await page.evaluate((k) => localStorage.getItem('aims.project.' + k), id);
  await page.evaluate(() => { window.__aimsFull = true; });
  await clickUi(page, 'nav.inventory');
  await clickUi(page, 'inv.add');
  await waitState(page, () => window.aimsState.project.save === 'quota_exceeded', 'quota state');
  await lib.uiRect(page, 'banner.quota');
  await saveShot(page, 'storage-full-en');
  const still = await page.evaluate((k) => localStorage.getItem('aims.project.' + k), id);
  assert(still === good, 'the stored copy is the last good one');
  await page.evaluate(() => { window.__aimsFull = false; });
  await waitState(page, () => window.aimsState.project.save === 'saved', 'saved again once there is room');
  await clickUi(page, 'inv.add');
  await waitState(page, () => window.aimsState.project.systems === 2 && window.aimsState.project.save === 'saved', 'second system saved');
  const doc = await stored(page, id);
  assert(doc.systems.length === 2, `both systems saved after space came back: ${doc.systems.length}`);
});

test('workspace: a corrupted stored project is set aside and the others still open', async (t) => {
  const page = await start(t, 'index.html', {
    initScript: () => {
      if (localStorage.getItem('seeded')) return;
      localStorage.setItem('seeded', '1');
      localStorage.setItem('aims.project.good', JSON.stringify({ format: 'aims-project', version: 1,
        project: { id: 'good', name: 'Intakt', created: '2026-11-01T10:00:00Z', modified: '2026-11-01T10:00:00Z' }, systems: [] }));
      localStorage.setItem('aims.project.bad', '{"format":"aims-project","version":1,"systems":[{"id":');
    },
  });
  const st = await state(page);
  assert(st.set_aside === 1, `set aside: ${st.set_aside}`);
  assert(st.projects === 1, `listed: ${st.projects}`);
  const kept = await page.evaluate(() => localStorage.getItem('aims.quarantine.bad'));
  assert(kept && kept.includes('aims-project'), 'the corrupted entry is kept aside, not deleted');
  await saveShot(page, 'corrupted-entry-en');
  await clickUi(page, 'project.0.open');
  await waitState(page, () => window.aimsState.project && window.aimsState.project.name === 'Intakt', 'the good one opens');
});

test('workspace: two tabs on one project never overwrite each other silently', async (t) => {
  const ctx = await t.browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const a = await ctx.newPage();
    await openApp(a, t.url + 'index.html');
    await waitFirstFrame(a);
    await waitState(a, () => window.aimsState && 'project' in window.aimsState, 'tab A');
    await newProject(a, 'Geteilt');
    const id = (await state(a)).project.id;
    const b = await ctx.newPage();
    await openApp(b, t.url + 'index.html');
    await waitFirstFrame(b);
    await waitState(b, () => window.aimsState.project && window.aimsState.project.id, 'tab B reopens it');
    await waitState(b, () => window.aimsState.project.open_elsewhere === true, 'B sees A has it open');
    // A adds a system and saves; B then edits: B must not overwrite A's version.
    await a.bringToFront();
    await clickUi(a, 'nav.inventory');
    await clickUi(a, 'inv.add');
    await waitState(a, () => window.aimsState.project.systems === 1 && window.aimsState.project.save === 'saved', 'A saved');
    await b.bringToFront();
    await clickUi(b, 'nav.inventory');
    await clickUi(b, 'inv.add');
    await clickUi(b, 'inv.add');
    await waitState(b, () => window.aimsState.project.save === 'conflict', 'B detects the conflict');
    await saveShot(b, 'two-tabs-conflict-en');
    let doc = await stored(b, id);
    assert(doc.systems.length === 1, `A's version is intact: ${doc.systems.length} systems`);
    await clickUi(b, 'banner.conflict.reload');
    await waitState(b, () => window.aimsState.project.save === 'saved' && window.aimsState.project.systems === 1, 'B loaded A\'s version');
  } finally {
    await ctx.close();
  }
});

test('workspace: delete asks first and can be undone; rename and duplicate', async (t) => {
  const page = await start(t);
  await newProject(page, 'Eins');
  await clickUi(page, 'nav.close');
  await waitState(page, () => window.aimsState.project === null && window.aimsState.projects === 1, 'one project');
  await clickUi(page, 'project.0.duplicate');
  await waitState(page, () => window.aimsState.projects === 2, 'duplicated');
  await clickUi(page, 'project.0.delete');
  await clickUi(page, 'start.confirm_delete.yes');
  await waitState(page, () => window.aimsState.projects === 1, 'deleted');
  await clickUi(page, 'start.undo_delete');
  await waitState(page, () => window.aimsState.projects === 2, 'restored');
  await clickUi(page, 'project.0.rename');
  // The field appears (and takes focus) a frame later; click into it to be sure it has focus.
  await waitFrames(page, 2, { release: true });
  await clickUi(page, 'project.0');
  await waitFrames(page, 1); // the frame that saw the release
  await lib.hold(page, 'Control+a');
  await typeText(page, 'Zwei');
  await lib.hold(page, 'Enter');
  // The rename is stored a few frames later (200-400 ms on a loaded machine): wait for it.
  await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('aims.meta.'))
    .some((k) => JSON.parse(localStorage.getItem(k)).name === 'Zwei'), null, { timeout: 5000 }).catch(() => {});
  const names = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('aims.meta.'))
    .map((k) => JSON.parse(localStorage.getItem(k)).name));
  assert(names.includes('Zwei'), `names: ${names.join(', ')}`);
  await saveShot(page, 'start-projects-en');
});

test('workspace: index.html?demo opens the demo project across the risk classes', async (t) => {
  const page = await start(t, 'index.html?demo');
  await waitState(page, () => window.aimsState.project && window.aimsState.project.systems === 9, 'demo');
  const st = await state(page);
  assert(/Brenner/.test(st.project.name), st.project.name);
  const c = st.project.classes;
  assert(c.high_risk === 3 && c.limited_risk === 2 && c.minimal_risk === 3 && c.prohibited === 1, JSON.stringify(c));
  await saveShot(page, 'inventory-demo-en');
  // Deleting a system that has a RACI row and linked risks keeps the project loadable.
  await clickUi(page, 'nav.inventory');
  await clickUi(page, 'inv.row.0');
  await clickUi(page, 'inv.delete');
  await waitState(page, () => window.aimsState.project.systems === 8 && window.aimsState.project.save === 'saved', 'deleted one');
  await page.reload();
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && window.aimsState.project && window.aimsState.project.systems === 8, 'still loads');
  // Opening ?demo again reuses the stored demo instead of piling up copies.
  await page.goto(t.url + 'index.html?demo');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState.project && window.aimsState.project.systems === 8, 'the stored demo again');
  await clickUi(page, 'nav.close');
  await waitState(page, () => window.aimsState.project === null, 'closed');
  assert((await state(page)).projects === 1, 'one demo copy only');
});
