/**
 * The independent checker's view of shifts, rest and roles (part of check.ts: it shares with
 * the scheduler only the calendar's slot <-> wall clock conversion and the model). Time zones
 * are read from Intl at every slot asked about, rosters are walked day by day from the model,
 * and rest is measured on the sorted list of worked hours: nothing of calendar/roster.ts,
 * calendar/zones.ts or schedule/rest.ts is used.
 *
 * - `shift`: work only on shift (a slot is on shift when its whole hour lies inside one);
 * - `max-hours`: at most max_hours_per_day hours worked on a local day of the worker;
 * - `rest`: work joined by breaks shorter than min_rest spans at most 24h - min_rest;
 * - `role`: holders of a role that does not work hands-on do only `coordination` tasks.
 */
import type { WorkCalendar } from '../calendar/index.js';
import type { Activity, Model, Resource, Roster } from '../model/index.js';
import type { Violation } from './types.js';

const TOLERANCE = 1e-9;
const DAY = 1440;

/** Slot -> UTC minute and slot -> a worker's wall minute, per slot asked, with offsets straight from Intl. */
export class Clock {
  private readonly utcs = new Map<number, number>();
  private readonly formats = new Map<string, Intl.DateTimeFormat>();
  constructor(private readonly calendar: WorkCalendar) {}

  /** Minutes to add to UTC for the zone's wall clock. */
  private offset(zone: string | undefined, utc: number): number {
    if (zone === undefined) return 0;
    let format = this.formats.get(zone);
    if (!format) this.formats.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })));
    const parts = format.formatToParts(utc * 60_000);
    const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute')) / 60_000 - utc;
  }

  utc(slot: number): number {
    let u = this.utcs.get(slot);
    if (u === undefined) {
      const wall = this.calendar.slotMinutes(slot);
      const zone = this.calendar.timezone;
      u = wall - this.offset(zone, wall - this.offset(zone, wall));
      this.utcs.set(slot, u);
    }
    return u;
  }

  local(slot: number, r: Resource): number {
    const u = this.utc(slot);
    return u + this.offset(r.timezone ?? this.calendar.timezone, u);
  }
}

/** The day number of a YYYY-MM-DD date, via Date. */
function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00Z`) / 60_000 / DAY);
}

/** Whether a roster has its worker on shift for the whole hour starting at a local minute. */
function rosterCovers(roster: Roster, local: number): boolean {
  const day = Math.floor(local / DAY);
  const start = dayNumber(roster.from);
  for (let d = day - 1; d <= day; d++) {
    const period = Math.floor((d - start) / roster.every);
    const n = roster.cycle.length;
    const shift = roster.cycle[(((period + roster.offset) % n) + n) % n];
    if (!shift) continue;
    const weekday = (((d + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    if (!shift.days.some((w) => w === weekday)) continue;
    const from = d * DAY + shift.from;
    const to = d * DAY + shift.to + (shift.to > shift.from ? 0 : DAY);
    if (local >= from && local + 60 <= to) return true;
  }
  return false;
}

/** On-shift test per resource id and slot; true for resources without a roster. */
export function dutyFunction(model: Model, clock: Clock): (id: string, slot: number) => boolean {
  const byId = new Map(model.resources.map((r) => [r.id, r]));
  return (id, slot) => {
    const r = byId.get(id);
    return !r?.roster || rosterCovers(r.roster, clock.local(slot, r));
  };
}

/** Units of a resource booked in a slot, by anything the schedule holds. */
export interface RestBooking {
  readonly resource: string;
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly units: number;
}

/** Worked hours of every resource with rest rules, and the rules' verdicts on them. */
export class RestBook {
  private readonly worked = new Map<string, Map<number, number>>();
  private readonly by = new Map<string, Map<number, string>>();
  private readonly rules: Map<string, Resource>;

  constructor(
    model: Model,
    private readonly clock: Clock,
    bookings: readonly RestBooking[],
  ) {
    this.rules = new Map(model.resources.filter((r) => r.rest).map((r) => [r.id, r]));
    for (const b of bookings) {
      if (!this.rules.has(b.resource)) continue;
      const slots = this.worked.get(b.resource) ?? new Map<number, number>();
      const who = this.by.get(b.resource) ?? new Map<number, string>();
      for (let s = b.from; s < b.to; s++) {
        slots.set(s, (slots.get(s) ?? 0) + b.units);
        if (!who.has(s)) who.set(s, b.id);
      }
      this.worked.set(b.resource, slots);
      this.by.set(b.resource, who);
    }
  }

  /** Every broken rest rule, one violation per local day or stretch. */
  violations(): Violation[] {
    const out: Violation[] = [];
    for (const [id, r] of this.rules) out.push(...this.judge(r, this.worked.get(id) ?? new Map()));
    return out;
  }

  /** Whether the resource could also work [from, to) at `units` without breaking a rest rule. */
  couldAlsoTake(id: string, from: number, to: number, units: number): boolean {
    const r = this.rules.get(id);
    if (!r) return true;
    const slots = new Map(this.worked.get(id) ?? []);
    for (let s = from; s < to; s++) slots.set(s, (slots.get(s) ?? 0) + units);
    return this.judge(r, slots).length === 0;
  }

  private judge(r: Resource, slots: ReadonlyMap<number, number>): Violation[] {
    const out: Violation[] = [];
    const who = this.by.get(r.id);
    const hours = [...slots.entries()].filter(([, u]) => u > TOLERANCE).map(([slot, u]) => ({ slot, share: Math.min(1, u / r.capacity), utc: this.clock.utc(slot) }));
    hours.sort((a, b) => a.utc - b.utc);
    const max = r.rest?.maxHoursPerDay;
    if (max !== undefined) {
      const perDay = new Map<number, { minutes: number; slot: number }>();
      for (const h of hours) {
        const day = Math.floor(this.clock.local(h.slot, r) / DAY);
        const cell = perDay.get(day) ?? { minutes: 0, slot: h.slot };
        cell.minutes += h.share * 60;
        perDay.set(day, cell);
      }
      for (const [, cell] of perDay) {
        if (cell.minutes <= max * 60 + TOLERANCE) continue;
        out.push({ rule: 'max-hours', activity: who?.get(cell.slot) ?? '', resource: r.id, slot: cell.slot, message: `'${r.id}' works ${Number((cell.minutes / 60).toFixed(2))} hours on the day of slot ${cell.slot}, more than max_hours_per_day ${max}.` });
      }
    }
    const rest = r.rest?.minRest;
    if (rest !== undefined && rest > 0) {
      let k = 0;
      while (k < hours.length) {
        let end = k;
        while (end + 1 < hours.length && hours[end + 1].utc - (hours[end].utc + 60) < rest * 60) end++;
        const span = hours[end].utc + 60 - hours[k].utc;
        if (span > (24 - rest) * 60 + TOLERANCE) {
          out.push({ rule: 'rest', activity: who?.get(hours[k].slot) ?? '', resource: r.id, slot: hours[k].slot, message: `'${r.id}' works ${span / 60} hours from slot ${hours[k].slot} without a rest of ${rest} hours; with min_rest ${rest} a stretch lasts at most ${24 - rest}.` });
        }
        k = end + 1;
      }
    }
    return out;
  }
}

/** Holders of a role that coordinates are given no hands-on task. */
export function checkRoleHolders(model: Model, assigned: Iterable<{ readonly activity: Activity; readonly assignees: readonly string[] }>, out: Violation[]): void {
  const coordinating = new Map<string, string>();
  for (const role of model.roles ?? []) if (!role.handsOn) for (const id of role.people) coordinating.set(id, role.id);
  if (coordinating.size === 0) return;
  for (const { activity: a, assignees } of assigned) {
    if (a.kind === 'coordination') continue;
    for (const who of new Set(assignees)) {
      const role = coordinating.get(who);
      if (role !== undefined) out.push({ rule: 'role', activity: a.id, resource: who, message: `'${who}' holds the role '${role}', which takes no hands-on work, but is given '${a.id}'.` });
    }
  }
}
