/** Where the schedule books each resource, and how many of its units it books in each slot. */
import type { Activity } from '../model/index.js';
import { crewParts, type ScheduledActivity } from '../schedule/index.js';
import type { PlanResult } from './result.js';

/** One scheduled activity the resource is assigned to, with the units its demand asks. */
export interface Booking {
  readonly scheduled: ScheduledActivity;
  /** Undefined when the schedule holds an activity the model does not. */
  readonly activity: Activity | undefined;
  readonly units: number;
}

export function activitiesById(result: PlanResult): ReadonlyMap<string, Activity> {
  return new Map(result.model.activities.map((a) => [a.id, a]));
}

/**
 * Every resource's bookings in schedule order, one per assignment (a person filling two demands
 * of one activity is booked twice), from one walk of the schedule. Callers add up per slot in
 * this order, so their float sums come out the same whoever walks the schedule. Gates,
 * milestones and external items have no assignees, so they book nobody; occurrences of
 * recurring work book their people (with no model activity) up to the plan's finish.
 */
export function bookingsByResource(result: PlanResult): ReadonlyMap<string, readonly Booking[]> {
  const activities = activitiesById(result);
  const bookings = new Map<string, Booking[]>();
  // Handed-off work books each crew for its own part.
  for (const scheduled of result.schedule.activities.flatMap(crewParts)) {
    const activity = activities.get(scheduled.id);
    scheduled.assignees.forEach((assignee, i) => {
      const list = bookings.get(assignee) ?? [];
      list.push({ scheduled, activity, units: activity?.demands[i]?.units ?? 1 });
      bookings.set(assignee, list);
    });
  }
  // Recurring work takes its people's time like a task with no model activity, cut at the finish.
  const end = result.schedule.makespan;
  for (const o of result.schedule.occurrences ?? []) {
    if (o.start >= end) continue;
    const scheduled = { id: o.recurring, start: o.start, finish: Math.min(o.finish, end), assignees: o.assignees, segments: [[o.start, Math.min(o.finish, end)] as const], ...(o.share !== undefined ? { share: o.share } : {}) };
    for (const assignee of o.assignees) {
      const list = bookings.get(assignee) ?? [];
      list.push({ scheduled, activity: undefined, units: 1 });
      bookings.set(assignee, list);
    }
  }
  return bookings;
}

/** Units booked in each slot 0..makespan by one resource's bookings (packed work: its share of them). */
export function bookedUnitsBySlot(bookings: readonly Booking[], makespan: number): number[] {
  const booked = new Array<number>(makespan).fill(0);
  for (const { scheduled, units } of bookings) {
    const taken = units * (scheduled.share ?? 1);
    for (const [from, to] of scheduled.segments) for (let slot = from; slot < to; slot++) booked[slot] += taken;
  }
  return booked;
}
