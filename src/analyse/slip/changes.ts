/** Work added, removed and re-estimated since the baseline, by activity id. */
import type { Activity, Baseline, Estimate } from '../../model/index.js';
import { workOf, type PlanIndex } from '../../plan/index.js';
import type { Reestimate, RemovedWork, WorkAmount, WorkChange } from './types.js';
import type { PlanResult } from '../result.js';

/** Scheduled now, not in the baseline; in spec order. */
export function addedWork(result: PlanResult, index: PlanIndex, baselineIds: ReadonlySet<string>): WorkChange[] {
  return result.schedule.activities
    .filter((s) => !baselineIds.has(s.id))
    .map((s) => {
      const a = index.activity.get(s.id)!;
      return { id: s.id, title: a.title, type: a.type, priority: a.priority, work: round2(workOf(s, a)) };
    });
}

/** Scheduled in the baseline, not now; in the baseline's order. */
export function removedWork(baseline: Baseline, index: PlanIndex): RemovedWork[] {
  return baseline.activities
    .filter((b) => !index.scheduled.has(b.id))
    .map((b) => ({ id: b.id, title: b.title, type: b.type, priority: b.priority, work: b.work ? b.work.booked : null, reason: index.activity.has(b.id) ? 'wont' : 'deleted' }));
}

/** In both, with the likely work or the three-point range changed; needs the baseline to have recorded its work. */
export function reestimatedWork(baseline: Baseline, index: PlanIndex): Reestimate[] {
  const out: Reestimate[] = [];
  for (const b of baseline.activities) {
    const a = index.activity.get(b.id);
    if (!b.work || !a || !index.scheduled.has(b.id)) continue;
    const before: WorkAmount = { mode: b.work.mode, amount: b.work.amount, ...(b.work.estimate ? { estimate: b.work.estimate } : {}) };
    const after = amountOf(a);
    if (sameAmount(before, after) && sameEstimate(before.estimate, after.estimate)) continue;
    out.push({ id: b.id, title: a.title, before, after });
  }
  return out;
}

/** Whether the likely work changed, which moves the plan (a changed range moves only the forecast). */
export function sameAmount(x: WorkAmount, y: WorkAmount): boolean {
  return x.mode === y.mode && x.amount === y.amount;
}

function amountOf(a: Activity): WorkAmount {
  return { mode: a.work.mode, amount: a.work.mode === 'effort' ? a.work.amount : a.work.slots, ...(a.estimate ? { estimate: a.estimate } : {}) };
}

function sameEstimate(x: Estimate | undefined, y: Estimate | undefined): boolean {
  if (!x || !y) return x === y;
  return x.optimistic === y.optimistic && x.likely === y.likely && x.pessimistic === y.pessimistic;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
