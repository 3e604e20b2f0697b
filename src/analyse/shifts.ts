/**
 * Shifts, rest and roles as facts the documents show: who hands handed-off work to whom and
 * when, each worker's roster and rest rules beside the most they work (hours on one of their
 * days, the longest stretch without a rest), and the incident roles.
 */
import { localMinutes, MINUTES_PER_DAY, wallToUtc } from '../calendar/index.js';
import type { Resource } from '../model/index.js';
import { bookedUnitsBySlot, bookingsByResource } from './booked-units.js';
import type { PlanResult } from './result.js';

export interface HandoffFact {
  readonly task: string;
  readonly title: string;
  /** When the next crew takes over: a date, and slots from the plan start. */
  readonly at: string;
  readonly atOffset: number;
  readonly from: readonly string[];
  readonly to: readonly string[];
}

export interface WorkerFact {
  readonly resource: string;
  /** The shift pattern or rotation the worker follows, if any. */
  readonly roster?: { readonly kind: 'shift' | 'rotation'; readonly id: string };
  readonly timezone?: string;
  readonly maxHoursPerDay?: number;
  readonly minRest?: number;
  /** The most hours worked on one day of the worker's own calendar. */
  readonly mostHoursInADay: number;
  /** The longest stretch of work, in hours, where breaks shorter than min_rest (any break without one) do not count as rest. */
  readonly longestStretch: number;
}

export interface RoleFact {
  readonly id: string;
  readonly title: string;
  readonly people: readonly string[];
  readonly handsOn: boolean;
  readonly duties?: string;
}

export interface ShiftFacts {
  readonly handoffs: readonly HandoffFact[];
  /** Workers with a roster or rest rules, in team order. */
  readonly workers: readonly WorkerFact[];
  readonly roles: readonly RoleFact[];
}

/** `bookedUnits` defaults to the schedule's own; analysePlan passes the allocation's, already built. */
export function analyseShifts(result: PlanResult, bookedUnits?: ReadonlyMap<string, readonly number[]>): ShiftFacts {
  const { model, schedule, calendar } = result;
  const handoffs: HandoffFact[] = [];
  const title = new Map(model.activities.map((a) => [a.id, a.title]));
  for (const s of schedule.activities) {
    const crews = s.crews ?? [];
    for (let k = 1; k < crews.length; k++) {
      handoffs.push({ task: s.id, title: title.get(s.id) ?? s.id, at: calendar.slotStart(crews[k].from), atOffset: crews[k].from, from: crews[k - 1].assignees, to: crews[k].assignees });
    }
  }
  handoffs.sort((a, b) => a.atOffset - b.atOffset || (a.task < b.task ? -1 : a.task > b.task ? 1 : 0));
  const ruled = model.resources.filter((r) => r.roster || r.rest);
  const bookings = ruled.length > 0 && bookedUnits === undefined ? bookingsByResource(result) : undefined;
  const bookedOf = (r: Resource) => bookedUnits?.get(r.id) ?? bookedUnitsBySlot(bookings?.get(r.id) ?? [], schedule.makespan);
  const workers = ruled.map((r) => workerFact(result, r, bookedOf(r)));
  const roles = (model.roles ?? []).map((r) => ({ id: r.id, title: r.title, people: r.people, handsOn: r.handsOn, ...(r.duties !== undefined ? { duties: r.duties } : {}) }));
  return { handoffs, workers, roles };
}

function workerFact(result: PlanResult, r: Resource, booked: readonly number[]): WorkerFact {
  const calendar = result.calendar;
  const local = localMinutes(calendar, r);
  const plan = calendar.zoneOffset(calendar.timezone);
  const perDay = new Map<number, number>();
  const rest = (r.rest?.minRest ?? 0) * 60;
  let longest = 0;
  let first = -1;
  let last = -1;
  booked.forEach((units, slot) => {
    if (units <= 1e-9) return;
    const day = Math.floor(local(slot) / MINUTES_PER_DAY);
    perDay.set(day, (perDay.get(day) ?? 0) + Math.min(1, units / r.capacity));
    const utc = wallToUtc(plan, calendar.slotMinutes(slot));
    if (first < 0 || utc - (last + 60) >= Math.max(rest, 1)) first = utc;
    last = utc;
    longest = Math.max(longest, (last + 60 - first) / 60);
  });
  return {
    resource: r.id,
    ...(r.roster ? { roster: { kind: r.roster.source.kind, id: r.roster.source.id } } : {}),
    ...(r.timezone !== undefined ? { timezone: r.timezone } : {}),
    ...(r.rest?.maxHoursPerDay !== undefined ? { maxHoursPerDay: r.rest.maxHoursPerDay } : {}),
    ...(r.rest?.minRest !== undefined ? { minRest: r.rest.minRest } : {}),
    mostHoursInADay: Math.round(Math.max(0, ...perDay.values()) * 100) / 100,
    longestStretch: longest,
  };
}
