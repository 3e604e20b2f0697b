/**
 * Calendar facts renderers need about ISO dates, on the day numbers of dates.ts: UTC only, so no
 * time zone can shift a day. A datetime counts as the date it falls on.
 */
import { formatDay, parseDay, weekdayOf } from './dates.js';

export function parseIsoDate(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

/** Day number of the date part alone, so the time (and any zone suffix) is never read. */
function dayOf(date: string): number {
  return parseDay(date.slice(0, 10));
}

/** The Monday that starts the ISO week containing the date. */
export function mondayOf(date: string): string {
  const day = dayOf(date);
  const sinceMonday = (weekdayOf(day) + 6) % 7;
  return formatDay(day - sinceMonday);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayOf(to) - dayOf(from);
}

export function addDays(date: string, days: number): string {
  return formatDay(dayOf(date) + days);
}
