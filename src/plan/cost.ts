/**
 * What each scheduled activity costs on the plan, in minor units of the currency (cents):
 * labour, the rate of each person or pool unit on it times the share of each worked slot they
 * give the plan, and the item's fixed cost. Each activity's labour is rounded to a whole cent
 * once, so every total built from activities (per phase, per week, the plan's) adds up exactly.
 * The forecast scales the same labour by each run's drawn work, so it reads this too.
 */
import type { Model } from '../model/index.js';
import type { ScheduledPlan } from './scheduled-plan.js';
import { crewParts } from '../schedule/index.js';

export const DEFAULT_CURRENCY = 'USD';

export interface ActivityCost {
  readonly id: string;
  /** Labour in whole minor units. */
  readonly labour: number;
  /** The item's fixed cost in whole minor units (0 when none). */
  readonly fixed: number;
  /**
   * The labour's worked slots with their unrounded weights, [slot, weight] flattened, so the
   * labour can be split over weeks without losing a cent.
   */
  readonly slots: readonly number[];
}

export interface PlanCosts {
  readonly currency: string;
  /** Scheduled activities with labour or a fixed cost, in schedule order. */
  readonly activities: readonly ActivityCost[];
  /** Resources that do scheduled work but have no rate: their time costs nothing here. */
  readonly unrated: readonly string[];
}

/** Whether the plan prices anything: a rate or a fixed cost. */
export function hasCosts(model: Model): boolean {
  return model.resources.some((r) => r.rate !== undefined) || model.activities.some((a) => a.cost !== undefined);
}

export function planCosts(result: ScheduledPlan): PlanCosts | undefined {
  const { model, schedule, calendar } = result;
  if (!hasCosts(model)) return undefined;
  const activity = new Map(model.activities.map((a) => [a.id, a]));
  const resource = new Map(model.resources.map((r) => [r.id, r]));
  const unrated = new Set<string>();
  const activities: ActivityCost[] = [];
  for (const s of schedule.activities) {
    const a = activity.get(s.id);
    if (!a) continue;
    const slots: number[] = [];
    let sum = 0;
    for (const part of crewParts(s)) part.assignees.forEach((id, k) => {
      const r = resource.get(id);
      if (r?.rate === undefined) {
        if (r) unrated.add(r.id);
        return;
      }
      const units = a.demands[k]?.units ?? 1;
      for (const [from, to] of part.segments) {
        for (let slot = from; slot < to; slot++) {
          const weight = units * calendar.rate(id, slot) * r.rate;
          slots.push(slot, weight);
          sum += weight;
        }
      }
    });
    const labour = Math.round(sum);
    const fixed = a.cost ?? 0;
    if (labour > 0 || fixed > 0) activities.push({ id: a.id, labour, fixed, slots });
  }
  return { currency: model.constraints.currency ?? DEFAULT_CURRENCY, activities, unrated: [...unrated].sort() };
}

/**
 * An activity's labour split over consecutive ranges of slots (weeks), exact to the cent: each
 * boundary takes the rounded share of the labour worked before it, so the parts add up to it.
 * `bucketOf(slot)` names the range of a slot; the answer adds each part into `into`.
 */
export function splitLabour(cost: ActivityCost, bucketOf: (slot: number) => number, into: Map<number, number>): void {
  let total = 0;
  for (let k = 1; k < cost.slots.length; k += 2) total += cost.slots[k];
  if (total <= 0) return;
  let before = 0;
  let given = 0;
  for (let k = 0; k < cost.slots.length; k += 2) {
    before += cost.slots[k + 1];
    const upTo = k + 2 >= cost.slots.length ? cost.labour : Math.round((cost.labour * before) / total);
    const bucket = bucketOf(cost.slots[k]);
    into.set(bucket, (into.get(bucket) ?? 0) + upTo - given);
    given = upTo;
  }
}
