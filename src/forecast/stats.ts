/** Summary statistics of simulated finishes: percentiles, histogram, cumulative curve, ranks. */

/** Counts of each finish offset, from the smallest to the largest seen. */
export interface FinishCounts {
  readonly min: number;
  /** counts[k] iterations finished at offset min + k. */
  readonly counts: Int32Array;
  readonly total: number;
}

export function countFinishes(makespans: Int32Array): FinishCounts {
  let min = Infinity;
  let max = -Infinity;
  for (const m of makespans) {
    if (m < min) min = m;
    if (m > max) max = m;
  }
  if (makespans.length === 0) return { min: 0, counts: new Int32Array(0), total: 0 };
  const counts = new Int32Array(max - min + 1);
  for (const m of makespans) counts[m - min]++;
  return { min, counts, total: makespans.length };
}

/**
 * The p-percentile: the smallest finish offset that at least a share p of the iterations meet
 * (nearest rank), so "P80 = Dec 12" reads "80% of the runs finished by Dec 12".
 */
export function percentile(f: FinishCounts, p: number): number {
  const need = Math.max(1, Math.ceil(p * f.total - 1e-9));
  let seen = 0;
  for (let k = 0; k < f.counts.length; k++) {
    seen += f.counts[k];
    if (seen >= need) return f.min + k;
  }
  return f.min + f.counts.length - 1;
}

/** Share of iterations finishing at or before the offset. */
export function shareBy(f: FinishCounts, offset: number): number {
  if (f.total === 0) return 0;
  let seen = 0;
  for (let k = 0; k < f.counts.length && f.min + k <= offset; k++) seen += f.counts[k];
  return seen / f.total;
}

export function mean(makespans: Int32Array): number {
  let sum = 0;
  for (const m of makespans) sum += m;
  return makespans.length > 0 ? sum / makespans.length : 0;
}

/** Histogram bins of whole slots, widened so there are at most `maxBins` of them. */
export function histogram(f: FinishCounts, maxBins = 40): { from: number; to: number; count: number }[] {
  const width = Math.max(1, Math.ceil(f.counts.length / maxBins));
  const bins: { from: number; to: number; count: number }[] = [];
  for (let k = 0; k < f.counts.length; k += width) {
    let count = 0;
    for (let q = k; q < Math.min(k + width, f.counts.length); q++) count += f.counts[q];
    bins.push({ from: f.min + k, to: f.min + Math.min(k + width, f.counts.length), count });
  }
  return bins;
}

/** Ranks 1..n with ties given their average rank; into `scratch`'s buffers when given (then valid until its next use). */
export function ranks(values: ArrayLike<number>, scratch?: RankScratch): Float64Array {
  return wholeRanks(values, scratch) ?? sortedRanks(values);
}

/**
 * Buffers for ranking many columns one after another: the forecast ranks every work's draws,
 * thousands of columns, where allocating the arrays of each was most of the time.
 */
export class RankScratch {
  private ranked = new Float64Array(0);
  private tally = new Float64Array(0);

  /** An array of n for the ranks. */
  ranks(n: number): Float64Array {
    if (this.ranked.length < n) this.ranked = new Float64Array(n);
    return this.ranked.subarray(0, n);
  }

  /** n zeros for the counts. */
  zeros(n: number): Float64Array {
    if (this.tally.length < n) this.tally = new Float64Array(n);
    return this.tally.fill(0, 0, n).subarray(0, n);
  }
}

/** Ranks by counting when the values are whole numbers in a small range (finishes, slots). */
function wholeRanks(values: ArrayLike<number>, scratch?: RankScratch): Float64Array | undefined {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < n; k++) {
    const v = values[k];
    if (!Number.isInteger(v)) return undefined;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0 || max - min > 4 * n + 1024) return undefined;
  const size = max - min + 2;
  const below = scratch ? scratch.zeros(size) : new Float64Array(size);
  for (let k = 0; k < n; k++) below[values[k] - min + 1]++;
  for (let v = 1; v < size; v++) below[v] += below[v - 1];
  const out = scratch ? scratch.ranks(n) : new Float64Array(n);
  // Values v share ranks below[v]+1 .. below[v+1]; their average is the tie rank.
  for (let k = 0; k < n; k++) {
    const v = values[k] - min;
    out[k] = below[v] + (below[v + 1] - below[v] + 1) / 2;
  }
  return out;
}

function sortedRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => values[a] - values[b] || a - b);
  const out = new Float64Array(n);
  for (let k = 0; k < n; ) {
    let end = k;
    while (end + 1 < n && values[order[end + 1]] === values[order[k]]) end++;
    const rank = (k + end) / 2 + 1;
    for (let q = k; q <= end; q++) out[order[q]] = rank;
    k = end + 1;
  }
  return out;
}

/** Pearson correlation of two equally long series; 0 when either is constant. */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let k = 0; k < n; k++) {
    mx += x[k];
    my += y[k];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    const dx = x[k] - mx;
    const dy = y[k] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Spearman's rank correlation: Pearson on the ranks (ties averaged). */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return correlation(ranks(x), ranks(y));
}
