/**
 * The main run's numbers as the Forecast reports them: percentiles with dates, histogram,
 * cumulative curve, criticality and sensitivity per task, and merge points.
 */
import { offsetDate } from '../plan/index.js';
import type { Model } from '../model/index.js';
import type { PlanCalendar } from '../calendar/index.js';
import type { CumulativePoint, FinishPoint, MergePoint, PercentilePoint, TaskUncertainty } from './types.js';
import type { SimResult } from './runs.js';
import type { SamplingPlan } from './sampler.js';
import { correlation, percentile, RankScratch, ranks, type FinishCounts } from './stats.js';

/** Percentiles every forecast reports; the target confidence is added when it is not one. */
export const REPORTED_PERCENTILES = [0.5, 0.8, 0.95] as const;

/** A predecessor path counts towards a merge when it is critical in at least this share of runs. */
export const MERGE_PATH_CRITICALITY = 0.1;
const MAX_MERGE_POINTS = 5;

export function finishPoint(calendar: PlanCalendar, offset: number): FinishPoint {
  return { offset, date: offsetDate(calendar, offset) };
}

export function percentilePoints(calendar: PlanCalendar, f: FinishCounts, target: number): PercentilePoint[] {
  const ps = [...new Set<number>([...REPORTED_PERCENTILES, target])].sort((a, b) => a - b);
  return ps.map((p) => ({ p, ...finishPoint(calendar, percentile(f, p)) }));
}

export function cumulativeCurve(calendar: PlanCalendar, f: FinishCounts): CumulativePoint[] {
  const points: CumulativePoint[] = [];
  let seen = 0;
  for (let k = 0; k < f.counts.length; k++) {
    seen += f.counts[k];
    points.push({ ...finishPoint(calendar, f.min + k), probability: seen / f.total });
  }
  return points;
}

/** Ids of the simulated activities (non-won't and not done, spec order), as the problem numbers them. */
export function simulatedIds(model: Model, done: ReadonlySet<string> = new Set()): string[] {
  return model.activities.filter((a) => a.priority !== 'wont' && !done.has(a.id)).map((a) => a.id);
}

export function taskUncertainty(model: Model, plan: SamplingPlan, main: SimResult, done?: ReadonlySet<string>): TaskUncertainty[] {
  const ids = simulatedIds(model, done);
  const n = main.makespans.length;
  const finishRanks = ranks(main.makespans);
  const works = plan.works.length;
  const sensitivity = new Map<string, number>();
  const column = new Float64Array(n);
  const scratch = new RankScratch();
  plan.works.forEach((w, k) => {
    if (!main.samples) return;
    for (let i = 0; i < n; i++) column[i] = main.samples[i * works + k];
    sensitivity.set(w.id, round(correlation(ranks(column, scratch), finishRanks), 3));
  });
  return ids.map((id, j) => ({
    id,
    criticality: n > 0 && main.critical ? round(main.critical[j] / n, 3) : 0,
    sensitivity: sensitivity.get(id) ?? 0,
  }));
}

/**
 * Where parallel paths that are each often critical converge: the activity waits for the latest
 * of them, so its expected start is later than any one path's (merge bias).
 */
export function mergePoints(model: Model, tasks: readonly TaskUncertainty[]): MergePoint[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const title = new Map(model.activities.map((a) => [a.id, a.title]));
  const points: (MergePoint & { criticality: number })[] = [];
  for (const a of model.activities) {
    const self = byId.get(a.id);
    if (!self || self.criticality < MERGE_PATH_CRITICALITY) continue;
    const paths = [...new Set(a.deps.map((d) => d.from))]
      .map((id) => byId.get(id))
      .filter((t): t is TaskUncertainty => t !== undefined && t.criticality >= MERGE_PATH_CRITICALITY)
      .sort((x, y) => y.criticality - x.criticality || x.id.localeCompare(y.id));
    if (paths.length < 2) continue;
    const list = paths.map((t) => `${title.get(t.id) ?? t.id} (critical in ${Math.round(t.criticality * 100)}% of runs)`).join(', ');
    points.push({
      id: a.id,
      paths: paths.length,
      criticality: self.criticality,
      note: `${paths.length} paths that each often decide the finish converge here: ${list}. It can start only when the latest of them is done, so it is later on average than any one path suggests (merge bias).`,
    });
  }
  points.sort((x, y) => y.paths - x.paths || y.criticality - x.criticality || x.id.localeCompare(y.id));
  return points.slice(0, MAX_MERGE_POINTS).map(({ id, paths, note }) => ({ id, paths, note }));
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
