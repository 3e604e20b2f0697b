/**
 * The forecast's precision in words, the same in every format: how many runs were made, why they
 * stopped (converged, or the cap), and how precisely P50, P80 and P95 are known.
 */
import type { Forecast } from '../../forecast/index.js';
import { amountText, percentileLabel, shareText, wholeText } from './format.js';

/** "P50 ±0 (to reach: ±0.5), ..., working days"; a percentile the runs could not bound says so. */
function percentilesText(f: Forecast, unit: string): string {
  const each = f.precision.percentiles.map((x) => `${percentileLabel(x.p)} ${x.interval ? `±${amountText(x.interval.halfWidth)}` : 'not yet bounded'} (to reach: ±${amountText(x.tolerance)})`);
  return `${each.join(', ')} ${unit}s`;
}

/**
 * "±2.9 points over 125 runs": how precisely a simulated chance is known (the half-width of its
 * 95% interval, in percentage points) and from how many runs, for the scope fit's figures, whose
 * runs stop once their answer is settled.
 */
export function runsPrecisionText(runs: number, halfWidth: number): string {
  const points = amountText(halfWidth * 100);
  return `±${points} ${points === '1' ? 'point' : 'points'} over ${wholeText(runs)} ${runs === 1 ? 'run' : 'runs'}`;
}

/** One sentence; `unit` is the slot word ("working day"). */
export function precisionText(f: Forecast, unit: string): string {
  const p = f.precision;
  const known = `at ${shareText(p.confidence)} confidence: ${percentilesText(f, unit)}`;
  if (p.converged) return `The runs stopped at ${wholeText(f.iterations)} of at most ${wholeText(p.cap)}, once each percentile was known to its tolerance ${known}.`;
  return `All ${wholeText(f.iterations)} runs allowed were made before each percentile was known to its tolerance ${known}; more iterations would narrow them.`;
}
