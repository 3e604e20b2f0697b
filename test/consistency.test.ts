/**
 * One truth across outputs: for the bundled examples and hundreds of random plans, the facts the
 * JSON states are the facts the Markdown and the HTML show, read back from each: the verdict,
 * planned and forecast finish, deadline and effective delivery, P(on time) and its date, the
 * buffer, the critical path, each person's utilisation and over-allocation per week, and
 * whether each dated item keeps its date or how late it is, the planned and P80 cost, and the
 * scope fit's chances with the runs and precision behind them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planModel, runPlanSync, type Model, type PlanRun } from '../src/api/index.js';
import { generateProject } from '../src/bench/generate.js';
import { parsePsplib } from '../src/psplib/index.js';
import { PSPLIB_FIXTURES } from '../src/psplib/test-utils/data.js';
import { compileModel } from '../src/schedule/compile.js';
import { toPlain } from '../src/schedule/plain.js';
import { expectValidPlan } from '../src/render/json/test-utils/plan-schema.js';
import { factsFromHtml, factsFromJson, factsFromMarkdown, slipFromHtml, slipFromJson, slipFromMarkdown, tablesFromHtml, tablesFromJson, tablesFromMarkdown, trackingFromHtml, trackingFromJson, trackingFromMarkdown, type ShownTables } from './support/facts.js';
import { datesFromCsv, datesFromMspdi, eventsFromIcs, recurringFromMspdi } from './support/interop-facts.js';
import { randomModels } from './support/random-specs.js';

const ALL = { formats: ['json', 'md', 'html', 'csv', 'ics', 'mspdi'], icsPeople: true } as const;

function shownFacts(outputs: readonly { text: string }[]) {
  const [json, md, html] = outputs.map((o) => o.text);
  return { json: factsFromJson(JSON.parse(json)), md: factsFromMarkdown(md), html: factsFromHtml(html) };
}

/** Load figures as the Markdown and HTML print them: whole percentages. */
const rounded = (t: ShownTables) => Object.fromEntries(Object.entries(t.load).map(([id, periods]) => [id, periods.map((p) => ({ percent: p.percent === null ? null : Math.round(p.percent), over: p.over }))]));

/** The critical path and the load per person and period agree across the three outputs. */
function expectSameTables(run: PlanRun, label: string) {
  const [json, md, html] = run.outputs.map((o) => o.text);
  const people = Object.fromEntries(run.result!.model.resources.map((r) => [r.name, r.id]));
  const fromJson = tablesFromJson(JSON.parse(json));
  const fromMd = tablesFromMarkdown(md, people);
  const fromHtml = tablesFromHtml(html);
  // Every resource has a row in each output, so the comparisons below compare something.
  expect({ label, rows: Object.keys(fromMd.load).sort() }).toEqual({ label, rows: Object.keys(fromJson.load).sort() });
  expect({ label, critical: fromMd.critical }).toEqual({ label, critical: fromJson.critical });
  expect({ label, critical: [...fromHtml.critical].sort() }).toEqual({ label, critical: [...fromJson.critical].sort() });
  expect({ label, load: rounded(fromHtml) }).toEqual({ label, load: rounded(fromMd) });
  expect({ label, dates: fromMd.dates }).toEqual({ label, dates: fromJson.dates });
  expect({ label, dates: fromHtml.dates }).toEqual({ label, dates: fromJson.dates });
  expect({ label, cost: fromMd.cost }).toEqual({ label, cost: fromJson.cost });
  expect({ label, cost: fromHtml.cost }).toEqual({ label, cost: fromJson.cost });
  // JSON counts calendar weeks; the documents count the plan's periods, which are weeks in day plans.
  if (run.result!.model.calendar.unit === 'day') {
    for (const [id, weeks] of Object.entries(fromJson.load)) {
      const shown = fromMd.load[id];
      expect({ label, id, periods: shown.length }).toEqual({ label, id, periods: weeks.length });
      weeks.forEach((w, i) => {
        expect({ label, id, week: i, over: shown[i].over, none: shown[i].percent === null }).toEqual({ label, id, week: i, over: w.over, none: w.percent === null });
        if (w.percent !== null) expect(Math.abs(w.percent - shown[i].percent!), `${label} ${id} week ${i + 1}`).toBeLessThanOrEqual(0.5 + 1e-6);
      });
    }
  }
}

interface JsonTask {
  id: string;
  type: string;
  start: string;
  finish: string;
  startOffset: number;
  finishOffset: number;
  assignees: string[];
  crews: { start: string; finish: string; assignees: string[] }[] | null;
}

/** The CSV, iCalendar and MS Project XML outputs give every activity the JSON's dates, and the deadline its date. */
function expectSameDates(run: PlanRun, label: string) {
  const text = (extension: string) => run.outputs.find((o) => o.extension === extension)!.text;
  const doc = JSON.parse(text('json')) as { plan: { unit: 'day' | 'hour' }; summary: { deadline: { date: string } | null }; tasks: JsonTask[]; recurring: { id: string; first: string | null; occurrences: number }[] };
  const fromJson = new Map(doc.tasks.map((t) => [t.id, { start: t.start, finish: t.finish }]));
  expect({ label, csv: Object.fromEntries(datesFromCsv(text('csv'))) }).toEqual({ label, csv: Object.fromEntries(fromJson) });
  expect({ label, mspdi: Object.fromEntries(datesFromMspdi(text('xml'), doc.plan.unit)) }).toEqual({ label, mspdi: Object.fromEntries(fromJson) });
  const recurring = doc.recurring.map((r) => [r.id, { first: r.first, occurrences: r.occurrences }]);
  expect({ label, recurring: Object.fromEntries(recurringFromMspdi(text('xml'), doc.plan.unit)) }).toEqual({ label, recurring: Object.fromEntries(recurring) });
  const events = new Map(eventsFromIcs(text('ics')).map((e) => [e.uid.split('@')[0], e]));
  expect({ label, events: events.size }).toEqual({ label, events: text('ics').split('BEGIN:VEVENT').length - 1 });
  expect({ label, deadline: events.get('deadline')?.start ?? null }).toEqual({ label, deadline: doc.summary.deadline?.date ?? null });
  for (const t of doc.tasks) {
    if (t.type === 'gate' || t.type === 'milestone') expect({ label, id: t.id, date: events.get(`${t.type}-${t.id}`)?.start }).toEqual({ label, id: t.id, date: t.start });
    if (t.finishOffset <= t.startOffset) continue;
    // Handed-off work: each person's event runs from the start of their first part to the end of their last.
    const parts = t.crews ?? [{ start: t.start, finish: t.finish, assignees: t.assignees }];
    for (const person of new Set(parts.flatMap((c) => c.assignees))) {
      const mine = parts.filter((c) => c.assignees.includes(person));
      const e = events.get(`task-${t.id}-${person}`);
      expect({ label, id: t.id, person, start: e?.start, end: e?.end }).toEqual({ label, id: t.id, person, start: mine[0].start, end: mine[mine.length - 1].finish });
    }
  }
}

describe('the outputs agree', () => {
  it.each(['launch', 'sprint', 'incident', 'migration'])('on the facts of examples/%s.yaml', (name) => {
    const text = readFileSync(new URL(`../examples/${name}.yaml`, import.meta.url), 'utf8');
    // The outputs agree whatever the search found, so a small search budget proves the same.
    const run = runPlanSync({ text }, { ...ALL, iterations: 300, schedules: 100 });
    expectValidPlan(JSON.parse(run.outputs[0].text), name);
    const { json, md, html } = shownFacts(run.outputs);
    expect(md).toEqual(json);
    expect(html).toEqual(json);
    expectSameTables(run, name);
    expectSameDates(run, name);
  });

  it('on where the launch stands in week 5: fired breakers, the check-in, learned biases and the slip against the plan from before', () => {
    const text = readFileSync(new URL('../examples/launch.yaml', import.meta.url), 'utf8');
    const status = readFileSync(new URL('../examples/launch.status.yaml', import.meta.url), 'utf8');
    const baseline = readFileSync(new URL('../examples/launch.baseline.json', import.meta.url), 'utf8');
    const run = runPlanSync({ text, status: { text: status } }, { ...ALL, iterations: 300, baseline: { text: baseline } });
    const { json, md, html } = shownFacts(run.outputs);
    expect(md).toEqual(json);
    expect(html).toEqual(json);
    expectSameTables(run, 'launch with its status');
    const [jsonText, mdText, htmlText] = run.outputs.map((o) => o.text);
    const tracked = trackingFromJson(JSON.parse(jsonText));
    // The example's story: the WebSocket breaker fired, four tasks are under way, one is blocked.
    expect(tracked).toMatchObject({ fired: ['Circuit breaker: WebSocket server'], blocked: 1 });
    expect(tracked.inProgress).toHaveLength(4);
    // Every person's bias is learned from the finished work, and the learned forecast is the forecast.
    expect(tracked.biases).toBe(run.result!.model.resources.length);
    expect(tracked.learnedP80).toBe(run.result!.forecast!.percentiles.find((p) => p.p === 0.8)!.date);
    expect(trackingFromMarkdown(mdText)).toEqual(tracked);
    expect(trackingFromHtml(htmlText)).toEqual(tracked);
    // The WebSocket server's second week and the OT logic's new work moved the finish past the baseline's.
    const slip = expectSameSlip(run, 'launch with its status and baseline');
    expect(slip.drift).toBeGreaterThan(0);
    expect(Object.keys(slip.moved)).toContain('ot-logic');
  });

  it('on the facts of at least 200 random plans', () => {
    const models = randomModels(400, 11);
    let withDeadline = 0;
    let withRecurring = 0;
    let planned = 0;
    let lateDates = 0;
    let priced = 0;
    for (const [i, model] of models.entries()) {
      const run = planModel(model, { ...ALL, iterations: 20, schedules: 5, seed: i });
      if (!run.result) continue;
      planned++;
      expectValidPlan(JSON.parse(run.outputs[0].text), `plan ${i}`);
      const { json, md, html } = shownFacts(run.outputs);
      expect({ plan: i, ...md }).toEqual({ plan: i, ...json });
      expect({ plan: i, ...html }).toEqual({ plan: i, ...json });
      expectSameTables(run, `plan ${i}`);
      expectSameDates(run, `plan ${i}`);
      if (json.deadline) withDeadline++;
      if ((run.result.schedule.occurrences ?? []).length > 0) withRecurring++;
      const shown = tablesFromJson(JSON.parse(run.outputs[0].text));
      if (Object.values(shown.dates).some((d) => d !== 'met')) lateDates++;
      if (shown.cost !== null && shown.cost.planned > 0) priced++;
    }
    // The sample must exercise the deadline facts, not only plans without one.
    expect(planned).toBeGreaterThanOrEqual(200);
    expect(withDeadline).toBeGreaterThan(150);
    // And recurring work, whose every occurrence the pipeline's checker verified.
    expect(withRecurring).toBeGreaterThan(100);
    // ... and dated items that miss their dates, not only ones that keep them.
    expect(lateDates).toBeGreaterThan(10);
    expect(priced).toBeGreaterThan(50);
  });
  it('on the facts of PSPLIB instances, which the fast path searches with right-justified children', () => {
    for (const name of ['j301_1.sm', 'j1201_1.sm']) {
      const { model } = parsePsplib(readFileSync(PSPLIB_FIXTURES + name, 'utf8'));
      if (!model) throw new Error(`${name} did not parse`);
      const problem = compileModel(model).problem;
      expect(problem && toPlain(problem)).toBeDefined();
      expectAgreement(planModel(model, { ...ALL, iterations: 20, schedules: 1000, seed: 1 }), name);
    }
  });
  it('on the facts of generated plans larger than the search tunes as small (more than 75 activities)', () => {
    for (const seed of [1, 2]) {
      const model = generateProject({ tasks: 120, seed });
      expect(model.activities.length).toBeGreaterThan(75);
      expectAgreement(planModel(model, { ...ALL, iterations: 20, schedules: 200, seed }), `generated plan ${seed}`);
    }
  });
});

/** A valid plan whose facts, tables and dates agree across every format. */
function expectAgreement(run: PlanRun, label: string) {
  expectValidPlan(JSON.parse(run.outputs[0].text), label);
  const { json, md, html } = shownFacts(run.outputs);
  expect({ label, ...md }).toEqual({ label, ...json });
  expect({ label, ...html }).toEqual({ label, ...json });
  expectSameTables(run, label);
  expectSameDates(run, label);
}

/** The slip the three outputs show: the drift, its terms, the moved activities, the changes and the SPI. */
function expectSameSlip(run: PlanRun, label: string) {
  const [json, md, html] = run.outputs.map((o) => o.text);
  expectValidPlan(JSON.parse(json), label);
  const fromJson = { label, ...slipFromJson(JSON.parse(json)) };
  expect({ label, ...slipFromMarkdown(md) }).toEqual(fromJson);
  expect({ label, ...slipFromHtml(html) }).toEqual(fromJson);
  return fromJson;
}

describe('the outputs agree on the slip against a baseline', () => {
  it('of the launch with one estimate raised and a task added and one removed', () => {
    const launch = readFileSync(new URL('../examples/launch.yaml', import.meta.url), 'utf8');
    const baseline = runPlanSync({ text: launch }, { formats: ['json'], iterations: 0, schedules: 100 }).outputs[0].text;
    const at = launch.indexOf('estimate: [3d, 4d, 7d]', launch.indexOf('  - id: ot-logic'));
    const changed = `${launch.slice(0, at)}estimate: [3d, 6d, 9d]${launch.slice(at + 22)}`.replace('  - id: retrospective\n', '  - id: hardening\n    title: Hardening | edge `cases`\n    skills: [backend]\n    effort: 2d\n    after: [ot-logic]\n  - id: retrospective\n');
    // The baseline also had ux-research under another id: one activity gone, one new.
    const renamed = JSON.parse(baseline);
    renamed.tasks.find((t: { id: string }) => t.id === 'ux-research').id = 'ux-study';
    const run = runPlanSync({ text: changed }, { ...ALL, iterations: 50, schedules: 100, baseline: { text: JSON.stringify(renamed) } });
    const shown = expectSameSlip(run, 'launch');
    expect(shown.reestimated).toEqual(['ot-logic']);
    expect(shown.added).toEqual(['ux-research', 'hardening']);
    expect(shown.removed).toEqual(['ux-study']);
    expect(shown.drift).not.toBe(0);
  });

  it('of 60 random plans against a baseline in which their first task took 2 slots more', () => {
    let moved = 0;
    for (const [i, model] of randomModels(60, 23).entries()) {
      const baseline = planModel(longerFirstTask(model), { formats: ['json'], iterations: 0, schedules: 5, seed: i });
      if (!baseline.result) continue;
      const run = planModel(model, { ...ALL, iterations: 10, schedules: 5, seed: i, baseline: { text: baseline.outputs[0].text } });
      const shown = expectSameSlip(run, `plan ${i}`);
      if (Object.keys(shown.moved).length > 0) moved++;
    }
    // The sample must compare plans that differ, not only identical ones.
    expect(moved).toBeGreaterThan(10);
  });
});

/** The model with its first task's likely work 2 slots longer: a baseline made before a re-estimate. */
function longerFirstTask(model: Model): Model {
  const first = model.activities.findIndex((a) => a.type === 'task');
  return {
    ...model,
    activities: model.activities.map((a, k) => {
      if (k !== first) return a;
      const work = a.work.mode === 'effort' ? { ...a.work, amount: a.work.amount + 2 } : { ...a.work, slots: a.work.slots + 2 };
      return { ...a, work, ...(a.estimate ? { estimate: { optimistic: a.estimate.optimistic + 2, likely: a.estimate.likely + 2, pessimistic: a.estimate.pessimistic + 2 } } : {}) };
    }),
  };
}

describe('the hand-offs of the incident', () => {
  it('are the same tasks, times and people in the JSON, the Markdown table and the HTML table', async () => {
    const { JSDOM } = await import('jsdom');
    const text = readFileSync(new URL('../examples/incident.yaml', import.meta.url), 'utf8');
    const run = runPlanSync({ text }, { formats: ['json', 'md', 'html'], iterations: 0 });
    const [json, md, html] = run.outputs.map((o) => o.text);
    const doc = JSON.parse(json) as { shifts: { handoffs: { title: string; at: string }[] } };
    const fromJson = doc.shifts.handoffs.map((h) => [h.title, h.at.slice(0, 10), h.at.slice(11, 16)]);
    expect(fromJson.length).toBeGreaterThan(0);
    const head = md.indexOf('| Task | At | From | To |');
    const lines = md.slice(head).split('\n').slice(2);
    const mdRows = lines.slice(0, lines.indexOf('')).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
    const dateTime = (at: string) => [at.match(/\d{4}-\d{2}-\d{2}/)![0], at.match(/\d{2}:\d{2}$/)![0]];
    expect(mdRows.map((r) => [r[0], ...dateTime(r[1])])).toEqual(fromJson);
    const htmlRows = [...new JSDOM(html).window.document.querySelectorAll('table.handoffs tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(htmlRows).toEqual(mdRows);
  });
});

describe('the scope fit of the launch', () => {
  it('shows the same chances, runs and precision in the JSON, the Markdown and the HTML', () => {
    const text = readFileSync(new URL('../examples/launch.yaml', import.meta.url), 'utf8');
    const run = runPlanSync({ text }, { formats: ['json', 'md', 'html'], schedules: 100 });
    const [json, md, html] = run.outputs.map((o) => o.text);
    type Ask = { probability: number; runs: number; halfWidth: number };
    const fit = (JSON.parse(json) as { forecast: { scopeFit: { probabilityAfter: number; runsAfter: number; halfWidthAfter: number; extraCapacity?: Ask[]; bestCapacity?: Ask } } }).forecast.scopeFit;
    const asks = fit.extraCapacity?.length ? fit.extraCapacity : fit.bestCapacity ? [fit.bestCapacity] : [];
    const fromJson = [{ probability: fit.probabilityAfter, runs: fit.runsAfter, halfWidth: fit.halfWidthAfter }, ...asks].map((a) => [Math.round(a.probability * 100), a.runs, Math.round(a.halfWidth * 1000) / 10]);
    // Each chance is printed as "N% ... (±H points over R runs)", the chance before the bracket.
    const shown = (doc: string) =>
      [...doc.replace(/<[^>]+>/g, '').matchAll(/(\d+)%[^%(]*\(±([\d.]+) points? over ([\d,]+) runs?\)/g)].map((m) => [Number(m[1]), Number(m[3].replace(/,/g, '')), Number(m[2])]);
    expect(asks.length).toBeGreaterThan(0);
    expect(shown(md)).toEqual(fromJson);
    expect(shown(html)).toEqual(fromJson);
  });

  it('shows the forecast precision the JSON states, the same in the Markdown and the HTML', () => {
    const text = readFileSync(new URL('../examples/launch.yaml', import.meta.url), 'utf8');
    const run = runPlanSync({ text }, { formats: ['json', 'md', 'html'], schedules: 100 });
    const [json, md, html] = run.outputs.map((o) => o.text);
    type Shown = { p: number; halfWidth: number | null; tolerance: number };
    const fromJson = (JSON.parse(json) as { forecast: { precision: { percentiles: Shown[] } } }).forecast.precision.percentiles.map((x) => [Math.round(x.p * 100), x.halfWidth, x.tolerance]);
    const shown = (doc: string) => [...doc.replace(/<[^>]+>/g, '').matchAll(/P(\d+) ±([\d.]+) \(to reach: ±([\d.]+)\)/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])]);
    expect(fromJson).toHaveLength(3);
    expect(shown(md)).toEqual(fromJson);
    expect(shown(html)).toEqual(fromJson);
  });
});
