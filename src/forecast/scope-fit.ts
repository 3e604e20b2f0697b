/**
 * Scope fitting: when the chance of making the deadline is below the target confidence, the
 * smallest set of should/could work whose removal reaches it, with its probability verified by
 * simulation (same seeds as the plan's own run, so the comparison is like for like).
 *
 * Method:
 * - Candidates are the cut units of the scope analysis (src/analyse/scope.ts): a should/could
 *   item with the should/could work that depends on it; never work a must-have needs, never work
 *   of a fixed goal.
 * - First everything flexible is cut at once. If even that misses the target, must-haves alone
 *   cannot make it: the report gives the date that reaches the target without the flexible work,
 *   and, per skill, the fewest extra full-time people (up to MAX_EXTRA_PEOPLE, re-planned and
 *   re-simulated) that reach the deadline instead; fixed goals with work that decides the finish
 *   are listed, never cut.
 * - Otherwise subsets are tried by size (1, 2, ...), every subset of a size in one batch; the
 *   first size with a subset reaching the target wins, and among those the highest probability
 *   (then the earliest in cut order). That is exact, up to the looks' small chance of error.
 *   When a size has more than MAX_BATCH subsets, the search turns greedy from the current best
 *   set: add the candidate that raises the probability most, simulate, repeat until the target
 *   is reached.
 * - Each subset and each capacity ask is a yes/no question (does it reach the target?), so it
 *   runs in looks and stops as soon as its answer is settled (decision.ts); its probability is
 *   reported with the runs made and the precision they give. Cutting everything flexible runs
 *   every iteration of the plan's own run, since its percentile gives the date at the target.
 */
import { analyseScope, type CutCandidate, indexPlan, type ScheduledPlan } from '../plan/index.js';
import { lookBoundaries, shareEstimate, verdict, type ShareEstimate } from './decision.js';
import type { SimRequest, SimResult } from './runs.js';
import { BASE_VARIANT, type Variant } from './setup.js';
import { countFinishes, percentile } from './stats.js';
import { finishPoint } from './summary.js';
import type { CapacityAsk, ScopeCut, ScopeFit, TaskUncertainty } from './types.js';

export const MAX_BATCH = 64;
export const MAX_EXTRA_PEOPLE = 3;
/** Work of a fixed goal that is critical in at least this share of runs decides the finish. */
const DECIDES_FINISH = 0.5;

export interface ScopeFitInputs {
  readonly result: ScheduledPlan;
  readonly target: number;
  readonly deliveryEnd: number;
  readonly probabilityBefore: number;
  /** Finishes of the plan's own run. */
  readonly makespans: Int32Array;
  readonly tasks: readonly TaskUncertainty[];
}

type Steps<T> = Generator<readonly SimRequest[], T, readonly SimResult[]>;

/** A variant's chance of finishing by the deadline, over the runs its question needed. */
interface Tried<T> {
  readonly of: T;
  readonly estimate: ShareEstimate;
}

/**
 * Whether each variant reaches the target, each run in looks until its answer is settled or the
 * plan's own run count is reached; all still open at a look run in one batch.
 */
function* decideEach(x: ScopeFitInputs, variants: readonly Variant[]): Steps<ShareEstimate[]> {
  const hits = new Int32Array(variants.length);
  const runs = new Int32Array(variants.length);
  let open = variants.map((_, k) => k);
  let from = 0;
  for (const to of lookBoundaries(x.makespans.length)) {
    if (open.length === 0) break;
    const results = yield open.map((k) => ({ variant: variants[k], detail: false, from, to }));
    open = open.filter((k, s) => {
      const r = results[s];
      // A variant that cannot be re-planned has no chance to report: its answer is no.
      if (r.unavailable !== undefined) return false;
      hits[k] += onTime(r.makespans, x.deliveryEnd);
      runs[k] += r.makespans.length;
      return verdict(hits[k], runs[k], x.target) === undefined;
    });
    from = to;
  }
  return variants.map((_, k) => shareEstimate(hits[k], runs[k]));
}

function onTime(makespans: Int32Array, deliveryEnd: number): number {
  let n = 0;
  for (let i = 0; i < makespans.length; i++) if (makespans[i] <= deliveryEnd) n++;
  return n;
}

export function* fitScope(x: ScopeFitInputs): Steps<ScopeFit> {
  const every = x.makespans.length;
  const before = shareEstimate(onTime(x.makespans, x.deliveryEnd), every);
  if (x.probabilityBefore >= x.target) {
    return { needed: false, reachesTarget: true, cuts: [], probabilityBefore: x.probabilityBefore, probabilityAfter: x.probabilityBefore, ...after(before), fixedGoalsAtRisk: [] };
  }
  const scope = analyseScope(x.result, indexPlan(x.result));
  const candidates = scope.cutOrder;
  const cutOf = (set: readonly number[]): string[] => set.flatMap((k) => [candidates[k].id, ...candidates[k].dependents]);
  const run = (sets: readonly (readonly number[])[]): Steps<Tried<number[]>[]> =>
    (function* () {
      const estimates = yield* decideEach(x, sets.map((set) => ({ ...BASE_VARIANT, cut: cutOf(set) })));
      return sets.map((set, s) => ({ of: [...set], estimate: estimates[s] }));
    })();

  const all = candidates.map((_, k) => k);
  // Without flexible work at all: if even that misses the target, no cut reaches it. Its runs
  // give the date at the target too, so it runs every iteration of the plan's own run.
  const [flexibleCut] = candidates.length > 0 ? yield [{ variant: { ...BASE_VARIANT, cut: cutOf(all) }, detail: false, from: 0, to: every }] : [undefined];
  const cutRuns = flexibleCut && flexibleCut.unavailable === undefined ? flexibleCut.makespans : undefined;
  const mustOnly = flexibleCut ? shareEstimate(cutRuns ? onTime(cutRuns, x.deliveryEnd) : 0, cutRuns?.length ?? 0) : before;
  const base = { needed: true, probabilityBefore: x.probabilityBefore } as const;
  if (mustOnly.share < x.target) {
    const f = countFinishes(flexibleCut?.makespans ?? x.makespans);
    const { asks: extraCapacity, best: bestCapacity } = yield* askCapacity(x, cutOf(all));
    return {
      ...base,
      reachesTarget: false,
      cuts: all.map((k) => scopeCut(x.result, candidates[k])),
      probabilityAfter: mustOnly.share,
      ...after(mustOnly),
      dateAtTarget: finishPoint(x.result.calendar, percentile(f, x.target)),
      extraCapacity,
      ...(extraCapacity.length === 0 && bestCapacity ? { bestCapacity } : {}),
      fixedGoalsAtRisk: fixedGoalsDecidingFinish(x),
    };
  }
  const best = (yield* smallestSet(candidates.length, x.target, run)) ?? { of: all, estimate: mustOnly };
  return { ...base, reachesTarget: true, cuts: best.of.map((k) => scopeCut(x.result, candidates[k])), probabilityAfter: best.estimate.share, ...after(best.estimate), fixedGoalsAtRisk: [] };
}

function after(estimate: ShareEstimate): Pick<ScopeFit, 'runsAfter' | 'halfWidthAfter'> {
  return { runsAfter: estimate.runs, halfWidthAfter: estimate.halfWidth };
}

type SetSearch = (sets: readonly (readonly number[])[]) => Steps<Tried<number[]>[]>;

/** The smallest set reaching the target; undefined when none does (cutting all of them does, so the caller falls back to that). */
function* smallestSet(k: number, target: number, run: SetSearch): Steps<Tried<number[]> | undefined> {
  let current: Tried<number[]> | undefined;
  for (let size = 1; size <= k; size++) {
    if (binomial(k, size) > MAX_BATCH) return yield* greedyFrom(current, k, target, run);
    const tried = yield* run(subsets(k, size));
    let pick: Tried<number[]> | undefined;
    for (const t of tried) if (t.estimate.share >= target && (!pick || t.estimate.share > pick.estimate.share)) pick = t;
    if (pick) return pick;
    // Remember the best set of this size, where a greedy continuation would start.
    current = highest(tried);
  }
  return undefined;
}

function* greedyFrom(start: Tried<number[]> | undefined, k: number, target: number, run: SetSearch): Steps<Tried<number[]> | undefined> {
  let current = start;
  while ((current?.estimate.share ?? 0) < target && (current?.of.length ?? 0) < k) {
    const set = current?.of ?? [];
    const options = Array.from({ length: k }, (_, c) => c).filter((c) => !set.includes(c));
    current = highest(yield* run(options.map((c) => [...set, c].sort((a, b) => a - b))));
  }
  return current && current.estimate.share >= target ? current : undefined;
}

/** The entry with the highest share; ties keep the first. */
function highest<T>(tried: readonly Tried<T>[]): Tried<T> {
  let top = tried[0];
  for (const t of tried) if (t.estimate.share > top.estimate.share) top = t;
  return top;
}

/**
 * Per skill, the fewest extra people (1..MAX_EXTRA_PEOPLE) that reach the target, each re-planned;
 * and, among the skills that never reach it, the one whose largest addition comes closest. The
 * largest addition is asked first: a skill it does not take to the target is not asked with fewer
 * people, who finish no sooner, so a plan that people cannot save re-plans once per skill, not
 * once per skill and head count. Only for the skills it does take there are fewer people tried,
 * one, then two, ..., to find the fewest.
 */
function* askCapacity(x: ScopeFitInputs, cut: readonly string[]): Steps<{ asks: CapacityAsk[]; best?: CapacityAsk }> {
  const cutSet = new Set(cut);
  const skills = [...new Set(x.result.model.activities.filter((a) => a.priority !== 'wont' && !cutSet.has(a.id)).flatMap((a) => a.demands.filter((d) => d.resource === undefined).flatMap((d) => d.skills)))].sort();
  const ask = function* (open: readonly string[], people: number): Steps<CapacityAsk[]> {
    const estimates = yield* decideEach(x, open.map((skill) => ({ cut, withoutRisks: [], extraPeople: [{ skill, count: people }] })));
    return open.map((skill, s) => ({ skill, people, probability: estimates[s].share, runs: estimates[s].runs, halfWidth: estimates[s].halfWidth }));
  };
  const largest = skills.length > 0 ? yield* ask(skills, MAX_EXTRA_PEOPLE) : [];
  let best: CapacityAsk | undefined;
  // Skills are sorted, so ties keep the alphabetically first.
  for (const a of largest) if (a.probability < x.target && (!best || a.probability > best.probability)) best = a;
  const fewest = new Map(largest.filter((a) => a.probability >= x.target).map((a) => [a.skill, a]));
  let open = [...fewest.keys()];
  for (let people = 1; people < MAX_EXTRA_PEOPLE && open.length > 0; people++) {
    const tried = yield* ask(open, people);
    for (const a of tried) if (a.probability >= x.target) fewest.set(a.skill, a);
    open = tried.filter((a) => a.probability < x.target).map((a) => a.skill);
  }
  return { asks: [...fewest.values()].sort((a, b) => a.people - b.people || a.skill.localeCompare(b.skill)), best };
}

function fixedGoalsDecidingFinish(x: ScopeFitInputs): string[] {
  const fixed = new Set(x.result.model.goals.filter((g) => g.fixed).map((g) => g.id));
  const criticality = new Map(x.tasks.map((t) => [t.id, t.criticality]));
  const goals = new Set<string>();
  for (const a of x.result.model.activities) {
    if (a.goal !== undefined && fixed.has(a.goal) && (criticality.get(a.id) ?? 0) >= DECIDES_FINISH) goals.add(a.goal);
  }
  return x.result.model.goals.filter((g) => goals.has(g.id)).map((g) => g.id);
}

function scopeCut(result: ScheduledPlan, c: CutCandidate): ScopeCut {
  const a = result.model.activities.find((x) => x.id === c.id);
  return { id: c.id, title: a?.title ?? c.id, priority: c.priority, dependents: c.dependents };
}

function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
}

/** Every k-subset of 0..n-1, in lexicographic order. */
export function subsets(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick: number[] = [];
  const walk = (from: number): void => {
    if (pick.length === k) {
      out.push([...pick]);
      return;
    }
    for (let i = from; i <= n - (k - pick.length); i++) {
      pick.push(i);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return out;
}
