/**
 * The periods a plan is read in: calendar weeks for day plans ("Week 3-4", as the seed), calendar
 * days for hour plans (an incident is read day by day, hour by hour).
 */
import { mondayOf } from '../calendar/index.js';
import { slotBuckets } from './plan-dates.js';
import type { ScheduledPlan } from './scheduled-plan.js';

export interface PlanPeriod {
  /** 1-based, in plan order. */
  readonly number: number;
  /** `Week 3` or `Day 2`. */
  readonly label: string;
  /** The Monday of the week (day plans) or the date of the day (hour plans). */
  readonly first: string;
  /** Slots [from, to). */
  readonly from: number;
  readonly to: number;
}

export type PeriodKind = 'Week' | 'Day';

export function periodKind(result: ScheduledPlan): PeriodKind {
  return result.model.calendar.unit === 'hour' ? 'Day' : 'Week';
}

/**
 * What one slot is called: a working day, a working hour, or just an hour when the plan runs
 * around the clock (an incident's "37 hours" are hours of the clock).
 */
export function slotWord(result: ScheduledPlan): string {
  const { unit, hours, workweek } = result.model.calendar;
  if (unit === 'day') return 'working day';
  return hours[0] === 0 && hours[1] === 24 && workweek.length === 7 ? 'hour' : 'working hour';
}

export function planPeriods(result: ScheduledPlan): PlanPeriod[] {
  const kind = periodKind(result);
  const buckets = slotBuckets(result, kind === 'Week' ? mondayOf : (d) => d.slice(0, 10));
  return buckets.map((b) => ({ number: b.number, label: `${kind} ${b.number}`, first: b.key, from: b.from, to: b.to }));
}

/** The period holding a slot (the last one for slots past the end). */
export function periodOfSlot(periods: readonly PlanPeriod[], slot: number): PlanPeriod {
  return periods.find((p) => slot >= p.from && slot < p.to) ?? periods[periods.length - 1];
}

/** "Week 3", "Week 3-4". */
export function periodRange(kind: PeriodKind, first: number, last: number): string {
  return first === last ? `${kind} ${first}` : `${kind} ${first}-${last}`;
}
