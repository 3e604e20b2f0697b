// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { analysePlan, type PlanResult } from '../../analyse/index.js';
import { buildPlan } from '../../analyse/test-utils/build-plan.js';
import { launchPlan } from '../../analyse/test-utils/launch-fixture.js';
import { docContext } from './context.js';
import { outlineOf } from './outline.js';
import { SECTIONS } from './sections.js';

import { excludesFor, renderGanttChart } from './gantt.js';
import { parseGantt } from './test-utils/mermaid-gantt.js';

function mdContext(result: PlanResult) {
  const a = analysePlan(result);
  return docContext(a, outlineOf(SECTIONS, a));
}

const HOSTILE = 'a | b `c` <script>alert(1)</script>\nnext';

describe('excludesFor', () => {
  it('says weekends for a Monday-Friday week, with holidays', () => expect(excludesFor([1, 2, 3, 4, 5], ['2024-11-28'])).toBe('weekends, 2024-11-28'));
  it('names the days off of another week', () => expect(excludesFor([0, 1, 2, 3, 4], [])).toBe('friday, saturday'));
  it('excludes nothing around the clock', () => expect(excludesFor([0, 1, 2, 3, 4, 5, 6], [])).toBeUndefined());
});

describe('renderGanttChart', () => {
  it('passes Mermaid’s parser with the calendar’s excludes', async () => {
    const gantt = await parseGantt(renderGanttChart(mdContext(launchPlan())));
    expect(gantt.title).toBe('Real-time Collaboration launch - Critical Path');
    expect(gantt.excludes).toEqual(['weekends', '2024-11-28']);
  });

  it('marks exactly the critical path crit, gates as milestones, and dates bars as scheduled', async () => {
    const result = launchPlan();
    const gantt = await parseGantt(renderGanttChart(mdContext(result)));
    const crit = gantt.tasks.filter((t) => t.crit).map((t) => t.id);
    const critical = result.timing.activities.filter((t) => t.critical).map((t) => `t_${t.id.replace(/-/g, '_')}`);
    expect(crit).toEqual(expect.arrayContaining(critical));
    expect(crit).toHaveLength(critical.length);
    const gate = gantt.tasks.find((t) => t.id === 't_arch_gate')!;
    expect([gate.milestone, gate.start]).toEqual([true, '2024-10-25 00:00']);
    const review = gantt.tasks.find((t) => t.id === 't_security_review')!;
    expect([review.section, review.start, review.end]).toEqual(['Beta', '2024-11-14 00:00', '2024-11-28 00:00']);
    expect(gantt.tasks.find((t) => t.id === 'freeze_1')).toMatchObject({ start: '2024-12-02 00:00', end: '2024-12-07 00:00' });
  });

  it('uses a parser that rejects or mangles raw hostile names (so sanitising is needed)', async () => {
    const chart = (name: string) => `gantt\n    dateFormat YYYY-MM-DD\n    section s\n    ${name} :t_1, 2024-10-15, 2024-10-16`;
    await expect(parseGantt(chart(HOSTILE))).rejects.toThrow();
    await expect(parseGantt(chart('Phase: one'))).resolves.toMatchObject({ tasks: [{ name: 'Phase', id: 'one :t_1' }] });
    await expect(parseGantt(chart('%% hidden'))).resolves.toMatchObject({ tasks: [] });
    await expect(parseGantt(chart('ok'))).resolves.toMatchObject({ tasks: [{ id: 't_1' }] });
  });

  it('keeps hostile names and ids from breaking the chart', async () => {
    const result = buildPlan({
      name: 'Plan: #1; <b>',
      resources: [{ id: 'p' }],
      activities: [
        { id: 'x|1', title: HOSTILE, phase: 'Phase: one; #2', assignee: 'p', at: [0, 2] },
        { id: 'crit', title: 'Title page', phase: 'section', assignee: 'p', at: [2, 3], after: ['x|1'] },
        { id: 'done', title: '%% not a comment', type: 'gate', at: [3, 3], after: ['crit'] },
      ],
      criticalPath: ['x|1', 'crit', 'done'],
    });
    const gantt = await parseGantt(renderGanttChart(mdContext(result)));
    expect(gantt.tasks.map((t) => [t.id, t.crit, t.milestone])).toEqual([
      ['t_x_1', true, false],
      ['t_crit', true, false],
      ['t_done', true, true],
    ]);
    expect(gantt.tasks[0].name).toBe('a | b `c` \u2039script\u203aalert(1)\u2039/script\u203a next');
    expect(gantt.tasks[1].name).toBe('- Title page');
    expect(gantt.title).not.toContain('<');
  });

  it('writes an around-the-clock hour plan with times and no excludes', async () => {
    const result = buildPlan({
      start: '2024-10-14T20:00',
      calendar: { unit: 'hour', workweek: [0, 1, 2, 3, 4, 5, 6], hours: [0, 24], holidays: [], freezes: [] },
      resources: [{ id: 'p' }],
      activities: [
        { id: 'restore', assignee: 'p', phase: 'Mitigate', at: [0, 6] },
        { id: 'verify', type: 'gate', phase: 'Mitigate', at: [6, 6], after: ['restore'] },
      ],
      criticalPath: ['restore', 'verify'],
    });
    const text = renderGanttChart(mdContext(result));
    expect(text).toContain('dateFormat YYYY-MM-DD HH:mm');
    expect(text).not.toContain('excludes');
    const gantt = await parseGantt(text);
    expect(gantt.tasks.map((t) => [t.id, t.start, t.end])).toEqual([
      ['t_restore', '2024-10-14 20:00', '2024-10-15 02:00'],
      ['t_verify', '2024-10-15 02:00', '2024-10-15 02:00'],
    ]);
  });
});
