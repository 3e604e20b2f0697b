/**
 * The general justifier keeps the mirrors of recent makespans: a kept mirror justifies as a new one
 * does. The plain one right-justifies alone as the first pass of its double justification.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePsplib } from '../psplib/index.js';
import { PSPLIB_FIXTURES } from '../psplib/test-utils/data.js';
import { compileModel, listNetwork } from './compile.js';
import { GeneralSearch, PlainSearch } from './decoders.js';
import { sampleList } from './lists.js';
import { toPlain } from './plain.js';
import { createRandom } from './random.js';
import { GeneralDecoder } from './sgs.js';
import { contendedPlanInput, toContendedModel } from './testing/random-plans.js';

describe('GeneralSearch.justify', () => {
  it('gives each list the same justified schedule from kept mirrors as from a justifier of its own', () => {
    fc.assert(
      fc.property(contendedPlanInput, fc.integer(), (input, seed) => {
        const problem = compileModel(toContendedModel(input)).problem!;
        const net = listNetwork(problem);
        const random = createRandom(seed);
        const value = new Float64Array(problem.n);
        // Enough lists for several makespans, so mirrors are kept, reused and dropped.
        const lists = Array.from({ length: 12 }, () => sampleList(net, value, random));
        const shared = new GeneralSearch(new GeneralDecoder(problem), problem, net);
        for (const list of lists) {
          const own = new GeneralSearch(new GeneralDecoder(problem), problem, net);
          if (shared.decode(list) < 0 || own.decode(list) < 0) continue;
          const [outShared, outOwn] = [new Int32Array(problem.n), new Int32Array(problem.n)];
          expect(shared.justify(list, outShared)).toBe(own.justify(list, outOwn));
          expect([...outShared]).toEqual([...outOwn]);
          expect([...shared.start]).toEqual([...own.start]);
          expect([...shared.slack]).toEqual([...own.slack]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('PlainSearch.rightJustify', () => {
  const { model } = parsePsplib(readFileSync(PSPLIB_FIXTURES + 'j301_1.sm', 'utf8'));
  const problem = compileModel(model!).problem!;
  const plain = toPlain(problem)!;
  const net = listNetwork(problem);
  const { span, predStart, predIndex, delta, demandStart, demandResource, demandUnits, capacity } = plain.forward;

  /** Every link and every capacity holds for these starts; returns the makespan. */
  function feasibleMakespan(start: Int32Array): number {
    let makespan = 0;
    const usage = new Map<string, number>();
    for (let j = 0; j < problem.n; j++) {
      for (let e = predStart[j]; e < predStart[j + 1]; e++) expect(start[j]).toBeGreaterThanOrEqual(start[predIndex[e]] + delta[e]);
      for (let t = start[j]; t < start[j] + span[j]; t++) {
        for (let d = demandStart[j]; d < demandStart[j + 1]; d++) {
          const key = `${t}:${demandResource[d]}`;
          usage.set(key, (usage.get(key) ?? 0) + demandUnits[d]);
          expect(usage.get(key)).toBeLessThanOrEqual(capacity[demandResource[d]]);
        }
      }
      expect(start[j]).toBeGreaterThanOrEqual(0);
      makespan = Math.max(makespan, start[j] + span[j]);
    }
    return makespan;
  }

  /** Forty random precedence-feasible lists of the instance, from the seed. */
  function sampledLists(seed: number): Int32Array[] {
    const random = createRandom(seed);
    return Array.from({ length: 40 }, () => sampleList(net, new Float64Array(problem.n), random));
  }

  it('is the backward pass of the double justification: a feasible schedule no longer than the forward one, in the same order', () => {
    const random = createRandom(11);
    for (let k = 0; k < 40; k++) {
      const list = sampleList(net, new Float64Array(problem.n), random);
      const search = new PlainSearch(plain, net);
      const forward = search.decode(list);
      const forwardStart = search.start.slice();
      const rightList = new Int32Array(problem.n);
      const makespan = search.rightJustify(list, rightList);
      expect(makespan).toBeLessThanOrEqual(forward);
      expect(feasibleMakespan(search.start)).toBe(makespan);
      // Aligned at the end, every activity moved only later: the slack is never negative.
      for (let j = 0; j < problem.n; j++) expect(search.slack[j]).toBe(search.start[j] + forward - makespan - forwardStart[j]);
      expect(Math.min(...search.slack)).toBeGreaterThanOrEqual(0);
      // The list follows its starts, so a forward pass packs it left no longer; double
      // justification reads the same order.
      const order = Array.from(rightList);
      for (let i = 1; i < order.length; i++) expect(search.start[order[i]]).toBeGreaterThanOrEqual(search.start[order[i - 1]]);
      const double = new Int32Array(problem.n);
      search.decode(list);
      const justified = search.justify(list, double);
      expect(Array.from(double)).toEqual(order);
      expect(search.decode(rightList)).toBe(justified);
      expect(justified).toBeLessThanOrEqual(makespan);
    }
  });

  it('bounds the backward pass by a delay when given one: a feasible schedule in mirrored time, the serial pass when the delay reaches past the horizon', () => {
    let different = 0;
    for (const list of sampledLists(13)) {
      const search = new PlainSearch(plain, net);
      search.decode(list);
      const serialList = new Int32Array(problem.n);
      const serial = search.rightJustify(list, serialList);
      const serialStart = search.start.slice();
      search.decode(list);
      const boundedList = new Int32Array(problem.n);
      const bounded = search.rightJustify(list, boundedList, 0);
      expect(feasibleMakespan(search.start)).toBe(bounded);
      const order = Array.from(boundedList);
      for (let i = 1; i < order.length; i++) expect(search.start[order[i]]).toBeGreaterThanOrEqual(search.start[order[i - 1]]);
      if (Array.from(search.start).some((s, j) => s !== serialStart[j])) different++;
      search.decode(list);
      expect(search.rightJustify(list, new Int32Array(problem.n), plain.forward.horizon)).toBe(serial);
      expect([...search.start]).toEqual([...serialStart]);
    }
    // A non-delay backward pass reaches right-justified schedules the serial one does not.
    expect(different).toBeGreaterThan(0);
  });

  it('bounds the backward pass of a double justification the same way', () => {
    for (const list of sampledLists(17)) {
      const search = new PlainSearch(plain, net);
      search.decode(list);
      const serialList = new Int32Array(problem.n);
      const serial = search.justify(list, serialList);
      search.decode(list);
      const unbounded = new Int32Array(problem.n);
      expect(search.justify(list, unbounded, plain.forward.horizon)).toBe(serial);
      expect([...unbounded]).toEqual([...serialList]);
      search.decode(list);
      const bounded = search.justify(list, new Int32Array(problem.n), 0);
      expect(feasibleMakespan(search.start)).toBe(bounded);
    }
  });

  it('describes the forward schedule again when asked, after a right-justification', () => {
    const list = sampleList(net, new Float64Array(problem.n), createRandom(5));
    const search = new PlainSearch(plain, net);
    search.decode(list);
    const forward = { start: search.start.slice(), tie: search.tie, signature: search.signature() };
    search.rightJustify(list, new Int32Array(problem.n), 0);
    search.forwardView();
    expect({ start: search.start.slice(), tie: search.tie, signature: search.signature() }).toEqual(forward);
  });

  it('describes the right-justified schedule until the next forward pass', () => {
    const list = sampleList(net, new Float64Array(problem.n), createRandom(3));
    const search = new PlainSearch(plain, net);
    search.decode(list);
    const forward = { start: search.start.slice(), tie: search.tie, signature: search.signature() };
    search.rightJustify(list, new Int32Array(problem.n));
    const tie = Array.from(search.start).reduce((sum, s, j) => sum + plain.forward.weight[j] * (s + span[j]), 0);
    expect(search.tie).toBeCloseTo(tie, 9);
    search.decode(list);
    expect({ start: search.start.slice(), tie: search.tie, signature: search.signature() }).toEqual(forward);
  });
});
