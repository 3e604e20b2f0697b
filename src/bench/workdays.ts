/**
 * Counting working days between dates, to express TaskJuggler's end date as a makespan in the
 * same working slots execplan reports. Deliberately independent of src/calendar, so the
 * comparison does not trust the code it compares.
 */
import type { CalendarSpec, Weekday } from '../model/index.js';

/** Working days in [start, end] (both dates inclusive); 0 when end is before start. */
export function workingDaysThrough(calendar: CalendarSpec, start: string, end: string): number {
  const holidays = new Set(calendar.holidays);
  const worked = new Set<Weekday>(calendar.workweek);
  let count = 0;
  const last = Date.parse(`${end}T00:00:00Z`);
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= last; t += 86_400_000) {
    const date = new Date(t);
    if (worked.has(date.getUTCDay() as Weekday) && !holidays.has(date.toISOString().slice(0, 10))) count++;
  }
  return count;
}
