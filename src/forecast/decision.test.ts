import { describe, expect, it } from 'vitest';
import { lookBoundaries, shareEstimate, verdict, wilsonInterval } from './decision.js';

describe('lookBoundaries', () => {
  it('looks after 125 runs, then doubling, up to the plan own run count', () => {
    expect(lookBoundaries(1000)).toEqual([125, 250, 500, 1000]);
    expect(lookBoundaries(2000)).toEqual([125, 250, 500, 1000, 2000]);
    expect(lookBoundaries(300)).toEqual([125, 250, 300]);
  });
  it('looks once when the plan ran fewer runs than the first look', () => {
    expect(lookBoundaries(100)).toEqual([100]);
  });
});

describe('wilsonInterval', () => {
  it('bounds a share of none away from zero: z^2 / (n + z^2)', () => {
    const { low, high } = wilsonInterval(0, 125, 2.5758293035489);
    expect(low).toBe(0);
    expect(high).toBeCloseTo(6.6349 / 131.6349, 4);
  });
  it('is symmetric for a share of all', () => {
    expect(wilsonInterval(125, 125, 1.96).low).toBeCloseTo(1 - wilsonInterval(0, 125, 1.96).high, 12);
  });
});

describe('verdict', () => {
  it('settles a share far from the target after one look', () => {
    expect(verdict(0, 125, 0.8)).toBe(false);
    expect(verdict(125, 125, 0.8)).toBe(true);
    expect(verdict(5, 125, 0.8)).toBe(false);
  });
  it('leaves a share near the target open', () => {
    expect(verdict(100, 125, 0.8)).toBeUndefined();
    expect(verdict(110, 125, 0.8)).toBeUndefined();
    // More runs narrow the interval: 88% of 1,000 is clearly above 80%.
    expect(verdict(880, 1000, 0.8)).toBe(true);
  });
});

describe('shareEstimate', () => {
  it('gives the share with the half-width of its 95% interval', () => {
    const estimate = shareEstimate(500, 1000);
    expect(estimate.share).toBe(0.5);
    expect(estimate.runs).toBe(1000);
    expect(estimate.halfWidth).toBeCloseTo(0.031, 3);
  });
  it('is zero without runs', () => {
    expect(shareEstimate(0, 0)).toEqual({ share: 0, runs: 0, halfWidth: 0 });
  });
});
