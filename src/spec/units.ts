/**
 * Durations and shares in the user's notation to numbers on the plan's grid.
 *
 * In a day plan one slot is a working day: `1w` is as many slots as the work week has days and
 * `4h` is 4 / hours-per-day. In an hour plan one slot is an hour: `1d` is the hours of a working
 * day (24 on a 24/7 calendar) and `1w` is work-week days times that.
 */
import type { Unit, Weekday } from '../model/index.js';
import type { DurationSpec, ShareSpec, Spec } from './schema.js';

export interface Grid {
  readonly unit: Unit;
  readonly workweek: readonly Weekday[];
  readonly hours: readonly [number, number];
  readonly hoursPerDay: number;
}

const WEEKDAY_NUMBER: Record<string, Weekday> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const DEFAULT_HOURS: readonly [number, number] = [9, 17];

export function weekdayNumber(day: string): Weekday {
  return WEEKDAY_NUMBER[day];
}

/** The grid of a (possibly absent or broken) calendar section, with the documented defaults. */
export function gridOf(calendar: Spec['calendar'] | undefined): Grid {
  const unit = calendar?.unit ?? 'day';
  const given = calendar?.hours;
  const roundTheClock = given === '24/7';
  const hours: readonly [number, number] = given === '24/7' ? [0, 24] : (given ?? DEFAULT_HOURS);
  const days = calendar?.workweek ?? (roundTheClock ? ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] : ['mon', 'tue', 'wed', 'thu', 'fri']);
  const workweek = [...new Set(days.map(weekdayNumber))].sort((a, b) => a - b);
  const span = hours[1] - hours[0];
  // A broken calendar (from >= to) is reported by the checks; conversions still need a divisor.
  const hoursPerDay = calendar?.hours_per_day ?? (span > 0 ? span : 8);
  return { unit, workweek, hours, hoursPerDay };
}

/** Working slots in a duration, exactly (possibly fractional). Plain numbers are slots already. */
export function slotsOf(d: DurationSpec | string | number, grid: Grid): number {
  if (typeof d === 'number') return d;
  const m = /^([+-]?)(\d+(?:\.\d+)?)([hdw])$/.exec(d);
  if (!m) return NaN;
  const sign = m[1] === '-' ? -1 : 1;
  const n = Number(m[2]);
  const weekDays = Math.max(1, grid.workweek.length);
  const inDays = grid.unit === 'day';
  const factor =
    m[3] === 'h' ? (inDays ? 1 / grid.hoursPerDay : 1) : m[3] === 'd' ? (inDays ? 1 : grid.hoursPerDay) : inDays ? weekDays : weekDays * grid.hoursPerDay;
  return sign * n * factor;
}

/**
 * Whole slots for a fixed span: rounded up, since half a day of waiting still takes the day.
 * Negative lags round away from zero for the same reason. A tiny tolerance keeps 0.1 * 30 = 3.
 */
export function wholeSlots(exact: number): number {
  const magnitude = Math.max(0, Math.ceil(Math.abs(exact) - 1e-9));
  return exact < 0 ? -magnitude : magnitude;
}

/** A fixed span (a lag, a delay, a duration) in whole slots of the grid. */
export function spanOf(d: DurationSpec | string | number, grid: Grid): number {
  return wholeSlots(slotsOf(d, grid));
}

/**
 * Slots of a work's fixed span: work below one slot stays exact (the scheduler packs it into
 * part of a slot), longer work takes whole slots, rounded up.
 */
export function workSlots(d: DurationSpec | string | number, grid: Grid): number {
  const exact = slotsOf(d, grid);
  return exact > 0 && exact < 1 - 1e-9 ? exact : wholeSlots(exact);
}

/** 50% and 0.5 both become 0.5. */
export function shareOf(s: ShareSpec): number {
  return typeof s === 'number' ? s : Number(s.slice(0, -1)) / 100;
}

/** Rollout stage percentages: numbers are percent already. */
export function percentOf(p: number | string): number {
  return typeof p === 'number' ? p : Number(p.slice(0, -1));
}
