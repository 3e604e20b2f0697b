/**
 * The plan's cost over the forecast's runs: each run pays each activity's planned labour scaled
 * by the work drawn for it in that run (a task drawn at twice its likely effort costs twice its
 * labour; a risk that delays it adds to it), plus every fixed cost. Each run's activity labour is
 * rounded to a whole cent, so a run's cost is exact; the percentiles are of the runs' costs.
 */
import { planCosts, type ScheduledPlan } from '../plan/index.js';
import type { SimResult } from './runs.js';
import type { SamplingPlan } from './sampler.js';
import type { CostForecast } from './types.js';

export function forecastCost(result: ScheduledPlan, plan: SamplingPlan, main: SimResult): CostForecast | undefined {
  const costs = planCosts(result);
  const samples = main.samples;
  const runs = main.makespans.length;
  if (!costs || !samples || runs === 0) return undefined;
  const position = new Map(plan.works.map((w, k) => [w.id, k]));
  const width = plan.works.length;
  let fixed = 0;
  for (const a of costs.activities) fixed += a.fixed;
  // Per activity, once: its column in the samples (-1 when its labour does not vary) and its planned amount.
  const labour = Float64Array.from(costs.activities, (a) => a.labour);
  const column = Int32Array.from(costs.activities, (a) => {
    const k = position.get(a.id);
    return k === undefined || plan.works[k].base <= 0 ? -1 : k;
  });
  const base = Float64Array.from(column, (k) => (k < 0 ? 0 : plan.works[k].base));
  const totals = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    let total = fixed;
    for (let c = 0; c < column.length; c++) {
      const k = column[c];
      total += k < 0 ? labour[c] : Math.round((labour[c] * samples[i * width + k]) / base[c]);
    }
    totals[i] = total;
  }
  totals.sort();
  let sum = 0;
  for (const t of totals) sum += t;
  return { p50: nearestRank(totals, 0.5), p80: nearestRank(totals, 0.8), p95: nearestRank(totals, 0.95), mean: Math.round(sum / runs) };
}

/** The cost at least a share p of the runs stay within (nearest rank). */
function nearestRank(sorted: Float64Array, p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
