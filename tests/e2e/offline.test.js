'use strict';
// Offline: the one-file edition runs from file:// with nothing beside it and makes no request;
// the served app keeps starting once its service worker has it, also with the server gone;
// a new build replaces the old cache at the next start; the manifest makes it installable.
const fs = require('fs');
const os = require('os');
const path = require('path');
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, clickUi, waitState, saveShot, sleep } = lib;
const { render: renderSw, buildHash } = require('../../scripts/build_sw.js');

const ONE_FILE = path.join(lib.BUILD_DIR, 'aims-readiness.html');
const state = (page) => page.evaluate(() => window.aimsState);

function tempDir(tag) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `aims-${tag}-`));
}

async function ready(page) {
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && 'project' in window.aimsState, 'app state');
}

async function newProject(page, name) {
  await clickUi(page, 'start.new_name');
  await lib.typeKeys(page, name);
  await clickUi(page, 'start.new');
  await waitState(page, () => window.aimsState.project && window.aimsState.project.name, 'a project open');
  await waitState(page, () => window.aimsState.project.save === 'saved', 'the project saved');
}

// Resolves once the page is controlled by a service worker whose cache is complete.
async function waitControlled(page, timeout = 20000) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout })
    .catch(() => { throw new Error(`no service worker controls the page after ${timeout} ms`); });
  return page.evaluate(() => caches.keys());
}

const buildOf = (dir) => {
  const m = /\bBUILD ?= ?"([0-9a-f]{16})"/.exec(fs.readFileSync(path.join(dir, 'sw.js'), 'utf8'));
  assert(m, `${dir}/sw.js has no build hash`);
  return m[1];
};
const filesOf = (dir) => JSON.parse(/\bFILES ?= ?(\[[^\]]*\])/.exec(fs.readFileSync(path.join(dir, 'sw.js'), 'utf8'))[1]);

test('offline: the one-file edition runs from file:// alone, keeps a project across a reload and exports it', async (t) => {
  assert(fs.existsSync(ONE_FILE), `${ONE_FILE} is missing (built by the web build)`);
  // A folder with nothing but the file, as on a USB stick.
  const stick = tempDir('stick');
  const file = path.join(stick, 'aims-readiness.html');
  fs.copyFileSync(ONE_FILE, file);
  try {
    const page = await t.newPage({
      initScript: () => {
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      },
    });
    const session = await openApp(page, 'file://' + file);
    await ready(page);
    assert(await page.evaluate(() => window.aimsEdition) === 'one-file', 'boot.js did not start the one-file edition');
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
    for (const want of ["default-src 'none'", "connect-src 'none'", "'wasm-unsafe-eval'", 'img-src data: blob:']) {
      assert(csp.includes(want), `CSP lacks ${want}: ${csp}`);
    }
    assert(!/unsafe-inline|unsafe-eval'|https?:|'self'/.test(csp.replace("'wasm-unsafe-eval'", '')), `CSP too open: ${csp}`);

    await newProject(page, 'USB-Stick');
    const id = (await state(page)).project.id;
    await page.reload();
    await ready(page);
    await waitState(page, () => window.aimsState.project && window.aimsState.project.id, 'the project reopened');
    const st = await state(page);
    assert(st.project.id === id && st.project.name === 'USB-Stick', `after the reload: ${JSON.stringify(st.project)}`);
    await saveShot(page, 'one-file-edition-en');

    const [download] = await Promise.all([page.waitForEvent('download'), clickUi(page, 'nav.export')]);
    assert(/\.aims\.json$/.test(download.suggestedFilename()), `file name ${download.suggestedFilename()}`);
    const out = path.join(stick, 'export.aims.json');
    await download.saveAs(out);
    const exported = JSON.parse(fs.readFileSync(out, 'utf8'));
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem('aims.project.' + k)), id);
    assert(JSON.stringify(exported) === JSON.stringify(stored), 'the export equals the stored project');

    const elsewhere = session.requests.filter((u) => !/^(file|data|blob):/.test(u));
    assert(elsewhere.length === 0, `requests beyond file:, data:, blob: ${elsewhere.join(', ')}`);
    const violations = await page.evaluate(() => window.__csp);
    assert(violations.length === 0, `CSP violations: ${violations.join('; ')}`);
    assert(session.problems().length === 0, session.problems().join('; '));
    const workers = await page.evaluate(() => (navigator.serviceWorker
      ? navigator.serviceWorker.getRegistrations().then((r) => r.length, () => 0) : 0));
    assert(workers === 0, 'a service worker was registered from file://');
  } finally {
    fs.rmSync(stick, { recursive: true, force: true });
  }
});

test('offline: with the server stopped the served app still starts from the service worker', async (t) => {
  const srv = await lib.serve(lib.BUILD_DIR);
  let stopped = false;
  try {
    const page = await t.newPage();
    const session = await openApp(page, srv.url + 'index.html');
    await ready(page);
    assert(await page.evaluate(() => window.aimsEdition) === 'served', 'not the served edition');
    const keys = await waitControlled(page);
    assert(keys.length === 1 && keys[0].endsWith(':' + buildOf(lib.BUILD_DIR)), `caches: ${keys.join(', ')}`);
    assert(session.problems().length === 0, session.problems().join('; '));

    await srv.close();
    stopped = true;
    const gone = await fetch(srv.url + 'index.html').then(() => false, () => true);
    assert(gone, 'the test server still answers');
    const before = session.problems().length;
    await page.reload();
    await ready(page);
    await newProject(page, 'Offline');
    await page.reload();
    await ready(page);
    await waitState(page, () => window.aimsState.project && window.aimsState.project.name === 'Offline', 'reopened offline');
    // Offline, only the worker's own update check of sw.js may fail; nothing the page needs.
    const later = session.problems().slice(before).filter((p) => !/sw\.js|ServiceWorker/i.test(p));
    assert(later.length === 0, later.join('; '));
  } finally {
    if (!stopped) await srv.close();
  }
});

test('offline: a new build is picked up at the next start and the old cache is deleted', async (t) => {
  const files = filesOf(lib.BUILD_DIR);
  const dirA = tempDir('build-a');
  const dirB = tempDir('build-b');
  for (const f of [...files, 'sw.js']) fs.copyFileSync(path.join(lib.BUILD_DIR, f), path.join(dirA, f));
  // Build B: index.js changed (marks itself), sw.js regenerated from the template.
  for (const f of files) fs.copyFileSync(path.join(dirA, f), path.join(dirB, f));
  fs.appendFileSync(path.join(dirB, 'index.js'), "\nwindow.aimsTestBuild = 'B';\n");
  const hashB = buildHash(dirB, files);
  fs.writeFileSync(path.join(dirB, 'sw.js'), renderSw(fs.readFileSync(path.join(lib.ROOT, 'web', 'sw.js'), 'utf8'), hashB, files));
  const hashA = buildOf(dirA);
  assert(hashA !== hashB, 'build B has the same hash as build A');

  let srv = await lib.serve(dirA);
  try {
    const page = await t.newPage();
    await page.goto(srv.url + 'index.html');
    await ready(page);
    let keys = await waitControlled(page);
    assert(keys.length === 1 && keys[0].endsWith(':' + hashA), `caches with build A: ${keys.join(', ')}`);

    const port = srv.port;
    await srv.close();
    srv = await lib.serve(dirB, port);
    // Next start: still build A from the cache while the worker of build B installs.
    await page.reload();
    await ready(page);
    assert(await page.evaluate(() => window.aimsTestBuild) === undefined, 'build B ran before its worker took over');
    // boot.js has asked for an update check. Chromium runs it once the page's main thread has
    // idle time: between frames on a GPU, but never here, where software WebGL keeps that
    // thread busy. Another tab in front (the user looking elsewhere) gives it that time.
    const other = await page.context().newPage();
    await other.bringToFront();
    // The page is in the background here and draws no frames: poll its caches every 100 ms.
    for (const t0 = Date.now(); ; await sleep(100)) {
      keys = await page.evaluate(() => caches.keys());
      if (keys.length === 1 && keys[0].endsWith(':' + hashB)) break;
      if (Date.now() - t0 > 20000) throw new Error(`caches never became build B only: ${keys.join(', ')}`);
    }
    await other.close();
    await page.bringToFront();
    // The start after that runs build B.
    await page.reload();
    await ready(page);
    assert(await page.evaluate(() => window.aimsTestBuild) === 'B', 'the page does not run build B');
    keys = await page.evaluate(() => caches.keys());
    assert(keys.length === 1 && keys[0].endsWith(':' + hashB) && !keys.some((k) => k.endsWith(':' + hashA)),
      `caches after the update: ${keys.join(', ')}`);
    assert(await page.evaluate(() => !!navigator.serviceWorker.controller), 'not controlled after the update');
  } finally {
    await srv.close();
    fs.rmSync(dirA, { recursive: true, force: true });
    fs.rmSync(dirB, { recursive: true, force: true });
  }
});

test('offline: Chromium finds the served app installable (manifest, icon, service worker)', async (t) => {
  // Installability is never reported in incognito-like contexts: a throwaway profile.
  const { chromium } = require('playwright-core');
  const profile = tempDir('profile');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: lib.CHROMIUM, headless: true, args: lib.CHROMIUM_ARGS, viewport: { width: 1280, height: 800 },
  });
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    await openApp(page, t.url + 'index.html');
    await ready(page);
    await waitControlled(page);
    const cdp = await ctx.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert(installabilityErrors.length === 0, `installability errors: ${JSON.stringify(installabilityErrors)}`);
    const man = await cdp.send('Page.getAppManifest');
    assert(man.errors.length === 0, `manifest errors: ${JSON.stringify(man.errors)}`);
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
