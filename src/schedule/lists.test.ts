import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossover, listByKeys, sampleList, shiftCritical, shiftOne, type ListNetwork } from './lists.js';
import { createRandom } from './random.js';

/** A random DAG: each activity links to some earlier ones. */
const dag = fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: 1, maxLength: 30 }).map((preds): ListNetwork => {
  const n = preds.length;
  const lists = preds.map((p, j) => (j === 0 ? [] : [...new Set(p.map((x) => x % j))]));
  const predStart = new Int32Array(n + 1);
  lists.forEach((l, j) => (predStart[j + 1] = predStart[j] + l.length));
  const predIndex = Int32Array.from(lists.flat());
  const succ: number[][] = lists.map(() => []);
  lists.forEach((l, j) => l.forEach((i) => succ[i].push(j)));
  const succStart = new Int32Array(n + 1);
  succ.forEach((l, i) => (succStart[i + 1] = succStart[i] + l.length));
  return { n, predStart, predIndex, succStart, succIndex: Int32Array.from(succ.flat()) };
});

function isFeasible(net: ListNetwork, list: Int32Array): boolean {
  const pos = new Int32Array(net.n).fill(-1);
  list.forEach((j, k) => (pos[j] = k));
  if ([...pos].some((p) => p < 0)) return false;
  for (let j = 0; j < net.n; j++) for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) if (pos[net.predIndex[e]] > pos[j]) return false;
  return true;
}

describe('activity lists', () => {
  it('stay precedence-feasible through sampling, crossover and shifts', () => {
    fc.assert(
      fc.property(dag, fc.integer(), (net, seed) => {
        const random = createRandom(seed);
        const value = Float64Array.from({ length: net.n }, () => random.below(10));
        const a = sampleList(net, value, random);
        const b = listByKeys(net, Float64Array.from({ length: net.n }, () => random.next()), new Int32Array(net.n));
        expect(isFeasible(net, a) && isFeasible(net, b)).toBe(true);
        const q1 = random.below(net.n);
        const child = crossover(a, b, q1, q1 + random.below(net.n - q1 + 1), new Uint8Array(net.n), new Int32Array(net.n));
        shiftOne(net, child, random, new Int32Array(net.n));
        shiftCritical(net, child, new Int32Array(net.n), random, new Int32Array(net.n));
        expect(isFeasible(net, child)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
  it('orders by key and repairs what precedence forbids', () => {
    // 0 -> 2; keys ask for 2 first, but 2 must follow 0.
    const net: ListNetwork = { n: 3, predStart: Int32Array.from([0, 0, 0, 1]), predIndex: Int32Array.from([0]), succStart: Int32Array.from([0, 1, 1, 1]), succIndex: Int32Array.from([2]) };
    expect(Array.from(listByKeys(net, [5, 9, 1], [0, 1, 2]))).toEqual([0, 2, 1]);
  });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
