/** Dates of scheduled work as people read them: a task's first day and its last day. */
import type { ScheduledPlan } from './scheduled-plan.js';
import { type PlanCalendar, mondayOf } from '../calendar/index.js';
import type { ScheduledActivity } from '../schedule/index.js';

export interface ActivityDates {
  readonly start: string;
  /** The last worked day (day plans) or the instant work ends (hour plans). */
  readonly finish: string;
}

/**
 * The date a finish offset stands for: the end of the last slot before it, since work that ends
 * at offset n is done when slot n-1 ends; the plan's start when nothing comes before it.
 */
export function offsetDate(calendar: PlanCalendar, offset: number): string {
  return offset > 0 ? calendar.slotEnd(offset - 1) : calendar.slotStart(0);
}

export function activityDates(s: Pick<ScheduledActivity, 'start' | 'finish'>, calendar: PlanCalendar): ActivityDates {
  if (s.finish <= s.start) {
    // A milestone or gate is reached when the work before it ends: "end of week 2", not the
    // next working morning (which may sit after a weekend or inside a freeze).
    const at = offsetDate(calendar, s.start);
    return { start: at, finish: at };
  }
  const start = calendar.slotStart(s.start);
  return { start, finish: calendar.slotEnd(s.finish - 1) };
}

/** The finish of the whole plan: the end of its last slot, or the start when it is empty. */
export function finishDate(result: ScheduledPlan): string {
  return offsetDate(result.calendar, result.schedule.makespan);
}

export interface WeekBucket {
  /** The Monday of the calendar week. */
  readonly monday: string;
  /** 1-based week of the plan, as the seed numbers them ("Week 3-4"). */
  readonly number: number;
  /** Slots [from, to) of the week. */
  readonly from: number;
  readonly to: number;
}

/** Calendar weeks covering slots 0..makespan, each with its slot range. */
export function weekBuckets(result: ScheduledPlan): WeekBucket[] {
  return slotBuckets(result, mondayOf).map((b) => ({ monday: b.key, number: b.number, from: b.from, to: b.to }));
}

export interface SlotBucket {
  /** What the slots of the bucket share, e.g. their Monday or their date. */
  readonly key: string;
  /** 1-based. */
  readonly number: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Runs of consecutive slots 0..makespan whose start dates map to the same key: calendar weeks
 * with `mondayOf`, calendar days (for hour plans) with the date part.
 */
export function slotBuckets(result: ScheduledPlan, keyOf: (slotStart: string) => string): SlotBucket[] {
  const buckets: SlotBucket[] = [];
  const end = Math.max(result.schedule.makespan, 1);
  let from = 0;
  let key = keyOf(result.calendar.slotStart(0));
  for (let slot = 1; slot <= end; slot++) {
    const next = slot < end ? keyOf(result.calendar.slotStart(slot)) : undefined;
    if (next !== key) {
      buckets.push({ key, number: buckets.length + 1, from, to: slot });
      from = slot;
      if (next) key = next;
    }
  }
  return buckets;
}

/** Everyone who works an activity, every crew of handed-off work included, in order of first turn. */
export function peopleOf(s: Pick<ScheduledActivity, 'assignees' | 'crews'>): readonly string[] {
  return s.crews ? [...new Set(s.crews.flatMap((c) => c.assignees))] : s.assignees;
}

/** Each person's first and last slot on an activity (handed-off work: their own parts). */
export function spansByPerson(s: ScheduledActivity): ReadonlyMap<string, { readonly start: number; readonly finish: number }> {
  const out = new Map<string, { start: number; finish: number }>();
  for (const c of s.crews ?? [{ from: s.start, to: s.finish, assignees: s.assignees }]) {
    for (const who of c.assignees) {
      const span = out.get(who);
      if (span) span.finish = Math.max(span.finish, c.to);
      else out.set(who, { start: c.from, finish: c.to });
    }
  }
  return out;
}
