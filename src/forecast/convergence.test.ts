import { describe, expect, it } from 'vitest';
import { batchBoundaries, forecastPrecision, percentileInterval, tolerance } from './convergence.js';
import { countFinishes } from './stats.js';

/** Finishes 1, 2, ..., n, each once: the k-th smallest is k. */
const oneEach = (n: number) => countFinishes(Int32Array.from({ length: n }, (_, k) => k + 1));

describe('batchBoundaries', () => {
  it('starts at the floor of 250 and doubles up to the cap', () => {
    expect(batchBoundaries(2000)).toEqual([250, 500, 1000, 2000]);
    expect(batchBoundaries(1200)).toEqual([250, 500, 1000, 1200]);
    expect(batchBoundaries(10_000)).toEqual([250, 500, 1000, 2000, 4000, 8000, 10_000]);
  });
  it('runs a cap below the floor in one batch', () => {
    expect(batchBoundaries(200)).toEqual([200]);
    expect(batchBoundaries(1)).toEqual([1]);
  });
});

describe('percentileInterval', () => {
  it('takes the order statistics of ranks N p -/+ 1.96 sqrt(N p (1 - p))', () => {
    // N = 100, p = 0.5: 50 -/+ 9.8, so ranks 40 and 60.
    expect(percentileInterval(oneEach(100), 0.5)).toEqual({ p: 0.5, low: 40, high: 60, halfWidth: 10 });
    // p = 0.95: 95 -/+ 4.27, so ranks 90 and 100.
    expect(percentileInterval(oneEach(100), 0.95)).toEqual({ p: 0.95, low: 90, high: 100, halfWidth: 5 });
  });
  it('has no interval when the runs are too few to bound the percentile', () => {
    // N = 50, p = 0.95: the upper rank 47.5 + 3.02 rounds up to 51, past the 50 runs.
    expect(percentileInterval(oneEach(50), 0.95)).toBeUndefined();
  });
});

describe('tolerance', () => {
  it('is the slot tolerance on a short plan, and the share of the offset on a long one', () => {
    expect(tolerance({ p: 0.8, slots: 0.5, share: 0.01 }, 30)).toBe(0.5);
    expect(tolerance({ p: 0.8, slots: 0.5, share: 0.01 }, 250)).toBe(2.5);
    expect(tolerance({ p: 0.95, slots: 1, share: 0.02 }, 263)).toBe(5.3);
  });
});

describe('forecastPrecision', () => {
  it('has converged when every run finishes in the same slot', () => {
    const precision = forecastPrecision(countFinishes(new Int32Array(500).fill(7)), 2000);
    expect(precision.converged).toBe(true);
    expect(precision.floor).toBe(250);
    expect(precision.percentiles.map((x) => [x.p, x.tolerance, x.interval?.halfWidth])).toEqual([[0.5, 0.5, 0], [0.8, 0.5, 0], [0.95, 1, 0]]);
  });
  it('has not converged while a percentile is wider than its tolerance or not bounded', () => {
    expect(forecastPrecision(oneEach(100), 2000).converged).toBe(false);
    // Half the runs in slot 10, half in 11: P50 spans 10..11 (half-width 0.5), P80 and P95 sit in 11.
    const split = countFinishes(Int32Array.from({ length: 1000 }, (_, k) => (k < 500 ? 10 : 11)));
    expect(forecastPrecision(split, 2000).converged).toBe(true);
    const absent = forecastPrecision(countFinishes(new Int32Array(10).fill(3)), 10);
    expect(absent.percentiles.find((x) => x.p === 0.95)?.interval).toBeUndefined();
    expect(absent.converged).toBe(false);
  });
  it('accepts a half-width of a small share of a far finish that a slot tolerance would not', () => {
    // 1,000 runs spread evenly over slots 400..499: P80 (480) is known to about +-2.5 slots.
    const far = countFinishes(Int32Array.from({ length: 1000 }, (_, k) => 400 + Math.floor(k / 10)));
    const precision = forecastPrecision(far, 2000);
    const p80 = precision.percentiles.find((x) => x.p === 0.8)!;
    expect(p80.interval!.halfWidth).toBeGreaterThan(0.5);
    expect(p80.interval!.halfWidth).toBeLessThanOrEqual(p80.tolerance);
    expect(p80.tolerance).toBe(4.8);
    expect(precision.converged).toBe(true);
    // The same spread near the start is far from known to half a slot.
    const near = countFinishes(Int32Array.from({ length: 1000 }, (_, k) => 1 + Math.floor(k / 10)));
    expect(forecastPrecision(near, 2000).converged).toBe(false);
  });
});
