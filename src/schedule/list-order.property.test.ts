/**
 * A problem renumbered in the order of a list (list-order.ts) decodes, with the list 0, 1, 2,
 * ..., to exactly the schedule the original problem gives that list, and the same activities are
 * critical in it: on random plans with every feature and on plans where people are the
 * bottleneck, with and without a baseline of placed work, with people chosen by the decoder and
 * with people fixed as the forecast fixes them.
 */
import { describe, expect, it } from 'vitest';
import { compileModel, listNetwork, withFixedAssignment, type Problem } from './compile.js';
import { DriverEngine } from './drivers.js';
import { baselineInListOrder, inListOrder } from './list-order.js';
import { sampleList } from './lists.js';
import { createRandom, type Random } from './random.js';
import { GeneralDecoder, type Baseline } from './sgs.js';
import { reservedBaseline } from './stages.js';
import { onContendedPlans, onRandomPlans, someBaseline } from './testing/plan-properties.js';
import { toContendedModel } from './testing/random-plans.js';
import type { Model } from '../model/index.js';

/** What a decode gives, with every per-activity and per-demand answer in the original numbering. */
function outcome(problem: Problem, decoder: GeneralDecoder, makespan: number, record: boolean, original?: Int32Array) {
  const at = original ?? Int32Array.from({ length: problem.n }, (_, k) => k);
  const byOriginal = <T>(values: ArrayLike<T>): T[] => {
    const out = new Array<T>(problem.n);
    for (let k = 0; k < problem.n; k++) out[at[k]] = values[k];
    return out;
  };
  const people = new Array<number[]>(problem.n);
  for (let k = 0; k < problem.n; k++) people[at[k]] = Array.from(decoder.assignee.subarray(problem.demandStart[k], problem.demandStart[k + 1]));
  return {
    makespan,
    tie: decoder.tie,
    start: byOriginal(decoder.start),
    finish: byOriginal(decoder.finish),
    share: byOriginal(decoder.share),
    // Recorded only when asked for; otherwise what an earlier decode of the same decoder left.
    ...(record ? { segments: byOriginal(decoder.segments), relays: byOriginal(decoder.relays) } : {}),
    people,
  };
}

function criticalOf(problem: Problem, decoder: GeneralDecoder, makespan: number, original?: Int32Array): number[] {
  const engine = new DriverEngine(problem, decoder.assignee.slice());
  engine.load(decoder.start, decoder.finish, makespan, decoder.share);
  const mark = new Uint8Array(problem.n);
  engine.markCritical(mark);
  const out = new Array<number>(problem.n);
  for (let k = 0; k < problem.n; k++) out[original ? original[k] : k] = mark[k];
  return out;
}

function expectSameInListOrder(problem: Problem, baseline: Baseline | undefined, random: Random, lists: number): void {
  const plain = new GeneralDecoder(problem, baseline);
  const value = Float64Array.from({ length: problem.n }, (_, j) => j);
  for (let k = 0; k < lists; k++) {
    const list = sampleList(listNetwork(problem), value, random);
    const record = k % 2 === 0;
    const ordered = inListOrder(problem, list);
    const renumbered = new GeneralDecoder(ordered.problem, baselineInListOrder(baseline, ordered.original));
    const before = plain.decode(list, record);
    const after = renumbered.decode(ordered.list, record);
    // A failed decode stops at the activity it cannot place, leaving the rest as earlier decodes left them.
    if (before < 0) {
      expect([after, ordered.original[renumbered.failed]]).toEqual([before, plain.failed]);
      continue;
    }
    expect(outcome(ordered.problem, renumbered, after, record, ordered.original)).toEqual(outcome(problem, plain, before, record));
    if (record) {
      const fixed = withFixedAssignment(problem, plain.assignee.slice());
      const fixedOrdered = inListOrder(fixed, list);
      expect(criticalOf(fixedOrdered.problem, renumbered, after, fixedOrdered.original)).toEqual(criticalOf(fixed, plain, before));
    }
  }
}

function checkModel(model: Model, seed: number): void {
  const compiled = compileModel(model);
  if (!compiled.problem) return;
  const problem = compiled.problem;
  const random = createRandom(seed);
  expectSameInListOrder(problem, reservedBaseline(problem.reserved, problem.n), random, 4);
  expectSameInListOrder(problem, someBaseline(problem, random), random, 2);
}

describe('inListOrder', () => {
  it('decodes to the same schedule and critical activities on random plans with every feature', () => onRandomPlans(checkModel, 20261202, 200), 120_000);

  it('decodes to the same schedule and critical activities where people are the bottleneck', () => onContendedPlans(checkModel, 20261203, 200), 120_000);

  it('numbers the activities in list order, with each link and demand following its activity', () => {
    const model = toContendedModel({ people: [['backend'], ['backend']], tasks: [{ days: 2, named: false, pick: 0, priority: 'must', after: [] }, { days: 1, named: true, pick: 1, priority: 'must', after: [1] }, { days: 3, named: false, pick: 0, priority: 'should', after: [] }], schedules: 1, seed: 1 });
    const problem = compileModel(model).problem!;
    const ordered = inListOrder(problem, Int32Array.from([2, 0, 1]));
    expect(ordered.problem.ids).toEqual(['t2', 't0', 't1']);
    expect([...ordered.list]).toEqual([0, 1, 2]);
    expect([...ordered.original]).toEqual([2, 0, 1]);
    // t1 follows t0, which is now activity 1.
    expect([...ordered.problem.net.predStart]).toEqual([0, 0, 0, 1]);
    expect([...ordered.problem.net.predIndex]).toEqual([1]);
    expect([...ordered.problem.succIndex]).toEqual([2]);
    expect(Array.from(ordered.problem.fixedSpan)).toEqual([3, 2, 1]);
    expect(ordered.problem.candidates.length).toBe(problem.candidates.length);
  });
});
