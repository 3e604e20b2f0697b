/**
 * Property test: every Monte Carlo iteration is a real schedule. Random plans (the scheduler's
 * property-test generator) get three-point estimates and a risk event; each iteration's
 * re-schedule (the plan's order and people, drawn work) is materialised and must pass the
 * independent checker against the plan with that iteration's work. Half the plans draw their
 * work through learned ratios (a bias and a noise per person), as a status's learning makes them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Activity, Model, Work } from '../model/index.js';
import { checkSchedule, type Problem } from '../schedule/index.js';
import { generalSchedule, scheduleModel } from '../schedule/schedule.js';
import { planInput, toModel } from '../schedule/testing/random-plans.js';
import { sampleIteration, samplingPlan } from './sampler.js';
import type { RatioDraws } from './learning.js';
import { BASE_VARIANT, buildSimulation } from './setup.js';
import { applyDraw } from './simulate.js';

const ITERATIONS = 4;

const uncertainty = fc.record({
  spread: fc.constantFrom(0.5, 1, 2),
  risk: fc.record({ on: fc.nat(9), probability: fc.constantFrom(0.3, 0.9), delay: fc.constantFrom(1, 3) }),
  seed: fc.integer(),
  correlation: fc.constantFrom(0, 0.5),
  learned: fc.option(fc.record({ bias: fc.constantFrom(-0.3, 0, 0.5), noise: fc.constantFrom(0.1, 0.6) }), { nil: undefined }),
});
type Uncertainty = typeof uncertainty extends fc.Arbitrary<infer T> ? T : never;

/** Gives every task and external a three-point estimate around its work, and one task a risk. */
function withUncertainty(model: Model, u: Uncertainty): Model {
  const varies = (a: Activity) => (a.type === 'task' || a.type === 'external') && amountOf(a.work) > 0;
  const activities = model.activities.map((a) => {
    if (!varies(a)) return a;
    const likely = amountOf(a.work);
    return { ...a, estimate: { optimistic: likely / 2, likely, pessimistic: likely * (1 + u.spread) } };
  });
  const variable = activities.filter(varies);
  const target = variable[u.risk.on % Math.max(1, variable.length)];
  const { delay, probability } = u.risk;
  const risks = target
    ? [{ id: 'r', title: 'Risk', impact: 'high', likelihood: 'medium', probability, status: 'open', affects: [target.id], delay: { optimistic: 0, likely: delay, pessimistic: delay * 2 }, path: ['risks', 0] } as const]
    : [];
  return { ...model, activities, risks };
}

function amountOf(work: Work): number {
  return work.mode === 'effort' ? work.amount : work.slots;
}

/** Every person with the same learned bias and noise; each task with people drawn through its first. */
function learnedDraws(model: Model, scheduled: readonly { id: string; assignees: readonly string[] }[], l: { bias: number; noise: number }): RatioDraws {
  const index = new Map(model.resources.map((r, k) => [r.id, k]));
  const tasks: Record<string, number> = {};
  for (const s of scheduled) if (s.assignees.length > 0 && model.activities.find((a) => a.id === s.id)?.type === 'task') tasks[s.id] = index.get(s.assignees[0])!;
  return { teamSd: 0.2, people: model.resources.map(() => ({ mean: l.bias, team: 1, own: 0.2, noise: l.noise })), tasks };
}

/** The plan as this iteration drew it: each activity's work as the problem now holds it. */
function drawnModel(model: Model, problem: Problem): Model {
  const index = new Map(problem.ids.map((id, j) => [id, j]));
  const activities = model.activities.map((a): Activity => {
    const j = index.get(a.id);
    if (j === undefined || a.type === 'milestone' || a.type === 'gate') return a;
    if (a.work.mode === 'effort') return { ...a, work: { mode: 'effort', amount: problem.fixedSpan[j] < 0 ? problem.effort[j] : problem.fixedSpan[j] } };
    return { ...a, work: { mode: 'duration', slots: problem.packed[j] > 0 ? problem.packed[j] : problem.fixedSpan[j] } };
  });
  return { ...model, activities };
}

describe('Monte Carlo iterations on random plans', () => {
  it('re-schedule into schedules the independent checker accepts, with the same people', () => {
    let checked = 0;
    let moved = 0;
    fc.assert(
      fc.property(planInput, uncertainty, (input, u) => {
        const model = withUncertainty(toModel(input), u);
        const planned = scheduleModel(model, { schedules: input.schedules, seed: input.seed });
        if (!planned.schedule) return;
        const ratios = u.learned ? learnedDraws(model, planned.schedule.activities, u.learned) : undefined;
        const plan = samplingPlan(model, { seed: u.seed, distribution: 'pert', correlation: u.correlation }, ratios);
        const setup = buildSimulation({ model, schedule: planned.schedule, schedules: input.schedules, seed: input.seed, ...(ratios ? { ratios } : {}) }, plan, BASE_VARIANT);
        expect(setup.simulation).toBeDefined();
        const sim = setup.simulation!;
        const amounts = new Float64Array(plan.works.length);
        const people = new Map(planned.schedule.activities.map((s) => [s.id, s.assignees]));
        for (let i = 0; i < ITERATIONS; i++) {
          sampleIteration(plan, i, sim.disabled, amounts, sim.learned);
          applyDraw(sim, amounts);
          if (sim.decoder.decode(sim.list, true) < 0) continue;
          const schedule = generalSchedule(sim.problem, sim.decoder);
          expect(checkSchedule(drawnModel(model, sim.problem), schedule)).toEqual([]);
          for (const s of schedule.activities) expect(s.assignees).toEqual(people.get(s.id));
          checked++;
          if (schedule.makespan !== planned.schedule.makespan) moved++;
        }
      }),
      { numRuns: Number(process.env.PLAN_RUNS ?? 1500), seed: Number(process.env.PLAN_SEED ?? 20241124) },
    );
    // The draws must actually move plans, not re-check the deterministic schedule.
    expect(checked).toBeGreaterThan(1000);
    expect(moved).toBeGreaterThan(checked / 4);
  }, 60_000);
});
