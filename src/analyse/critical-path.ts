/** The critical path reports show: its chains, every critical activity, its length and the people carrying it. */
import type { PlanIndex } from '../plan/index.js';
import type { CriticalChain } from '../schedule/index.js';
import type { PlanResult } from './result.js';

export interface CriticalPathAnalysis {
  /** The driving chains from the plan start to the finish, as the timing found them. */
  readonly chains: readonly CriticalChain[];
  /** Every critical activity (on some chain), in order of start. */
  readonly ids: readonly string[];
  /** Working slots from the plan start to the finish, leaving out those a freeze closes to all work. */
  readonly length: number;
  /** People working on critical activities, in order of appearance. */
  readonly people: readonly string[];
  readonly externals: readonly string[];
}

export function analyseCriticalPath(result: PlanResult, index: PlanIndex): CriticalPathAnalysis {
  const placed = result.schedule.activities.filter((s) => index.critical.has(s.id)).sort((a, b) => a.start - b.start || a.finish - b.finish);
  const ids = placed.map((s) => s.id);
  return {
    chains: result.timing.chains,
    ids,
    length: openSlots(result),
    people: [...new Set(placed.flatMap((s) => s.assignees))],
    externals: ids.filter((id) => index.activity.get(id)?.type === 'external'),
  };
}

/** Slots from 0 to the finish in which some work may happen: a freeze that blocks everything closes a slot. */
function openSlots(result: PlanResult): number {
  let open = 0;
  for (let slot = 0; slot < result.schedule.makespan; slot++) if (result.calendar.freezeAt(slot, undefined) === undefined) open++;
  return open;
}
