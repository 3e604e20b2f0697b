/**
 * When the forecast has run enough: iterations run in batches, and after each batch the 95%
 * confidence interval of P50, P80 and P95 is read off the finishes so far. The forecast stops
 * once P50 and P80 are each known to half a working slot (the interval spans at most two
 * adjacent slots) and P95 to one slot, or at the cap. The tail percentile gets the wider
 * tolerance because pinning it as closely takes about four times the runs.
 *
 * A plan whose finish lies hundreds of slots out would need thousands of runs to pin a date to
 * the day, a precision its estimates do not have. So a percentile also counts as known once its
 * half-width is within a small share of its own distance from the plan start (1% for P50 and
 * P80, 2% for P95): P80 at slot 250 is then known to within 2.5 slots, which is a few hundred
 * runs. On short plans the slot tolerance is the larger one and decides.
 *
 * The interval is distribution-free: the p-quantile lies between the order statistics of ranks
 * N p -/+ z sqrt(N p (1 - p)) with about 95% confidence, whatever the finishes' distribution
 * (the normal approximation to the binomial count of runs below the quantile). Batch boundaries
 * depend only on the cap, never on the worker count, so the stopping point and the forecast are
 * the same on any machine.
 */
import { percentile, type FinishCounts } from './stats.js';

/** No forecast stops before this many iterations (or the cap, when it is lower). */
export const FORECAST_FLOOR = 250;
export const PRECISION_CONFIDENCE = 0.95;

export interface PrecisionTarget {
  readonly p: number;
  /** Half-width that always suffices, in working slots. */
  readonly slots: number;
  /** Half-width that also suffices, as a share of the percentile's offset from the plan start. */
  readonly share: number;
}

/** The percentiles whose precision decides when to stop, each with the half-width it must reach. */
export const PRECISION_TARGETS: readonly PrecisionTarget[] = [
  { p: 0.5, slots: 0.5, share: 0.01 },
  { p: 0.8, slots: 0.5, share: 0.01 },
  { p: 0.95, slots: 1, share: 0.02 },
];
/** The standard normal quantile of a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

export interface PercentileInterval {
  readonly p: number;
  /** Finish offsets bounding the percentile with 95% confidence (order statistics). */
  readonly low: number;
  readonly high: number;
  /** (high - low) / 2, in working slots. */
  readonly halfWidth: number;
}

export interface PercentilePrecision {
  readonly p: number;
  /** The half-width to reach, in working slots: the larger of the target's slots and its share of the percentile's offset. */
  readonly tolerance: number;
  readonly toleranceSlots: number;
  readonly toleranceShare: number;
  /** Absent when the runs are too few to bound the percentile at all. */
  readonly interval?: PercentileInterval;
}

export interface ForecastPrecision {
  readonly confidence: number;
  /** Whether every percentile reached its tolerance; false when the cap stopped the runs first. */
  readonly converged: boolean;
  /** The iteration cap (`iterations`, `--iterations`). */
  readonly cap: number;
  /** The fewest iterations run (the cap, when it is lower). */
  readonly floor: number;
  readonly percentiles: readonly PercentilePrecision[];
}

/** The iteration counts after each batch: the floor, then doubling, up to the cap. */
export function batchBoundaries(cap: number): number[] {
  return doublingBoundaries(FORECAST_FLOOR, cap);
}

/** Run counts from `first`, doubling, up to `total` (the last one `total` itself). */
export function doublingBoundaries(first: number, total: number): number[] {
  const out: number[] = [];
  for (let n = Math.min(first, total); ; n *= 2) {
    out.push(Math.min(n, total));
    if (n >= total) return out;
  }
}

/** The k-th smallest finish (1-based). */
function orderStatistic(f: FinishCounts, k: number): number {
  let seen = 0;
  for (let i = 0; i < f.counts.length; i++) {
    seen += f.counts[i];
    if (seen >= k) return f.min + i;
  }
  return f.min + f.counts.length - 1;
}

/** The 95% interval of the p-quantile, or undefined when the runs are too few to bound it. */
export function percentileInterval(f: FinishCounts, p: number): PercentileInterval | undefined {
  const n = f.total;
  const spread = Z95 * Math.sqrt(n * p * (1 - p));
  const lowRank = Math.floor(n * p - spread);
  const highRank = Math.ceil(n * p + spread);
  if (lowRank < 1 || highRank > n) return undefined;
  const low = orderStatistic(f, lowRank);
  const high = orderStatistic(f, highRank);
  return { p, low, high, halfWidth: (high - low) / 2 };
}

/**
 * The half-width a percentile must reach: its slots, or its share of its offset when that is
 * wider, to a tenth of a slot as the outputs state it.
 */
export function tolerance(target: PrecisionTarget, offset: number): number {
  return Math.max(target.slots, Math.round(target.share * Math.max(0, offset) * 10) / 10);
}

export function forecastPrecision(f: FinishCounts, cap: number): ForecastPrecision {
  const percentiles = PRECISION_TARGETS.map((target): PercentilePrecision => {
    const interval = percentileInterval(f, target.p);
    const reach = { p: target.p, tolerance: tolerance(target, percentile(f, target.p)), toleranceSlots: target.slots, toleranceShare: target.share };
    return interval ? { ...reach, interval } : reach;
  });
  return {
    confidence: PRECISION_CONFIDENCE,
    converged: percentiles.every((x) => x.interval !== undefined && x.interval.halfWidth <= x.tolerance),
    cap,
    floor: Math.min(FORECAST_FLOOR, cap),
    percentiles,
  };
}
