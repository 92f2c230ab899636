'use strict';
// The exports for other tools, from the app: the German demo's export screen at 1280x800 shows
// no cut text; the Excel workbook and the hand-over ZIP for CISO Assistant download and are
// checked by the same script as the CLI's
// (tests/export/check_exports.py with /usr/bin/python3 and Debian's openpyxl), against the
// native aims of the build (build-rel/ or build/).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const lib = require('./lib');
const { test, assert, clickUi, waitState, saveShot } = lib;

const CHECK = path.join(lib.ROOT, 'tests', 'export', 'check_exports.py');
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function nativeAims() {
  for (const d of ['build-rel', 'build']) {
    const p = path.join(lib.ROOT, d, 'aims');
    if (fs.existsSync(p)) return p;
  }
  throw new Error('no native build of aims (build-rel/aims or build/aims) to compare the workbook with');
}

const scrollTo = lib.scrollIntoView;

async function download(page, id, name) {
  await scrollTo(page, id);
  const [dl] = await Promise.all([page.waitForEvent('download'), clickUi(page, id)]);
  const file = path.join(os.tmpdir(), `aims-e2e-${process.pid}-${name}`);
  await dl.saveAs(file);
  return { file, suggested: dl.suggestedFilename() };
}

test('export: the German export screen, the Excel workbook and the CISO Assistant ZIP downloaded and checked', async (t) => {
  const { page } = await lib.openDemo(t);
  await clickUi(page, 'nav.reports');
  await waitState(page, () => window.aimsState.view === 'reports', 'reports view');
  await scrollTo(page, 'rep.xlsx');
  await saveShot(page, 'export-de');
  const st = await page.evaluate(() => window.aimsState);
  assert(st.clipped.length === 0, `cut text: ${JSON.stringify(st.clipped).slice(0, 400)}`);

  // The app's today (local date): the workbook's deadlines and "applies" depend on it.
  const today = await page.evaluate(() => {
    const d = new Date();
    const p = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
  });
  for (const [id, kind, ext] of [['rep.xlsx', 'xlsx', '.xlsx'], ['rep.ciso-assistant', 'ciso', '.zip']]) {
    const { file, suggested } = await download(page, id, 'demo' + ext);
    try {
      assert(suggested.endsWith(ext), `download named ${suggested}`);
      let out;
      try {
        out = execFileSync(PYTHON, [CHECK, kind, file, '--lang', 'de', '--as-of', today, '--aims', nativeAims()],
          { encoding: 'utf8' });
      } catch (e) {
        throw new Error(`${kind} check: ${(e.stdout || '') + (e.message || e)}`.slice(0, 600));
      }
      assert(/exports: \d+ checks passed/.test(out), out);
    } finally {
      fs.rmSync(file, { force: true });
    }
  }
});
