/**
 * Resource allocation per person per period: the one definition of utilisation and
 * over-allocation that the JSON, Markdown and HTML outputs, the readiness checklist and the
 * detected risks all read.
 *
 * Everything is counted in capacity-slots (one person for one slot; a pool of k has k per slot):
 * - Working time: capacity in every working slot no freeze closes to all work.
 * - Available time: working time at the resource's rate (calendar.rate: availability, less the
 *   loads of other commitments, 0 in time off): what it can give this plan.
 * - Plan work: in every slot the schedule books the resource, the booked units at its rate there,
 *   as the scheduler books it: a person at 50% spends half of each booked slot on the task, so an
 *   effort task at 50% takes twice the slots and a fixed-duration task gets half of their time.
 *   An effort task's last slot counts only the share of the slot its remaining effort needs,
 *   and work below one slot only the share of the slot the schedule packed it into.
 * - Utilisation = plan work / available time; 1 is fully used, whatever the person's share.
 * - Over-allocated: some slot holds more plan work than available time, i.e. more units than the
 *   capacity, or any work where the resource has no time (time off, a full commitment, a freeze).
 *   The scheduler never does this; a hand-made or edited schedule may.
 */
import type { Commitment, Period, Resource } from '../model/index.js';
import { planPeriods, type PlanPeriod, weekBuckets, type WeekBucket } from '../plan/index.js';
import { bookedUnitsBySlot, bookingsByResource, type Booking } from './booked-units.js';
import type { PlanResult } from './result.js';

/** Tolerance for float sums of fractional rates. */
const EPSILON = 1e-6;

/** What took some of a resource's working time away from this plan in a period. */
export type TimeTaken =
  | { readonly kind: 'part-time'; readonly availability: number }
  | { readonly kind: 'commitment'; readonly load: number; readonly note?: string }
  | { readonly kind: 'time-off' };

export interface PeriodLoad {
  /** 1-based number of the period (or week) in its list. */
  readonly period: number;
  /** Capacity-slots of working time (0 when a freeze closes every slot). */
  readonly working: number;
  /** Capacity-slots the resource can give this plan. */
  readonly available: number;
  /** Capacity-slots of plan work. */
  readonly work: number;
  /** Capacity-slots other commitments take. */
  readonly other: number;
  /** work / available (1 = fully used), or undefined when nothing is available. */
  readonly utilisation?: number;
  /** Some slot of the period holds more work than available time. */
  readonly overAllocated: boolean;
  /** Every slot of the period is inside a freeze that blocks all work. */
  readonly frozen: boolean;
  /** The busiest slot's work over its available time x 100 (150 = one and a half times full). */
  readonly peakPercent: number;
  /** Why available is less than working, in a fixed order: part-time, commitments, time off. */
  readonly takenBy: readonly TimeTaken[];
}

export interface ResourceAllocation {
  readonly id: string;
  readonly name: string;
  readonly capacity: number;
  /** Per plan period (weeks; days in hour plans). */
  readonly periods: readonly PeriodLoad[];
  /** Per calendar week, whatever the unit (the same loads as `periods` in day plans). */
  readonly weeks: readonly PeriodLoad[];
  readonly working: number;
  readonly available: number;
  readonly work: number;
  readonly other: number;
  readonly utilisation?: number;
  readonly overAllocated: boolean;
}

export interface AllocationAnalysis {
  readonly periods: readonly PlanPeriod[];
  readonly weeks: readonly WeekBucket[];
  readonly resources: readonly ResourceAllocation[];
  /** Team totals in capacity-slots. */
  readonly available: number;
  readonly planned: number;
  readonly other: number;
  /** Working slots in a person-week (day plans) or person-day (hour plans), to convert totals. */
  readonly slotsPerPeriod: number;
  /** Ids of the over-allocated resources, in team order. */
  readonly overAllocated: readonly string[];
  /** Per resource id, the units the schedule books in each slot up to the finish. */
  readonly bookedUnits: ReadonlyMap<string, readonly number[]>;
}

/** Whether a slot starting at `at` lies in a period; a date-only `to` includes the whole day. */
function within(period: Period, at: string): boolean {
  if (at < period.from) return false;
  return period.to.length === 10 ? at.slice(0, 10) <= period.to : at < period.to;
}

/** What every resource's allocation reads of each slot; the same for all, so looked up once. */
interface SlotFacts {
  /** Start instant of each slot. */
  readonly starts: readonly string[];
  /** Whether a freeze that blocks all work covers the slot. */
  readonly frozen: readonly boolean[];
}

function slotFacts(result: PlanResult, slots: number): SlotFacts {
  const starts: string[] = [];
  const frozen: boolean[] = [];
  for (let slot = 0; slot < slots; slot++) {
    starts.push(result.calendar.slotStart(slot));
    frozen.push(result.calendar.freezeAt(slot, undefined) !== undefined);
  }
  return { starts, frozen };
}

/** The crew's pace in a slot: its slowest member's rate, as the scheduler has it. */
function crewPace(result: PlanResult, crew: readonly string[], slot: number): number {
  let pace = Infinity;
  for (const r of crew) pace = Math.min(pace, result.calendar.rate(r, slot));
  return pace;
}

/**
 * Visits each worked slot of a booking with the share of the slot its activity uses: all of it,
 * except that an effort task stops part way through its last slot. A slot where someone has no
 * time counts whole (the booking is wrong there anyway).
 */
function forEachWorkedSlot({ scheduled: s, activity }: Booking, result: PlanResult, visit: (slot: number, share: number) => void): void {
  const crew = s.assignees;
  let remaining = activity?.work.mode === 'effort' ? activity.work.amount : Infinity;
  for (const [from, to] of s.segments) {
    for (let slot = from; slot < to; slot++) {
      const pace = crewPace(result, crew, slot);
      // Packed fixed work (below one slot) uses the share the schedule gave it.
      const share = pace > 0 ? Math.min(remaining === Infinity ? (s.share ?? 1) : 1, remaining / pace) : 1;
      if (share <= EPSILON) return;
      visit(slot, share);
      if (pace > 0) remaining -= pace * share;
    }
  }
}

/**
 * Plan work per slot (see the module comment): units x the resource's rate x the share of the
 * slot used. Where the rate is 0 the booking counts whole units, so work booked in time off
 * stands out as over-allocation instead of vanishing.
 */
function workBySlot(resourceId: string, bookings: readonly Booking[], result: PlanResult): number[] {
  const work = new Array<number>(result.schedule.makespan).fill(0);
  for (const booking of bookings) {
    forEachWorkedSlot(booking, result, (slot, share) => {
      const rate = result.calendar.rate(resourceId, slot);
      work[slot] = (work[slot] ?? 0) + booking.units * share * (rate > 0 ? rate : 1);
    });
  }
  return work;
}

/** One resource's plan work per slot, in capacity-slots. */
export function planWorkBySlot(resourceId: string, result: PlanResult): number[] {
  return workBySlot(resourceId, bookingsByResource(result).get(resourceId) ?? [], result);
}

/** What every resource's allocation is measured over and against, built once. */
interface AllocationInputs {
  readonly result: PlanResult;
  readonly facts: SlotFacts;
  readonly bookings: ReadonlyMap<string, readonly Booking[]>;
  readonly periods: readonly PlanPeriod[];
  /** Calendar weeks when they differ from the periods (hour plans). */
  readonly weeks?: readonly WeekBucket[];
}

/** The resource's per-slot facts, each in capacity-slots. */
interface ResourceSlots {
  readonly working: Float64Array;
  readonly available: Float64Array;
  readonly work: readonly number[];
  readonly other: Float64Array;
  readonly timeOff: Uint8Array;
}

function commitmentLoad(commitments: readonly Commitment[], at: string): number {
  let load = 0;
  for (const c of commitments) if (within(c, at)) load += c.load;
  return Math.min(1, load);
}

function resourceSlots(r: Resource, { result, facts, bookings }: AllocationInputs): ResourceSlots {
  const slots = facts.starts.length;
  const slotsOf = { working: new Float64Array(slots), available: new Float64Array(slots), other: new Float64Array(slots), timeOff: inPeriods(r.timeOff, facts) };
  for (let slot = 0; slot < slots; slot++) {
    if (facts.frozen[slot]) continue;
    slotsOf.working[slot] = r.capacity;
    if (slotsOf.timeOff[slot]) continue;
    slotsOf.available[slot] = r.capacity * result.calendar.rate(r.id, slot);
    if (r.commitments.length > 0) slotsOf.other[slot] = r.capacity * r.availability * commitmentLoad(r.commitments, facts.starts[slot]);
  }
  return { ...slotsOf, work: workBySlot(r.id, bookings.get(r.id) ?? [], result) };
}

/** 1 for each slot no freeze closes that starts inside one of the periods. */
function inPeriods(periods: readonly Period[], facts: SlotFacts): Uint8Array {
  const marked = new Uint8Array(facts.starts.length);
  for (const period of periods) {
    facts.starts.forEach((at, slot) => {
      if (!facts.frozen[slot] && within(period, at)) marked[slot] = 1;
    });
  }
  return marked;
}

/** The commitments, part-time share and time off that reduced availability in [from, to). */
function takenBy(r: Resource, slots: ResourceSlots, facts: SlotFacts, from: number, to: number): TimeTaken[] {
  const open: string[] = [];
  let timeOff = false;
  for (let slot = from; slot < to; slot++) {
    if (slots.timeOff[slot]) timeOff = true;
    else if (slots.working[slot] > 0) open.push(facts.starts[slot]);
  }
  const taken: TimeTaken[] = [];
  if (r.availability < 1 - EPSILON && open.length > 0) taken.push({ kind: 'part-time', availability: r.availability });
  for (const c of r.commitments) {
    if (c.load > 0 && open.some((at) => within(c, at))) taken.push({ kind: 'commitment', load: c.load, ...(c.note ? { note: c.note } : {}) });
  }
  if (timeOff) taken.push({ kind: 'time-off' });
  return taken;
}

function periodLoad(number: number, from: number, to: number, r: Resource, slots: ResourceSlots, facts: SlotFacts): PeriodLoad {
  let working = 0;
  let available = 0;
  let work = 0;
  let other = 0;
  let over = false;
  let peak = 0;
  let frozen = 0;
  for (let slot = from; slot < to; slot++) {
    if (facts.frozen[slot]) frozen++;
    const free = slots.available[slot];
    const busy = slots.work[slot] ?? 0;
    working += slots.working[slot];
    available += free;
    work += busy;
    other += slots.other[slot];
    over ||= busy > free + EPSILON;
    if (free > 0) peak = Math.max(peak, (busy / free) * 100);
  }
  return {
    period: number,
    working,
    available,
    work,
    other,
    utilisation: available > 0 ? work / available : undefined,
    overAllocated: over,
    frozen: frozen === to - from,
    peakPercent: peak,
    takenBy: available < working - EPSILON ? takenBy(r, slots, facts, from, to) : [],
  };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

function allocationOf(r: Resource, inputs: AllocationInputs): ResourceAllocation {
  const { facts, periods, weeks } = inputs;
  const slots = resourceSlots(r, inputs);
  const loads = periods.map((p) => periodLoad(p.number, p.from, p.to, r, slots, facts));
  const working = sum(loads.map((l) => l.working));
  const available = sum(loads.map((l) => l.available));
  const work = sum(loads.map((l) => l.work));
  return {
    id: r.id,
    name: r.name,
    capacity: r.capacity,
    periods: loads,
    weeks: weeks ? weeks.map((w) => periodLoad(w.number, w.from, w.to, r, slots, facts)) : loads,
    working,
    available,
    work,
    other: sum(loads.map((l) => l.other)),
    utilisation: available > 0 ? work / available : undefined,
    overAllocated: loads.some((l) => l.overAllocated),
  };
}

export function analyseAllocation(result: PlanResult): AllocationAnalysis {
  const periods = planPeriods(result);
  const weeks = weekBuckets(result);
  const { unit, workweek, hours } = result.model.calendar;
  // Day plans are read in calendar weeks already; hour plans in days, so weeks are counted apart.
  const separateWeeks = unit === 'hour' ? weeks : undefined;
  const facts = slotFacts(result, Math.max(result.schedule.makespan, periods[periods.length - 1]?.to ?? 0));
  const bookings = bookingsByResource(result);
  const inputs: AllocationInputs = { result, facts, bookings, periods, weeks: separateWeeks };
  const resources = result.model.resources.map((r) => allocationOf(r, inputs));
  return {
    periods,
    weeks,
    resources,
    available: sum(resources.map((r) => r.available)),
    planned: sum(resources.map((r) => r.work)),
    other: sum(resources.map((r) => r.other)),
    slotsPerPeriod: unit === 'day' ? workweek.length : Math.max(1, hours[1] - hours[0]),
    overAllocated: resources.filter((r) => r.overAllocated).map((r) => r.id),
    bookedUnits: new Map(result.model.resources.map((r) => [r.id, bookedUnitsBySlot(bookings.get(r.id) ?? [], result.schedule.makespan)])),
  };
}
