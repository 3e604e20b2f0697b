import { describe, expect, it } from 'vitest';
import { countFinishes, histogram, percentile, RankScratch, ranks, shareBy, spearman } from './stats.js';

describe('stats', () => {
  const f = countFinishes(Int32Array.from([10, 12, 11, 10, 15, 10, 11, 12, 13, 14]));

  it('takes the nearest-rank percentile: the smallest finish that a share p of runs meet', () => {
    expect(percentile(f, 0.3)).toBe(10);
    expect(percentile(f, 0.5)).toBe(11);
    expect(percentile(f, 0.8)).toBe(13);
    expect(percentile(f, 1)).toBe(15);
    expect(shareBy(f, 11)).toBe(0.5);
  });

  it('bins whole slots and keeps every run', () => {
    const bins = histogram(f, 3);
    expect(bins.map((b) => [b.from, b.to])).toEqual([[10, 12], [12, 14], [14, 16]]);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(10);
  });

  it('ranks column after column into one scratch as it ranks each alone', () => {
    const scratch = new RankScratch();
    const columns = [[3, 1, 3, 2], [40, 7, 7, 7, 12, 40], [0, 0], [5], [2.5, 1, 2.5], [-3, 900, -3, 17]];
    for (const column of columns) expect([...ranks(column, scratch)]).toEqual([...ranks(column)]);
    expect([...ranks([3, 1, 3, 2], scratch)]).toEqual([3.5, 1, 3.5, 2]);
  });

  it('averages tied ranks, by counting and by sorting alike', () => {
    expect([...ranks([3, 1, 3, 2])]).toEqual([3.5, 1, 3.5, 2]);
    expect([...ranks([3.5, 1.5, 3.5, 2.5])]).toEqual([3.5, 1, 3.5, 2]);
  });

  it('gives Spearman 1 for any increasing relation and -1 for a decreasing one', () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [9, 5, 2, 0])).toBeCloseTo(-1, 12);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBe(0);
  });
});
