#!/usr/bin/env node
'use strict';
// Benchmark: a project with 1,000 AI systems in the browser. Prints the file size, the time
// to open it, and the save time per edit as the app measures it (goal under 50 ms per save).
const lib = require('../tests/e2e/lib');

function bigProject(n) {
  const annex3 = ['annex3.4.a', 'annex3.4.b', 'annex3.5.b', 'annex3.3.a', 'annex3.1.a'];
  const systems = [];
  for (let i = 0; i < n; i++) {
    const s = { id: `sys-${i}`, name: `KI-System Nr. ${i} – Prüfung`, roles: [i % 3 ? 'deployer' : 'provider'],
      owner: `Abteilung ${i % 17}`, purpose: 'Unterstützt die Fachabteilung bei wiederkehrenden Entscheidungen.',
      vendor: 'Beispiel AG', lifecycle: 'production', personal_data: i % 2 === 0, last_review: '2026-06-30',
      next_review: '2027-06-30' };
    if (i % 4 === 0) { s.annex3 = [annex3[i % annex3.length]]; s.profiling = true; }
    if (i % 4 === 1) s.transparency = ['art50.1'];
    systems.push(s);
  }
  return { format: 'aims-project', version: 1,
    project: { id: 'big', name: '1000 Systeme', created: '2026-11-27T10:00:00Z', modified: '2026-11-27T10:00:00Z', lang: 'de' },
    organisation: { name: 'Groß GmbH', employees: 5000 }, systems, iso: { answers: {}, soa: {} }, history: [] };
}

(async () => {
  const server = await lib.serve(lib.BUILD_DIR);
  const browser = await lib.launch();
  try {
    const text = JSON.stringify(bigProject(1000), null, 2);
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await ctx.addInitScript((t) => {
      if (!localStorage.getItem('aims.project.big')) {
        localStorage.setItem('aims.project.big', t);
        localStorage.setItem('aims.last_project', 'big');
      }
    }, text);
    const page = await ctx.newPage();
    await lib.openApp(page, server.url + 'index.html');
    const t0 = Date.now();
    await lib.waitFirstFrame(page);
    await page.waitForFunction(() => window.aimsState && window.aimsState.project && window.aimsState.project.systems === 1000, null, { timeout: 60000 });
    const openMs = Date.now() - t0;
    const saves = [];
    await lib.clickUi(page, 'nav.inventory');
    for (let i = 0; i < 7; i++) {
      await lib.clickUi(page, 'inv.add');
      await page.waitForFunction((n) => window.aimsState.project.systems === n && window.aimsState.project.save === 'saved', 1001 + i, { timeout: 20000 });
      saves.push(await page.evaluate(() => window.aimsState.project.save_ms));
    }
    saves.sort((a, b) => a - b);
    // CPU time per frame on the inventory and the dashboard (the app averages it).
    const frame = {};
    for (const v of ['inventory', 'dashboard', 'assessment']) {
      await lib.clickUi(page, 'nav.' + v);
      await page.waitForFunction((k) => window.aimsState.view === k, v);
      await new Promise((r) => setTimeout(r, 600));
      await page.evaluate(() => { window.aimsFrameMsMax = 0; });
      await new Promise((r) => setTimeout(r, 1500));
      frame[v] = await page.evaluate(() => [window.aimsFrameMs, window.aimsFrameMsMax, window.aimsFrameTotalMs]);
    }
    const stored = await page.evaluate(() => localStorage.getItem('aims.project.big').length);
    console.log(`project with 1000 AI systems: ${(stored / 1024).toFixed(0)} KB as stored`);
    console.log(`open (load, validate, classify all, first frame): ${openMs} ms`);
    console.log(`save per edit: median ${saves[3].toFixed(1)} ms, max ${saves[6].toFixed(1)} ms (goal 50 ms)`);
    for (const [v, [avg, max, total]] of Object.entries(frame)) {
      console.log(`CPU time per frame, ${v}: ${avg.toFixed(2)} ms average, ${max.toFixed(2)} ms max (goal 4 ms); ` +
        `with WebGL submission under software rendering ${total.toFixed(1)} ms`);
    }
    await ctx.close();
  } finally {
    await browser.close();
    await server.close();
  }
})().catch((e) => { console.error('bench_save failed:', e.message); process.exit(1); });
