/**
 * Capacity vs committed work, as sprint planning asks it: how much work the team can do before
 * the delivery date, against what the plan commits to, by priority. Capacity is each person's
 * share for this plan (availability, less commitments and time off) in every working slot up to
 * the delivery date that no freeze closes; work is person-slots (see workOf). Without a
 * deadline the horizon is the plan's own length.
 */
import type { BufferAnalysis } from '../plan/buffer.js';
import { workOf, type PlanIndex } from '../plan/plan-index.js';
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
  const lateMusts = result.model.activities
    .filter((a) => a.priority === 'must' && (a.type === 'task' || a.type === 'external'))
    .filter((a) => (index.scheduled.get(a.id)?.finish ?? 0) > end)
    .map((a) => a.id);
  return {
    horizon: buffer.deliveryEnd === undefined ? 'plan' : 'deadline',
    horizonEnd: end,
    capacity,
    ...work,
    committed: work.must + work.should + work.could,
    lateMusts,
  };
}
