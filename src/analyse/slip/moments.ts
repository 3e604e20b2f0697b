/**
 * Baseline dates as slots of the current calendar, so both plans are measured on one calendar:
 * a holiday added since the baseline counts as no working day in either. Each mapping inverts
 * the way the JSON dates a slot (src/plan/plan-dates.ts): a start is the date (or instant) a
 * slot begins, a finish the last worked day (hour plans: the instant work ends), and a gate or
 * milestone the end of the slot before it, or the plan's start when nothing comes before it.
 */
import { addDays, MINUTES_PER_DAY, parseInstant, type PlanCalendar } from '../../calendar/index.js';
import type { BaselineActivity } from '../../model/index.js';
import type { Moment, Variance } from './types.js';

/** The slot a start date begins. */
export function startOffset(calendar: PlanCalendar, date: string): number {
  return calendar.slotAtOrAfter(date);
}

/** The (exclusive) slot a finish date ends before. */
export function finishOffset(calendar: PlanCalendar, date: string): number {
  return calendar.slotAtOrAfter(calendar.unit === 'day' ? addDays(date, 1) : date);
}

/** A gate, milestone or plan finish dated as the JSON dates a point; `own` is its offset in its own plan. */
export function pointOffset(calendar: PlanCalendar, date: string, own: number): number {
  return own === 0 ? startOffset(calendar, date) : finishOffset(calendar, date);
}

export function baselineMoments(calendar: PlanCalendar, b: BaselineActivity): { readonly start: Moment; readonly finish: Moment } {
  if (b.finishOffset <= b.startOffset) {
    const at = { date: b.start, offset: pointOffset(calendar, b.start, b.startOffset) };
    return { start: at, finish: { date: b.finish, offset: at.offset } };
  }
  return { start: { date: b.start, offset: startOffset(calendar, b.start) }, finish: { date: b.finish, offset: finishOffset(calendar, b.finish) } };
}

export function variance(baseline: Moment, current: Moment): Variance {
  return { baseline, current, slots: current.offset - baseline.offset, days: calendarDays(baseline.date, current.date) };
}

/** Calendar days from one date (or instant) to another; two decimals for instants. */
function calendarDays(from: string, to: string): number {
  return Math.round(((parseInstant(to) - parseInstant(from)) / MINUTES_PER_DAY) * 100) / 100;
}
