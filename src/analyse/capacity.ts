/**
 * Capacity vs committed work, as sprint planning asks it: how much work the team can do before
 * the delivery date, against what the plan commits to, by priority. Capacity is each person's
 * share for this plan (availability, less commitments and time off) in every working slot up to
 * the delivery date that no freeze closes; work is person-slots (see workOf). Without a
 * deadline the horizon is the plan's own length.
 *
 * Whether the must-haves fit is read from the schedule, not from the person-days: work that
 * fits in total can still miss the date when one chain of it is longer than the time left.
 */
import type { Activity } from '../model/index.js';
import { type BufferAnalysis, workOf, type PlanIndex } from '../plan/index.js';
import type { PlanResult } from './result.js';

export interface CapacityAnalysis {
  /** `deadline` when measured to the (effective) delivery date, `plan` otherwise. */
  readonly horizon: 'deadline' | 'plan';
  /** Slots [0, horizonEnd) counted. */
  readonly horizonEnd: number;
  /** Person-slots the team can give the plan in the horizon. */
  readonly capacity: number;
  readonly must: number;
  readonly should: number;
  readonly could: number;
  readonly committed: number;
  /** Must-have work finishing after the horizon (late must-haves), in spec order. */
  readonly lateMusts: readonly string[];
  /** Whether every must-have finishes by the end of the horizon in the schedule. */
  readonly mustsFit: boolean;
  /** Slots from the end of the horizon to the finish of the last must-have; 0 when they fit. */
  readonly mustLateBy: number;
  /**
   * The chain that decides when the must-haves finish: from the start of the plan to the
   * last-finishing must-have, each activity held up by the one before it (a link or a person
   * handing over). Empty without must-have work.
   */
  readonly mustChain: readonly string[];
  /** The commitment line: work (tasks and externals) finishing by the end of the horizon, and after it, in spec order. */
  readonly fits: readonly string[];
  readonly doesNotFit: readonly string[];
}

export function analyseCapacity(result: PlanResult, index: PlanIndex, buffer: BufferAnalysis): CapacityAnalysis {
  const end = buffer.deliveryEnd ?? result.schedule.makespan;
  let capacity = 0;
  for (let slot = 0; slot < end; slot++) {
    if (result.calendar.freezeAt(slot, undefined) !== undefined) continue;
    for (const r of result.model.resources) capacity += r.capacity * result.calendar.rate(r.id, slot);
  }
  const work = { must: 0, should: 0, could: 0 };
  for (const s of result.schedule.activities) {
    const a = index.activity.get(s.id);
    if (a && a.priority !== 'wont') work[a.priority] += workOf(s, a);
  }
  const items = result.model.activities.filter((a) => a.priority !== 'wont' && (a.type === 'task' || a.type === 'external'));
  const finishOf = (a: Activity) => index.scheduled.get(a.id)?.finish ?? 0;
  const musts = items.filter((a) => a.priority === 'must');
  const lateMusts = musts.filter((a) => finishOf(a) > end).map((a) => a.id);
  const lastMust = musts.reduce<Activity | undefined>((last, a) => (last === undefined || finishOf(a) > finishOf(last) ? a : last), undefined);
  return {
    horizon: buffer.deliveryEnd === undefined ? 'plan' : 'deadline',
    horizonEnd: end,
    capacity,
    ...work,
    committed: work.must + work.should + work.could,
    lateMusts,
    mustsFit: lateMusts.length === 0,
    mustLateBy: lastMust ? Math.max(0, finishOf(lastMust) - end) : 0,
    mustChain: lastMust ? drivingChain(lastMust.id, index) : [],
    fits: items.filter((a) => finishOf(a) <= end).map((a) => a.id),
    doesNotFit: items.filter((a) => finishOf(a) > end).map((a) => a.id),
  };
}

/**
 * From `id` back to the start, each step to the activity that set its start (the timing's driver:
 * a link that binds or the work that released its person or pool), in time order. It stops where a
 * calendar, a freeze or the plan start set the start.
 */
function drivingChain(id: string, index: PlanIndex): string[] {
  const chain = [id];
  const seen = new Set(chain);
  for (let next = heldUpBy(id, index); next !== undefined && !seen.has(next); next = heldUpBy(next, index)) {
    chain.push(next);
    seen.add(next);
  }
  return chain.reverse();
}

function heldUpBy(id: string, index: PlanIndex): string | undefined {
  const driver = index.timing.get(id)?.drivenBy;
  return driver && (driver.kind === 'link' || driver.kind === 'handoff') ? driver.from : undefined;
}
