/** The calendar every stage after scheduling reads: slots to dates and who may work when. */
import type { ZoneOffset } from './zones.js';
/** Slots <-> dates for one plan. Built once from the model's calendar. */
export interface PlanCalendar {
  readonly unit: 'day' | 'hour';
  /** ISO date (day plans) or `YYYY-MM-DDTHH:MM` (hour plans) at which the slot begins. */
  slotStart(slot: number): string;
  /** ISO date (day plans: the date of the slot itself) or datetime at which the slot ends. */
  slotEnd(slot: number): string;
  /** The first slot that starts on or after the given date/datetime. */
  slotAtOrAfter(date: string): number;
  /** Whether a freeze blocks an activity of the given kind in this slot; returns the freeze name. */
  freezeAt(slot: number, kind: string | undefined): string | undefined;
  /**
   * Share of a resource's time this plan may use in the slot, 0..1: 0 during time off,
   * availability x (1 - commitment loads) otherwise.
   */
  rate(resourceId: string, slot: number): number;
  /** Where a slot begins, in minutes since 1970-01-01T00:00 of the plan's wall clock. */
  slotMinutes(slot: number): number;
  /** The plan's IANA time zone; absent: UTC. */
  readonly timezone?: string;
  /** A zone's offsets, read once per calendar (Intl is slow): the same function for the same zone. */
  zoneOffset(zone: string | undefined): ZoneOffset;
}

/** PlanCalendar plus the conversions the scheduler and checker need. */
export interface WorkCalendar extends PlanCalendar {
  /** Slots [from, to) covered by a period; a date-only `to` includes that whole day. */
  periodSlots(from: string, to: string): readonly [number, number];
  /** Freeze windows as slot ranges, in spec order. */
  readonly freezes: readonly FreezeSlots[];
  /**
   * Working slots in the plan's horizon: no work may end after this slot. Periods reaching past
   * the horizon end at it.
   */
  readonly horizon: number;
  /** The last day of the horizon, YYYY-MM-DD. */
  readonly horizonEnd: string;
  /**
   * Where each slot 0 .. horizon begins on a zone's wall clock (minutes since 1970-01-01T00:00
   * there; undefined is the plan's own clock), built once per zone, since every worker's shifts
   * and rest rules read it. Read only. A calendar without it has its readers compute the same.
   */
  slotClock?(zone: string | undefined): Float64Array;
}

export interface FreezeSlots {
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly blocks: 'all' | readonly string[];
}
