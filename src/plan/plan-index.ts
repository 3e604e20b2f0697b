/** Lookups every analysis needs, built once per plan instead of searching arrays repeatedly. */
import type { Activity, Goal, Resource, Risk } from '../model/index.js';
import type { ActivityTiming, ScheduledActivity } from '../schedule/index.js';
import type { ScheduledPlan } from './scheduled-plan.js';

export interface PlanIndex {
  readonly activity: ReadonlyMap<string, Activity>;
  readonly scheduled: ReadonlyMap<string, ScheduledActivity>;
  readonly timing: ReadonlyMap<string, ActivityTiming>;
  readonly resource: ReadonlyMap<string, Resource>;
  readonly goal: ReadonlyMap<string, Goal>;
  readonly risk: ReadonlyMap<string, Risk>;
  /** Activities that depend directly on each activity. */
  readonly successors: ReadonlyMap<string, readonly string[]>;
  /** Critical activities: no float, each on a driving chain from the plan start to the finish. */
  readonly critical: ReadonlySet<string>;
}

export function indexPlan(result: ScheduledPlan): PlanIndex {
  const { model, schedule, timing } = result;
  const successors = new Map<string, string[]>();
  for (const a of model.activities) {
    for (const d of a.deps) {
      const list = successors.get(d.from) ?? [];
      list.push(a.id);
      successors.set(d.from, list);
    }
  }
  const critical = new Set<string>(timing.activities.filter((t) => t.critical).map((t) => t.id));
  return {
    activity: new Map(model.activities.map((a) => [a.id, a])),
    scheduled: new Map(schedule.activities.map((s) => [s.id, s])),
    timing: new Map(timing.activities.map((t) => [t.id, t])),
    resource: new Map(model.resources.map((r) => [r.id, r])),
    goal: new Map(model.goals.map((g) => [g.id, g])),
    risk: new Map(model.risks.map((r) => [r.id, r])),
    successors,
    critical,
  };
}

/** Every activity reachable from `id` through dependencies (not including `id`). */
export function downstreamOf(id: string, index: PlanIndex): Set<string> {
  const seen = new Set<string>();
  const stack = [...(index.successors.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const after = index.successors.get(next);
    if (after) for (const s of after) stack.push(s);
  }
  return seen;
}

/** Every activity `id` waits on through dependencies, directly or not (not including `id`). */
export function upstreamOf(id: string, index: PlanIndex): Set<string> {
  const seen = new Set<string>();
  const stack = (index.activity.get(id)?.deps ?? []).map((d) => d.from);
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(index.activity.get(next)?.deps ?? []).map((d) => d.from));
  }
  return seen;
}

/** A person's display name, or the text itself for owners who are not on the team. */
export function nameOf(idOrName: string, index: PlanIndex): string {
  return index.resource.get(idOrName)?.name ?? idOrName;
}

/**
 * Work an activity takes from its people, in person-slots: units x worked slots (x the share of
 * the slot packed work takes), or units x
 * effort for effort work (every crew member works the whole effort, as the scheduler books it).
 */
export function workOf(s: ScheduledActivity, a: Activity | undefined): number {
  const units = s.assignees.reduce((sum, _r, i) => sum + (a?.demands[i]?.units ?? 1), 0);
  if (a?.work.mode === 'effort') return a.work.amount * units;
  return units * (s.share ?? 1) * s.segments.reduce((sum, [from, to]) => sum + (to - from), 0);
}
