import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byWork } from './summary.js';

describe('byWork', () => {
  it("gives each work's draws in iteration order, for plans with more works than one block", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 600 }), (n, works) => {
        const samples = Float32Array.from({ length: n * works }, (_, x) => x % 997);
        const columns = byWork(samples, n, works);
        for (let k = 0; k < works; k++) for (let i = 0; i < n; i++) expect(columns[k * n + i]).toBe(samples[i * works + k]);
        expect(columns.length).toBe(n * works);
      }),
      { numRuns: 40 },
    );
  });
});
