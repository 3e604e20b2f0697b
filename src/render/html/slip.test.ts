/**
 * The slip in the HTML report, on the hand-placed plan of src/analyse/slip/slip.test.ts: a
 * re-estimated (2 -> 3 days), n added, b moved 2 days, r removed. Weekday calendar from Mon 14 Oct.
 */
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../analyse/index.js';
import { buildPlan } from '../../analyse/test-utils/build-plan.js';
import type { Baseline, BaselineActivity } from '../../model/index.js';
import { CSP, renderHtml } from './render.js';
import { all, parseHtml } from './test-utils/dom.js';

const task = (id: string, start: string, finish: string, at: [number, number], work: number, who = 'p'): BaselineActivity => ({ id, title: id, type: 'task', priority: 'must', start, finish, startOffset: at[0], finishOffset: at[1], assignees: [who], critical: true, work: { mode: 'effort', amount: work, booked: work } });

const baseline: Baseline = {
  name: 'Plan <v1>',
  unit: 'day',
  start: '2024-10-14',
  finish: '2024-10-18',
  makespan: 5,
  criticalPath: ['a', 'b', 'done'],
  activities: [task('a', '2024-10-14', '2024-10-15', [0, 2], 2), task('b', '2024-10-16', '2024-10-18', [2, 5], 3), task('r', '2024-10-14', '2024-10-14', [0, 1], 1, 'q'), { id: 'done', title: 'done', type: 'milestone', priority: 'must', start: '2024-10-18', finish: '2024-10-18', startOffset: 5, finishOffset: 5, assignees: [], critical: true }],
  unscheduled: [],
};

const plan = buildPlan({
  resources: [{ id: 'p' }, { id: 'q' }],
  activities: [
    { id: 'a', effort: 3, assignee: 'p', at: [0, 3] },
    { id: 'n', title: 'New <b>work</b>', effort: 1, assignee: 'p', after: ['a'], at: [3, 4] },
    { id: 'b', effort: 3, assignee: 'p', after: ['n'], at: [4, 7] },
    { id: 'done', type: 'milestone', after: ['b'], at: [7, 7] },
  ],
  criticalPath: ['a', 'n', 'b', 'done'],
});

describe('the slip in the HTML report', () => {
  const html = renderHtml(analysePlan({ ...plan, baseline }));
  const doc = parseHtml(html);

  it('draws each activity of both plans a baseline bar (or point) under its row, dated as the baseline had it', () => {
    const bars = Object.fromEntries(all(doc, 'svg.gantt [data-task]').map((row) => [row.getAttribute('data-task'), row.querySelector('[data-baseline]')?.getAttribute('data-baseline') ?? null]));
    expect(bars).toEqual({ a: '2024-10-14/2024-10-15', n: null, b: '2024-10-16/2024-10-18', done: '2024-10-18' });
    expect(doc.querySelector('[data-task="b"] .baseline-bar title')!.textContent).toBe('Baseline: Wed 2024-10-16 to Fri 2024-10-18; finish +2 working days since');
  });

  it('has a slip section in the navigation, with the drift, its causes and the moved activities', () => {
    expect(all(doc, 'nav a').map((a) => a.getAttribute('href'))).toContain('#slip');
    expect(doc.querySelector('[data-slip="drift"]')!.getAttribute('data-slots')).toBe('2');
    expect(all(doc, '#drift-table tbody tr').map((tr) => [tr.getAttribute('data-kind'), tr.querySelector('td.num')!.textContent])).toEqual([
      ['re-estimated', '+1'],
      ['added', '+1'],
    ]);
    expect(all(doc, '#slip-table tbody tr').map((tr) => tr.getAttribute('data-id'))).toEqual(['a', 'b', 'done']);
    expect(all(doc, '[data-slip="removed"] li').map((li) => li.getAttribute('data-id'))).toEqual(['r']);
  });

  it('escapes names from the baseline and the spec, and keeps its Content-Security-Policy', () => {
    expect(html).toContain('Plan &lt;v1&gt;');
    expect(html).not.toContain('Plan <v1>');
    expect(html).toContain('New &lt;b&gt;work&lt;/b&gt;');
    expect(html).toContain(`content="${CSP}"`);
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
  });

  it('leaves all of it out without a baseline', () => {
    const without = renderHtml(analysePlan(plan));
    expect(without).not.toContain('data-baseline');
    expect(without).not.toContain('id="slip"');
  });
});
