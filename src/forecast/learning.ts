/**
 * Estimates that learn (evidence-based forecasting): from the finished tasks of a status, how far
 * each person's estimates run from what the work took, and how sure we can be of it. The forecast
 * then draws the remaining work of each task through a ratio sampled for its person.
 *
 * A task's actual work is the effort the status records, else what its people could give it
 * between its recorded start and finish (the slots, weighted by their rate, for effort; the span,
 * for a fixed duration). The status's history adds earlier plans' finished tasks as they are. Ratios are modelled in logs, as evidence-based scheduling's history of
 * velocities is, but with shrinkage so a short history does not pass for certainty:
 *
 *   log(actual / estimate) of one task = the person's bias + noise (sd: the person's noise),
 *   a person's bias = the team's bias + a spread of PERSON_SPREAD,
 *   the team's bias = 0 (estimates hold) give or take TEAM_SPREAD.
 *
 * Each person's noise is their own spread pulled towards the team's pooled spread, and the
 * team's towards PRIOR_NOISE, each with the weight of NOISE_PRIOR_TASKS tasks. The biases are
 * the normal posteriors of that model given the noises. Every iteration of the forecast draws the
 * team's bias, then each person's about it, then each task's ratio about its person's (sampler.ts):
 * two finished tasks leave the bias wide, ten pin it down, and the noise stays. A person with no
 * finished task is drawn about the team's bias, never below 1: no evidence, no speed-up.
 */
import type { Activity } from '../model/index.js';
import type { ScheduledPlan } from '../plan/index.js';

/** Log-sd of one task's ratio about its estimator's bias before any history (about +-25%). */
export const PRIOR_NOISE = 0.25;
/** How many tasks' worth of weight the prior noise carries against the observed spread. */
export const NOISE_PRIOR_TASKS = 3;
/** Log-sd of one estimator's bias about the team's (some run 20-30% over, some under). */
export const PERSON_SPREAD = 0.25;
/** Log-sd of the team's bias about 1 before any history (a team 20% over or under its estimates). */
export const TEAM_SPREAD = 0.2;

export interface PersonBias {
  readonly person: string;
  /** Actual over estimate: 1.4 means 40% more work than estimated (the bias's central value). */
  readonly ratio: number;
  /** Finished tasks it was learned from; 0 for the prior. */
  readonly tasks: number;
}

/** How one person's ratio is drawn, in logs: bias = mean + team x teamZ + own x z; task = bias + noise x z'. */
export interface PersonDraw {
  readonly mean: number;
  /** Weight of the team's drawn bias in this person's (1 without history). */
  readonly team: number;
  /** Sd of the person's bias beyond what the team's explains. */
  readonly own: number;
  /** Sd of one task's ratio about the person's bias. */
  readonly noise: number;
}

/** What the sampler needs to draw ratios; plain data, so it can be posted to a worker. */
export interface RatioDraws {
  /** Sd of the team's bias (log). */
  readonly teamSd: number;
  readonly people: readonly PersonDraw[];
  /** Each activity still to do with people: the index in people of whose ratio it is drawn through. */
  readonly tasks: Readonly<Record<string, number>>;
}

export interface Learning {
  readonly team: { readonly ratio: number; readonly tasks: number };
  readonly people: readonly PersonBias[];
  readonly draws: RatioDraws;
}

interface Observation {
  readonly people: readonly string[];
  readonly log: number;
}

/** One person's history: how many tasks, their mean log ratio and the sum of squares about it. */
export interface History {
  readonly n: number;
  readonly mean: number;
  readonly squares: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function learnEstimates(plan: ScheduledPlan): Learning | undefined {
  const tracking = plan.tracking;
  if (!tracking) return undefined;
  const byId = new Map(plan.model.activities.map((a) => [a.id, a]));
  const observations = observe(plan, byId);
  if (observations.length === 0) return undefined;
  const ids = plan.model.resources.map((r) => r.id);
  const histories = ids.map((id) => history(observations.filter((o) => o.people.includes(id)).map((o) => o.log)));
  const draws = fitRatios(histories);
  const people = ids.map((person, k): PersonBias => ({ person, ratio: round(Math.exp(draws.people[k].mean)), tasks: histories[k].n }));
  const done = new Set(tracking.progress.pinned.filter((p) => p.finish !== undefined).map((p) => p.id));
  const index = new Map(ids.map((id, k) => [id, k]));
  const tasks: Record<string, number> = {};
  for (const s of plan.schedule.activities) {
    if (done.has(s.id) || s.assignees.length === 0 || byId.get(s.id)?.type !== 'task') continue;
    // Work done together goes at the pace of the slowest estimator of the people on it.
    const known = s.assignees.map((p) => index.get(p)).filter((k): k is number => k !== undefined);
    if (known.length > 0) tasks[s.id] = known.reduce((best, k) => (draws.people[k].mean > draws.people[best].mean ? k : best));
  }
  return {
    team: { ratio: round(Math.exp(draws.teamMean)), tasks: observations.length },
    people,
    draws: { teamSd: draws.teamSd, people: draws.people, tasks },
  };
}

function history(logs: readonly number[]): History {
  const n = logs.length;
  const mean = n > 0 ? logs.reduce((s, x) => s + x, 0) / n : 0;
  return { n, mean, squares: logs.reduce((s, x) => s + (x - mean) ** 2, 0) };
}

/** The normal model of the header, fitted to each person's history (same order as given). */
export function fitRatios(histories: readonly History[]): { teamMean: number; teamSd: number; people: PersonDraw[] } {
  const pooledSquares = histories.reduce((s, h) => s + h.squares, 0);
  const pooledDegrees = histories.reduce((s, h) => s + Math.max(0, h.n - 1), 0);
  const teamNoise2 = (NOISE_PRIOR_TASKS * PRIOR_NOISE ** 2 + pooledSquares) / (NOISE_PRIOR_TASKS + pooledDegrees);
  const noise2 = histories.map((h) => (h.n === 0 ? teamNoise2 : (NOISE_PRIOR_TASKS * teamNoise2 + h.squares) / (NOISE_PRIOR_TASKS + h.n - 1)));
  // The team's bias: the prior and each person's mean, each weighted by how sure it is.
  let precision = 1 / TEAM_SPREAD ** 2;
  let weighted = 0;
  histories.forEach((h, k) => {
    if (h.n === 0) return;
    const w = 1 / (PERSON_SPREAD ** 2 + noise2[k] / h.n);
    precision += w;
    weighted += w * h.mean;
  });
  const teamMean = weighted / precision;
  const teamVar = 1 / precision;
  const around = PERSON_SPREAD ** 2 + teamVar;
  const people = histories.map((h, k) => {
    const noise = Math.sqrt(noise2[k]);
    if (h.n === 0) return { mean: Math.max(0, teamMean), team: 1, own: PERSON_SPREAD, noise };
    const own = h.n / noise2[k];
    const p = own + 1 / around;
    const team = 1 / around / p;
    return { mean: (own * h.mean + teamMean / around) / p, team, own: Math.sqrt(Math.max(0, 1 / p - team * team * teamVar)), noise };
  });
  return { teamMean, teamSd: Math.sqrt(teamVar), people };
}

/** The earlier plans' finished tasks of the status's history, then this plan's. */
function observe(plan: ScheduledPlan, byId: ReadonlyMap<string, Activity>): Observation[] {
  const { status, progress } = plan.tracking!;
  const out: Observation[] = [];
  for (const h of status.history ?? []) out.push({ people: h.by, log: Math.log(h.actual / h.estimate) });
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
