/**
 * The driver engine sorts and books a resource only when a question reaches it, once per load.
 * On random plans, one engine reloaded with schedule after schedule (the decoder's own arrays,
 * rewritten in place, as the forecast does) must mark the same critical activities as a fresh
 * engine that first readies every resource by collecting the arcs into every activity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel, listNetwork, withFixedAssignment } from './compile.js';
import { Arcs, DriverEngine } from './drivers.js';
import { sampleList } from './lists.js';
import { createRandom } from './random.js';
import { GeneralDecoder } from './sgs.js';
import { ReferenceDecoder } from './testing/reference-decoder.js';
import { contendedPlanInput, planInput, toContendedModel, toModel } from './testing/random-plans.js';
import type { Model } from '../model/index.js';

/** Critical marks of a fresh engine with every resource readied before marking. */
function eagerMarks(engine: DriverEngine, n: number, start: Int32Array, finish: Int32Array, makespan: number, share: Float64Array): number[] {
  engine.load(start, finish, makespan, share);
  const arcs = new Arcs();
  for (let j = 0; j < n; j++) engine.collectArcs(j, arcs);
  const out = new Uint8Array(n);
  engine.markCritical(out);
  return [...out];
}

/** Counts the schedules compared, so the property is seen to compare some. */
let compared = 0;

function checkModel(model: Model, seed: number): void {
  const problem = compileModel(model).problem;
  if (!problem) return;
  const first = new ReferenceDecoder(problem);
  if (first.decode(problem.order) < 0) return;
  const assignee = first.assignee.slice();
  const fixed = { ...withFixedAssignment(problem, assignee), effort: problem.effort.slice(), fixedSpan: problem.fixedSpan.slice() };
  const decoder = new GeneralDecoder(fixed);
  const reused = new DriverEngine(fixed, assignee);
  const net = listNetwork(fixed);
  const value = Float64Array.from({ length: fixed.n }, (_, j) => j);
  const random = createRandom(seed);
  const out = new Uint8Array(fixed.n);
  for (let k = 0; k < 6; k++) {
    for (let j = 0; j < fixed.n; j++) {
      if (problem.effort[j] > 0) fixed.effort[j] = problem.effort[j] * (0.5 + random.next());
      if (problem.fixedSpan[j] > 0) fixed.fixedSpan[j] = problem.fixedSpan[j] + random.below(3);
    }
    const makespan = decoder.decode(sampleList(net, value, random));
    if (makespan < 0) continue;
    reused.load(decoder.start, decoder.finish, makespan, decoder.share);
    reused.markCritical(out);
    const eager = eagerMarks(new DriverEngine(fixed, assignee), fixed.n, decoder.start.slice(), decoder.finish.slice(), makespan, decoder.share.slice());
    expect([...out]).toEqual(eager);
    compared++;
  }
}

describe('DriverEngine readying resources lazily', () => {
  it('marks what an engine readied in full marks, schedule after schedule', () => {
    compared = 0;
    fc.assert(
      fc.property(planInput, (input) => checkModel(toModel(input), input.seed)),
      { numRuns: Number(process.env.PLAN_RUNS ?? 200), seed: 20261202 },
    );
    expect(compared).toBeGreaterThan(200);
  }, 120_000);

  it('does so where people are the bottleneck', () => {
    compared = 0;
    fc.assert(
      fc.property(contendedPlanInput, (input) => checkModel(toContendedModel(input), input.seed)),
      { numRuns: Number(process.env.PLAN_RUNS ?? 200), seed: 20261203 },
    );
    expect(compared).toBeGreaterThan(200);
  }, 120_000);
});
