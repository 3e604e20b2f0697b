import { describe, expect, it } from 'vitest';
import { cpmArrays, FF, FS, SF, SS, topologicalOrder, type CpmNetwork } from '../schedule/cpm.js';
import { generateCpmNetwork } from './cpm-network.js';

describe('cpmArrays on a hand-built 5-task CSR network', () => {
  // A(3) -FS 0-> B(2); A -SS +1-> C(4); B -FF +1-> D(1); C -SF +8-> D; D -FS +2-> E(2); C -FS -1-> E.
  const net: CpmNetwork = {
    n: 5,
    duration: Int32Array.from([3, 2, 4, 1, 2]),
    predStart: Int32Array.from([0, 0, 1, 2, 4, 6]),
    predIndex: Int32Array.from([0, 0, 1, 2, 3, 2]),
    linkType: Uint8Array.from([FS, SS, FF, SF, FS, FS]),
    lag: Int32Array.from([0, 1, 1, 8, 2, -1]),
  };

  it('gives the hand-computed early and late dates, floats and makespan', () => {
    const r = cpmArrays(net);
    expect(r.makespan).toBe(13);
    expect([...r.earlyStart]).toEqual([0, 3, 1, 8, 11]);
    expect([...r.earlyFinish]).toEqual([3, 5, 5, 9, 13]);
    expect([...r.lateStart]).toEqual([0, 6, 1, 8, 11]);
    expect([...r.lateFinish]).toEqual([3, 8, 5, 9, 13]);
    expect([...r.totalFloat]).toEqual([0, 3, 0, 0, 0]);
  });
});

describe('generateCpmNetwork', () => {
  const net = generateCpmNetwork(2_000, 7);

  it('gives every task but the first 2-3 predecessors, all links valid', () => {
    const counts = Array.from({ length: net.n }, (_, j) => net.predStart[j + 1] - net.predStart[j]);
    expect(counts.filter((c) => c === 0)).toHaveLength(1);
    expect(Math.max(...counts)).toBe(3);
    expect(net.predStart[net.n]).toBe(net.predIndex.length);
    expect([...net.predIndex].every((i) => i >= 0 && i < net.n)).toBe(true);
    expect([...net.linkType].every((t) => t >= FS && t <= SF)).toBe(true);
  });

  it('is acyclic, uses every link type and negative lags', () => {
    expect(topologicalOrder(net.n, net.predStart, net.predIndex)).toBeDefined();
    expect(new Set(net.linkType)).toEqual(new Set([FS, SS, FF, SF]));
    expect(Math.min(...net.lag)).toBeLessThan(0);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateCpmNetwork(2_000, 7)).toEqual(net);
    expect(generateCpmNetwork(2_000, 8).predIndex).not.toEqual(net.predIndex);
  });
});
