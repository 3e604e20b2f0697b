/** The critical path reports show: its activities, span and the people carrying it. */
import type { PlanIndex } from '../plan/plan-index.js';
import type { PlanResult } from './result.js';

export interface CriticalPathAnalysis {
  /** Scheduled activity ids in path order. */
  readonly ids: readonly string[];
  /** Working slots from the path's first start to its last finish. */
  readonly length: number;
  /** People working on the path, in order of appearance. */
  readonly people: readonly string[];
  readonly externals: readonly string[];
}

export function analyseCriticalPath(result: PlanResult, index: PlanIndex): CriticalPathAnalysis {
  const ids = (result.timing.criticalPaths[0] ?? []).filter((id) => index.scheduled.has(id));
  const placed = ids.map((id) => index.scheduled.get(id)!);
  const length = placed.length > 0 ? Math.max(...placed.map((s) => s.finish)) - Math.min(...placed.map((s) => s.start)) : 0;
  return {
    ids,
    length,
    people: [...new Set(placed.flatMap((s) => s.assignees))],
    externals: ids.filter((id) => index.activity.get(id)?.type === 'external'),
  };
}
