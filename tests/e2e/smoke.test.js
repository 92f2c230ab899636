'use strict';
// Smoke tests of the web build: it loads, draws, stays on its own origin, sizes its canvas
// with the window, and explains itself when WebAssembly or WebGL2 is missing.
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, canvasNotBlank, waitFrames, sleep } = lib;

// The first test loads the app once; the next few inspect that same load.
let main = null; // { page, session }
function loaded() {
  if (!main) throw new Error('the app did not load (see the first test)');
  return main;
}

test('page loads', async (t) => {
  const page = await t.newPage({ viewport: { width: 1280, height: 800 }, keep: true });
  const session = await openApp(page, t.url + 'index.html');
  assert(session.response && session.response.ok(), `index.html answered HTTP ${session.response && session.response.status()}`);
  main = { page, session };
});

test('first frame is drawn and the canvas is not blank', async () => {
  const { page } = loaded();
  const ms = await waitFirstFrame(page);
  assert(ms > 0, `aimsFirstFrameMs = ${ms}`);
  await waitFrames(page, 2); // a frame or two more, so the screenshot shows a settled frame
  await canvasNotBlank(page);
});

test('console logs aims:first-frame and aims:ready', async () => {
  const { session } = loaded();
  await lib.waitLog(session, (l) => l.includes('aims:first-frame'), 10000)
    .catch(() => { throw new Error('aims:first-frame was not logged'); });
  await lib.waitLog(session, (l) => l.includes('aims:ready'), 15000)
    .catch(() => { throw new Error('aims:ready was not logged within 15 s'); });
});

test('no console error and no page error', async () => {
  const { page, session } = loaded();
  await waitFrames(page, 3); // an error from drawing would show within the next frames
  const errs = [...session.consoleErrors.map((m) => `console: ${m}`), ...session.pageErrors.map((m) => `page: ${m}`)];
  assert(errs.length === 0, errs.join('; '));
});

test('no request leaves the origin and none fails', async () => {
  const { session } = loaded();
  assert(session.requests.length > 0, 'no request recorded');
  const bad = [...session.foreign.map((u) => `foreign: ${u}`), ...session.failed.map((u) => `failed: ${u}`)];
  assert(bad.length === 0, bad.join('; '));
});

test("CSP meta tag has default-src 'self' and names no http(s) host", async () => {
  const { page } = loaded();
  const csp = await page.evaluate(() => {
    const m = [...document.querySelectorAll('meta[http-equiv]')]
      .find((e) => e.httpEquiv.toLowerCase() === 'content-security-policy');
    return m ? m.content : null;
  });
  assert(csp !== null, 'no <meta http-equiv="Content-Security-Policy">');
  assert(/(^|;)\s*default-src\s+'self'/.test(csp), `CSP lacks default-src 'self': ${csp}`);
  assert(!/https?:/i.test(csp), `CSP names an http(s) source: ${csp}`);
});

test('#status is hidden after start', async () => {
  const { page } = loaded();
  assert(await page.locator('#status').count() === 1, 'no #status element');
  await page.locator('#status').waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => { throw new Error('#status is still visible after the first frame'); });
});

// Waits (checking every frame) until canvas.width/height equal innerWidth/innerHeight ×
// devicePixelRatio (±1 px): the app resizes the canvas at the start of a frame.
async function canvasFollowsWindow(page, timeout = 10000) {
  const read = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, iw: innerWidth, ih: innerHeight, dpr: devicePixelRatio };
  });
  const fits = (s) => Math.abs(s.w - s.iw * s.dpr) <= 1 && Math.abs(s.h - s.ih * s.dpr) <= 1;
  await lib.waitFor(page, () => {
    const c = document.getElementById('canvas');
    return Math.abs(c.width - innerWidth * devicePixelRatio) <= 1 && Math.abs(c.height - innerHeight * devicePixelRatio) <= 1;
  }, { timeout }).catch(() => {});
  const s = await read();
  assert(fits(s), `canvas ${s.w}x${s.h}, expected ${s.iw * s.dpr}x${s.ih * s.dpr} (window ${s.iw}x${s.ih} at dpr ${s.dpr})`);
  return s;
}

for (const dpr of [1, 2]) {
  test(`canvas backing size = window × dpr at 1280x720, dpr ${dpr}`, async (t) => {
    const page = await t.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: dpr });
    await openApp(page, t.url + 'index.html');
    await waitFirstFrame(page);
    await canvasFollowsWindow(page);
  });
}

test('resizing the viewport resizes the canvas', async (t) => {
  const page = await t.newPage({ viewport: { width: 1280, height: 720 } });
  await openApp(page, t.url + 'index.html');
  await waitFirstFrame(page);
  await canvasFollowsWindow(page);
  await page.setViewportSize({ width: 900, height: 600 });
  const s = await canvasFollowsWindow(page);
  assert(s.iw === 900 && s.ih === 600, `window is ${s.iw}x${s.ih} after resize`);
  await page.setViewportSize({ width: 1440, height: 900 });
  await canvasFollowsWindow(page);
});

// Loads the app with a capability removed and expects the readable fallback.
async function expectFallback(t, initScript) {
  const page = await t.newPage({ initScript });
  const session = await openApp(page, t.url + 'index.html');
  const fb = page.locator('#fallback');
  assert(await fb.count() === 1, 'no #fallback element');
  await fb.waitFor({ state: 'visible', timeout: 10000 })
    .catch(() => { throw new Error('#fallback is not visible'); });
  const text = (await fb.innerText()).trim();
  assert(text.length > 0, '#fallback has no text');
  // No frame is drawn here and no event marks the end: a quiet half second of real time is
  // what gives a late failure in the app's script (a rejected promise) time to surface.
  await sleep(500);
  assert(session.pageErrors.length === 0, `page error: ${session.pageErrors.join('; ')}`);
}

test('without WebAssembly the #fallback message shows, no page error', async (t) => {
  await expectFallback(t, () => { delete window.WebAssembly; });
});

test('without WebGL2 the #fallback message shows, no page error', async (t) => {
  await expectFallback(t, () => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
    };
  });
});

if (require.main === module) lib.run();
