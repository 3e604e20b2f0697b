/**
 * Property tests: random small plans with every feature the scheduler supports go through
 * scheduleModel and then the independent checker, which must find nothing; the same seed must
 * give the same schedule. Priority classes are lexicographic: lowering one item's class never
 * makes work of a better class finish later (scheduling the classes in stages makes that hold
 * exactly, not only most of the time: the stages above the lowered item see the same work).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSchedule } from './check.js';
import { scheduleModel } from './schedule.js';
import { contendedPlanInput, planInput, toContendedModel, toModel } from './testing/random-plans.js';
import type { Model, Priority } from '../model/index.js';

const LOWER: Partial<Record<Priority, Priority>> = { must: 'should', should: 'could' };
const RANK: Record<Priority, number> = { must: 0, should: 1, could: 2, wont: 3 };

/**
 * The model with one item one class lower: the pick-th of those with work of a better class
 * to watch (a should under some must); undefined when there is none.
 */
function lowerOne(model: Model, pick: number): { model: Model; lowered: Priority } | undefined {
  const best = Math.min(...model.activities.map((a) => RANK[a.priority]));
  const candidates = model.activities.filter((a) => LOWER[a.priority] !== undefined && RANK[a.priority] > best);
  if (candidates.length === 0) return undefined;
  const chosen = candidates[pick % candidates.length];
  const activities = model.activities.map((a) => (a === chosen ? { ...a, priority: LOWER[a.priority]! } : a));
  return { model: { ...model, activities }, lowered: chosen.priority };
}

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
          // Beside the errors, a date the links make impossible is a warning.
          expect(result.diagnostics.every((d) => d.code === 'E_UNSCHEDULABLE' || d.code === 'W_DATE_UNREACHABLE')).toBe(true);
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

/**
 * With one item lowered a class, every item of a better class than it had finishes no later.
 * Returns whether the plan had such an item to compare (and could be scheduled).
 */
function lowerClassKeepsBetterWork(model: Model, pick: number, options: { schedules: number; seed: number }): boolean {
  const change = lowerOne(model, pick);
  if (!change) return false;
  const before = scheduleModel(model, options).schedule;
  if (!before) return false;
  const after = scheduleModel(change.model, options).schedule;
  expect(after).toBeDefined();
  const finishAfter = new Map(after!.activities.map((a) => [a.id, a.finish]));
  // A should becoming a could must not delay a must; a must becoming a should has nothing above it.
  const better = model.activities.filter((a) => RANK[a.priority] < RANK[change.lowered]);
  for (const a of better) expect(finishAfter.get(a.id)).toBeLessThanOrEqual(before.activities.find((s) => s.id === a.id)!.finish);
  return true;
}

describe('priority classes on random plans', () => {
  it('never lets a lowered item delay work of a better class, on plans with every feature', () => {
    let compared = 0;
    fc.assert(
      fc.property(planInput, fc.nat(), (input, pick) => {
        if (lowerClassKeepsBetterWork(toModel(input), pick, { schedules: input.schedules, seed: input.seed })) compared++;
      }),
      { numRuns: Number(process.env.PLAN_RUNS ?? 3000), seed: Number(process.env.PLAN_SEED ?? 20241014) },
    );
    expect(compared).toBeGreaterThan(400);
  }, 60_000);

  it('never lets a lowered item delay work of a better class, on plans where people are the bottleneck', () => {
    let compared = 0;
    fc.assert(
      fc.property(contendedPlanInput, fc.nat(), (input, pick) => {
        if (lowerClassKeepsBetterWork(toContendedModel(input), pick, { schedules: input.schedules, seed: input.seed })) compared++;
      }),
      { numRuns: Number(process.env.PLAN_RUNS ?? 3000), seed: Number(process.env.PLAN_SEED ?? 20241014) },
    );
    expect(compared).toBeGreaterThan(1500);
  }, 60_000);
});
