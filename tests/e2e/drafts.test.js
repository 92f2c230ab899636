'use strict';
// Document drafts (#15) from the app: the German demo's drafts screen at 1280x800 shows no cut
// text; a DOCX draft downloads and is read by tests/drafts/check_drafts.py (python-docx); the
// ZIP of all drafts downloads with one file per draft that applies; a download records the
// draft in the documents register; and the HTML drafts (the app's download, and every draft the
// native aims writes for the demo and for the demo with a system that needs a FRIA, in German
// and English) pass axe-core (WCAG 2.1 A and AA) with no violation. The drafts' pages have a
// strict CSP, so axe is injected into a context that bypasses it (the page is loaded with
// setContent, never inside the app).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const lib = require('./lib');
const { test, assert, clickUi, waitState, saveShot } = lib;

const CHECK = path.join(lib.ROOT, 'tests', 'drafts', 'check_drafts.py');
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const AXE = path.join(lib.ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function nativeAims() {
  for (const d of ['build-rel', 'build']) {
    const p = path.join(lib.ROOT, d, 'aims');
    if (fs.existsSync(p)) return p;
  }
  throw new Error('no native build of aims (build-rel/aims or build/aims) to write the HTML drafts');
}

async function download(page, id, name) {
  await lib.scrollIntoView(page, id);
  const [dl] = await Promise.all([page.waitForEvent('download'), clickUi(page, id)]);
  const file = path.join(os.tmpdir(), `aims-e2e-${process.pid}-${name}`);
  await dl.saveAs(file);
  return { file, suggested: dl.suggestedFilename() };
}

// The names in a ZIP file (its central directory), without unpacking.
function zipNames(buf) {
  const names = [];
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert(eocd >= 0, 'not a ZIP file');
  let p = buf.readUInt32LE(eocd + 16);
  const n = buf.readUInt16LE(eocd + 10);
  for (let i = 0; i < n; i++) {
    assert(buf.readUInt32LE(p) === 0x02014b50, 'broken central directory');
    const len = buf.readUInt16LE(p + 28), extra = buf.readUInt16LE(p + 30), comment = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + len));
    p += 46 + len + extra + comment;
  }
  return names;
}

// axe-core on one HTML document: the violations, as "rule: target" lines.
async function axeViolations(browser, html) {
  const ctx = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  try {
    const page = await ctx.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ path: AXE });
    const res = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
    assert(res.passes.length > 0, 'axe ran no rule');
    return res.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`);
  } finally {
    await ctx.close();
  }
}

test('drafts: the German drafts screen, a DOCX and the ZIP downloaded, the register entry, axe on the HTML', async (t) => {
  const { page } = await lib.openDemo(t);
  await clickUi(page, 'nav.drafts');
  await waitState(page, () => window.aimsState.view === 'drafts', 'drafts view');
  // The drafts that apply to the demo: no FRIA and no registration sheet (no system needs them).
  for (const id of ['policy', 'annex4', 'transparency', 'deployer', 'audit', 'review', 'literacy']) {
    await lib.uiRect(page, `drafts.title.${id}`);
  }
  const drawn = await page.evaluate(() => Object.keys(window.aimsUi).filter((k) => k.startsWith('drafts.title.')));
  assert(!drawn.includes('drafts.title.fria') && !drawn.includes('drafts.title.registration'), `drawn: ${drawn}`);
  await saveShot(page, 'drafts-de');
  let st = await page.evaluate(() => window.aimsState);
  assert(st.clipped.length === 0, `cut text: ${JSON.stringify(st.clipped).slice(0, 400)}`);
  const before = st.registers.documents;

  // The preview opens and shows the rendered text without cut text.
  await clickUi(page, 'drafts.preview.policy');
  await lib.waitFrames(page, 2);
  await saveShot(page, 'drafts-de-preview');
  st = await page.evaluate(() => window.aimsState);
  assert(st.clipped.length === 0, `cut text in the preview: ${JSON.stringify(st.clipped).slice(0, 400)}`);
  await clickUi(page, 'drafts.preview.policy');

  const files = [];
  try {
    // A DOCX draft, read as a word processor reads it.
    const docx = await download(page, 'drafts.policy.docx', 'policy.docx');
    files.push(docx.file);
    assert(docx.suggested.endsWith('policy-de.docx'), `download named ${docx.suggested}`);
    let out;
    try {
      out = execFileSync(PYTHON, [CHECK, 'docx', docx.file, '--lang', 'de'], { encoding: 'utf8' });
    } catch (e) {
      throw new Error(`docx check: ${(e.stdout || '') + (e.message || e)}`.slice(0, 600));
    }
    assert(/drafts: \d+ checks passed/.test(out), out);
    // The download recorded the draft in the documents register (one entry, one undo step).
    await lib.waitFor(page, (n) => window.aimsState.registers.documents === n + 1, { arg: before, what: 'the register entry' });

    // The HTML draft from the app, checked by axe.
    const html = await download(page, 'drafts.policy.html', 'policy.html');
    files.push(html.file);
    const text = fs.readFileSync(html.file, 'utf8');
    assert(text.startsWith('<!DOCTYPE html>\n<html lang="de">') && !text.includes('{{'), 'HTML draft');
    const v = await axeViolations(t.browser, text);
    assert(v.length === 0, `axe on the app's policy draft: ${v.join('; ')}`);

    // The ZIP of all drafts: one DOCX per draft that applies; each recorded once.
    const zip = await download(page, 'drafts.zip.docx', 'drafts.zip');
    files.push(zip.file);
    const names = zipNames(fs.readFileSync(zip.file)).sort();
    const want = ['annex4', 'audit', 'deployer', 'literacy', 'policy', 'review', 'transparency'].map((n) => `${n}-de.docx`);
    assert(JSON.stringify(names) === JSON.stringify(want), `ZIP holds ${names}`);
    await lib.waitFor(page, (n) => window.aimsState.registers.documents === n + 7, { arg: before, what: 'seven register entries' });
  } finally {
    for (const f of files) fs.rmSync(f, { force: true });
  }

  // Every HTML draft the native aims writes, both languages, with and without a FRIA.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-drafts-'));
  try {
    const demo = JSON.parse(fs.readFileSync(path.join(lib.ROOT, 'assets', 'project', 'demo-de.json'), 'utf8'));
    for (const s of demo.systems) {
      if (s.id === 'bewerber-vorauswahl') s.deployer_type.public_body = true;  // FRIA and registration (section C)
    }
    const variant = path.join(tmp, 'variant.aims.json');
    fs.writeFileSync(variant, JSON.stringify(demo));
    let n = 0;
    for (const [project, tag] of [[path.join(lib.ROOT, 'assets', 'project', 'demo-de.json'), 'demo'], [variant, 'variant']]) {
      for (const lang of ['de', 'en']) {
        const dir = path.join(tmp, `${tag}-${lang}`);
        execFileSync(nativeAims(), ['draft', project, '--doc', 'all', '--format', 'html', '--out', dir, '--lang', lang],
          { stdio: 'pipe' });
        for (const f of fs.readdirSync(dir).sort()) {
          const v = await axeViolations(t.browser, fs.readFileSync(path.join(dir, f), 'utf8'));
          assert(v.length === 0, `axe on ${tag}/${f}: ${v.join('; ')}`);
          n++;
        }
      }
    }
    assert(n >= 30, `only ${n} HTML drafts checked`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, { timeout: 300000 });
