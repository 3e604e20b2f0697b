/**
 * How far a plan reaches. Every date the plan computes lies between its start and the end of
 * its horizon: a fixed number of years after the start, and never past LAST_PLAN_DATE. Dates a
 * spec gives beyond the horizon (a leave "until 9999-12-31") are cut at its end, so nothing
 * grows with how far away a typed date is, and no slot count comes near the Int32 range.
 */
import type { Unit } from '../model/index.js';
import { dayFromCivil, civilFromDay, daysInMonth, formatDay, parseDay } from './dates.js';

/**
 * Years a plan may span after its start. A day plan has one slot per working day (50 years is at
 * most 18,300 slots); an hour plan up to 24 per day, so it reaches less far (5 years is at most
 * 43,920 slots), which keeps per-slot arrays of every person small.
 */
export const HORIZON_YEARS: Readonly<Record<Unit, number>> = { day: 50, hour: 5 };

/**
 * The first and last day a plan may start on or reach. One year inside the four-digit years
 * 0000-9999 at each end, so the days around the plan that outputs show (the Monday of its
 * first week, the first working day after its horizon) still have four-digit years.
 */
export const FIRST_PLAN_DATE = '0001-01-01';
export const LAST_PLAN_DATE = '9998-12-31';

/** Days the calendar looks back before the start (for periods that began earlier). */
export const LOOKBACK_DAYS = 366;

/** The same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(day: number, years: number): number {
  const { year, month, day: d } = civilFromDay(day);
  return dayFromCivil(year + years, month, Math.min(d, daysInMonth(year + years, month)));
}

/** Day number of the first day after the horizon of a plan starting on `start`. */
export function horizonEndDay(start: string, unit: Unit): number {
  return Math.min(addYears(parseDay(start), HORIZON_YEARS[unit]), parseDay(LAST_PLAN_DATE) + 1);
}

/** The last day of the horizon, as a date. */
export function horizonLastDate(start: string, unit: Unit): string {
  return formatDay(horizonEndDay(start, unit) - 1);
}
