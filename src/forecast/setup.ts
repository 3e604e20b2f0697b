/**
 * One simulated plan: the compiled problem of a variant of the model (some work cut, some
 * risks off, some people added), ready to be re-scheduled thousands of times.
 *
 * Every iteration runs the general serial schedule (calendars, time off, freezes, effort at
 * each person's rate) with a fixed activity list and fixed assignments: the order in which the
 * deterministic plan started the work, and the people it gave the work to. So people stay
 * people (nobody does two things at once, nobody works on a day off), the plan's choices hold,
 * and only the dates move, as they would when the plan is followed and estimates turn out
 * differently. The search (GA) is never run per iteration; it is run once per variant that
 * adds people, because new people need work assigned.
 */
import { compileMemo, compileModel, type CompileMemo, type Compiled, listNetwork, pinProblem, withFixedAssignment, type Problem, type Progress, listByKeys, scheduleProblem, DriverEngine, GeneralDecoder, reservedBaseline, type Schedule, inListOrder, baselineInListOrder } from '../schedule/index.js';
import type { Model, Resource } from '../model/index.js';
import type { SamplingPlan } from './sampler.js';
import type { RatioDraws } from './learning.js';

/** What differs from the plan as specified. */
export interface Variant {
  /** Activities removed from the plan (should/could work and what depends on it). */
  readonly cut: readonly string[];
  /** Risks switched off (for risk drivers). */
  readonly withoutRisks: readonly string[];
  /** Extra full-time people, by skill (for capacity asks). */
  readonly extraPeople: readonly { readonly skill: string; readonly count: number }[];
  /** Draw the estimates as written, without what was learned from finished work. */
  readonly raw?: boolean;
}

export const BASE_VARIANT: Variant = { cut: [], withoutRisks: [], extraPeople: [] };

/** What every simulation of one plan shares; plain data, so it can be posted to a worker. */
export interface SimulationInput {
  readonly model: Model;
  readonly schedule: Schedule;
  /** Search budget for re-planning a variant with extra people. */
  readonly schedules: number;
  readonly seed: number;
  /** A re-plan's pins (docs/tracking.md): only the work still to do is simulated, from them on. */
  readonly progress?: Progress;
  /** Learned ratios (learning.ts) the remaining work is drawn through; absent without finished work. */
  readonly ratios?: RatioDraws;
}

/** The part of a simulation that depends only on the variant's problem: its cuts and extra people. */
export interface SimulatedProblem {
  readonly problem: Problem;
  readonly decoder: GeneralDecoder;
  readonly list: Int32Array;
  /** Problem index of each SamplingPlan.works entry, -1 when the variant cut it. */
  readonly slot: Int32Array;
  /** 1 for each SamplingPlan.works entry drawn as effort (its span follows its people's rates). */
  readonly byEffort: Uint8Array;
  /** Reads each run's schedule for criticality, with the fixed assignments. */
  readonly drivers: DriverEngine;
  /** The problem's activities come in list order (list-order.ts): each one's index in the variant's compiled problem. */
  readonly original: Int32Array;
}

export interface Simulation extends SimulatedProblem {
  /** 1 for each SamplingPlan.risks entry the variant switched off. */
  readonly disabled: Uint8Array;
  /** Draws work through the learned ratios (false for the estimates as written). */
  readonly learned: boolean;
}

/** Why a variant cannot be simulated (only a re-plan with extra people can fail). */
export type SimulationSetup = { readonly simulation: Simulation } | { readonly simulation?: undefined; readonly reason: string };

export function extraPersonId(skill: string, k: number): string {
  return `extra-${skill}-${k + 1}`;
}

export function variantModel(model: Model, variant: Variant): Model {
  const cut = new Set(variant.cut);
  const extra: Resource[] = variant.extraPeople.flatMap(({ skill, count }) =>
    Array.from({ length: count }, (_, k) => ({
      id: extraPersonId(skill, k),
      name: `Extra ${skill} person ${k + 1}`,
      kind: 'person' as const,
      skills: [skill],
      capacity: 1,
      availability: 1,
      timeOff: [],
      commitments: [],
      path: ['team', model.resources.length + k],
    })),
  );
  return {
    ...model,
    resources: extra.length > 0 ? [...model.resources, ...extra] : model.resources,
    activities: cut.size > 0 ? model.activities.map((a) => (cut.has(a.id) ? { ...a, priority: 'wont' as const } : a)) : model.activities,
  };
}

/**
 * A capacity ask re-plans the whole plan for each skill and head count it tries (up to three
 * people for every skill), so each re-plan gets a tenth of the plan's search budget: the plan
 * itself keeps the full search, and the asks stay a small share of the forecast's time.
 */
export const REPLAN_SHARE = 10;

export function replanBudget(schedules: number): number {
  return Math.max(1, Math.ceil(schedules / REPLAN_SHARE));
}

/** A variant's re-plan with extra people: its schedule, or why there is none. */
type Replan = { readonly schedule: Schedule } | { readonly schedule?: undefined; readonly reason: string };

/**
 * What one thread keeps between the requests of one forecast. It never changes a result: it
 * spares compiling and setting up again a problem an earlier request (an earlier batch of the
 * plan's own run, a risk switched off, an earlier look of the same question) already set up, and
 * re-planning a variant with extra people that an earlier request already re-planned. Every
 * iteration writes all the drawn work into a problem before scheduling it, so a problem set up
 * once serves any number of requests.
 */
export interface ForecastMemo {
  readonly compile: CompileMemo;
  /** The simulated model as the plan's search compiled it, which the variants without cuts or extra people share. */
  readonly compiled?: { readonly model: Model; readonly problem: Problem };
  readonly replans: Map<string, Replan>;
  /** Set-up problems by cuts and extra people, most recently used last. */
  readonly problems: Map<string, ProblemSetup>;
  /** How many activities' worth of set-up problems to keep. */
  readonly keptActivities: number;
}

/**
 * How many activities' worth of set-up problems a memo keeps (at least two problems): on a small
 * plan every variant of the scope fit, on a plan of 20,000 activities the last ten. Each problem
 * holds a decoder sized to the plan, so a search over many cut sets does not keep them all.
 */
const KEPT_ACTIVITIES = 200_000;

export function forecastMemo(compiled?: ForecastMemo['compiled'], keptActivities = KEPT_ACTIVITIES): ForecastMemo {
  return { compile: compileMemo(), replans: new Map(), problems: new Map(), keptActivities, ...(compiled ? { compiled } : {}) };
}

type ProblemSetup = { readonly simulated: SimulatedProblem } | { readonly simulated?: undefined; readonly reason: string };

export function buildSimulation(input: SimulationInput, plan: SamplingPlan, variant: Variant, memo?: ForecastMemo): SimulationSetup {
  const setup = memo ? keptProblem(input, plan, variant, memo) : setUpProblem(input, plan, variant);
  if (!setup.simulated) return { reason: setup.reason };
  const off = new Set(variant.withoutRisks);
  return {
    simulation: {
      ...setup.simulated,
      disabled: Uint8Array.from(plan.risks, (r) => (off.has(r.id) ? 1 : 0)),
      learned: !variant.raw && plan.ratios !== undefined,
    },
  };
}

/** The memo's set-up problem of the variant, set up now when it has none. */
function keptProblem(input: SimulationInput, plan: SamplingPlan, variant: Variant, memo: ForecastMemo): ProblemSetup {
  const key = JSON.stringify([variant.cut, variant.extraPeople]);
  let setup = memo.problems.get(key);
  if (setup) memo.problems.delete(key);
  else setup = setUpProblem(input, plan, variant, memo);
  memo.problems.set(key, setup);
  const most = Math.max(2, Math.floor(memo.keptActivities / Math.max(1, input.schedule.activities.length)));
  while (memo.problems.size > most) memo.problems.delete(memo.problems.keys().next().value!);
  return setup;
}

function setUpProblem(input: SimulationInput, plan: SamplingPlan, variant: Variant, memo?: ForecastMemo): ProblemSetup {
  const compiled = planProblem(input, variant, memo) ?? compileModel(variantModel(input.model, variant), memo?.compile);
  if (!compiled.problem) return { reason: compiled.diagnostics[0]?.message ?? 'the variant cannot be compiled' };
  const pinned = input.progress ? pinProblem(compiled.problem, input.progress) : undefined;
  const base = pinned ? pinned.problem : compiled.problem;
  let schedule = input.schedule;
  if (variant.extraPeople.length > 0) {
    const key = JSON.stringify([variant.cut, variant.extraPeople]);
    const replanned = memo?.replans.get(key) ?? replan(input, base, pinned?.baseline);
    memo?.replans.set(key, replanned);
    if (!replanned.schedule) return { reason: replanned.reason };
    schedule = replanned.schedule;
  }
  const scheduled = new Map(schedule.activities.map((s) => [s.id, s]));
  const resourceIndex = new Map(base.resources.map((r, k) => [r.id, k]));
  // Fixed assignment: each demand has one candidate, the resource the plan gave it.
  const assigned = new Int32Array(base.demandUnits.length);
  for (let j = 0; j < base.n; j++) {
    const s = scheduled.get(base.ids[j])!;
    for (let d = base.demandStart[j]; d < base.demandStart[j + 1]; d++) assigned[d] = resourceIndex.get(s.assignees[d - base.demandStart[j]])!;
  }
  const problemIndex = new Map(base.ids.map((id, j) => [id, j]));
  const slot = Int32Array.from(plan.works, (w) => problemIndex.get(w.id) ?? -1);
  const start = Int32Array.from(base.ids, (id) => scheduled.get(id)!.start);
  const rank = Int32Array.from(base.ids, (_, j) => j);
  // Every run decodes this list: numbered in its order, the runs read the activities in sequence.
  // The copy has arrays of its own, so the draws written into it leave the plan's problem alone.
  const ordered = inListOrder({ ...withFixedAssignment(base, assigned), horizon: widenedHorizon(base, plan, slot) }, listByKeys(listNetwork(base), start, rank));
  const { problem, position } = ordered;
  return {
    simulated: {
      problem,
      decoder: new GeneralDecoder(problem, baselineInListOrder(pinned?.baseline ?? reservedBaseline(problem.reserved, problem.n), ordered.original)),
      list: ordered.list,
      slot: slot.map((j) => (j >= 0 ? position[j] : -1)),
      byEffort: Uint8Array.from(plan.works, (w, k) => (slot[k] >= 0 && w.mode === 'effort' && base.fixedSpan[slot[k]] < 0 ? 1 : 0)),
      // With fixed assignment each demand's one candidate is its resource.
      drivers: new DriverEngine(problem, problem.candidates),
      original: ordered.original,
    },
  };
}

/** The plan's own compiled problem, for a variant that neither cuts work nor adds people. */
function planProblem(input: SimulationInput, variant: Variant, memo: ForecastMemo | undefined): Compiled | undefined {
  if (variant.cut.length > 0 || variant.extraPeople.length > 0) return undefined;
  return memo?.compiled?.model === input.model ? { problem: memo.compiled.problem, diagnostics: [] } : undefined;
}

function replan(input: SimulationInput, problem: Problem, baseline: Parameters<typeof scheduleProblem>[2]): Replan {
  const replanned = scheduleProblem(problem, { schedules: replanBudget(input.schedules), seed: input.seed }, baseline);
  return replanned.schedule ? { schedule: replanned.schedule } : { reason: replanned.diagnostics[0]?.message ?? 'the variant cannot be scheduled' };
}

/**
 * The compiled horizon bounds schedules of the plan's own amounts; sampled work can be longer.
 * Each variable activity may add its largest draw plus every risk delay on it, at the slowest
 * steady rate in the team (the loop bound only matters when work truly cannot be placed), up to
 * the plan's horizon.
 */
function widenedHorizon(problem: Problem, plan: SamplingPlan, slot: Int32Array): number {
  let slowest = 1;
  for (const r of problem.rates) if (r.steady > 0) slowest = Math.min(slowest, r.steady);
  const extra = plan.headroom;
  let widened = problem.horizon;
  for (let k = 0; k < extra.length; k++) if (slot[k] >= 0) widened += Math.ceil(extra[k] / slowest);
  // Sampled work still ends within the plan's horizon, or the iteration counts as failed.
  return problem.reach ? Math.min(widened, problem.reach.slots - 1) : widened;
}
