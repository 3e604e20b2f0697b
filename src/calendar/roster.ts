/**
 * Who is on duty when: a roster (model.Roster) read on a worker's own calendar. An hour plan
 * works whole hours, so a slot is on duty when its whole hour lies inside a shift; a shift
 * that ends at or before it starts runs past midnight into the next day.
 */
import type { Resource, Roster, Shift } from '../model/index.js';
import { MINUTES_PER_DAY, parseDay, weekdayOf } from './dates.js';
import type { PlanCalendar, WorkCalendar } from './types.js';
import { wallToUtc } from './zones.js';

/** The shift a roster works that starts on a local day, if any. */
export function shiftOn(roster: Roster, day: number, fromDay = parseDay(roster.from)): Shift | undefined {
  const period = Math.floor((day - fromDay) / roster.every);
  const n = roster.cycle.length;
  const shift = roster.cycle[(((period + roster.offset) % n) + n) % n];
  return shift && shift.days.includes(weekdayOf(day) as Shift['days'][number]) ? shift : undefined;
}

/**
 * Whether the hour (or `minutes`) starting at a local wall minute lies inside a shift of the
 * roster. Reads each day's shift once: callers walk a horizon hour by hour.
 */
export function shiftReader(roster: Roster): (local: number, minutes?: number) => boolean {
  const fromDay = parseDay(roster.from);
  // Per local day: the window [from, to) of the shift starting that day, or null.
  const windows = new Map<number, readonly [number, number] | null>();
  const windowOf = (d: number) => {
    let w = windows.get(d);
    if (w === undefined) {
      const s = shiftOn(roster, d, fromDay);
      w = s ? [d * MINUTES_PER_DAY + s.from, d * MINUTES_PER_DAY + (s.to > s.from ? s.to : s.to + MINUTES_PER_DAY)] : null;
      windows.set(d, w);
    }
    return w;
  };
  return (local, minutes = 60) => {
    const day = Math.floor(local / MINUTES_PER_DAY);
    const today = windowOf(day);
    if (today && local >= today[0] && local + minutes <= today[1]) return true;
    const before = windowOf(day - 1);
    return before !== null && local >= before[0] && local + minutes <= before[1];
  };
}

/** Whether the hour starting at a local wall minute lies inside a shift of the roster. */
export function onShiftAt(roster: Roster, local: number, minutes = 60): boolean {
  return shiftReader(roster)(local, minutes);
}

/** A slot's start on the worker's own wall clock (minutes since 1970-01-01T00:00 there). */
export function localMinutes(calendar: PlanCalendar, resource: Resource): (slot: number) => number {
  const plan = calendar.zoneOffset(calendar.timezone);
  const mine = resource.timezone === undefined || resource.timezone === calendar.timezone ? undefined : calendar.zoneOffset(resource.timezone);
  return (slot) => {
    const wall = calendar.slotMinutes(slot);
    if (!mine) return wall;
    const utc = wallToUtc(plan, wall);
    return utc + mine(utc);
  };
}

/** 1 for each slot of the horizon the resource is on shift; undefined without a roster. */
export function dutyMask(resource: Resource, calendar: WorkCalendar): Uint8Array | undefined {
  const roster = resource.roster;
  if (!roster) return undefined;
  const local = localMinutes(calendar, resource);
  const onShift = shiftReader(roster);
  const mask = new Uint8Array(Math.max(0, calendar.horizon));
  for (let s = 0; s < mask.length; s++) mask[s] = onShift(local(s)) ? 1 : 0;
  return mask;
}
