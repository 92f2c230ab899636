'use strict';
// Shared helpers for the browser tests and the scripts that drive the web build:
// a static file server, the Chromium launcher, page instrumentation, a minimal PNG
// decoder and a tiny sequential test runner that prints the plain `N passed, N failed` line.

const fs = require('fs');
const http = require('http');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.resolve(__dirname, '..', '..');
// E2E_BUILD_DIR points the tests and scripts at another build directory.
const BUILD_DIR = path.resolve(process.env.E2E_BUILD_DIR || path.join(ROOT, 'build-web'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// Flags that make WebGL2 work through SwiftShader on this GPU-less machine and keep
// Chromium from talking to the network on its own (see shared/notes/toolchain.md §6).
const CHROMIUM_ARGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-gpu-sandbox', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.data': 'application/octet-stream', // emscripten --preload-file bundle
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Serves `dir` on 127.0.0.1 at a free port. `/` maps to index.html; directories, paths
// outside `dir`, unknown file types and missing files give 404. `served` lists the paths
// answered with 200, in order (the budget script uses it to see what the browser fetched).
function serve(dir, port = 0) {
  const root = path.resolve(dir);
  const served = [];
  const server = http.createServer((req, res) => {
    const notFound = () => { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('not found'); };
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405); res.end(); return; }
    let rel;
    try { rel = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { return notFound(); }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    const type = MIME[path.extname(file).toLowerCase()];
    let st;
    try { st = fs.statSync(file); } catch { return notFound(); }
    if (!st.isFile() || !type) return notFound();
    served.push(path.relative(root, file).split(path.sep).join('/'));
    // no-store: every fresh browser context really downloads everything (honest timings).
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': st.size, 'Cache-Control': 'no-store' });
    if (req.method === 'HEAD') { res.end(); return; }
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        served,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  });
}

// Headless Debian Chromium driven by playwright-core (no browser download).
function launch(opts = {}) {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...opts });
}

// Attaches recorders to `page`, then navigates to `url`. Returns a session whose arrays
// keep growing while the page lives; `session.problems()` lists everything suspicious:
// requests to another origin, failed requests, HTTP errors, console errors and page errors.
async function openApp(page, url, { waitUntil = 'load', timeout = 30000 } = {}) {
  const origin = new URL(url).origin;
  const s = {
    origin, requests: [], foreign: [], failed: [], consoleErrors: [], pageErrors: [], logs: [],
    problems() {
      return [
        ...s.foreign.map((u) => `request to another origin: ${u}`),
        ...s.failed.map((f) => `request failed: ${f}`),
        ...s.consoleErrors.map((m) => `console error: ${m}`),
        ...s.pageErrors.map((m) => `page error: ${m}`),
      ];
    },
  };
  page.on('request', (req) => {
    const u = req.url();
    s.requests.push(u);
    if (u.startsWith('data:')) return; // inline, never leaves the page
    let o;
    try { o = new URL(u).origin; } catch { o = 'invalid'; }
    if (o !== origin) s.foreign.push(u);
  });
  page.on('requestfailed', (req) => s.failed.push(`${req.url()} (${req.failure()?.errorText || 'failed'})`));
  page.on('response', (res) => { if (res.status() >= 400) s.failed.push(`${res.url()} (HTTP ${res.status()})`); });
  page.on('console', (msg) => {
    s.logs.push(msg.text());
    if (msg.type() === 'error') s.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => s.pageErrors.push(String(err && err.message || err)));
  // Recorded above, then aborted: a test run never reaches past 127.0.0.1.
  await page.route((u) => u.protocol !== 'data:' && u.origin !== origin, (route) => route.abort('blockedbyclient'));
  s.response = await page.goto(url, { waitUntil, timeout });
  return s;
}

// Waits until the app has drawn its first frame; returns window.aimsFirstFrameMs. (A limit,
// not a guess: a loaded machine can take half a minute for a large high-DPI first frame.)
async function waitFirstFrame(page, timeout = 60000) {
  try {
    await page.waitForFunction(() => typeof window.aimsFirstFrameMs === 'number', null, { timeout });
  } catch (e) {
    throw new Error(`no first frame within ${timeout} ms (window.aimsFirstFrameMs unset)`);
  }
  return page.evaluate(() => window.aimsFirstFrameMs);
}

// Waits until `pred(text)` matches a console line that the session recorded (checked every
// 20 ms: console lines arrive as events in this process, not with frames).
function waitLog(session, pred, timeout = 20000) {
  const hit = session.logs.find(pred);
  if (hit !== undefined) return Promise.resolve(hit);
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const h = session.logs.find(pred);
      if (h !== undefined) { clearInterval(timer); resolve(h); }
      else if (Date.now() - t0 > timeout) { clearInterval(timer); reject(new Error(`console line not seen within ${timeout} ms`)); }
    }, 20);
  });
}

// --- waiting for frames and conditions ---------------------------------------------------
// The tests wait for what they need (a number of frames, a condition), never for a guessed
// time: a frame takes 16 ms on an idle machine and seconds at 2560×1440 on a loaded one.
// window.aimsFrameCount counts the frames the app has drawn (every frame after the first).

// Runs in the page (as an expression, so the page's CSP does not apply): installs once per
// page load a setter on window.aimsFrameCount, which the app assigns at the end of every frame
// (its value and meaning stay the same), so waiting code learns of each frame at once, and a
// listener that notes the frame count at the last mouse release. Returns the hook.
const FRAME_HOOK = `(() => {
  const w = window;
  if (w.__aimsFrames) return w.__aimsFrames;
  let value = w.aimsFrameCount;
  const hook = w.__aimsFrames = { waiters: new Set(), upAt: -1 };
  Object.defineProperty(w, 'aimsFrameCount', {
    configurable: true, enumerable: true,
    get: () => value,
    set: (v) => {
      const frame = !(v <= value); // a benchmark resets the counter: not a frame
      value = v;
      if (frame) for (const f of [...hook.waiters]) f(performance.now());
    },
  });
  w.addEventListener('mouseup', () => { hook.upAt = w.aimsFrameCount || 0; }, true);
  // For each kind of input: how many events arrived and the frame count at the last one (the
  // frame that sees it is the next one to end), and where the pointer was last moved to.
  for (const kind of ['mousemove', 'mousedown', 'mouseup', 'wheel', 'keyup']) {
    hook[kind] = { n: 0, at: -1 };
    w.addEventListener(kind, (e) => {
      const k = hook[kind];
      k.n++; k.at = w.aimsFrameCount || 0;
      if (kind === 'mousemove') { k.x = e.clientX; k.y = e.clientY; }
    }, true);
  }
  return hook;
})()`;

// In the page: returns the input counters (see FRAME_HOOK) so a later wait can tell an event
// that has arrived since from one that arrived before.
const PAGE_INPUT_COUNTS = `(() => { const h = ${FRAME_HOOK};
  return { mousedown: h.mousedown.n, wheel: h.wheel.n, keyup: h.keyup.n, x: h.mousemove.x, y: h.mousemove.y }; })()`;

// In the page: waits until the input event of `kind` has arrived (the n-th of its kind, or a
// move to x,y) and `extra` + 1 frames have ended after it: the app has handled it.
const PAGE_INPUT_SEEN = `(kind, n, x, y, extra, ms) => new Promise((resolve) => {
  const h = ${FRAME_HOOK};
  const k = h[kind];
  const arrived = () => kind === 'mousemove'
    ? Math.abs(k.x - x) < 1 && Math.abs(k.y - y) < 1 : k.n >= n;
  const check = () => {
    if (arrived() && (window.aimsFrameCount || 0) > k.at + extra) {
      h.waiters.delete(check); clearTimeout(timer); resolve(true);
    }
  };
  const timer = setTimeout(() => { h.waiters.delete(check); resolve(false); }, ms);
  h.waiters.add(check);
  check();
})`;

// In the page: resolves at the end of the `count`-th frame after the call; with `gap`, goes
// on until a frame that began more than gap ms after the end of the (count-1)-th has ended
// too; with `rel`, waits first for the frame that saw the last mouse release. Gives up when
// the app draws no frame for `ms`.
const PAGE_FRAMES = `(count, gap, rel, ms) => new Promise((resolve) => {
  const h = ${FRAME_HOOK};
  let need = count;
  if (rel && h.upAt >= 0 && (window.aimsFrameCount || 0) <= h.upAt) need = Math.max(need, 1);
  if (need === 0) return resolve({ ok: true });
  const ends = [performance.now()]; // ends[k]: end of the k-th frame after the call
  let timer = null;
  const done = (ok) => { h.waiters.delete(onFrame); clearTimeout(timer); resolve({ ok, drawn: ends.length - 1 }); };
  const onFrame = (t) => {
    ends.push(t);
    const k = ends.length - 1;
    if (k >= need && (gap <= 0 || ends[k - 1] - ends[need - 1] > gap)) return done(true);
    clearTimeout(timer);
    timer = setTimeout(() => done(false), ms);
  };
  timer = setTimeout(() => done(false), ms);
  h.waiters.add(onFrame);
})`;

// In the page: checks pred(arg) now, at the end of every frame and every 50 ms (for what
// changes outside frames, and before the first frame); resolves with its first truthy result,
// or with { timedOut: true } once `ms` have passed and the app has drawn at least 20 frames
// since the call (a loaded machine gets as many frames as an idle one; a page that draws no
// frames, e.g. in the background, gives up after 6 × ms).
const PAGE_UNTIL = `(pred, arg, ms, skip, rel) => new Promise((resolve) => {
  const h = ${FRAME_HOOK};
  const t0 = performance.now();
  let frames = 0, timer = null;
  // skip: frames to let pass before the first check; rel: and the frame that saw the last
  // mouse release, if it has not been drawn yet.
  if (rel && h.upAt >= 0 && (window.aimsFrameCount || 0) <= h.upAt) skip = Math.max(skip, 1);
  const check = (frameEnd) => {
    if (frameEnd !== undefined) frames++;
    if (frames < skip) return;
    let v;
    try { v = pred(arg); } catch (e) { v = false; }
    if (v) { h.waiters.delete(check); clearTimeout(timer); resolve({ value: v }); return; }
    const t = performance.now() - t0;
    if ((t > ms && frames >= 20) || t > 6 * ms) { h.waiters.delete(check); clearTimeout(timer); resolve({ timedOut: true }); return; }
    clearTimeout(timer);
    timer = setTimeout(() => check(), 50);
  };
  h.waiters.add(check);
  if (skip > 0) timer = setTimeout(() => resolve({ timedOut: true, drawn: frames }), 6 * ms);
  else check();
})`;

// Resolves at the end of the `n`-th frame the app draws after this call: input that reached
// the page before the call has been seen by Dear ImGui in each of them. (Chromium delivers
// mouse moves and wheel events aligned to frames, right before the frame's
// requestAnimationFrame callbacks, so the first of them sees those too.)
// With `gapMs`, it goes on until a frame that began more than gapMs after the end of the
// (n-1)-th one has ended too (see waitStatePublished). With `release`, it first waits for the
// frame that saw the last mouse release, if that frame has not been drawn yet.
// Evaluates `expr` in the page again when a navigation (a reload, the app's own) replaced the
// page's context while it ran.
async function evaluateAcrossNavigation(page, expr) {
  for (let i = 0; ; i++) {
    try {
      return await page.evaluate(expr);
    } catch (e) {
      if (i >= 5 || !/context was destroyed|navigat/i.test(String(e && e.message))) throw e;
      await page.waitForLoadState('load').catch(() => {});
    }
  }
}

async function waitFrames(page, n = 1, { gapMs = 0, release = false, timeout = 20000 } = {}) {
  const r = await evaluateAcrossNavigation(page, `(${PAGE_FRAMES})(${n}, ${gapMs}, ${release}, ${timeout})`);
  if (!r.ok) throw new Error(`the app drew ${r.drawn} of ${n} frame(s), then none for ${timeout} ms`);
}

// Input counters of the page, for waitInputSeen.
function inputCounts(page) {
  return evaluateAcrossNavigation(page, PAGE_INPUT_COUNTS);
}
// Resolves once the input event of `kind` ('mousemove' to x,y, or the n-th 'mousedown',
// 'wheel' or 'keyup') has reached the page and the frame after it (plus `extra` frames) has
// been drawn: at once if that has happened by the time of the call.
async function waitInputSeen(page, kind, { n = 0, x = 0, y = 0, extra = 0, timeout = 20000 } = {}) {
  const ok = await evaluateAcrossNavigation(page, `(${PAGE_INPUT_SEEN})('${kind}', ${n}, ${x}, ${y}, ${extra}, ${timeout})`);
  if (!ok) throw new Error(`no frame handled the ${kind} within ${timeout} ms`);
}

// Waits until `pred(arg)`, run in the page, is truthy (checked after every frame the app
// draws, and every 50 ms) and returns that value; throws naming `what` after `timeout` ms
// and at least 20 frames (see PAGE_UNTIL).
// With `frames`, the first check is made after that many frames (and with `release`, after
// the frame that saw the last mouse release): one round trip to the page for both.
async function waitFor(page, pred, { arg = null, what = 'the condition', timeout = 10000, frames = 0, release = false } = {}) {
  const r = await evaluateAcrossNavigation(page,
    `(${PAGE_UNTIL})(${pred.toString()}, ${JSON.stringify(arg)}, ${timeout}, ${frames}, ${release})`);
  if (r.timedOut) throw new Error(`${what} did not hold within ${timeout} ms`);
  return r.value;
}

// The app publishes window.aimsState at most every 100 ms (src/app/main.cpp, draw()), and
// only when it changed. After `settle` frames drawn after this call, this goes on until a
// frame that began more than 100 ms after those has been drawn too, so the published state
// comes from a frame after them. The 100 ms is the app's own wall-clock throttle: here time
// really is the point.
const STATE_PUBLISH_MS = 100;
function waitStatePublished(page, settle = 1) {
  return waitFrames(page, settle, { gapMs: STATE_PUBLISH_MS });
}

// --- PNG -------------------------------------------------------------------------------
// Minimal decoder for what Chromium writes: 8-bit, non-interlaced, RGB/RGBA (grey too).
// Returns { width, height, channels, pixels } with one unfiltered row after another.
function decodePng(buf) {
  const SIG = '89504e470d0a1a0a';
  if (buf.subarray(0, 8).toString('hex') !== SIG) throw new Error('not a PNG');
  let off = 8, ihdr = null;
  const idat = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    if (type === 'IHDR') {
      ihdr = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], colour: data[9], interlace: data[12] };
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    off += 12 + len;
  }
  if (!ihdr) throw new Error('PNG without IHDR');
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[ihdr.colour];
  if (ihdr.depth !== 8 || !channels || ihdr.interlace) {
    throw new Error(`unsupported PNG (depth ${ihdr.depth}, colour type ${ihdr.colour}, interlace ${ihdr.interlace})`);
  }
  const { width, height } = ihdr;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const px = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? px[out + x - channels] : 0;            // left
      const b = y > 0 ? px[out - stride + x] : 0;                       // up
      const c = y > 0 && x >= channels ? px[out - stride + x - channels] : 0; // up-left
      let v = line[x];
      switch (filter) {
        case 0: break;
        case 1: v += a; break;
        case 2: v += b; break;
        case 3: v += (a + b) >> 1; break;
        case 4: {
          const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
          v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default: throw new Error(`bad PNG filter ${filter} on row ${y}`);
      }
      px[out + x] = v & 255;
    }
  }
  return { width, height, channels, pixels: px };
}

// Number of distinct colours in a decoded PNG (stops counting at `cap`).
function distinctColours(img, cap = 1 << 16) {
  const seen = new Set();
  const { pixels, channels } = img;
  for (let i = 0; i < pixels.length && seen.size < cap; i += channels) {
    let key = 0;
    for (let k = 0; k < channels; k++) key = key * 256 + pixels[i + k];
    seen.add(key);
  }
  return seen.size;
}

// Screenshots the canvas area and throws unless it holds at least `min` distinct colours
// (a cleared or absent WebGL canvas is one flat colour). Returns the colour count.
async function canvasNotBlank(page, selector = '#canvas', min = 3) {
  const box = await page.locator(selector).boundingBox();
  if (!box || box.width < 1 || box.height < 1) throw new Error(`${selector} has no visible area`);
  const png = await page.screenshot({ clip: box });
  const n = distinctColours(decodePng(png), 1000);
  if (n < min) throw new Error(`${selector} looks blank: ${n} distinct colour(s) in ${Math.round(box.width)}x${Math.round(box.height)}`);
  return n;
}

// A click that Dear ImGui registers: it samples the mouse once per frame, so the pointer
// must rest a frame before the press and the button must stay down for a frame (toolchain
// §6); a previous release must have been seen before the pointer moves on. Returns once the
// button is released: the app acts on the click in the next frame, so wait for the state that
// shows it (waitState) or for that frame (waitFrames).
async function click(page, x, y) {
  await waitFrames(page, 0, { release: true });
  await page.mouse.move(x, y);
  await waitInputSeen(page, 'mousemove', { x, y });
  const { mousedown } = await inputCounts(page);
  await page.mouse.down();
  await waitInputSeen(page, 'mousedown', { n: mousedown + 1 });
  await page.mouse.up();
}

// Turns the mouse wheel over (x, y) and returns after the frame that applied it.
async function wheel(page, x, y, dy) {
  const c = await inputCounts(page);
  const n = c.wheel;
  if (!(Math.abs(c.x - x) < 1 && Math.abs(c.y - y) < 1)) { // the pointer is not there yet
    await page.mouse.move(x, y);
    await waitInputSeen(page, 'mousemove', { x, y }); // the wheel scrolls what ImGui saw under the pointer
  }
  await page.mouse.wheel(0, dy);
  await waitInputSeen(page, 'wheel', { n: n + 1 });
}

// --- test runner -----------------------------------------------------------------------
const tests = [];
const TEST_TIMEOUT_MS = Number(process.env.E2E_TEST_TIMEOUT_MS || 180000);

// opts.timeout: this test's limit in ms (default TEST_TIMEOUT_MS) for a test that is long by
// nature; each of its waits still has its own limit.
function test(name, fn, opts = {}) {
  // E2E_NAME=text runs only the tests whose name contains it (with E2E_ONLY, for working on one test).
  if (process.env.E2E_NAME && !name.includes(process.env.E2E_NAME)) return;
  tests.push({ name, fn, timeout: opts.timeout });
}

function assert(cond, msg) { if (!cond) throw new Error(msg || 'assertion failed'); }

// Runs the registered tests one after another against one server and one browser.
// Each test gets `t`: { url, browser, newPage(opts) }; pages from newPage live in their
// own browser context (opts: viewport, deviceScaleFactor, initScript, bypassCSP: to inject a checker) and are closed after
// the test, or at the end of the run with `keep: true` (a load that later tests inspect).
// Prints `ok - name` / `not ok - name: error`, then `N passed, N failed`, and exits with 1
// on any failure.
async function run({ dir = BUILD_DIR } = {}) {
  let passed = 0, failed = 0, server, browser;
  const kept = [];
  try {
    server = await serve(dir);
    browser = await launch();
  } catch (e) {
    console.log(`not ok - setup: ${e.message}`);
    console.log(`0 passed, ${tests.length || 1} failed`);
    process.exit(1);
  }
  for (const { name, fn, timeout } of tests) {
    const limit = Math.max(timeout || 0, TEST_TIMEOUT_MS);
    const contexts = [];
    const t = {
      url: server.url,
      browser,
      async newPage({ viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, initScript, keep = false,
                      bypassCSP = false } = {}) {
        const ctx = await browser.newContext({ viewport, deviceScaleFactor, bypassCSP });
        (keep ? kept : contexts).push(ctx);
        if (initScript) await ctx.addInitScript(initScript);
        return ctx.newPage();
      },
    };
    let timer;
    try {
      await Promise.race([
        fn(t),
        new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out after ${limit} ms`)), limit); }),
      ]);
      passed++;
      console.log(`ok - ${name}`);
    } catch (e) {
      failed++;
      console.log(`not ok - ${name}: ${String(e && e.message || e).split('\n')[0]}`);
    } finally {
      clearTimeout(timer);
      for (const c of contexts) await c.close().catch(() => {});
    }
  }
  for (const c of kept) await c.close().catch(() => {});
  await browser.close().catch(() => {});
  await server.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// The app publishes named widget rectangles (CSS px) as window.aimsUi[id] and its state as
// window.aimsState. uiRect waits until a widget has been drawn; clickUi clicks its centre.
async function uiRect(page, id, timeout = 10000, opts = {}) {
  return waitFor(page, (k) => window.aimsUi && window.aimsUi[k], { arg: id, timeout, ...opts })
    .catch(() => { throw new Error(`widget '${id}' was never drawn`); });
}
// Clicks a widget's centre. A window that sizes or centres itself (a popup, a modal) draws
// its first frame at a provisional place, so the pointer follows the widget until it stood
// still for the frame the pointer rested in.
async function clickUi(page, id) {
  let r = await uiRect(page, id, 10000, { release: true });
  // A window's provisional first frame can put the widget outside the page, where the pointer
  // cannot go: take the next frame's place.
  const inside = (q) => page.evaluate((p) => p.x >= 0 && p.y >= 0 && p.x < innerWidth && p.y < innerHeight, q);
  for (let i = 0; i < 3 && !(await inside(r)); i++) r = await uiRect(page, id, 10000, { frames: 1 });
  for (let i = 0; ; i++) {
    await page.mouse.move(r.x, r.y);
    await waitInputSeen(page, 'mousemove', { x: r.x, y: r.y });
    const now = await uiRect(page, id);
    if (Math.abs(now.x - r.x) < 0.5 && Math.abs(now.y - r.y) < 0.5) break;
    if (i >= 10) throw new Error(`widget '${id}' keeps moving`);
    r = now;
  }
  const { mousedown } = await inputCounts(page);
  await page.mouse.down();
  await waitInputSeen(page, 'mousedown', { n: mousedown + 1 });
  await page.mouse.up();
  return r;
}
async function waitState(page, pred, what, timeout = 10000) {
  try {
    await waitFor(page, pred, { timeout });
  } catch {
    const st = await page.evaluate(() => window.aimsState).catch(() => null);
    throw new Error(`state never became ${what}: ${JSON.stringify(st)}`);
  }
}
// Presses a key combination for exactly one frame and returns after the frame that saw the
// release. The keys go down and up at once; the app's input queue (src/platform) hands a key's
// release to the frame after the one that saw its press. A press held for a time instead
// would be held for an unknown number of frames: Dear ImGui repeats a key held for 275 ms of
// its time, which two frames on a loaded machine exceed (Tab would move twice, Ctrl+V paste
// twice). workspace.test.js checks the queue itself.
async function hold(page, combo) {
  const keys = combo.split('+');
  const { keyup } = await inputCounts(page);
  for (const k of keys) await page.keyboard.down(k);
  for (const k of keys.reverse()) await page.keyboard.up(k);
  // The frame after the last release, and one more: the queue hands releases on a frame.
  await waitInputSeen(page, 'keyup', { n: keyup + keys.length, extra: 1 });
}
// Types text one key at a time with a frame between keys, as a person types (the app
// handles one press of a key per frame; it queues the rest).
async function typeKeys(page, text) {
  let { keyup } = await inputCounts(page);
  for (const ch of text) {
    await page.keyboard.type(ch);
    await waitInputSeen(page, 'keyup', { n: ++keyup });
  }
}
// Saves a screenshot for review under tests/e2e/screenshots/NAME.png, of a frame drawn after
// the frame that handled the last input (windows that size themselves settle in it).
async function saveShot(page, name) {
  const dir = path.join(ROOT, 'tests', 'e2e', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await waitFrames(page, 1, { release: true });
  await waitFrames(page, 1);
  await page.screenshot({ path: path.join(dir, name + '.png') });
}

// Opens the demo project (index.html?demo) in a new page of test `t`, with the UI settings
// stored beforehand (`lang`, e.g. text_scale; no lang: the browser's language decides), and
// waits until its nine AI systems are loaded. Returns { page, session } (session: openApp's
// record of requests and console errors).
async function openDemo(t, { lang = 'de', settings = {}, viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1 } = {}) {
  const stored = lang ? { lang, ...settings } : null;
  const page = await t.newPage({ viewport, deviceScaleFactor });
  if (stored) await page.addInitScript((v) => localStorage.setItem('aims.settings', v), JSON.stringify(stored));
  const session = await openApp(page, t.url + 'index.html?demo');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && window.aimsState.project && window.aimsState.project.systems === 9, 'demo open', 20000);
  return { page, session };
}

// Scrolls the screen (the mouse wheel at 900,500) until the widget is inside the viewport, a frame at a time.
async function scrollIntoView(page, id) {
  for (let i = 0; i < 40; i++) {
    const r = await page.evaluate((k) => window.aimsUi && window.aimsUi[k], id);
    const h = await page.evaluate(() => innerHeight);
    if (r && r.y > 80 && r.y < h - 20) return r;
    const n = await page.evaluate(() => window.aimsFrameCount);
    await page.mouse.move(900, 500);
    await page.mouse.wheel(0, r && r.y < 80 ? -200 : 200);
    await page.waitForFunction((m) => window.aimsFrameCount >= m + 2, n);
  }
  throw new Error(`could not scroll to ${id}`);
}

module.exports = {
  scrollIntoView,
  ROOT, BUILD_DIR, CHROMIUM, CHROMIUM_ARGS, MIME,
  sleep, serve, launch, openApp, openDemo, waitFirstFrame, waitLog,
  waitFrames, waitStatePublished, waitFor, waitInputSeen, inputCounts, wheel,
  decodePng, distinctColours, canvasNotBlank, click,
  uiRect, clickUi, waitState, saveShot, hold, typeKeys,
  test, assert, run,
};
