/**
 * Reads TaskJuggler's CSV task report (`"Id";"Start";"End"`, times as `%Y-%m-%d %H:%M`) and turns
 * the latest end into a makespan in working days of the plan calendar.
 */
import { addDays } from '../calendar/index.js';
import type { CalendarSpec } from '../model/index.js';
import { workingDaysThrough } from './workdays.js';

/** The latest task end as `YYYY-MM-DD HH:MM`, or undefined when the report lists no task. */
export function latestEnd(csv: string): string | undefined {
  let latest: string | undefined;
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const fields = line.split(';').map((f) => f.replace(/^"|"$/g, '').trim());
    const end = fields[2];
    if (end && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(end) && (latest === undefined || end > latest)) latest = end;
  }
  return latest;
}

/**
 * Working days from the plan start through the day work ends. An end at or before the start of
 * the working hours (e.g. 00:00) means the work ended the previous day.
 */
export function makespanFromEnd(calendar: CalendarSpec, start: string, end: string): number {
  const [date, time] = end.split(' ');
  const hour = Number(time.slice(0, 2)) + Number(time.slice(3, 5)) / 60;
  const lastDay = hour <= calendar.hours[0] ? addDays(date, -1) : date;
  return workingDaysThrough(calendar, start, lastDay);
}
