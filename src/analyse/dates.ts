/**
 * The binding dates of the plan's items against the schedule: for each item with a
 * `not_before`, `on` or `due` date, when it is planned and how late it is against its `on` or
 * `due` date. Lateness is counted here from the calendar and the schedule alone, the one place
 * every format reads it from.
 */
import { addDays, type PlanCalendar } from '../calendar/index.js';
import type { ActivityDates } from '../model/index.js';
import { activityDates, type PlanIndex } from '../plan/index.js';
import type { PlanResult } from './result.js';

export interface DateFact {
  readonly id: string;
  readonly dates: ActivityDates;
  /** Planned start and finish, as every format prints an activity's dates. */
  readonly start: string;
  readonly finish: string;
  /** Working slots the item starts after its `on` date, or finishes after its `due` date (0: met). */
  readonly lateBy: number;
  /** Which date it misses when late: `on` before `due` when it misses both. */
  readonly missed?: 'on' | 'due';
}

/** Dated items in model order; scheduled ones only (a won't-have has no dates to keep). */
export function analyseDates(result: PlanResult, index: PlanIndex): DateFact[] {
  const cal = result.calendar;
  const out: DateFact[] = [];
  for (const a of result.model.activities) {
    const s = index.scheduled.get(a.id);
    if (!a.dates || !s) continue;
    const point = s.finish === s.start;
    const onLate = a.dates.on === undefined ? 0 : s.start - (point ? endOf(cal, a.dates.on) : cal.slotAtOrAfter(a.dates.on));
    const dueLate = a.dates.due === undefined ? 0 : s.finish - endOf(cal, a.dates.due);
    const lateBy = Math.max(0, onLate, dueLate);
    const missed = lateBy === 0 ? undefined : onLate > 0 ? 'on' : 'due';
    out.push({ id: a.id, dates: a.dates, ...activityDates(s, cal), lateBy, ...(missed ? { missed } : {}) });
  }
  return out;
}

/** The first slot after a date: a date-only one includes its whole day; a time is exclusive. */
function endOf(cal: PlanCalendar, date: string): number {
  return cal.slotAtOrAfter(date.length === 10 ? addDays(date, 1) : date);
}
