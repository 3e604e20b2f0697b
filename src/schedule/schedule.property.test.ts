/**
 * Property tests: random small plans with every feature the scheduler supports go through
 * scheduleModel and then the independent checker, which must find nothing; the same seed must
 * give the same schedule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSchedule } from './check.js';
import { scheduleModel } from './schedule.js';
import { planInput, toModel } from './testing/random-plans.js';

describe('scheduleModel on random plans', () => {
  it('produces schedules the independent checker accepts, reproducibly', () => {
    let scheduled = 0;
    let paused = 0;
    let unschedulable = 0;
    fc.assert(
      fc.property(planInput, (input) => {
        const model = toModel(input);
        const options = { schedules: input.schedules, seed: input.seed };
        const result = scheduleModel(model, options);
        if (!result.schedule) {
          unschedulable++;
          expect(result.diagnostics.length).toBeGreaterThan(0);
          expect(result.diagnostics.every((d) => d.code === 'E_UNSCHEDULABLE')).toBe(true);
          return;
        }
        scheduled++;
        if (result.schedule.activities.some((a) => a.segments.length > 1)) paused++;
        expect(checkSchedule(model, result.schedule)).toEqual([]);
        expect(scheduleModel(model, options)).toEqual(result);
      }),
      { numRuns: Number(process.env.PLAN_RUNS ?? 3000), seed: Number(process.env.PLAN_SEED ?? 20241014) },
    );
    // The generator must exercise the interesting cases, not only trivial plans.
    expect(scheduled).toBeGreaterThan(1000);
    expect(paused).toBeGreaterThan(50);
    expect(unschedulable).toBeGreaterThan(10);
  }, 60_000);
});
