/**
 * Work below one slot (a 2-hour retrospective in a day plan, 30 minutes in an hour plan) is
 * packed: it takes one slot, but only the share of its people's slot the work needs, so other
 * work can use the rest of the day. Everything else runs in whole slots.
 *
 * The share of a fixed duration is the duration itself (2h of an 8-hour day is 0.25). The share
 * of effort is the effort over the crew's rate in the slot (2h of effort by someone giving the
 * plan half their day takes half of what they give: 0.5). Effort packs only when every candidate
 * can finish it in one slot at their slowest working rate, so a packed share never exceeds 1.
 */
import type { RateProfile } from '../calendar/index.js';

const EPSILON = 1e-9;

/** The work below one slot an activity packs (duration or effort), or 0 when it runs in whole slots. */
export function packedWork(amount: number, fixed: boolean, packRate: number): number {
  if (!(amount > EPSILON && amount < 1 - EPSILON)) return 0;
  return fixed || amount <= packRate + EPSILON ? amount : 0;
}

/** The slowest rate above 0 of a resource: where it works at all, it works at least this fast. */
export function slowestWorkingRate(profile: RateProfile): number {
  let slowest = profile.steady > EPSILON ? profile.steady : Infinity;
  for (const r of profile.dense) if (r > EPSILON && r < slowest) slowest = r;
  return slowest === Infinity ? 0 : slowest;
}

/** The share of the slot packed work takes at the crew's rate (fixed work: the work itself). */
export function packedShare(work: number, fixed: boolean, rate: number): number {
  return fixed ? work : Math.min(1, work / rate);
}
