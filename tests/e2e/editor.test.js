'use strict';
// The multi-line text fields wrap their text at word boundaries while it is edited, and the
// caret moves by the rows the user sees (src/app/text_wrap.cpp, cmake/patch_imgui.py). The app
// publishes the field being edited as window.aimsState.edit: caret, selection, the caret's row
// and the number of rows.
const lib = require('./lib');
const { test, assert, clickUi, waitState, hold } = lib;

const NOTE = 'Die Geschäftsführung hat die KI-Leitlinie im März freigegeben; die Überprüfung erfolgt jährlich ' +
  'durch den KI-Beauftragten gemeinsam mit der Informationssicherheit und dem Datenschutzbeauftragten, ' +
  'zuletzt am 2026-11-18.\nZweite Zeile: Verantwortlichkeiten sind im RACI-Plan dokumentiert.';

test('editor: a long note wraps while edited; arrows, Home, End, click, copy and undo follow the rows', async (t) => {
  const { page } = await lib.openDemo(t);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url.replace(/\/$/, '') });
  await clickUi(page, 'nav.assessment');
  await waitState(page, () => window.aimsState.view === 'assessment', 'gap assessment');
  const more = await lib.waitFor(page, () => Object.keys(window.aimsUi || {}).filter((k) => /^gap\..+\.more$/.test(k))
    .sort((a, b) => window.aimsUi[a].y - window.aimsUi[b].y)[0], { what: 'a requirement to open' });
  await clickUi(page, more);
  const notes = more.replace(/\.more$/, '.notes');
  const before = await lib.uiRect(page, notes);
  await clickUi(page, notes);

  // Replace the note with a long one from the clipboard (umlauts, a line break).
  await page.evaluate((s) => navigator.clipboard.writeText(s), NOTE);
  await hold(page, 'Control+a');
  await hold(page, 'Control+v');
  const edit = async () => { await lib.waitStatePublished(page, 1); return page.evaluate(() => window.aimsState.edit); };
  let e = await edit();
  assert(e && e.length === NOTE.length, `pasted: ${JSON.stringify(e)}`);
  // Two lines of text take many rows in the narrow details column, and the field grew to show them.
  assert(e.rows >= 5 && e.row === e.rows - 1, `rows after paste: ${JSON.stringify(e)}`);
  const grown = await lib.uiRect(page, notes, 10000, { frames: 1 });
  assert(grown.y1 - grown.y0 > before.y1 - before.y0 + 40, `field height ${before.y1 - before.y0} -> ${grown.y1 - grown.y0}`);
  // No text runs past the field's edge (the layout check covers text fields).
  const clipped = await page.evaluate(() => window.aimsState.clipped);
  assert(clipped.length === 0, `cut text: ${clipped.join('; ')}`);

  // End goes to the end of the first row, not of the whole line.
  await hold(page, 'Control+Home');
  await hold(page, 'End');
  e = await edit();
  const rowEnd = e.cursor;
  assert(e.row === 0 && rowEnd > 10 && rowEnd < NOTE.indexOf('\n'), `End: ${JSON.stringify(e)}`);
  assert(NOTE[rowEnd] === ' ', `End stops before the blank the row wraps at: '${NOTE.slice(rowEnd - 5, rowEnd + 5)}'`);
  // Down and Up move one row at a time.
  await hold(page, 'ArrowDown');
  e = await edit();
  assert(e.row === 1, `Down: ${JSON.stringify(e)}`);
  await hold(page, 'ArrowDown');
  e = await edit();
  assert(e.row === 2, `Down again: ${JSON.stringify(e)}`);
  await hold(page, 'ArrowUp');
  e = await edit();
  assert(e.row === 1, `Up: ${JSON.stringify(e)}`);
  // Home goes to the start of that row: right after the blank that ended row 0.
  await hold(page, 'Home');
  e = await edit();
  assert(e.row === 1 && e.cursor === rowEnd + 1, `Home: ${JSON.stringify(e)} (row 0 ended at ${rowEnd})`);
  // Shift+End selects the row; Ctrl+C copies exactly its words.
  await hold(page, 'Shift+End');
  e = await edit();
  assert(e.row === 1 && e.sel[0] === rowEnd + 1 && e.sel[1] > e.sel[0], `Shift+End: ${JSON.stringify(e)}`);
  await hold(page, 'Control+c');
  const copied = await page.evaluate(() => window.aimsClipboard);
  assert(copied === NOTE.slice(e.sel[0], e.sel[1]) && !copied.includes('\n'), `copied: ${copied}`);
  // From the very end of the text, Up goes to the row above (ImGui 1.86 went to its start).
  await hold(page, 'Control+End');
  e = await edit();
  assert(e.cursor === NOTE.length, `Ctrl+End: ${JSON.stringify(e)}`);
  const last = e.row;
  await hold(page, 'ArrowUp');
  e = await edit();
  assert(e.row === last - 1 && e.cursor > NOTE.indexOf('\n'), `Up from the end: ${JSON.stringify(e)}`);

  // A click right of the first row's words puts the caret at that row's end.
  const r = await lib.uiRect(page, notes);
  await page.mouse.click(r.x1 - 8, r.y0 + 12);
  await lib.waitFrames(page, 2, { release: true });
  e = await edit();
  assert(e.row === 0 && e.cursor === rowEnd, `click right of row 0: ${JSON.stringify(e)}`);

  // Undo in the field brings the old note back; Ctrl+A, Ctrl+C reads it whole.
  await hold(page, 'Control+z');
  e = await edit();
  assert(e.length !== NOTE.length, `undo: ${JSON.stringify(e)}`);
  await hold(page, 'Control+y');
  await hold(page, 'Control+a');
  await hold(page, 'Control+c');
  const whole = await page.evaluate(() => window.aimsClipboard);
  assert(whole === NOTE, `redo then copy all: ${JSON.stringify(whole)}`);
});
