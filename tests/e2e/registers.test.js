'use strict';
// The registers of the AI management system: governance, risks (with the heat map),
// documents, trainings, audits and reviews, objectives and tasks. Each view opens on the demo
// in English and German; a risk added with the mouse lands in its heat-map cell, a cell click
// filters the table, an overdue task is counted, the missing document kinds match the demo.
const fs = require('fs');
const path = require('path');
const lib = require('./lib');
const { test, assert, openApp, waitFirstFrame, clickUi, waitState, saveShot, waitFrames } = lib;

const VIEWS = ['governance', 'risks', 'documents', 'trainings', 'audits', 'objectives'];
// The list whose first row is selected before the screenshot, so the form shows too.
const FIRST_ROW = { risks: 'risks.row.0', documents: 'documents.row.0', trainings: 'trainings.row.0', audits: 'audits.row.0', objectives: 'objectives.row.0' };

const state = (page) => page.evaluate(() => window.aimsState);
const reg = async (page) => (await state(page)).registers;

async function openDemo(t, viewport = { width: 1280, height: 800 }) {
  const page = await t.newPage({ viewport });
  await openApp(page, t.url + 'index.html?demo');
  await waitFirstFrame(page);
  await waitState(page, () => window.aimsState && window.aimsState.project && window.aimsState.registers, 'demo open');
  return page;
}

// Opens a view from the navigation (a second click if the first one only closed a popup).
async function go(page, view) {
  const pred = new Function(`return window.aimsState.view === '${view}'`);
  for (let i = 0; i < 2; i++) {
    await clickUi(page, 'nav.' + view);
    // The frame that handled the click, then a state published after it.
    await waitFrames(page, 1, { release: true });
    await lib.waitStatePublished(page);
    if (await page.evaluate(pred)) return;
  }
  await clickUi(page, 'nav.' + view);
  await waitState(page, pred, `view ${view}`);
}

// Scrolls the window under (x, h/2) with the mouse wheel until the widget lies inside the
// viewport height h. The wheel's sign is learnt from the first step (Emscripten 3.1.6's GLFW
// passes the raw deltaY, so the direction depends on the platform layer).
async function scrollTo(page, id, h, x = 700) {
  let dir = 1;
  for (let i = 0; i < 30; i++) {
    const r = await lib.uiRect(page, id);
    if (r.y > 0 && r.y + 10 < h) return;
    const want = r.y >= h ? 1 : -1; // +1: the widget must move up
    await lib.wheel(page, x, h / 2, want * dir * 100);
    const after = await lib.uiRect(page, id);
    if ((r.y - after.y) * want <= 0) dir = -dir;
  }
  throw new Error(`could not scroll to ${id}`);
}

const typeText = lib.typeKeys;

test('registers: each view opens on the demo, in English and in German', async (t) => {
  const page = await openDemo(t);
  for (const lang of ['en', 'de']) {
    if (lang === 'de') {
      await clickUi(page, 'lang.de');
      await waitState(page, () => window.aimsState.lang === 'de', 'German');
    }
    for (const v of VIEWS) {
      await go(page, v);
      if (FIRST_ROW[v] && lang === 'en') await clickUi(page, FIRST_ROW[v]);
      await saveShot(page, `registers-${v}-${lang}`);
    }
  }
  const r = await reg(page);
  assert(r.risks >= 6 && r.documents >= 6 && r.trainings === 2 && r.audits === 1 && r.reviews === 1, `counts ${JSON.stringify(r)}`);
  assert(r.selected_risk === 'r-1' || r.selected_risk.length > 0, 'a risk was selected by clicking its row');
});

test('registers: the document kinds an audit expects match the demo', async (t) => {
  const demo = JSON.parse(fs.readFileSync(path.join(lib.ROOT, 'assets', 'project', 'demo-de.json'), 'utf8'));
  const expected = ['ai_policy', 'aims_scope', 'risk_method', 'impact_method', 'soa', 'risk_treatment_plan', 'objectives',
    'competence_records', 'audit_programme', 'management_review'];
  const approved = new Set(demo.documents.filter((d) => d.status === 'approved').map((d) => d.kind));
  const missing = expected.filter((k) => !approved.has(k)).length;
  const page = await openDemo(t);
  await go(page, 'documents');
  await lib.uiRect(page, 'documents.audit');
  const r = await reg(page);
  assert(r.missing_documents === missing, `missing ${r.missing_documents}, expected ${missing}`);
});

test('risks: a risk added with the mouse is counted in the heat map, and a cell filters the table', async (t) => {
  const page = await openDemo(t, { width: 1280, height: 1000 });
  await go(page, 'risks');
  const before = await reg(page);
  const in55 = before.heat['5.5'] || 0;
  await clickUi(page, 'risks.add');
  await waitState(page, new Function(`return window.aimsState.registers.risks === ${before.risks + 1}`), 'one more risk');
  const added = (await reg(page)).selected_risk;
  assert(/^r-\d+$/.test(added), `new risk id ${added}`);
  await clickUi(page, 'risks.form.likelihood');
  await clickUi(page, 'risks.form.likelihood.5'); // the next click waits for this release
  await clickUi(page, 'risks.form.impact');
  await clickUi(page, 'risks.form.impact.5');
  await waitState(page, new Function(`return (window.aimsState.registers.heat['5.5'] || 0) === ${in55 + 1}`), 'counted in cell 5.5');
  await saveShot(page, 'registers-risks-added');
  await clickUi(page, 'risks.heat.5.5');
  await waitState(page, new Function(`const r = window.aimsState.registers; return r.risk_filter === '5.5' && r.risks_shown === ${in55 + 1}`),
    'table filtered to cell 5.5');
  await saveShot(page, 'registers-risks-filtered');
  await clickUi(page, 'risks.filter.clear');
  await waitState(page, new Function(`const r = window.aimsState.registers; return r.risk_filter === '' && r.risks_shown === ${before.risks + 1}`),
    'filter cleared');
  await clickUi(page, 'risks.heat.residual');
  await waitState(page, () => window.aimsState.registers.residual === true, 'residual heat map');
  await saveShot(page, 'registers-risks-residual');
  // The new risk went into the stored project with a unique id.
  const st = await state(page);
  await waitState(page, () => window.aimsState.project.save === 'saved', 'saved');
  const doc = await page.evaluate((k) => JSON.parse(localStorage.getItem('aims.project.' + k)), st.project.id);
  const ids = doc.risks.map((r) => r.id);
  assert(new Set(ids).size === ids.length, `unique ids ${ids}`);
  const r = doc.risks.find((x) => x.id === added);
  assert(r && r.likelihood === 5 && r.impact === 5 && r.system === null, `stored risk ${JSON.stringify(r)}`);
});

test('plan: a task due in the past says overdue; tasks sort by due date', async (t) => {
  const page = await openDemo(t, { width: 1280, height: 1400 });
  await go(page, 'objectives');
  const before = await reg(page);
  await clickUi(page, 'tasks.add');
  await waitState(page, new Function(`return window.aimsState.registers.tasks === ${before.tasks + 1}`), 'one more task');
  await clickUi(page, 'tasks.form.due');
  await typeText(page, '2020-01-31');
  await lib.hold(page, 'Tab');
  await waitState(page, new Function(`return window.aimsState.registers.overdue === ${before.overdue + 1}`), 'overdue counted');
  await clickUi(page, 'tasks.col.2'); // the due column: ascending (saveShot waits for the frame that sorts)
  await saveShot(page, 'registers-tasks-overdue');
  await clickUi(page, 'lang.de');
  await waitState(page, () => window.aimsState.lang === 'de', 'German');
  await saveShot(page, 'registers-tasks-overdue-de');
});

test('governance and audits: a board member and a finding are added with the mouse', async (t) => {
  const page = await openDemo(t, { width: 1280, height: 1000 });
  await go(page, 'governance');
  const id = (await state(page)).project.id;
  const stored = () => page.evaluate((k) => JSON.parse(localStorage.getItem('aims.project.' + k)), id);
  const board = (await stored()).governance.board.length;
  await clickUi(page, 'gov.board.add');
  await waitState(page, () => window.aimsState.project.can_undo && window.aimsState.project.save === 'saved', 'saved');
  let doc = await stored();
  assert(doc.governance.board.length === board + 1, `board members ${doc.governance.board.length}`);
  await go(page, 'audits');
  await clickUi(page, 'audits.row.0');
  const findings = doc.audits[0].findings.length;
  // The add button sits below the findings: scroll the content to it.
  await scrollTo(page, 'audits.finding.add', 1000);
  await clickUi(page, 'audits.finding.add');
  // The frame that handled the click, a state published after it, then until it is stored.
  await waitFrames(page, 1, { release: true });
  await lib.waitStatePublished(page);
  await waitState(page, () => window.aimsState.project.save === 'saved', 'saved');
  await saveShot(page, 'registers-audits-finding');
  doc = await stored();
  assert(doc.audits[0].findings.length === findings + 1, `findings ${doc.audits[0].findings.length}`);
  assert(doc.audits[0].findings[findings].status === 'open', 'a new finding is open');
});

test('trainings: the Art. 4 tooltip quotes the catalog', async (t) => {
  const page = await openDemo(t);
  await go(page, 'trainings');
  const r = await lib.uiRect(page, 'trainings.art4');
  await page.mouse.move(r.x, r.y);
  await waitState(page, () => /Art\. 4/.test(window.aimsState.tooltip || ''), 'the Art. 4 tooltip');
  await saveShot(page, 'registers-trainings-art4');
});

test('registers: presentation text size keeps the views usable at 1280x720', async (t) => {
  const page = await openDemo(t, { width: 1280, height: 720 });
  await clickUi(page, 'settings');
  await clickUi(page, 'settings.text_size.presentation');
  await waitState(page, () => window.aimsState.text_scale === 1.5, 'text scale 1.5');
  await lib.hold(page, 'Escape'); // returns after the frame that closed the settings
  for (const v of ['risks', 'governance', 'documents']) {
    await scrollTo(page, 'nav.' + v, 720, 120);
    await go(page, v);
    await saveShot(page, `registers-${v}-presentation`);
    if (v === 'risks') {
      // The heat map sits below the table at this size; its cells stay clickable.
      await scrollTo(page, 'risks.heat.1.1', 720);
      await saveShot(page, 'registers-risks-heat-presentation');
      await clickUi(page, 'risks.heat.4.4');
      await waitState(page, () => window.aimsState.registers.risk_filter === '4.4', 'filter 4.4 at presentation size');
    }
  }
});

// Tooltips quote the article: the dashboard's deadline marks and the inventory's risk classes.
test('tooltips: deadline marks and risk classes name their articles', async (t) => {
  const page = await openDemo(t);
  const mark = await lib.uiRect(page, 'deadlines.mark.0');
  await page.mouse.move(mark.x, mark.y);
  await waitState(page, () => /Art\. \d+/.test(window.aimsState.tooltip || ''), 'a deadline tooltip with an article');
  const tip = (await page.evaluate(() => window.aimsState.tooltip));
  assert(/\d{4}-\d{2}-\d{2}/.test(tip) && /AI Act – /.test(tip), `deadline tooltip: ${tip}`);
  await go(page, 'inventory');
  const cls = await lib.uiRect(page, 'inv.class.0');  // Bewerber-Vorauswahl (CV-Ranking): Annex III 4(a)
  await page.mouse.move(cls.x, cls.y);
  await waitState(page, () => /Annex III point 4\(a\)/.test(window.aimsState.tooltip || ''), 'the Annex III point behind the class');
});
