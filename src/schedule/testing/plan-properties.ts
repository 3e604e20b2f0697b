/**
 * Test helper: a check run over the random plans of random-plans.ts (PLAN_RUNS of them when the
 * environment sets it), and a baseline of placed work to decode on top of. Not used by the core.
 */
import fc from 'fast-check';
import type { Model } from '../../model/index.js';
import type { Problem } from '../compile.js';
import type { Random } from '../random.js';
import type { Baseline } from '../sgs.js';
import { contendedPlanInput, planInput, toContendedModel, toModel } from './random-plans.js';

/** `check` on random plans with every feature. */
export function onRandomPlans(check: (model: Model, seed: number) => void, seed: number, runs: number): void {
  fc.assert(
    fc.property(planInput, (input) => check(toModel(input), input.seed)),
    { numRuns: Number(process.env.PLAN_RUNS ?? runs), seed },
  );
}

/** `check` on random plans where people are the bottleneck. */
export function onContendedPlans(check: (model: Model, seed: number) => void, seed: number, runs: number): void {
  fc.assert(
    fc.property(contendedPlanInput, (input) => check(toContendedModel(input), input.seed)),
    { numRuns: Number(process.env.PLAN_RUNS ?? runs), seed },
  );
}

/** Some placed work to start from: part of each resource's slots taken, and links' bounds. */
export function someBaseline(problem: Problem, random: Random): Baseline {
  const slots = Math.min(problem.horizon + 1, 40);
  return {
    usage: Array.from(problem.capacity, (capacity) => Float64Array.from({ length: slots }, () => [0, 0, 0.5, 1][random.below(4)] * capacity)),
    earliestStart: Int32Array.from({ length: problem.n }, () => (random.below(3) === 0 ? random.below(6) : 0)),
    earliestFinish: Int32Array.from({ length: problem.n }, () => (random.below(4) === 0 ? random.below(10) : 0)),
  };
}
