/**
 * The forecast against closed forms (fixed seeds, modest iteration counts, tolerances of about
 * three standard errors): one triangular task, the maximum of two parallel tasks (merge bias),
 * and a risk event with probability 0.3.
 */
import { describe, expect, it } from 'vitest';
import { forecastPlan, type ForecastOptions } from './forecast.js';
import { forecastModel, planOf } from './test-utils/plans.js';

const options = (over: Partial<ForecastOptions> = {}): ForecastOptions => ({ iterations: 4000, seed: 7, distribution: 'triangular', correlation: 0, ...over });
const at = (f: ReturnType<typeof forecastPlan>, p: number) => f.percentiles.find((x) => x.p === p)!.offset;

/** Inverse CDF of the triangular distribution [o, m, p]. */
function triangular(o: number, m: number, p: number, u: number): number {
  const c = (m - o) / (p - o);
  return u < c ? o + Math.sqrt(u * (m - o) * (p - o)) : p - Math.sqrt((1 - u) * (p - m) * (p - o));
}

describe('forecastPlan against closed forms', () => {
  it("gives one triangular task's percentiles", () => {
    const result = planOf(forecastModel({ tasks: [{ id: 'a', duration: 20 }], estimates: { a: [10, 20, 40] } }));
    const f = forecastPlan(result, options());
    // Draws are rounded to whole slots, so the p-quantile of the finish is the rounded one.
    for (const p of [0.5, 0.8, 0.95]) expect(Math.abs(at(f, p) - Math.round(triangular(10, 20, 40, p)))).toBeLessThanOrEqual(1);
    expect(f.mean).toBeCloseTo(70 / 3, 0);
    expect(f.deterministic.offset).toBe(20);
    expect(f.tasks.find((t) => t.id === 'a')).toEqual({ id: 'a', criticality: 1, sensitivity: 1 });
  });

  it('finishes two identical parallel tasks at the maximum of two draws (merge bias)', () => {
    const result = planOf(
      forecastModel({
        tasks: [{ id: 'a', duration: 20 }, { id: 'b', duration: 20 }, { id: 'done', type: 'milestone', after: ['a', 'b'] }],
        estimates: { a: [10, 20, 40], b: [10, 20, 40] },
      }),
    );
    const f = forecastPlan(result, options());
    // P(max <= x) = F(x)^2, so the p-quantile of the max is F^-1(sqrt(p)).
    for (const p of [0.5, 0.8]) expect(Math.abs(at(f, p) - Math.round(triangular(10, 20, 40, Math.sqrt(p))))).toBeLessThanOrEqual(1);
    expect(at(f, 0.5)).toBeGreaterThan(Math.round(triangular(10, 20, 40, 0.5)));
    expect(f.mergePoints.map((m) => [m.id, m.paths])).toEqual([['done', 2]]);
    const share = f.tasks.filter((t) => t.id !== 'done').map((t) => t.criticality);
    expect(share[0] + share[1]).toBeGreaterThanOrEqual(1);
    expect(Math.abs(share[0] - share[1])).toBeLessThan(0.06);
  });

  it('gives P(on time) = 0.70 for a 0.3 risk that alone makes the plan late', () => {
    const result = planOf(
      forecastModel({
        start: '2024-10-14',
        tasks: [{ id: 'a', duration: 5 }],
        risks: [{ probability: 0.3, affects: ['a'], delay: { optimistic: 2, likely: 3, pessimistic: 5 } }],
        deadline: { date: '2024-10-18', hard: true, confidence: 0.9 },
      }),
    );
    const f = forecastPlan(result, options({ iterations: 3000 }));
    expect(Math.abs(f.onTimeProbability! - 0.7)).toBeLessThan(0.025);
    expect(f.riskDrivers).toHaveLength(1);
    expect(f.riskDrivers[0]).toMatchObject({ riskId: 'r1', probability: 0.3, onTimeWithout: 1 });
    expect(f.riskDrivers[0].p80Impact).toBeGreaterThanOrEqual(2);
  });

  it('maps likelihood to probability when the risk has none', () => {
    const result = planOf(forecastModel({ tasks: [{ id: 'a', duration: 5 }], risks: [{ likelihood: 'low', affects: ['a'], delay: { optimistic: 1, likely: 1, pessimistic: 1 } }] }));
    expect(forecastPlan(result, options({ iterations: 50 })).riskDrivers[0].probability).toBe(0.1);
  });

  it('is byte-identical for the same seed and moves with another', () => {
    const result = planOf(forecastModel({ tasks: [{ id: 'a', duration: 20 }, { id: 'b', duration: 5, after: ['a'] }], estimates: { a: [10, 20, 40], b: [2, 5, 9] } }));
    expect(JSON.stringify(forecastPlan(result, options({ iterations: 300 })))).toBe(JSON.stringify(forecastPlan(result, options({ iterations: 300 }))));
    expect(JSON.stringify(forecastPlan(result, options({ iterations: 300, seed: 8 })))).not.toBe(JSON.stringify(forecastPlan(result, options({ iterations: 300 }))));
  });

  it('widens the spread of a chain when estimates are correlated', () => {
    const tasks = Array.from({ length: 6 }, (_, k) => ({ id: `t${k}`, duration: 10, after: k > 0 ? [`t${k - 1}`] : [] }));
    const estimates = Object.fromEntries(tasks.map((t) => [t.id, [5, 10, 20] as [number, number, number]]));
    const result = planOf(forecastModel({ tasks, estimates }));
    const spread = (correlation: number) => {
      const f = forecastPlan(result, options({ iterations: 2000, correlation }));
      return at(f, 0.95) - at(f, 0.5);
    };
    expect(spread(0.8)).toBeGreaterThan(spread(0) + 3);
  });

  it('keeps people people: two tasks of one person never overlap in any run', () => {
    const result = planOf(
      forecastModel({ resources: [{ id: 'p1' }], tasks: [{ id: 'a', duration: 10, assignee: 'p1' }, { id: 'b', duration: 10, assignee: 'p1' }], estimates: { a: [5, 10, 20], b: [5, 10, 20] } }),
    );
    const f = forecastPlan(result, options({ iterations: 2000 }));
    // Sequential on one person: the finish is the sum of two draws, the 5th percentile well above one task's.
    expect(f.histogram[0].from).toBeGreaterThanOrEqual(10);
    expect(at(f, 0.5)).toBeGreaterThanOrEqual(Math.round(2 * triangular(5, 10, 20, 0.5)) - 2);
  });

  it('words its buffer warnings in the plan\'s own slots: working hours for an office-hours hour plan', () => {
    // 9-17 on weekdays: an estimate spread of 8 hours asks for an 8-hour critical-chain buffer;
    // the deadline at 18:00 on the start day leaves none after an 8-hour task.
    const result = planOf(
      forecastModel({
        start: '2024-10-14T09:00',
        calendar: { unit: 'hour', hours: [9, 17] },
        tasks: [{ id: 'a', duration: 8 }],
        estimates: { a: [6, 8, 16] },
        deadline: { date: '2024-10-14T17:00', hard: true, confidence: 0.8 },
      }),
    );
    const warnings = forecastPlan(result, options({ iterations: 200 })).buffer.warnings;
    expect(warnings).toContain('The critical chain needs a project buffer of 8 working hours; the delivery date leaves 0 working hours.');
  });
});
