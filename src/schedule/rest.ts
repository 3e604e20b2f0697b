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
import { localMinutes, MINUTES_PER_DAY, wallToUtc, type WorkCalendar } from '../calendar/index.js';
import type { Model } from '../model/index.js';

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

/** The rest table of a model, or undefined when nobody has rest rules. */
export function restTable(model: Model, calendar: WorkCalendar): RestTable | undefined {
  if (!model.resources.some((r) => r.rest)) return undefined;
  const horizon = Math.max(0, calendar.horizon);
  const plan = calendar.zoneOffset(calendar.timezone);
  const utc = new Float64Array(horizon + 1);
  for (let s = 0; s <= horizon; s++) utc[s] = wallToUtc(plan, calendar.slotMinutes(s));
  const rules = model.resources.map((r): RestLimits | undefined => {
    if (!r.rest) return undefined;
    const local = localMinutes(calendar, r);
    const day = new Int32Array(horizon + 1);
    for (let s = 0; s <= horizon; s++) day[s] = Math.floor(local(s) / MINUTES_PER_DAY);
    return { maxPerDay: r.rest.maxHoursPerDay !== undefined ? r.rest.maxHoursPerDay * HOUR : Infinity, minRest: (r.rest.minRest ?? 0) * HOUR, day };
  });
  return { rules, utc };
}

/**
 * Whether resource r may work slot s at `units` besides what `usage` holds and the `pending`
 * slots (pending[0 .. count), ascending, all before s, each at `units`).
 */
export function restAllows(table: RestTable, r: number, s: number, units: number, capacity: number, usage: Float64Array, pending: Int32Array, count: number): boolean {
  const limits = table.rules[r];
  if (!limits) return true;
  if (s >= table.utc.length - 1) return false;
  const used = (t: number) => (t < usage.length ? usage[t] : 0);
  const isPending = (t: number): boolean => {
    for (let k = count - 1; k >= 0 && pending[k] >= t; k--) if (pending[k] === t) return true;
    return false;
  };
  const worked = (t: number): number => Math.min(1, (used(t) + (isPending(t) ? units : 0)) / capacity);
  if (limits.maxPerDay < Infinity) {
    const day = limits.day[s];
    let minutes = Math.min(1, (used(s) + units) / capacity) * HOUR;
    for (let t = s - 1; t >= 0 && limits.day[t] === day; t--) minutes += worked(t) * HOUR;
    for (let t = s + 1; t < limits.day.length && limits.day[t] === day; t++) minutes += worked(t) * HOUR;
    if (minutes > limits.maxPerDay + EPSILON) return false;
  }
  if (limits.minRest > 0) {
    const utc = table.utc;
    const busy = (t: number) => worked(t) > EPSILON;
    // Walk out from s over work whose breaks are shorter than the rest.
    const longest = 24 * HOUR - limits.minRest + EPSILON;
    let first = s;
    for (let t = s - 1; t >= 0 && utc[first] - (utc[t] + HOUR) < limits.minRest; t--) {
      if (busy(t)) first = t;
      if (utc[s] + HOUR - utc[first] > longest) return false;
    }
    let last = s;
    for (let t = s + 1; t < utc.length - 1 && utc[t] - (utc[last] + HOUR) < limits.minRest; t++) {
      if (busy(t)) last = t;
      if (utc[last] + HOUR - utc[first] > longest) return false;
    }
  }
  return true;
}
