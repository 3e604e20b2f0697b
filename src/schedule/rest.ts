/**
 * Rest rules (model.RestRules) as the scheduler enforces them, one slot at a time: a slot may
 * be added to a resource's work only if afterwards
 * - the hours worked on its local day stay within `maxHoursPerDay` (an hour counts the share of
 *   the resource's capacity booked in it), and
 * - the stretch of work around it (work joined by breaks shorter than `minRest`) spans at most
 *   24 - minRest hours, from the start of its first hour to the end of its last.
 * Time is real time (UTC minutes), so nights without slots and clock changes count as they pass.
 * The work being placed is passed as `pending` slots, all before the slot asked about.
 */
import { MINUTES_PER_DAY, slotClock, type WorkCalendar } from '../calendar/index.js';
import type { Model, Resource } from '../model/index.js';

const EPSILON = 1e-9;
const HOUR = 60;

export interface RestTable {
  /** Per resource (team order): its limits in minutes, or undefined when it has none. */
  readonly rules: readonly (RestLimits | undefined)[];
  /** UTC minute at which each slot of the horizon starts. */
  readonly utc: Float64Array;
}

export interface RestLimits {
  /** Worked minutes allowed per local day; Infinity when unlimited. */
  readonly maxPerDay: number;
  /** Shortest break that is rest, in minutes; 0 when no rest rule. */
  readonly minRest: number;
  /** The local day of each slot of the horizon. */
  readonly day: Int32Array;
}

/** Rest tables of variants of one model share their slots' instants and each person's limits. */
export interface RestMemo {
  utc?: Float64Array;
  readonly limits: Map<Resource, RestLimits>;
}

/** The rest table of a model, or undefined when nobody has rest rules. */
export function restTable(model: Model, calendar: WorkCalendar, memo: RestMemo = { limits: new Map() }): RestTable | undefined {
  if (!model.resources.some((r) => r.rest)) return undefined;
  // UTC is the wall clock of the zone UTC.
  const utc = (memo.utc ??= slotClock(calendar, 'UTC'));
  // People in one time zone share their local days.
  const daysByZone = new Map<string | undefined, Int32Array>();
  const localDays = (zone: string | undefined): Int32Array => {
    let day = daysByZone.get(zone);
    if (!day) {
      const clock = slotClock(calendar, zone);
      day = new Int32Array(clock.length);
      for (let s = 0; s < clock.length; s++) day[s] = Math.floor(clock[s] / MINUTES_PER_DAY);
      daysByZone.set(zone, day);
    }
    return day;
  };
  const rules = model.resources.map((r): RestLimits | undefined => {
    if (!r.rest) return undefined;
    const known = memo.limits.get(r);
    if (known) return known;
    const limits = { maxPerDay: r.rest.maxHoursPerDay !== undefined ? r.rest.maxHoursPerDay * HOUR : Infinity, minRest: (r.rest.minRest ?? 0) * HOUR, day: localDays(r.timezone) };
    memo.limits.set(r, limits);
    return limits;
  });
  return { rules, utc };
}

/**
 * Whether resource r may work slot s at `units` besides what `usage` holds and the `pending`
 * slots (pending[0 .. count), ascending, all before s, each at `units`). Runs for every slot a
 * placement tries, so it walks plain loops (a pointer into `pending` moving one way) and makes
 * no closures.
 */
export function restAllows(table: RestTable, r: number, s: number, units: number, capacity: number, usage: Float64Array, pending: Int32Array, count: number): boolean {
  const limits = table.rules[r];
  if (!limits) return true;
  const utc = table.utc;
  if (s >= utc.length - 1) return false;
  const size = usage.length;
  if (limits.maxPerDay < Infinity) {
    const day = limits.day;
    const today = day[s];
    let share = ((s < size ? usage[s] : 0) + units) / capacity;
    let minutes = (share > 1 ? 1 : share) * HOUR;
    let k = count - 1;
    for (let t = s - 1; t >= 0 && day[t] === today; t--) {
      while (k >= 0 && pending[k] > t) k--;
      share = ((t < size ? usage[t] : 0) + (k >= 0 && pending[k] === t ? units : 0)) / capacity;
      minutes += (share > 1 ? 1 : share) * HOUR;
    }
    for (let t = s + 1; t < day.length && day[t] === today; t++) {
      share = (t < size ? usage[t] : 0) / capacity;
      minutes += (share > 1 ? 1 : share) * HOUR;
    }
    if (minutes > limits.maxPerDay + EPSILON) return false;
  }
  const rest = limits.minRest;
  if (rest > 0) {
    // Walk out from s over work whose breaks are shorter than the rest.
    const longest = 24 * HOUR - rest + EPSILON;
    const end = utc[s] + HOUR;
    let first = s;
    let k = count - 1;
    for (let t = s - 1; t >= 0 && utc[first] - (utc[t] + HOUR) < rest; t--) {
      while (k >= 0 && pending[k] > t) k--;
      if ((k >= 0 && pending[k] === t) || (t < size && usage[t] > EPSILON)) {
        first = t;
        if (end - utc[first] > longest) return false;
      }
    }
    let last = s;
    for (let t = s + 1; t < utc.length - 1 && utc[t] - (utc[last] + HOUR) < rest; t++) {
      if (t < size && usage[t] > EPSILON) {
        last = t;
        if (utc[last] + HOUR - utc[first] > longest) return false;
      }
    }
  }
  return true;
}
