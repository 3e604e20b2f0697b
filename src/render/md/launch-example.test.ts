// @vitest-environment jsdom
/**
 * Facts about the real launch plan (examples/launch.yaml through the spec loader, the scheduler
 * and this renderer), as issue #4 asks: not a snapshot.
 */
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../analyse/index.js';
import { renderMarkdown } from './render.js';
import { planExample } from './test-utils/examples.js';
import { mermaidBlock, parseGantt } from './test-utils/mermaid-gantt.js';
import { field, section, tables } from './test-utils/markdown.js';

const result = planExample('launch');
const md = renderMarkdown(analysePlan(result));
const byId = new Map(result.schedule.activities.map((s) => [s.id, s]));
const activity = new Map(result.model.activities.map((a) => [a.id, a]));

/** ISO date out of "Thu 2024-12-12 (...)". */
const isoIn = (text: string) => /\d{4}-\d{2}-\d{2}/.exec(text)![0];

describe('the launch plan document', () => {
  it('parses with Mermaid and marks every critical activity crit, and nothing else', async () => {
    const gantt = await parseGantt(mermaidBlock(md));
    const critical = result.timing.activities.filter((t) => t.critical).map((t) => t.id);
    expect(critical.length).toBeGreaterThan(0);
    const critIds = gantt.tasks.filter((t) => t.crit).map((t) => t.id);
    expect(critIds.sort()).toEqual(critical.map((id) => `t_${id.replace(/[^A-Za-z0-9_]/g, '_')}`).sort());
    expect(gantt.excludes).toEqual(['weekends', '2024-11-28', '2024-12-25', '2025-01-01']);
  });

  it('has the security review span 2 weeks, submitted with the internal beta', async () => {
    const gantt = await parseGantt(mermaidBlock(md));
    const review = gantt.tasks.find((t) => t.id === 't_security_review')!;
    const staging = gantt.tasks.find((t) => t.id === 't_deploy_staging')!;
    expect(review.start >= staging.start).toBe(true);
    const days = (Date.parse(review.end.slice(0, 10)) - Date.parse(review.start.slice(0, 10))) / 86_400_000;
    expect(days).toBe(14);
    const s = byId.get('security-review')!;
    expect(s.finish - s.start).toBe(10);
    expect(section(md, 'phases')).toMatch(/- Security review \(Security team\): \w{3} (\S+) to \w{3} (\S+)/);
  });

  it('schedules nothing but monitoring (and external items) in the Dec 1-8 freeze', () => {
    const from = result.calendar.slotAtOrAfter('2024-12-01');
    const to = result.calendar.slotAtOrAfter('2024-12-09');
    const inFreeze = result.schedule.activities.filter((s) => s.segments.some(([a, b]) => a < to && b > from)).map((s) => activity.get(s.id)!);
    expect(inFreeze.filter((a) => a.type !== 'external' && a.kind !== 'monitoring')).toEqual([]);
    const rollout = section(md, 'rollout');
    expect(rollout).toContain('### Holiday freeze (Sun 2024-12-01 to Sun 2024-12-08): monitoring only');
    expect(rollout).not.toContain('Breaks the freeze');
  });

  it('finishes on or before the effective delivery date, which comes before the deadline', () => {
    const summary = section(md, 'summary');
    const finish = isoIn(field(summary, 'Planned finish'));
    const delivery = isoIn(field(summary, 'Effective delivery'));
    expect(finish <= delivery).toBe(true);
    expect(delivery < '2024-12-15').toBe(true);
    expect(delivery > '2024-12-08').toBe(true);
  });

  it('gives an allocation table whose planned work matches the schedule', () => {
    const table = tables(section(md, 'allocation'))[0];
    const perWeek = result.model.calendar.workweek.length;
    const planned = new Map<string, number>();
    for (const s of result.schedule.activities) {
      const a = activity.get(s.id)!;
      s.assignees.forEach((r, i) => {
        const units = a.demands[i]?.units ?? 1;
        // A fixed span below a day (the 2-hour retrospective) takes its share of one day.
        const work = a.work.mode === 'effort' ? a.work.amount * units : units * Math.min(a.work.slots, s.segments.reduce((n, [x, y]) => n + y - x, 0));
        planned.set(r, (planned.get(r) ?? 0) + work);
      });
    }
    for (const r of result.model.resources) {
      const row = table.rows.find((cells) => cells[0] === r.name)!;
      // Shown to one decimal: within half a tenth of the exact figure.
      expect(Math.abs(Number(row[row.length - 1]) - (planned.get(r.id) ?? 0) / perWeek)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
    const team = table.rows.find((cells) => cells[0] === '**Team**')!;
    const total = [...planned.values()].reduce((a, b) => a + b, 0);
    expect(Math.abs(Number(team[team.length - 1].replace(/\*/g, '')) - total / perWeek)).toBeLessThanOrEqual(0.05 + 1e-9);
    expect(table.header.length).toBe(analysePlan(result).periods.length + 3);
  });

  it('lists the staged rollout before the freeze, in order', () => {
    const stages = tables(section(md, 'rollout'))[0].rows.map((row) => [row[0], isoIn(row[1])]);
    expect(stages.map(([p]) => p)).toEqual(['10%', '25%', '50%', '100%']);
    const dates = stages.map(([, d]) => d);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d) => d < '2024-12-01')).toBe(true);
  });

  it('keeps every table row as wide as its header', () => {
    for (const t of tables(md)) for (const row of t.rows) expect(row).toHaveLength(t.header.length);
  });
});
