/** The migration example: a vendor date, a deploy-only freeze, a part-timer, a due date and a budget. */
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../analyse/index.js';
import { renderMarkdown } from './render.js';
import { planExample } from './test-utils/examples.js';
import { section } from './test-utils/markdown.js';

describe('the migration plan', () => {
  const result = planExample('migration');
  const analysis = analysePlan(result);
  const md = renderMarkdown(analysis);
  const dates = (id: string) => {
    const s = result.schedule.activities.find((a) => a.id === id)!;
    return [result.calendar.slotStart(s.start), result.calendar.slotEnd(s.finish - 1)];
  };

  it('holds the vendor to its booked day and the replication to the vendor', () => {
    expect(dates('cluster')).toEqual(['2025-03-17', '2025-03-18']);
    expect(dates('replication')[0]).toBe('2025-03-19');
    expect(section(md, 'critical-path')).toContain('| Vendor provisions the managed cluster | `cluster` | Cloud vendor | Mon 2025-03-17 | Tue 2025-03-18 | its fixed date, Mon 2025-03-17 |');
  });

  it('ships nothing in the quarter-end close but keeps working through it', () => {
    expect(dates('cutover')).toEqual(['2025-04-03', '2025-04-03']);
    expect(dates('verify')).toEqual(['2025-03-27', '2025-04-01']);
  });

  it('gives the half-time analyst twice the days for her effort', () => {
    // 3 days of effort at 50%: six working days, Thu 6 to Thu 13 March.
    expect(dates('checks')).toEqual(['2025-03-06', '2025-03-13']);
  });

  it('keeps the due date and the not-before date', () => {
    expect(analysis.dateConstraints.map((d) => [d.id, d.missed ?? 'met'])).toEqual([
      ['dual-write', 'met'],
      ['load-test', 'met'],
      ['cluster', 'met'],
      ['live', 'met'],
    ]);
    expect(dates('load-test')[0]).toBe('2025-03-26');
  });

  it('prices the plan to the cent and holds its P80 to the budget', () => {
    // Priya 8 days x 760, Sam 9 x 720, Alex 8 x 800, Jo 10 half-days x 250: 21,460.00 of labour,
    // and the vendor's 6,000.00 setup fee.
    const cost = analysis.cost!;
    expect([cost.labour, cost.fixed, cost.planned]).toEqual([2146000, 600000, 2746000]);
    expect(cost.byPhase.reduce((s, p) => s + p.amount, 0)).toBe(cost.planned);
    expect(cost.byWeek.reduce((s, w) => s + w.amount, 0)).toBe(cost.planned);
    expect(section(md, 'cost')).toContain('- **Planned cost**: USD 27,460.00 (labour USD 21,460.00, fixed costs USD 6,000.00)');
    expect(cost.budget?.basis).toBe('p80');
    expect(cost.budget?.over).toBe(cost.forecast!.p80 > 2800000);
  });
});
