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
 *   (then the earliest in cut order). That is exact. When a size has more than MAX_BATCH subsets,
 *   the search turns greedy from the current best set: add the candidate that raises the
 *   probability most, simulate, repeat until the target is reached.
 */
import { analyseScope, type CutCandidate, indexPlan, type ScheduledPlan } from '../plan/index.js';
import type { SimRequest, SimResult } from './runs.js';
import { BASE_VARIANT, type Variant } from './setup.js';
import { countFinishes, percentile, shareBy } from './stats.js';
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

/** Each variant runs the iterations of the plan's own run (same draws), without detail. */
function everyRun(x: ScopeFitInputs): Pick<SimRequest, 'detail' | 'from' | 'to'> {
  return { detail: false, from: 0, to: x.makespans.length };
}

export function* fitScope(x: ScopeFitInputs): Steps<ScopeFit> {
  const probability = (r: SimResult): number => (r.unavailable !== undefined || r.makespans.length === 0 ? 0 : shareBy(countFinishes(r.makespans), x.deliveryEnd));
  if (x.probabilityBefore >= x.target) {
    return { needed: false, reachesTarget: true, cuts: [], probabilityBefore: x.probabilityBefore, probabilityAfter: x.probabilityBefore, fixedGoalsAtRisk: [] };
  }
  const scope = analyseScope(x.result, indexPlan(x.result));
  const candidates = scope.cutOrder;
  const cutOf = (set: readonly number[]): string[] => set.flatMap((k) => [candidates[k].id, ...candidates[k].dependents]);
  const runs = everyRun(x);
  const run = (sets: readonly (readonly number[])[]): Steps<number[]> =>
    (function* () {
      const results = yield sets.map((set) => ({ variant: { ...BASE_VARIANT, cut: cutOf(set) }, ...runs }));
      return results.map(probability);
    })();

  const all = candidates.map((_, k) => k);
  // Without flexible work at all: if even that misses the target, no cut reaches it.
  const [flexibleCut] = candidates.length > 0 ? yield [{ variant: { ...BASE_VARIANT, cut: cutOf(all) }, ...runs }] : [undefined];
  const mustOnly = flexibleCut ? probability(flexibleCut) : x.probabilityBefore;
  const base = { needed: true, probabilityBefore: x.probabilityBefore } as const;
  if (mustOnly < x.target) {
    const f = countFinishes(flexibleCut?.makespans ?? x.makespans);
    const { asks: extraCapacity, best: bestCapacity } = yield* askCapacity(x, cutOf(all), probability);
    return {
      ...base,
      reachesTarget: false,
      cuts: all.map((k) => scopeCut(x.result, candidates[k])),
      probabilityAfter: mustOnly,
      dateAtTarget: finishPoint(x.result.calendar, percentile(f, x.target)),
      extraCapacity,
      ...(extraCapacity.length === 0 && bestCapacity ? { bestCapacity } : {}),
      fixedGoalsAtRisk: fixedGoalsDecidingFinish(x),
    };
  }
  const best = yield* smallestSet(candidates.length, x.target, run);
  return { ...base, reachesTarget: true, cuts: best.set.map((k) => scopeCut(x.result, candidates[k])), probabilityAfter: best.probability, fixedGoalsAtRisk: [] };
}

function* smallestSet(k: number, target: number, run: (sets: readonly (readonly number[])[]) => Steps<number[]>): Steps<{ set: number[]; probability: number }> {
  let current: { set: number[]; probability: number } = { set: [], probability: 0 };
  for (let size = 1; size <= k; size++) {
    if (binomial(k, size) > MAX_BATCH) return yield* greedyFrom(current, k, target, run);
    const sets = subsets(k, size);
    const ps = yield* run(sets);
    let pick = -1;
    for (let s = 0; s < sets.length; s++) if (ps[s] >= target && (pick < 0 || ps[s] > ps[pick])) pick = s;
    if (pick >= 0) return { set: sets[pick], probability: ps[pick] };
    // Remember the best set of this size, where a greedy continuation would start.
    let top = 0;
    for (let s = 1; s < sets.length; s++) if (ps[s] > ps[top]) top = s;
    current = { set: sets[top], probability: ps[top] };
  }
  return current;
}

function* greedyFrom(start: { set: number[]; probability: number }, k: number, target: number, run: (sets: readonly (readonly number[])[]) => Steps<number[]>): Steps<{ set: number[]; probability: number }> {
  let current = start;
  while (current.probability < target && current.set.length < k) {
    const options = Array.from({ length: k }, (_, c) => c).filter((c) => !current.set.includes(c));
    const sets = options.map((c) => [...current.set, c].sort((a, b) => a - b));
    const ps = yield* run(sets);
    let top = 0;
    for (let s = 1; s < sets.length; s++) if (ps[s] > ps[top]) top = s;
    current = { set: sets[top], probability: ps[top] };
  }
  return current;
}

/**
 * Per skill, the fewest extra people (1..MAX_EXTRA_PEOPLE) that reach the target, each re-planned;
 * and, among the skills that never reach it, the one whose largest addition comes closest.
 */
function* askCapacity(x: ScopeFitInputs, cut: readonly string[], probability: (r: SimResult) => number): Steps<{ asks: CapacityAsk[]; best?: CapacityAsk }> {
  const cutSet = new Set(cut);
  const skills = [...new Set(x.result.model.activities.filter((a) => a.priority !== 'wont' && !cutSet.has(a.id)).flatMap((a) => a.demands.filter((d) => d.resource === undefined).flatMap((d) => d.skills)))].sort();
  const asks: CapacityAsk[] = [];
  let best: CapacityAsk | undefined;
  let open = skills;
  for (let people = 1; people <= MAX_EXTRA_PEOPLE && open.length > 0; people++) {
    const variants: Variant[] = open.map((skill) => ({ cut, withoutRisks: [], extraPeople: [{ skill, count: people }] }));
    // Below the most people, only whether an ask reaches the target is kept, so its runs stop
    // once it cannot; at the most people the closest ask's probability is reported, so all run.
    const stopBelow = people < MAX_EXTRA_PEOPLE ? { stopBelow: { deliveryEnd: x.deliveryEnd, target: x.target } } : {};
    const results = yield variants.map((variant) => ({ variant, ...everyRun(x), ...stopBelow }));
    const tried = open.map((skill, s) => ({ skill, people, probability: probability(results[s]) }));
    for (const ask of tried) if (ask.probability >= x.target) asks.push(ask);
    // Skills are sorted, so ties keep the alphabetically first.
    if (people === MAX_EXTRA_PEOPLE) for (const ask of tried) if (!best || ask.probability > best.probability) best = ask;
    open = tried.filter((ask) => ask.probability < x.target).map((ask) => ask.skill);
  }
  return { asks: asks.sort((a, b) => a.people - b.people || a.skill.localeCompare(b.skill)), best };
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
