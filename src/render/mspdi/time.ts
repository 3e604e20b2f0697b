/** Dates, durations and lags as MSPDI writes them: local wall-clock date-times, and time in minutes. */
import type { PlanAnalysis } from '../../analyse/index.js';
import { addDays } from '../../calendar/index.js';

/** `9.5` → `09:30:00`. */
export function clockTime(hours: number): string {
  const minutes = Math.round(hours * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
}

/**
 * A plan date as an MSPDI date-time, never shifted by a time zone: a date-time keeps its clock
 * time (24:00 is the next day's 00:00); a bare date gets the given time of day.
 */
export function mspdiDateTime(date: string, hourOfDay: number): string {
  if (date.length > 10) {
    const time = date.slice(11, 16);
    return time === '24:00' ? `${addDays(date.slice(0, 10), 1)}T00:00:00` : `${date.slice(0, 10)}T${time}:00`;
  }
  return `${date}T${hourOfDay >= 24 ? '23:59:00' : clockTime(hourOfDay)}`;
}

/** `PT…H…M…S`: MSPDI's duration form, in whole minutes. */
export function mspdiDuration(minutes: number): string {
  const whole = Math.round(minutes);
  return `PT${Math.floor(whole / 60)}H${whole % 60}M0S`;
}

/** The working time one slot stands for: a working day's hours, or one hour. */
export interface SlotClock {
  readonly unit: 'day' | 'hour';
  readonly minutesPerSlot: number;
  /** Hours of the day work starts and ends (day plans). */
  readonly dayStart: number;
  readonly dayEnd: number;
}

export function slotClock(a: PlanAnalysis): SlotClock {
  const { unit, hours } = a.result.model.calendar;
  return { unit, minutesPerSlot: unit === 'day' ? (hours[1] - hours[0]) * 60 : 60, dayStart: hours[0], dayEnd: hours[1] };
}

/** Lag in tenths of a minute, as LinkLag counts it. */
export function linkLag(slots: number, clock: SlotClock): number {
  return Math.round(slots * clock.minutesPerSlot * 10);
}
