import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../api/index.js';

// Mon 14 Oct 2024, 8-hour days. dev costs 100/hour = 800/day; jo 400/day, half-time on the plan.
const spec = (extra: { budget?: number; estimate?: string } = {}) => `
plan: Priced plan
start: 2024-10-14
constraints: { ${extra.budget !== undefined ? `budget: { amount: ${extra.budget}, currency: EUR }` : 'currency: EUR'} }
phases: [{ id: build, goal: The feature works }]
team:
  - { id: dev, rate: { amount: 100, per: hour } }
  - { id: jo, availability: 50%, rate: { amount: 400, per: day } }
external:
  - { id: licence, duration: 5d, cost: 1500.50 }
tasks:
  - { id: a, phase: build, assignee: dev, ${extra.estimate ?? 'duration: 2d'}, after: [licence] }
  - { id: b, assignee: jo, effort: 1d }
`;

describe('analyseCost', () => {
  it('prices labour by rate and share of time, adds fixed costs, and splits both exactly by phase and week', () => {
    const run = runPlanSync({ text: spec({ budget: 3000 }) }, { iterations: 0, formats: [] });
    const cost = run.analysis!.cost!;
    // a: 2 days x 800 = 1,600.00; b: 1 day of effort at half time = 2 slots x 0.5 x 400 = 400.00;
    // the licence: 1,500.50. In cents: 160000 + 40000 + 150050.
    expect([cost.currency, cost.labour, cost.fixed, cost.planned]).toEqual(['EUR', 200000, 150050, 350050]);
    // The licence and b start in week 1; a runs Mon-Tue of week 2, after the licence's five days.
    expect(cost.byWeek.map((w) => [w.key, w.amount])).toEqual([
      ['2024-10-14', 190050],
      ['2024-10-21', 160000],
    ]);
    expect(cost.byPhase.map((p) => [p.key, p.amount])).toEqual([
      [null, 190050],
      ['build', 160000],
    ]);
    // Without a forecast the planned cost is held to the budget: 3,000.00 - 3,500.50.
    expect(cost.budget).toEqual({
      amount: 300000,
      basis: 'planned',
      margin: -50050,
      over: true,
      drivers: [
        { id: 'a', amount: 160000 },
        { id: 'licence', amount: 150050 },
        { id: 'b', amount: 40000 },
      ],
    });
  });

  it('takes P50 and P80 from the forecast runs: the planned cost when no work varies', () => {
    const run = runPlanSync({ text: spec({ budget: 4000 }) }, { iterations: 50, formats: [] });
    expect(run.analysis!.cost!.forecast).toEqual({ p50: 350050, p80: 350050, p95: 350050 });
    expect(run.analysis!.cost!.budget).toMatchObject({ basis: 'p80', margin: 49950, over: false, drivers: [] });
  });

  it('scales the labour of varying work by each run’s draw', () => {
    const run = runPlanSync({ text: spec({ estimate: 'estimate: [1d, 2d, 4d]' }) }, { iterations: 400, formats: [] });
    const f = run.analysis!.cost!.forecast!;
    // a costs 800 to 3,200 in a run; everything else is fixed at 1,900.50.
    expect(f.p50).toBeGreaterThan(190050 + 80000);
    expect(f.p50).toBeLessThanOrEqual(f.p80);
    expect(f.p80).toBeLessThanOrEqual(f.p95);
    expect(f.p95).toBeLessThanOrEqual(190050 + 320000);
    expect(run.analysis!.cost!.budget).toBeUndefined();
  });
});
