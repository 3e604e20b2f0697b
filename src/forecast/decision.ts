/**
 * Yes/no questions answered with as few runs as their answer needs. The scope fit asks of each
 * variant (some work cut, some people added) only whether its chance of finishing by the
 * deadline reaches the target confidence. A variant far from the target shows that after a
 * hundred runs; one close to it needs all of them. So each variant runs in looks (125 runs, then
 * doubling, as far as the plan's own run went), and stops at the first look whose confidence
 * interval of the on-time share lies wholly above or wholly below the target. The last look
 * answers by the share itself, as a full run would.
 *
 * Each look uses a 99% Wilson score interval, so that over the at most five looks of the default
 * cap (125, 250, 500, 1,000, 2,000) the chance that any look decides wrongly stays under 5%
 * (Bonferroni). Look boundaries depend only on the plan's own run count, never on the worker
 * count, and every variant draws the same numbers at iteration i (common random numbers), so the
 * answer is the same on any machine.
 */
import { doublingBoundaries, FORECAST_FLOOR, Z95 } from './convergence.js';

/** The first look: half the forecast's floor of runs. */
export const FIRST_LOOK = FORECAST_FLOOR / 2;
export const LOOK_CONFIDENCE = 0.99;
const LOOK_Z = 2.5758293035489;
/** The confidence of the interval reported with a share. */
export const SHARE_CONFIDENCE = 0.95;

/** An on-time share measured over some runs, with the half-width of its 95% interval. */
export interface ShareEstimate {
  readonly share: number;
  readonly runs: number;
  readonly halfWidth: number;
}

/** The run counts after each look: FIRST_LOOK, then doubling, up to `total`. */
export function lookBoundaries(total: number): number[] {
  return doublingBoundaries(FIRST_LOOK, total);
}

/** The Wilson score interval of a share of `hits` in `runs` at normal quantile z. */
export function wilsonInterval(hits: number, runs: number, z: number): { low: number; high: number } {
  if (runs === 0) return { low: 0, high: 1 };
  const p = hits / runs;
  const z2 = z * z;
  const scale = 1 + z2 / runs;
  const centre = (p + z2 / (2 * runs)) / scale;
  const half = (z / scale) * Math.sqrt((p * (1 - p)) / runs + z2 / (4 * runs * runs));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Whether `hits` of `runs` settle that the share reaches `target` (true), misses it (false), or not yet (undefined). */
export function verdict(hits: number, runs: number, target: number): boolean | undefined {
  const { low, high } = wilsonInterval(hits, runs, LOOK_Z);
  if (low >= target) return true;
  if (high < target) return false;
  return undefined;
}

/** The share with its 95% interval's half-width, rounded for reports. */
export function shareEstimate(hits: number, runs: number): ShareEstimate {
  const { low, high } = wilsonInterval(hits, runs, Z95);
  return { share: runs > 0 ? hits / runs : 0, runs, halfWidth: runs > 0 ? Math.round(((high - low) / 2) * 10_000) / 10_000 : 0 };
}
