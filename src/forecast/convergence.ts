/**
 * When the forecast has run enough: iterations run in batches, and after each batch the 95%
 * confidence interval of P50, P80 and P95 is read off the finishes so far. The forecast stops
 * once P50 and P80 are each known to half a working slot (the interval spans at most two
 * adjacent slots) and P95 to one slot, or at the cap. The tail percentile gets the wider
 * tolerance because pinning it as closely takes about four times the runs.
 *
 * The interval is distribution-free: the p-quantile lies between the order statistics of ranks
 * N p -/+ z sqrt(N p (1 - p)) with about 95% confidence, whatever the finishes' distribution
 * (the normal approximation to the binomial count of runs below the quantile). Batch boundaries
 * depend only on the cap, never on the worker count, so the stopping point and the forecast are
 * the same on any machine.
 */
import type { FinishCounts } from './stats.js';

/** No forecast stops before this many iterations (or the cap, when it is lower). */
export const FORECAST_FLOOR = 500;
export const PRECISION_CONFIDENCE = 0.95;
/** The percentiles whose precision decides when to stop, each with the half-width it must reach, in working slots. */
export const PRECISION_TARGETS: readonly { readonly p: number; readonly tolerance: number }[] = [
  { p: 0.5, tolerance: 0.5 },
  { p: 0.8, tolerance: 0.5 },
  { p: 0.95, tolerance: 1 },
];
const Z = 1.959963984540054;

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
  /** The half-width to reach, in working slots. */
  readonly tolerance: number;
  /** Absent when the runs are too few to bound the percentile at all. */
  readonly interval?: PercentileInterval;
}

export interface ForecastPrecision {
  readonly confidence: number;
  /** Whether every percentile reached its tolerance; false when the cap stopped the runs first. */
  readonly converged: boolean;
  /** The iteration cap (`iterations`, `--iterations`). */
  readonly cap: number;
  readonly percentiles: readonly PercentilePrecision[];
}

/** The iteration counts after each batch: the floor, then doubling, up to the cap. */
export function batchBoundaries(cap: number): number[] {
  const out: number[] = [];
  for (let n = Math.min(FORECAST_FLOOR, cap); ; n *= 2) {
    out.push(Math.min(n, cap));
    if (n >= cap) return out;
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
  const spread = Z * Math.sqrt(n * p * (1 - p));
  const lowRank = Math.floor(n * p - spread);
  const highRank = Math.ceil(n * p + spread);
  if (lowRank < 1 || highRank > n) return undefined;
  const low = orderStatistic(f, lowRank);
  const high = orderStatistic(f, highRank);
  return { p, low, high, halfWidth: (high - low) / 2 };
}

export function forecastPrecision(f: FinishCounts, cap: number): ForecastPrecision {
  const percentiles = PRECISION_TARGETS.map(({ p, tolerance }) => {
    const interval = percentileInterval(f, p);
    return interval ? { p, tolerance, interval } : { p, tolerance };
  });
  return {
    confidence: PRECISION_CONFIDENCE,
    converged: percentiles.every((x) => x.interval !== undefined && x.interval.halfWidth <= x.tolerance),
    cap,
    percentiles,
  };
}
