/** Where the schedule books a resource, and how many of its units it books in each slot. */
import type { Activity } from '../model/types.js';
import type { ScheduledActivity } from '../schedule/types.js';
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
 * The resource's bookings in schedule order, one per assignment (a person filling two demands of
 * one activity is booked twice). Callers add up per slot in this order, so their float sums
 * come out the same whoever walks the schedule.
 */
export function bookingsOf(resourceId: string, result: PlanResult, activities: ReadonlyMap<string, Activity> = activitiesById(result)): Booking[] {
  const bookings: Booking[] = [];
  for (const scheduled of result.schedule.activities) {
    const activity = activities.get(scheduled.id);
    scheduled.assignees.forEach((assignee, i) => {
      if (assignee === resourceId) bookings.push({ scheduled, activity, units: activity?.demands[i]?.units ?? 1 });
    });
  }
  return bookings;
}

export function bookedUnitsBySlot(resourceId: string, result: PlanResult): number[] {
  const booked = new Array<number>(result.schedule.makespan).fill(0);
  for (const { scheduled, units } of bookingsOf(resourceId, result)) {
    for (const [from, to] of scheduled.segments) for (let slot = from; slot < to; slot++) booked[slot] += units;
  }
  return booked;
}
