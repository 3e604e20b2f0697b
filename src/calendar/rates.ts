/**
 * Per-slot working rate of a resource and per-slot freeze masks, as arrays the scheduler can
 * index directly. Both change only at finitely many dates, so each is a dense array up to its
 * last change and a constant ("steady") value after it. Periods end with the plan's horizon,
 * so neither array is longer than the horizon, however far away a period ends.
 */
import type { Resource } from '../model/index.js';
import { dutyMask } from './roster.js';
import type { FreezeSlots, WorkCalendar } from './types.js';

export interface RateProfile {
  /** Rate of slots 0 .. dense.length-1. */
  readonly dense: Float64Array;
  /** Rate of every slot from dense.length on. */
  readonly steady: number;
  /** The highest rate of any slot: 0 when the resource can never work on this plan. */
  readonly peak: number;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * Rate per slot: 0 during time off, otherwise availability x (1 - the loads of the commitments
 * covering the slot), clamped to [0, 1]. Periods before slot 0 are ignored. When periods run to
 * the end of the horizon, their last rate is the steady one: no plan slot lies beyond it, and a
 * leave "until 9999" then reads as what it is for the plan, a rate of 0 from its start on.
 */
export function resourceRates(resource: Resource, calendar: WorkCalendar): RateProfile {
  const off = resource.timeOff.map((p) => calendar.periodSlots(p.from, p.to));
  const loads = resource.commitments.map((c) => ({ range: calendar.periodSlots(c.from, c.to), load: c.load }));
  const duty = dutyMask(resource, calendar);
  let end = duty ? duty.length : 0;
  for (const [, to] of off) end = Math.max(end, to);
  for (const { range } of loads) end = Math.max(end, range[1]);
  const full = new Float64Array(end);
  if (loads.length === 0) full.fill(clamp01(resource.availability));
  else {
    const taken = new Float64Array(end);
    for (const { range, load } of loads) {
      for (let s = Math.max(0, range[0]); s < range[1]; s++) taken[s] += load;
    }
    for (let s = 0; s < end; s++) full[s] = clamp01(resource.availability * (1 - taken[s]));
  }
  for (const [from, to] of off) full.fill(0, Math.max(0, from), Math.max(0, to));
  // Off shift is off: a roster's mask covers the whole horizon.
  if (duty) for (let s = 0; s < duty.length; s++) if (duty[s] === 0) full[s] = 0;
  const steady = end > 0 && end >= calendar.horizon ? full[end - 1] : clamp01(resource.availability);
  let last = end;
  while (last > 0 && end >= calendar.horizon && full[last - 1] === steady) last--;
  // A view, not a copy: nothing writes to a profile once built.
  const dense = last === end ? full : full.subarray(0, last);
  let peak = steady;
  for (const r of dense) peak = Math.max(peak, r);
  return { dense, steady, peak };
}

export function rateAt(profile: RateProfile, slot: number): number {
  return slot < profile.dense.length ? profile.dense[slot] : profile.steady;
}

/** Whether a freeze stops work of this kind; `'all'` stops every kind, including none. */
export function freezeBlocks(freeze: FreezeSlots, kind: string | undefined): boolean {
  return freeze.blocks === 'all' || (kind !== undefined && freeze.blocks.includes(kind));
}

/**
 * Slots where a freeze blocks work of the given kind (1 = blocked), up to the last blocking
 * freeze; undefined when nothing ever blocks it. `blocks: 'all'` blocks every kind.
 */
export function freezeMask(calendar: WorkCalendar, kind: string | undefined): Uint8Array | undefined {
  const hits = calendar.freezes.filter((f) => f.to > 0 && f.to > f.from && freezeBlocks(f, kind));
  if (hits.length === 0) return undefined;
  const mask = new Uint8Array(Math.max(...hits.map((f) => f.to)));
  for (const f of hits) mask.fill(1, Math.max(0, f.from), f.to);
  return mask;
}
