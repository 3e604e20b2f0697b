/**
 * The JSON, Markdown and HTML outputs read one allocation (src/analyse/allocation.ts): each
 * person-week's utilisation and over-allocation flag must be the same in all three, and agree
 * with the analysis's over-allocation list.
 */
import { describe, expect, it } from 'vitest';
import { analysePlan, type PlanResult } from '../analyse/index.js';
import { buildPlan } from '../analyse/test-utils/build-plan.js';
import { nobodyOverAllocated } from '../analyse/readiness/plan-rules.js';
import { renderHtml } from './html/render.js';
import { all, parseHtml } from './html/test-utils/dom.js';
import { planFile } from './html/test-utils/plans.js';
import { renderJson } from './json/render.js';
import { tables } from './md/test-utils/markdown.js';
import { renderMarkdown } from './md/render.js';

interface WeekReading {
  readonly week: string;
  /** Utilisation in whole percent, or null when the output shows no share ("off", "freeze"). */
  readonly percent: number | null;
  readonly over: boolean;
}

interface Readings {
  readonly json: WeekReading[];
  readonly md: WeekReading[];
  readonly html: WeekReading[];
}

interface JsonWeek {
  week: string;
  used: number;
  available: number;
  utilisation: number | null;
  overAllocated: boolean;
}

function jsonWeeks(result: PlanResult, resource: string): JsonWeek[] {
  const doc = JSON.parse(renderJson(analysePlan(result))) as { load: { byResource: { resource: string; perWeek: JsonWeek[] }[] } };
  return doc.load.byResource.find((r) => r.resource === resource)!.perWeek;
}

/** "⚠️ 120% (of 50%: ...)" → 120; "off (...)" → null. */
function percentIn(cell: string): number | null {
  const match = /^(?:\S+ )?(\d+)%/.exec(cell.trim());
  return match ? Number(match[1]) : null;
}

/** The Markdown "Resource allocation" section, wherever it is numbered. */
function allocationSection(md: string): string {
  const section = md.split('\n## ').find((s) => /^\d+\. Resource allocation/.test(s));
  if (!section) throw new Error('no Resource allocation section');
  return section;
}

/** Loads of one plan in every output, per week, for one resource (its name heads its Markdown row). */
function readLoads(result: PlanResult, resource: string): Readings {
  const weeks = jsonWeeks(result, resource);
  const name = result.model.resources.find((r) => r.id === resource)!.name;
  const table = tables(allocationSection(renderMarkdown(analysePlan(result))))[0];
  const mdCells = table.rows.find((row) => row[0] === name)!.slice(1, weeks.length + 1);
  const doc = parseHtml(renderHtml(analysePlan(result)));
  const htmlCells = all(doc, `table.load tr[data-resource="${resource}"] td`).slice(0, weeks.length);
  return {
    json: weeks.map((w) => ({ week: w.week, percent: w.utilisation === null ? null : Math.round(w.utilisation * 100), over: w.overAllocated })),
    md: mdCells.map((cell, i) => ({ week: weeks[i].week, percent: percentIn(cell), over: cell.startsWith('⚠️') })),
    html: htmlCells.map((td, i) => ({ week: weeks[i].week, percent: percentIn(td.textContent ?? ''), over: td.getAttribute('class') === 'over' })),
  };
}

function expectAgreement(readings: Readings): void {
  expect(readings.md).toEqual(readings.json);
  expect(readings.html).toEqual(readings.json);
}

describe('the launch example’s load', () => {
  const launch = planFile('examples/launch.yaml');
  // Day plans read in calendar weeks, so every output has the same columns.
  const analysis = analysePlan(launch);
  const weekOf = (readings: WeekReading[], week: string) => readings.find((w) => w.week === week)!;

  it('reads fe1, half committed in the week of Oct 14, as fully used, not twice over', () => {
    const fe1 = readLoads(launch, 'fe1');
    expectAgreement(fe1);
    expect(weekOf(fe1.json, '2024-10-14')).toEqual({ week: '2024-10-14', percent: 100, over: false });
    const [json] = jsonWeeks(launch, 'fe1');
    expect(json).toEqual({ week: '2024-10-14', used: 2, available: 2, utilisation: 1, overAllocated: false });
  });

  it('reads qa1, fully then half committed, at no more than 100% in any week', () => {
    const qa1 = readLoads(launch, 'qa1');
    expectAgreement(qa1);
    // Weeks 3-4: the 50% commitment leaves 2 and 2.5 days, all planned; week 5 leaves 4.5 for 3.5.
    expect(['2024-10-28', '2024-11-04', '2024-11-11'].map((w) => weekOf(qa1.json, w).percent)).toEqual([100, 100, 78]);
    expect(qa1.json.every((w) => w.percent === null || w.percent <= 100)).toBe(true);
  });

  it('has nobody over-allocated in any output, in the analysis or in the checklist', () => {
    for (const r of launch.model.resources) {
      const readings = readLoads(launch, r.id);
      expectAgreement(readings);
      expect(readings.json.filter((w) => w.over)).toEqual([]);
    }
    expect(analysis.allocation.overAllocated).toEqual([]);
    expect(nobodyOverAllocated(analysis).pass).toBe(true);
    expect(analysis.allocation.periods.map((p) => p.first)).toEqual(analysis.allocation.weeks.map((w) => w.monday));
  });
});

describe('a hand-computed part-timer', () => {
  // 2.5 days of effort by someone at 50%: five half days, all of the week they give the plan.
  const result = buildPlan({ resources: [{ id: 'p', name: 'Pat', availability: 0.5 }], activities: [{ id: 'a', assignee: 'p', effort: 2.5, at: [0, 5] }] });

  it('reads 100% of their time in every output, with their share beside it', () => {
    const readings = readLoads(result, 'p');
    expectAgreement(readings);
    expect(readings.json).toEqual([{ week: '2024-10-14', percent: 100, over: false }]);
    expect(jsonWeeks(result, 'p')[0]).toMatchObject({ used: 2.5, available: 2.5, utilisation: 1 });
    const row = tables(allocationSection(renderMarkdown(analysePlan(result))))[0].rows.find((cells) => cells[0] === 'Pat')!;
    expect(row[1]).toBe('100% (of 50%: part-time)');
  });
});

describe('a hand-built over-allocated schedule', () => {
  // Pat is booked on two tasks on Wednesday: six days of work in a five-day week.
  const result = buildPlan({
    resources: [
      { id: 'p', name: 'Pat' },
      { id: 'q', name: 'Quinn' },
    ],
    activities: [
      { id: 'a', assignee: 'p', at: [0, 5] },
      { id: 'b', assignee: 'p', at: [2, 3] },
      { id: 'c', assignee: 'q', at: [0, 5] },
    ],
  });

  it('is flagged over 100% in every output and in the analysis’s over-allocation list', () => {
    const pat = readLoads(result, 'p');
    expectAgreement(pat);
    expect(pat.json).toEqual([{ week: '2024-10-14', percent: 120, over: true }]);
    expect(readLoads(result, 'q').json).toEqual([{ week: '2024-10-14', percent: 100, over: false }]);
    const a = analysePlan(result);
    expect(a.allocation.overAllocated).toEqual(['p']);
    expect(nobodyOverAllocated(a).pass).toBe(false);
    expect(a.detectedRisks.filter((r) => r.code === 'over-allocated').map((r) => r.id)).toEqual(['detected-over-allocated-p']);
    expect(allocationSection(renderMarkdown(analysePlan(result)))).toContain('- ⚠️ Pat is over-allocated in Week 1 (up to 200% of their available time on a day)');
    expect(all(parseHtml(renderHtml(analysePlan(result))), 'table.load tr[data-over="true"]').map((tr) => tr.getAttribute('data-resource'))).toEqual(['p']);
  });
});

describe('the incident example, an hour plan read per day', () => {
  const incident = planFile('examples/incident.yaml');

  it('gives each responder the same utilisation over the JSON week as the Markdown total over its days', () => {
    const table = tables(allocationSection(renderMarkdown(analysePlan(incident))))[0];
    const total = table.header.indexOf('Total');
    for (const r of incident.model.resources) {
      const [week, ...more] = jsonWeeks(incident, r.id);
      expect(more).toEqual([]);
      const row = table.rows.find((cells) => cells[0] === r.name)!;
      expect(percentIn(row[total])).toBe(Math.round(week.utilisation! * 100));
      expect(week.overAllocated).toBe(false);
    }
  });
});
