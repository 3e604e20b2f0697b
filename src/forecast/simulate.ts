/**
 * The Monte Carlo loop: draw iteration i, put the drawn work into the problem, re-run the serial
 * schedule with the plan's list and people, record the finish. Pure: the result of iterations
 * [from, to) depends only on the inputs, so any split of the range across threads gives the same
 * numbers.
 */
import { EPSILON, packedWork, SeededRandom } from '../schedule/index.js';
import { countCritical } from './critical.js';
import { sampleIteration, type SamplingPlan } from './sampler.js';
import type { Simulation } from './setup.js';

export interface SimulatedRange {
  /** Finish offset (makespan) of each iteration. */
  readonly makespans: Int32Array;
  /** Iterations in which some work could not be placed at all (counted at the horizon). */
  readonly failed: number;
  /** With detail: per problem activity, the iterations in which it was critical. */
  readonly critical?: Int32Array;
  /** With detail: the drawn amount of each SamplingPlan.works entry, iteration-major. */
  readonly samples?: Float32Array;
}

/** Puts one iteration's drawn work (one amount per SamplingPlan.works entry) into the simulation's problem. */
export function applyDraw(sim: Simulation, amounts: Float64Array): void {
  const { problem, slot, byEffort } = sim;
  const { effort, fixedSpan, packable, packed, packRate } = problem;
  const cap = problem.horizon + 2;
  for (let k = 0; k < slot.length; k++) {
    const j = slot[k];
    if (j < 0) continue;
    const amount = amounts[k];
    const isEffort = byEffort[k] === 1;
    if (isEffort) effort[j] = amount;
    // A span past the horizon cannot be placed whatever its size: capped there, it stays an Int32.
    else fixedSpan[j] = Math.min(cap, Math.max(1, Math.ceil(amount - EPSILON)));
    if (packable[j] === 1) packed[j] = packedWork(amount, !isEffort, packRate[j]);
  }
}

/**
 * `same`: the finishes of the plan's own run, iteration 0 first, for a variant that only switches
 * risks off. Its problem is the plan's, so an iteration in which no switched-off risk happened
 * draws the same work and finishes the same: it is read from there instead of scheduled again.
 */
export function simulateRange(sim: Simulation, plan: SamplingPlan, from: number, to: number, detail: boolean, same?: Int32Array): SimulatedRange {
  const { problem, decoder, list, disabled } = sim;
  const works = plan.works.length;
  const amounts = new Float64Array(works);
  const makespans = new Int32Array(to - from);
  const critical = detail ? new Int32Array(problem.n) : undefined;
  const samples = detail ? new Float32Array((to - from) * works) : undefined;
  const mark = new Uint8Array(problem.n);
  const random = new SeededRandom();
  let failed = 0;
  for (let i = from; i < to; i++) {
    const offHappened = sampleIteration(plan, i, disabled, amounts, sim.learned, random);
    // An iteration that failed in the plan's own run (at the horizon) is scheduled again, so
    // `failed` counts it here too.
    const reuse = same !== undefined && !detail && !offHappened && i < same.length && same[i] < problem.horizon;
    if (!reuse) applyDraw(sim, amounts);
    let makespan = reuse ? same[i] : decoder.decode(list);
    if (makespan < 0) {
      failed++;
      makespan = problem.horizon;
    } else if (critical) countCritical(sim, makespan, critical, mark);
    makespans[i - from] = makespan;
    if (samples) samples.set(amounts, (i - from) * works);
  }
  return { makespans, failed, ...(critical ? { critical } : {}), ...(samples ? { samples } : {}) };
}
