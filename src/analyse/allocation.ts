/**
 * Resource allocation per person per period, as the seed's "Resource Allocation" reads it:
 * the share of a person's working time taken by this plan plus their other commitments.
 *
 * - Working time: the person's capacity in every working slot that is neither time off nor inside
 *   a freeze that blocks all work (nobody works then, so it is no capacity).
 * - Plan work: what the schedule books. Effort tasks run at the person's rate (3 days of effort at
 *   50% take 6 days, half of each day), so they count `units x rate` per slot, capped at the
 *   effort; fixed-duration tasks take their full units for every slot they run.
 * - Other work: the loads of the commitments covering the slot (capped at 100%).
 * A person is over-allocated when plan + other work exceeds their capacity in some slot.
 */
import type { Activity, Period, Resource } from '../model/types.js';
import { activitiesById, bookingsOf } from './booked-units.js';
import { planPeriods, type PlanPeriod } from '../plan/periods.js';
import type { PlanResult } from './result.js';

/** Tolerance for float sums of fractional rates. */
const EPSILON = 1e-6;

export interface PeriodLoad {
  readonly period: number;
  /** Person-slots of working time (0 when the whole period is time off). */
  readonly working: number;
  readonly plan: number;
  readonly other: number;
  /** (plan + other) / working x 100, or undefined without working time. */
  readonly percent?: number;
  /** Some slot of the period holds more work than the capacity. */
  readonly overAllocated: boolean;
  /** Every slot of the period is inside a freeze that blocks all work. */
  readonly frozen: boolean;
  /** The busiest slot's plan + other work over capacity x 100 (150 = one and a half people's worth). */
  readonly peakPercent: number;
}

export interface ResourceAllocation {
  readonly id: string;
  readonly name: string;
  readonly capacity: number;
  readonly periods: readonly PeriodLoad[];
  readonly working: number;
  readonly plan: number;
  readonly other: number;
  /** Person-slots this plan may use: working time x availability, less other commitments and freezes. */
  readonly available: number;
  readonly percent?: number;
  readonly overAllocated: boolean;
}

export interface AllocationAnalysis {
  readonly periods: readonly PlanPeriod[];
  readonly resources: readonly ResourceAllocation[];
  /** Team totals in person-slots. */
  readonly available: number;
  readonly planned: number;
  readonly other: number;
  /** Working slots in a person-week (day plans) or person-day (hour plans), to convert totals. */
  readonly slotsPerPeriod: number;
  readonly overAllocated: readonly string[];
}

/** Whether a slot starting at `at` lies in a period; a date-only `to` includes the whole day. */
function within(period: Period, at: string): boolean {
  if (at < period.from) return false;
  return period.to.length === 10 ? at.slice(0, 10) <= period.to : at < period.to;
}

/**
 * Plan work per slot for one resource (see the module comment). An effort task progresses at
 * its crew's slowest rate, as the scheduler does, and each crew member works the whole effort.
 */
export function planWorkBySlot(resourceId: string, result: PlanResult, activities: ReadonlyMap<string, Activity> = activitiesById(result)): number[] {
  const work = new Array<number>(result.schedule.makespan).fill(0);
  const crewRate = (crew: readonly string[], slot: number) => Math.min(...crew.map((r) => result.calendar.rate(r, slot)));
  for (const { scheduled: s, activity, units } of bookingsOf(resourceId, result, activities)) {
    const effort = activity?.work.mode === 'effort' ? activity.work.amount * units : undefined;
    let remaining = effort ?? Infinity;
    for (const [from, to] of s.segments) {
      for (let slot = from; slot < to && remaining > EPSILON; slot++) {
        const w = effort === undefined ? units : Math.min(remaining, units * crewRate(s.assignees, slot));
        work[slot] += w;
        remaining -= w;
      }
    }
  }
  return work;
}

/** What every resource's allocation reads of each slot; the same for all, so looked up once. */
interface SlotFacts {
  readonly activities: ReadonlyMap<string, Activity>;
  /** Start instant of each slot. */
  readonly starts: readonly string[];
  /** Whether a freeze that blocks all work covers the slot. */
  readonly frozen: readonly boolean[];
}

function slotFacts(result: PlanResult, periods: readonly PlanPeriod[]): SlotFacts {
  const slots = Math.max(result.schedule.makespan, periods[periods.length - 1]?.to ?? 0);
  const starts: string[] = [];
  const frozen: boolean[] = [];
  for (let slot = 0; slot < slots; slot++) {
    starts.push(result.calendar.slotStart(slot));
    frozen.push(result.calendar.freezeAt(slot, undefined) !== undefined);
  }
  return { activities: activitiesById(result), starts, frozen };
}

function allocationOf(r: Resource, periods: readonly PlanPeriod[], result: PlanResult, facts: SlotFacts): ResourceAllocation {
  const plan = planWorkBySlot(r.id, result, facts.activities);
  const loads = periods.map((p): PeriodLoad => {
    let working = 0;
    let planned = 0;
    let other = 0;
    let over = false;
    let peak = 0;
    let frozen = 0;
    for (let slot = p.from; slot < p.to; slot++) {
      const at = facts.starts[slot];
      const isFrozen = facts.frozen[slot];
      if (isFrozen) frozen++;
      if (isFrozen || r.timeOff.some((off) => within(off, at))) {
        planned += plan[slot] ?? 0;
        over ||= (plan[slot] ?? 0) > EPSILON;
        continue;
      }
      const load = Math.min(1, r.commitments.filter((c) => within(c, at)).reduce((sum, c) => sum + c.load, 0));
      working += r.capacity;
      planned += plan[slot] ?? 0;
      other += r.capacity * load;
      const busy = (plan[slot] ?? 0) + r.capacity * load;
      over ||= busy > r.capacity + EPSILON;
      peak = Math.max(peak, (busy / r.capacity) * 100);
    }
    const percent = working > 0 ? ((planned + other) / working) * 100 : undefined;
    return { period: p.number, working, plan: planned, other, percent, overAllocated: over, frozen: frozen === p.to - p.from, peakPercent: peak };
  });
  let available = 0;
  for (let slot = 0; slot < result.schedule.makespan; slot++) {
    if (!facts.frozen[slot]) available += r.capacity * result.calendar.rate(r.id, slot);
  }
  const working = sum(loads.map((l) => l.working));
  const planned = sum(loads.map((l) => l.plan));
  const other = sum(loads.map((l) => l.other));
  return {
    id: r.id,
    name: r.name,
    capacity: r.capacity,
    periods: loads,
    working,
    plan: planned,
    other,
    available,
    percent: working > 0 ? ((planned + other) / working) * 100 : undefined,
    overAllocated: loads.some((l) => l.overAllocated),
  };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export function analyseAllocation(result: PlanResult): AllocationAnalysis {
  const periods = planPeriods(result);
  const facts = slotFacts(result, periods);
  const resources = result.model.resources.map((r) => allocationOf(r, periods, result, facts));
  const { unit, workweek, hours } = result.model.calendar;
  return {
    periods,
    resources,
    available: sum(resources.map((r) => r.available)),
    planned: sum(resources.map((r) => r.plan)),
    other: sum(resources.map((r) => r.other)),
    slotsPerPeriod: unit === 'day' ? workweek.length : Math.max(1, hours[1] - hours[0]),
    overAllocated: resources.filter((r) => r.overAllocated).map((r) => r.id),
  };
}
