/**
 * The optimised serial decoder against the plain reference (testing/reference-decoder.ts) on
 * random plans: the same lists, decoded one after another by one decoder of each kind, must give
 * the same starts, finishes, people, shares, segments, hand-offs, tie-break and failure. Also on
 * top of a baseline of placed work, and with one crew per activity and work redrawn between
 * decodes, as the forecast runs it.
 */
import { describe, expect, it } from 'vitest';
import { compileModel, listNetwork, withFixedAssignment, type Problem } from './compile.js';
import { sampleList } from './lists.js';
import { createRandom, type Random } from './random.js';
import { GeneralDecoder, type Baseline } from './sgs.js';
import { reservedBaseline } from './stages.js';
import { ReferenceDecoder } from './testing/reference-decoder.js';
import { onContendedPlans, onRandomPlans, someBaseline } from './testing/plan-properties.js';
import type { Model } from '../model/index.js';

type Decoder = GeneralDecoder | ReferenceDecoder;

function outcome(decoder: Decoder, makespan: number) {
  return {
    makespan,
    tie: decoder.tie,
    failed: decoder.failed,
    start: [...decoder.start],
    finish: [...decoder.finish],
    assignee: [...decoder.assignee],
    share: [...decoder.share],
    segments: [...decoder.segments],
    relays: [...decoder.relays],
  };
}

/** Decodes `lists` random lists with both decoders, alternately recording, and compares every outcome. */
function expectSameDecodes(problem: Problem, baseline: Baseline | undefined, random: Random, lists: number, redraw?: (random: Random) => void): void {
  const fast = new GeneralDecoder(problem, baseline);
  const plain = new ReferenceDecoder(problem, baseline);
  const net = listNetwork(problem);
  const value = Float64Array.from({ length: problem.n }, (_, j) => j);
  for (let k = 0; k < lists; k++) {
    redraw?.(random);
    const list = sampleList(net, value, random);
    const record = k % 2 === 0;
    expect(outcome(fast, fast.decode(list, record))).toEqual(outcome(plain, plain.decode(list, record)));
  }
}

/**
 * As the justification keeps its mirrors: one decoder whose problem's people are written over in
 * place between decodes (each time the people of another schedule), against a fresh reference.
 */
function expectSameAfterRefresh(problem: Problem, random: Random, refreshes: number): void {
  const value = Float64Array.from({ length: problem.n }, (_, j) => j);
  const people = new ReferenceDecoder(problem);
  if (people.decode(problem.order) < 0) return;
  const fixed = withFixedAssignment(problem, people.assignee);
  const fast = new GeneralDecoder(fixed);
  const net = listNetwork(fixed);
  for (let k = 0; k < refreshes; k++) {
    if (people.decode(sampleList(net, value, random)) < 0) continue;
    fixed.candidates.set(people.assignee);
    const list = sampleList(net, value, random);
    const plain = new ReferenceDecoder(fixed);
    expect(outcome(fast, fast.decode(list, true))).toEqual(outcome(plain, plain.decode(list, true)));
  }
}

function checkModel(model: Model, seed: number): void {
  const compiled = compileModel(model);
  if (!compiled.problem) return;
  const problem = compiled.problem;
  const random = createRandom(seed);
  expectSameDecodes(problem, reservedBaseline(problem.reserved, problem.n), random, 6);
  expectSameDecodes(problem, someBaseline(problem, random), random, 4);
  // The forecast: the plan's people fixed, the work drawn again before every decode.
  const first = new ReferenceDecoder(problem);
  if (first.decode(problem.order) < 0) return;
  const fixed = { ...withFixedAssignment(problem, first.assignee.slice()), effort: problem.effort.slice(), fixedSpan: problem.fixedSpan.slice() };
  const effort = problem.effort.slice();
  const span = problem.fixedSpan.slice();
  expectSameDecodes(fixed, undefined, random, 4, (r) => {
    for (let j = 0; j < problem.n; j++) {
      if (effort[j] > 0) fixed.effort[j] = effort[j] * (0.5 + r.next());
      if (span[j] > 0) fixed.fixedSpan[j] = span[j] + r.below(3);
    }
  });
  expectSameAfterRefresh(problem, random, 3);
}

describe('GeneralDecoder against the reference decoder', () => {
  it('gives the same schedules on random plans with every feature', () => onRandomPlans(checkModel, 20260412, 400), 120_000);

  it('gives the same schedules and people where people are the bottleneck', () => onContendedPlans(checkModel, 20260413, 400), 120_000);
});
