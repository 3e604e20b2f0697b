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
  return zoneMinutes(calendar, resource.timezone);
}

/** A slot's start on a zone's wall clock; undefined is the plan's own. */
function zoneMinutes(calendar: PlanCalendar, zone: string | undefined): (slot: number) => number {
  const plan = calendar.zoneOffset(calendar.timezone);
  const mine = zone === undefined || zone === calendar.timezone ? undefined : calendar.zoneOffset(zone);
  return (slot) => {
    const wall = calendar.slotMinutes(slot);
    if (!mine) return wall;
    const utc = wallToUtc(plan, wall);
    return utc + mine(utc);
  };
}

/**
 * Where each slot 0 .. horizon begins on a zone's wall clock (undefined: the plan's own), as
 * localMinutes reads it for a worker in that zone.
 */
export function buildSlotClock(calendar: PlanCalendar & { readonly horizon: number }, zone: string | undefined): Float64Array {
  const local = zoneMinutes(calendar, zone);
  const clock = new Float64Array(Math.max(0, calendar.horizon) + 1);
  for (let s = 0; s < clock.length; s++) clock[s] = local(s);
  return clock;
}

/** The slot clock of a zone: the calendar's shared one, or one built for this caller. */
export function slotClock(calendar: WorkCalendar, zone: string | undefined): Float64Array {
  return calendar.slotClock ? calendar.slotClock(zone) : buildSlotClock(calendar, zone);
}

/**
 * 1 for each slot of the horizon the resource is on shift; undefined without a roster. Reads
 * the roster once per local day into arrays of shift windows, since a five-year hour plan has
 * tens of thousands of slots per worker.
 */
export function dutyMask(resource: Resource, calendar: WorkCalendar): Uint8Array | undefined {
  const roster = resource.roster;
  if (!roster) return undefined;
  const mask = new Uint8Array(Math.max(0, calendar.horizon));
  if (mask.length === 0) return mask;
  const local = slotClock(calendar, resource.timezone);
  let low = Infinity;
  let high = -Infinity;
  for (let s = 0; s < mask.length; s++) {
    if (local[s] < low) low = local[s];
    if (local[s] > high) high = local[s];
  }
  // Windows of the shifts starting on each day from the day before the first slot's to the last slot's.
  const first = Math.floor(low / MINUTES_PER_DAY) - 1;
  const days = Math.floor(high / MINUTES_PER_DAY) - first + 1;
  const from = new Float64Array(days);
  const to = new Float64Array(days);
  const fromDay = parseDay(roster.from);
  for (let k = 0; k < days; k++) {
    const d = first + k;
    const shift = shiftOn(roster, d, fromDay);
    // An empty window [0, 0) holds no hour.
    if (!shift) continue;
    from[k] = d * MINUTES_PER_DAY + shift.from;
    to[k] = d * MINUTES_PER_DAY + (shift.to > shift.from ? shift.to : shift.to + MINUTES_PER_DAY);
  }
  for (let s = 0; s < mask.length; s++) {
    const t = local[s];
    const k = Math.floor(t / MINUTES_PER_DAY) - first;
    const inToday = t >= from[k] && t + 60 <= to[k] && to[k] > from[k];
    mask[s] = inToday || (t >= from[k - 1] && t + 60 <= to[k - 1] && to[k - 1] > from[k - 1]) ? 1 : 0;
  }
  return mask;
}
