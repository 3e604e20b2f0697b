import { analysePlan } from '../../analyse/index.js';
// @vitest-environment jsdom
/** The incident and sprint examples render documents that fit their kind. */
import { describe, expect, it } from 'vitest';
import { checkSchedule } from '../../schedule/index.js';
import { renderMarkdown } from './render.js';
import { planExample } from './test-utils/examples.js';
import { field, section, tables } from './test-utils/markdown.js';
import { mermaidBlock, parseGantt } from './test-utils/mermaid-gantt.js';

describe('the incident plan (hours around the clock, responders)', () => {
  const result = planExample('incident');
  const md = renderMarkdown(analysePlan(result));

  it('counts hours and names responders', () => {
    expect(field(section(md, 'summary'), 'Planned finish')).toMatch(/^\w{3} \d{4}-\d{2}-\d{2} \d{2}:\d{2} \(\d+ hours after the start, on likely estimates\)$/);
    expect(field(section(md, 'summary'), 'Responders')).toBe('10 responders');
    const table = tables(section(md, 'allocation'))[0];
    expect(table.header[0]).toBe('Responder');
    expect(table.header[1]).toBe('Day 1 (Mar 12)');
  });

  it('lists each responder’s work by the hour', () => {
    expect(section(md, 'phases')).toContain('- Day 1, 02:00-03:00: Triage and declare the incident');
  });

  it('draws a gantt in hours with no excluded days', async () => {
    const text = mermaidBlock(md);
    expect(text).toContain('dateFormat YYYY-MM-DD HH:mm');
    const gantt = await parseGantt(text);
    expect(gantt.excludes).toEqual([]);
    expect(gantt.tasks.find((t) => t.id === 't_triage')).toMatchObject({ start: '2024-03-12 02:00', end: '2024-03-12 03:00' });
  });

  it('ships nothing during the evening peak deploy freeze', () => {
    const from = result.calendar.slotAtOrAfter('2024-03-12T17:00');
    const to = result.calendar.slotAtOrAfter('2024-03-12T20:00');
    const deploys = result.model.activities.filter((a) => a.kind === 'deploy').map((a) => a.id);
    const shipping = result.schedule.activities.filter((s) => deploys.includes(s.id) && s.segments.some(([a, b]) => a < to && b > from));
    expect(shipping).toEqual([]);
    expect(section(md, 'rollout')).toContain('✅ No stage falls in a freeze.');
  });

  it('keeps everyone within the rest rules, and says who hands off to whom, and when', () => {
    const { workers, handoffs, roles } = analysePlan(result).shifts;
    expect(workers.length).toBe(10);
    for (const w of workers) {
      expect(w.mostHoursInADay, w.resource).toBeLessThanOrEqual(w.maxHoursPerDay!);
      expect(w.longestStretch, w.resource).toBeLessThanOrEqual(24 - w.minRest!);
    }
    expect(checkSchedule(result.model, result.schedule)).toEqual([]);
    expect(handoffs.length).toBeGreaterThan(0);
    const table = tables(section(md, 'allocation')).find((t) => t.header.join() === 'Task,At,From,To')!;
    expect(table.rows).toEqual(handoffs.map((h) => [h.title, expect.stringContaining(h.at.slice(0, 10)), expect.any(String), expect.any(String)]));
    expect(table.rows[0]).toEqual(['Replay binlogs up to the last good position', 'Tue 2024-03-12 18:00', 'DBA London', 'DBA New York']);
    // The commander coordinates: no hands-on task goes to either commander.
    const commanders = roles.find((r) => r.id === 'commander')!.people;
    const handsOn = result.schedule.activities.filter((s) => result.model.activities.find((a) => a.id === s.id)?.kind !== 'coordination');
    expect(handsOn.filter((s) => s.assignees.some((p) => commanders.includes(p)))).toEqual([]);
  });
});

describe('the sprint plan (capacity vs committed work)', () => {
  const result = planExample('sprint');
  const md = renderMarkdown(analysePlan(result));
  const capacity = tables(section(md, 'allocation'))[1];
  const row = (label: string) => capacity.rows.find((r) => r[0] === label)!;

  it('measures capacity to the sprint review: 6 people, Dan off 2 days, Frank at half time', () => {
    // 10 working days: 4 people x 10 + Dan 8 + Frank 5.
    expect(row('Capacity to the deadline')[1]).toBe('53');
  });

  it('sums committed work by priority to what the schedule holds', () => {
    let total = 0;
    for (const s of result.schedule.activities) {
      const a = result.model.activities.find((x) => x.id === s.id)!;
      s.assignees.forEach((_r, i) => {
        const units = a.demands[i]?.units ?? 1;
        total += a.work.mode === 'effort' ? a.work.amount * units : units * s.segments.reduce((n, [x, y]) => n + y - x, 0);
      });
    }
    expect(Number(row('**Committed**')[1].replace(/\*/g, ''))).toBeCloseTo(total, 1);
    const parts = ['Must have', 'Should have', 'Could have'].map((l) => Number(row(l)[1]));
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 1);
    expect(field(section(md, 'summary'), 'Capacity vs committed work')).toContain('⚠️ more than fits');
  });

  it('says plainly that the must-haves miss the deadline, by how much and through which chain, and draws the commitment line', () => {
    const text = section(md, 'allocation');
    expect(text).toContain(
      'the must-haves do not fit: on likely estimates they finish 1 working day after the deadline, held by the chain Plan selection page → Confirmation and receipt flow → End-to-end tests for plan changes → Regression pass on checkout → Ship billing behind a flag.',
    );
    expect(text).not.toContain('must-haves alone fit');
    expect(text).toMatch(/^- Does not fit: must: Ship billing behind a flag; should: /m);
    expect(section(md, 1)).toContain('the must-haves do not fit either: on likely estimates they finish 1 working day after it (section 4)');
  });

  it('offers could-haves for cutting before should-haves', () => {
    const cuts = section(md, 'scope').split('\n').filter((l) => /^\d+\. /.test(l));
    const firstShould = cuts.findIndex((l) => l.includes('(should,'));
    expect(firstShould).toBeGreaterThan(0);
    expect(cuts.slice(firstShould).some((l) => l.includes('(could,'))).toBe(false);
  });
});
