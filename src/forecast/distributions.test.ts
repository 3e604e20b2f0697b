import { describe, expect, it } from 'vitest';
import { correlated, normalCdf, normalQuantile, QuantileTables, triangularQuantile } from './distributions.js';

describe('distributions', () => {
  it('inverts the triangular CDF in closed form', () => {
    // Mode 0.25 on [0, 1]: F(x) = x^2 / 0.25 below the mode.
    expect(triangularQuantile(0.25, 0.25)).toBeCloseTo(0.25, 12);
    expect(triangularQuantile(0.04, 0.25)).toBeCloseTo(0.1, 12);
    // Above the mode 1 - F(x) = (1 - x)^2 / 0.75.
    expect(triangularQuantile(1 - 0.36 / 0.75, 0.25)).toBeCloseTo(0.4, 12);
  });

  it('gives PERT-beta its mean (o + 4m + p) / 6 and a symmetric median', () => {
    const tables = new QuantileTables();
    const q = tables.quantile({ optimistic: 2, likely: 3, pessimistic: 8 }, 'pert');
    let sum = 0;
    const n = 20000;
    for (let k = 0; k < n; k++) sum += q((k + 0.5) / n);
    expect(sum / n).toBeCloseTo((2 + 12 + 8) / 6, 2);
    expect(tables.quantile({ optimistic: 0, likely: 5, pessimistic: 10 }, 'pert')(0.5)).toBeCloseTo(5, 3);
    expect(q(0)).toBe(2);
    expect(q(1 - 1e-12)).toBeCloseTo(8, 3);
  });

  it('returns the likely value of a point estimate', () => {
    expect(new QuantileTables().quantile({ optimistic: 4, likely: 4, pessimistic: 4 }, 'pert')(0.9)).toBe(4);
  });

  it('has a normal quantile and CDF that invert each other', () => {
    for (const u of [0.001, 0.02, 0.3, 0.5, 0.8, 0.99]) expect(normalCdf(normalQuantile(u))).toBeCloseTo(u, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
  });

  it('leaves uniforms alone without correlation and keeps them in [0, 1) with it', () => {
    expect(correlated(0.3, 2, 0)).toBe(0.3);
    const u = correlated(0.999999, 5, 0.9);
    expect(u).toBeGreaterThan(0.99);
    expect(u).toBeLessThan(1);
  });
});
