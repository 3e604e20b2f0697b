/**
 * Estimates that learn (evidence-based forecasting): from the finished tasks of a status, each
 * person's ratio of actual work to estimate, the team's, and a conservative prior for people with
 * no history. The forecast then draws the remaining work of a person's tasks through their ratio.
 *
 * A task's actual work is the effort the status records, else what its people could give it
 * between its recorded start and finish (the slots, weighted by their rate, for effort; the span,
 * for a fixed duration). Ratios are geometric means, each person's pulled towards the team's with
 * the weight of PRIOR_TASKS tasks and the team's towards 1, so one odd task moves little; a person
 * with no finished task takes the team's ratio, never below 1: no evidence, no speed-up.
 */
import type { Activity } from '../model/index.js';
import type { ScheduledPlan } from '../plan/index.js';

/** How many tasks' worth of weight the prior carries against a person's own history. */
export const PRIOR_TASKS = 2;

export interface PersonBias {
  readonly person: string;
  /** Actual over estimate: 1.4 means 40% more work than estimated. */
  readonly ratio: number;
  /** Finished tasks it was learned from; 0 for the prior. */
  readonly tasks: number;
}

export interface Learning {
  readonly team: { readonly ratio: number; readonly tasks: number };
  readonly people: readonly PersonBias[];
  /** The multiplier of each activity still to do, by the ratio of its people (the largest). */
  readonly scale: Readonly<Record<string, number>>;
}

interface Observation {
  readonly people: readonly string[];
  readonly log: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function learnEstimates(plan: ScheduledPlan): Learning | undefined {
  const tracking = plan.tracking;
  if (!tracking) return undefined;
  const byId = new Map(plan.model.activities.map((a) => [a.id, a]));
  const observations = observe(plan, byId);
  if (observations.length === 0) return undefined;
  const teamLog = observations.reduce((s, o) => s + o.log, 0) / (observations.length + PRIOR_TASKS);
  const people = plan.model.resources.map((r): PersonBias => {
    const own = observations.filter((o) => o.people.includes(r.id));
    if (own.length === 0) return { person: r.id, ratio: round(Math.max(1, Math.exp(teamLog))), tasks: 0 };
    return { person: r.id, ratio: round(Math.exp((own.reduce((s, o) => s + o.log, 0) + PRIOR_TASKS * teamLog) / (own.length + PRIOR_TASKS))), tasks: own.length };
  });
  const ratioOf = new Map(people.map((p) => [p.person, p.ratio]));
  const done = new Set(tracking.progress.pinned.filter((p) => p.finish !== undefined).map((p) => p.id));
  const scale: Record<string, number> = {};
  for (const s of plan.schedule.activities) {
    if (done.has(s.id) || s.assignees.length === 0 || byId.get(s.id)?.type !== 'task') continue;
    scale[s.id] = Math.max(...s.assignees.map((p) => ratioOf.get(p) ?? 1));
  }
  return { team: { ratio: round(Math.exp(teamLog)), tasks: observations.length }, people, scale };
}

function observe(plan: ScheduledPlan, byId: ReadonlyMap<string, Activity>): Observation[] {
  const { status, progress } = plan.tracking!;
  const out: Observation[] = [];
  for (const pin of progress.pinned) {
    const a = byId.get(pin.id);
    const t = status.tasks.find((x) => x.id === pin.id);
    if (pin.finish === undefined || !a || a.type !== 'task' || !t || !pin.assignees || pin.assignees.length === 0) continue;
    const estimate = a.work.mode === 'effort' ? a.work.amount : a.work.slots;
    const actual = t.effort ?? worked(plan, a, pin.start, pin.finish, pin.assignees);
    if (estimate > 0 && actual > 0 && (t.effort !== undefined || t.started !== undefined)) out.push({ people: pin.assignees, log: Math.log(actual / estimate) });
  }
  return out;
}

/** What the people could give the task between its start and finish. */
function worked(plan: ScheduledPlan, a: Activity, start: number, finish: number, people: readonly string[]): number {
  if (a.work.mode === 'duration') return finish - start;
  let sum = 0;
  for (let slot = start; slot < finish; slot++) sum += Math.min(...people.map((p) => plan.calendar.rate(p, slot)));
  return sum;
}
