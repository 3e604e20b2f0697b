/**
 * Scope flexibility: must / should / could / won't, and the order in which should- and
 * could-haves would be cut if the plan slips.
 *
 * Cut order (first cut first):
 * 1. could before should (the spec's own priority);
 * 2. latest-finishing first: cutting work at the end of the plan frees the dates that slip;
 * 3. least total float first: work closest to the critical path consumes the float that
 *    protects the finish, so dropping it helps most;
 * 4. more work first, then id, so the order is deterministic.
 * Cutting an item cuts the should/could work that depends on it. An item that a must-have
 * depends on, or that serves a fixed goal, is never offered as a cut; it is listed as kept
 * with the reason.
 */
import type { Priority } from '../model/index.js';
import { downstreamOf, workOf, type PlanIndex } from './plan-index.js';
import type { ScheduledPlan } from './scheduled-plan.js';

export interface CutCandidate {
  readonly id: string;
  readonly priority: 'should' | 'could';
  /** Slot after the item's last slot of work. */
  readonly finish: number;
  readonly totalFloat: number;
  /** Person-slots freed by the cut, dependents included. */
  readonly work: number;
  /** Should/could work that goes with it. */
  readonly dependents: readonly string[];
}

export interface KeptItem {
  readonly id: string;
  readonly reason: { readonly code: 'must-depends'; readonly musts: readonly string[] } | { readonly code: 'fixed-goal'; readonly goal: string };
}

export interface ScopeAnalysis {
  /** Tasks (and externals) by priority, in spec order. */
  readonly byPriority: Readonly<Record<Priority, readonly string[]>>;
  readonly fixedGoals: readonly string[];
  readonly negotiableGoals: readonly string[];
  readonly cutOrder: readonly CutCandidate[];
  readonly kept: readonly KeptItem[];
  /** Should/could work the schedule left out. */
  readonly unscheduled: readonly string[];
}

const WORK_TYPES = new Set(['task', 'external']);

export function analyseScope(result: ScheduledPlan, index: PlanIndex): ScopeAnalysis {
  const work = result.model.activities.filter((a) => WORK_TYPES.has(a.type));
  const byPriority = {
    must: work.filter((a) => a.priority === 'must').map((a) => a.id),
    should: work.filter((a) => a.priority === 'should').map((a) => a.id),
    could: work.filter((a) => a.priority === 'could').map((a) => a.id),
    wont: work.filter((a) => a.priority === 'wont').map((a) => a.id),
  };
  const fixed = new Set(result.model.goals.filter((g) => g.fixed).map((g) => g.id));
  const candidates: CutCandidate[] = [];
  const kept: KeptItem[] = [];
  const specOrder = new Map(result.model.activities.map((a, k) => [a.id, k]));
  for (const a of work) {
    if (a.priority !== 'should' && a.priority !== 'could') continue;
    const s = index.scheduled.get(a.id);
    if (!s) continue;
    if (a.goal !== undefined && fixed.has(a.goal)) {
      kept.push({ id: a.id, reason: { code: 'fixed-goal', goal: a.goal } });
      continue;
    }
    const musts: string[] = [];
    const dependents: string[] = [];
    for (const id of downstreamOf(a.id, index)) {
      const after = index.activity.get(id);
      if (!index.scheduled.has(id)) continue;
      if (after?.priority === 'must') musts.push(id);
      if (WORK_TYPES.has(after?.type ?? '')) dependents.push(id);
    }
    if (musts.length > 0) {
      kept.push({ id: a.id, reason: { code: 'must-depends', musts } });
      continue;
    }
    const freed = dependents.reduce((sum, id) => sum + workOf(index.scheduled.get(id)!, index.activity.get(id)), workOf(s, a));
    candidates.push({
      id: a.id,
      priority: a.priority,
      finish: s.finish,
      totalFloat: index.timing.get(a.id)?.totalFloat ?? 0,
      work: freed,
      dependents: dependents.sort((x, y) => specOrder.get(x)! - specOrder.get(y)!),
    });
  }
  const rank = (p: 'should' | 'could') => (p === 'could' ? 0 : 1);
  candidates.sort(
    (x, y) => rank(x.priority) - rank(y.priority) || y.finish - x.finish || x.totalFloat - y.totalFloat || y.work - x.work || x.id.localeCompare(y.id),
  );
  return {
    byPriority,
    fixedGoals: result.model.goals.filter((g) => g.fixed).map((g) => g.id),
    negotiableGoals: result.model.goals.filter((g) => !g.fixed).map((g) => g.id),
    cutOrder: candidates,
    kept,
    unscheduled: work.filter((a) => (a.priority === 'should' || a.priority === 'could') && !index.scheduled.has(a.id)).map((a) => a.id),
  };
}
