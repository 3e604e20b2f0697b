import { describe, expect, it } from 'vitest';
import { FF, FS, SF, SS, cpmArrays, lagSlots, linkSlack, successorsOf, topologicalOrder, type CpmNetwork } from './cpm.js';

/** Builds a CSR network from per-activity link lists [pred, type, lag]. */
function network(duration: number[], links: [number, number, number][][]): CpmNetwork {
  const predStart = new Int32Array(duration.length + 1);
  links.forEach((l, j) => (predStart[j + 1] = predStart[j] + l.length));
  const flat = links.flat();
  return {
    n: duration.length,
    duration: Int32Array.from(duration),
    predStart,
    predIndex: Int32Array.from(flat, (l) => l[0]),
    linkType: Uint8Array.from(flat, (l) => l[1]),
    lag: Int32Array.from(flat, (l) => l[2]),
  };
}

// A(3); B(2) FS A +1; C(4) SS A +2; D(3) FF B +1; E(2) SF C +3; F(1) FS D -2, FS E; G(0) FS F, FS D.
const hand = network(
  [3, 2, 4, 3, 2, 1, 0],
  [[], [[0, FS, 1]], [[0, SS, 2]], [[1, FF, 1]], [[2, SF, 3]], [[3, FS, -2], [4, FS, 0]], [[5, FS, 0], [3, FS, 0]]],
);

describe('cpmArrays', () => {
  it('computes early and late times of every link type with positive and negative lags', () => {
    const r = cpmArrays(hand);
    expect(r.makespan).toBe(7);
    expect(Array.from(r.earlyStart)).toEqual([0, 4, 2, 4, 3, 5, 7]);
    expect(Array.from(r.earlyFinish)).toEqual([3, 6, 6, 7, 5, 6, 7]);
    expect(Array.from(r.lateStart)).toEqual([0, 4, 3, 4, 4, 6, 7]);
    expect(Array.from(r.lateFinish)).toEqual([3, 6, 7, 7, 6, 7, 7]);
    expect(Array.from(r.totalFloat)).toEqual([0, 0, 1, 0, 1, 1, 0]);
    expect(Array.from(r.freeFloat)).toEqual([0, 0, 0, 0, 0, 1, 0]);
  });
  it('keeps starts at or after 0 when a lead would pull an activity earlier', () => {
    const r = cpmArrays(network([2, 3], [[], [[0, SS, -5]]]));
    expect(Array.from(r.earlyStart)).toEqual([0, 0]);
  });
  it('lists each activity\'s successors in successor order, with the link behind each', () => {
    // Links: 2 <- 0 (link 0), 2 <- 1 (link 1), 3 <- 0 (link 2).
    const net = network([1, 1, 1, 1], [[], [], [[0, FS, 0], [1, SS, 0]], [[0, FF, 0]]]);
    const succ = successorsOf(net.n, net.predStart, net.predIndex);
    expect(Array.from(succ.start)).toEqual([0, 2, 3, 3, 3]);
    expect(Array.from(succ.index)).toEqual([2, 3, 2]);
    expect(Array.from(succ.link)).toEqual([0, 2, 1]);
  });
  it('measures each link type\'s slack from the end it bounds', () => {
    const start = Int32Array.from([0, 10]);
    const finish = Int32Array.from([4, 12]);
    expect(linkSlack(FS, start, finish, 0, 1, 1)).toBe(5);
    expect(linkSlack(SS, start, finish, 0, 1, 1)).toBe(9);
    expect(linkSlack(FF, start, finish, 0, 1, 1)).toBe(7);
    expect(linkSlack(SF, start, finish, 0, 1, 1)).toBe(11);
  });
  it('rounds a lag up to whole slots, except for float noise', () => {
    expect(lagSlots(1.5)).toBe(2);
    expect(lagSlots(-1.5)).toBe(-1);
    expect(lagSlots(2 + 1e-12)).toBe(2);
  });
  it('refuses a cycle', () => {
    const cyclic = network([1, 1], [[[1, FS, 0]], [[0, FS, 0]]]);
    expect(topologicalOrder(2, cyclic.predStart, cyclic.predIndex)).toBeUndefined();
    expect(() => cpmArrays(cyclic)).toThrow(RangeError);
  });
  it('handles a chain of 200,000 activities without recursion', () => {
    const n = 200_000;
    const predStart = Int32Array.from({ length: n + 1 }, (_, j) => Math.max(0, j - 1));
    const net: CpmNetwork = {
      n,
      duration: new Int32Array(n).fill(1),
      predStart,
      predIndex: Int32Array.from({ length: n - 1 }, (_, e) => e),
      linkType: new Uint8Array(n - 1),
      lag: new Int32Array(n - 1),
    };
    const r = cpmArrays(net);
    expect(r.makespan).toBe(n);
    expect(r.totalFloat.every((f) => f === 0)).toBe(true);
  });
});
