/**
 * scheduleModel: compile the model once, build the priority-rule list, improve it under the
 * budget of generated schedules, and return the best schedule found. Pure and deterministic for
 * a given model, seed and budget.
 *
 * Priority classes are lexicographic: a could never delays a should or a must, and a should
 * never delays a must. A search that scores whole schedules (even by a lexicographic key) can
 * still trade one class against another by accident, because a different set of lower-class
 * work changes the search's path through the lists it tries. So the classes are scheduled in
 * stages: first the must work alone, searched for its earliest finish (then the least weighted
 * sum of finishes); it is then fixed, and the should work is searched on what it left free,
 * then the could work. A stage sees only its own activities and the work already placed, so
 * changing a lower class cannot change a higher one, and lower-class work can only fill time
 * higher-class work left free. An activity's class is its effective class (the best class of
 * itself and everything after it): a must that waits on a could takes the could into its stage.
 * With one class (PSPLIB) there is one stage: the search of the whole problem, makespan then tie.
 */
import type { Diagnostic } from '../diag/index.js';
import type { Model } from '../model/index.js';
import { EXTERNAL, POINT, PRIORITY_WEIGHT, beyondHorizon, compileModel, listNetwork, type Compiled, type Problem } from './compile.js';
import { FS, SS, cpmArrays, type CpmArrays } from './cpm.js';
import { GeneralSearch, PlainSearch } from './decoders.js';
import { listByKeys, reversedList, type ListNetwork } from './lists.js';
import { leftShifted, mirror, toPlain, type PlainProblem } from './plain.js';
import { effectiveClass, priorityList } from './priority.js';
import { createRandom } from './random.js';
import { searchBothWays, searchSchedules } from './search.js';
import { GeneralDecoder, type Baseline } from './sgs.js';
import { withinPlanLife } from './recurring.js';
import { PlacedWork, restrictProblem, stagesOf } from './stages.js';
import type { Schedule, ScheduledActivity, ScheduledCrew, ScheduleOptions, ScheduleResult } from './types.js';

/** `compiled` is the model compiled already, for a caller that reads the problem afterwards too. */
export function scheduleModel(model: Model, options: ScheduleOptions, compiled: Compiled = compileModel(model)): ScheduleResult {
  if (!compiled.problem) return { diagnostics: compiled.diagnostics };
  const result = scheduleProblem(compiled.problem, options);
  // Compile's warnings (dates the links make impossible) come first, as compile ran first.
  return compiled.diagnostics.length > 0 ? { ...result, diagnostics: [...compiled.diagnostics, ...result.diagnostics] } : result;
}

/** Finish weights of the tie-break by effective class (index 0 = must). */
const CLASS_WEIGHT = [PRIORITY_WEIGHT.must, PRIORITY_WEIGHT.should, PRIORITY_WEIGHT.could, PRIORITY_WEIGHT.wont];

/**
 * scheduleModel for a problem already compiled, for callers that need the problem too. An
 * `initial` baseline (a re-plan's, see replan.ts) holds each activity to its earliest start and
 * finish, on top of the capacity it already takes.
 */
export function scheduleProblem(problem: Problem, options: ScheduleOptions, initial?: Baseline): ScheduleResult {
  const cls = effectiveClass(problem);
  // The tie weighs finishes by effective class too, so a stage never depends on the classes of
  // the work it lifted.
  const ranked: Problem = { ...problem, weight: Float64Array.from(cls, (c) => CLASS_WEIGHT[c]) };
  const budget = Math.max(1, Math.floor(options.schedules));
  const random = createRandom(options.seed);
  const stages = stagesOf(cls);
  const work = new PlacedWork(ranked, initial);
  const held = initial !== undefined || problem.reserved !== undefined;
  if (stages.length <= 1) {
    const all = Int32Array.from(cls.keys());
    return withOccurrences(problem, scheduleStage(ranked, budget, random, held ? work.baselineFor(all, initial) : undefined, options.stop));
  }
  for (const [k, members] of stages.entries()) {
    // Each stage's share of the budget depends only on its own size, so a lower class cannot move it.
    const share = Math.max(1, Math.floor((budget * members.length) / problem.n));
    const baseline = k === 0 && !held ? undefined : work.baselineFor(members, initial);
    const result = scheduleStage(restrictProblem(ranked, members), share, random, baseline, options.stop);
    if (!result.schedule) return result;
    work.add(members, result.schedule.activities);
  }
  return withOccurrences(problem, { schedule: finishSchedule(work.placed as ScheduledActivity[]), diagnostics: [] });
}

/** The schedule with the recurring work's occurrences that fall in the plan's life. */
export function withOccurrences(problem: Problem, result: ScheduleResult): ScheduleResult {
  if (!problem.reserved || !result.schedule) return result;
  return { ...result, schedule: { ...result.schedule, occurrences: withinPlanLife(problem.reserved, result.schedule.makespan) } };
}

/**
 * One stage: the whole search on `problem`, on top of the work placed before it (`baseline`).
 * The plain fast path (and its search in mirrored time) needs an empty plan to start from.
 */
function scheduleStage(problem: Problem, budget: number, random: ReturnType<typeof createRandom>, baseline?: Baseline, stop?: () => boolean): ScheduleResult {
  const net = listNetwork(problem);
  const cpm = cpmArrays(problem.net, problem.order, problem.release);
  const cls = effectiveClass(problem);
  const base = priorityList(problem, cpm, cls);
  const plain = baseline ? undefined : toPlain(problem);
  const search = { problem, cpm, cls, net, base, budget, random, ...(stop ? { stop } : {}) };
  return plain ? schedulePlain(search, plain) : scheduleGeneral(search, baseline);
}

/** What both paths search with; `cpm` is of the compiled estimates, exact on the plain path. */
interface SearchSetup {
  readonly problem: Problem;
  readonly cpm: CpmArrays;
  /** effectiveClass of each activity. */
  readonly cls: Int32Array;
  readonly net: ListNetwork;
  readonly base: Int32Array;
  readonly budget: number;
  readonly random: ReturnType<typeof createRandom>;
  /** The caller's limit (ScheduleOptions.stop). */
  readonly stop?: () => boolean;
}

/**
 * The fast path, searched both ways. In mirrored time the network's links are reversed, the
 * priority list is read backwards, and sampling prefers late early starts (the mirror of an
 * early latest finish). A mirrored schedule maps back as S_j = T - S'_j - p_j.
 */
function schedulePlain({ problem, cpm, cls, net, base, budget, random, stop }: SearchSetup, plain: PlainProblem): ScheduleResult {
  const reversed = reversedList(net);
  const weightOf = (j: number) => cls[j] * (cpm.makespan + 1);
  const ways = [new PlainSearch(plain, net), new PlainSearch(mirror(plain), reversed)] as const;
  const found = searchBothWays(
    [
      { net, decoder: ways[0], base, samplingValue: Float64Array.from(cpm.lateFinish, (lf, j) => weightOf(j) + lf) },
      { net: reversed, decoder: ways[1], base: base.slice().reverse(), samplingValue: Float64Array.from(cpm.earlyStart, (es, j) => weightOf(j) + cpm.makespan - es) },
    ],
    // One schedule is kept back to left-justify a mirrored winner.
    { budget: budget > 1 ? budget - 1 : budget, lowerBound: cpm.makespan, ...(stop ? { stop } : {}) },
    random,
  );
  if (!found) return { diagnostics: [failure(problem, Math.max(0, ways[0].forward.failed))] };
  const makespan = ways[found.direction].decode(found.best.list);
  if (found.direction === 0) return { schedule: plainSchedule(problem, plain, ways[0].start), diagnostics: [] };
  // Map back (S = T - S' - p), then one forward pass in that start order packs it to the left;
  // when that pass would end later, the mirrored schedule is kept with each activity moved left alone.
  const start = Int32Array.from(ways[1].start, (s, j) => makespan - s - plain.forward.span[j]);
  const rank = new Int32Array(net.n);
  found.best.list.forEach((j, k) => (rank[j] = net.n - 1 - k));
  const list = listByKeys(net, start, rank);
  const forward = ways[0].decode(list);
  const packed = forward >= 0 && forward <= makespan ? ways[0].start : leftShifted(plain.forward, start);
  return { schedule: plainSchedule(problem, plain, packed), diagnostics: [] };
}

function scheduleGeneral({ problem, cpm, cls, net, base, budget, random, stop }: SearchSetup, baseline?: Baseline): ScheduleResult {
  const decoder = new GeneralDecoder(problem, baseline);
  // With calendars a span may exceed its estimate, so the CPM bound holds only while every
  // link bounds a start (FS, SS); a finish-bound link (FF, SF) could let a start come earlier.
  const startLinksOnly = problem.net.linkType.every((t) => t === FS || t === SS);
  const samplingValue = Float64Array.from(cpm.lateFinish, (lf, j) => cls[j] * (cpm.makespan + 1) + lf);
  const best = searchSchedules({ net, decoder: new GeneralSearch(decoder, problem, net), base, samplingValue }, { budget, lowerBound: startLinksOnly ? cpm.makespan : 0, ...(stop ? { stop } : {}) }, random);
  if (!best || decoder.decode(best.list, true) < 0) return { diagnostics: [failure(problem, Math.max(0, decoder.failed))] };
  return { schedule: generalSchedule(problem, decoder), diagnostics: [] };
}

/** Why activity j could not be placed: past the plan's horizon, or never a long enough window. */
function failure(problem: Problem, j: number): Diagnostic {
  const a = problem.activities[j];
  const reach = problem.reach;
  // Shifts and rest rules search the whole horizon: a failure there is their window, not the horizon.
  const rostered = problem.rest !== undefined || problem.resources.some((r) => r.roster);
  if (reach && problem.horizon >= reach.slots - 1 && !rostered) {
    return beyondHorizon(a.path, `Activity '${a.id}' cannot be placed before the end of the plan's horizon on ${reach.lastDay}.`, reach);
  }
  const who = a.demands.map((d) => d.resource ?? `[${d.skills.join(', ')}]`).join(', ');
  return {
    code: 'E_UNSCHEDULABLE',
    severity: 'error',
    message: `Activity '${a.id}' cannot be placed: ${who || 'its calendar'} never leaves a long enough window for it.`,
    hint: rostered ? 'Make it splittable or a hand-off, shorten it, or widen the shifts and rest rules of the people it needs.' : 'Make it splittable, shorten it, or free the resource (time off, freezes, commitments).',
    path: [...a.path, 'id'],
  };
}

function assigneesOf(problem: Problem, assignee: Int32Array, j: number): string[] {
  const out: string[] = [];
  for (let d = problem.demandStart[j]; d < problem.demandStart[j + 1]; d++) out.push(problem.resources[assignee[d]].id);
  return out;
}

/** The parts of handed-off work, back to back: each from its first worked slot to the next part's. */
function crewsOf(problem: Problem, relay: readonly number[] | undefined, finish: number): ScheduledCrew[] | undefined {
  if (!relay) return undefined;
  const out: ScheduledCrew[] = [];
  for (let k = 0; k < relay.length; k += 2) out.push({ from: relay[k], to: k + 2 < relay.length ? relay[k + 2] : finish, assignees: [problem.resources[relay[k + 1]].id] });
  return out;
}

function finishSchedule(activities: ScheduledActivity[]): Schedule {
  let makespan = 0;
  for (const a of activities) makespan = Math.max(makespan, a.finish);
  return { activities, makespan };
}

function plainSchedule(problem: Problem, plain: PlainProblem, start: Int32Array): Schedule {
  const out: ScheduledActivity[] = [];
  for (let j = 0; j < problem.n; j++) {
    const finish = start[j] + plain.forward.span[j];
    out.push({
      id: problem.ids[j],
      start: start[j],
      finish,
      assignees: assigneesOf(problem, plain.assignee, j),
      segments: finish > start[j] ? [[start[j], finish]] : [],
    });
  }
  return finishSchedule(out);
}

/** The schedule a general decode left in the decoder (after decode(list, true), which records pauses). */
export function generalSchedule(problem: Problem, decoder: GeneralDecoder): Schedule {
  const out: ScheduledActivity[] = [];
  for (let j = 0; j < problem.n; j++) {
    const start = decoder.start[j];
    const finish = decoder.finish[j];
    const recorded = decoder.segments[j];
    let segments: (readonly [number, number])[] = [];
    if (problem.type[j] !== POINT && finish > start) {
      if (recorded && problem.type[j] !== EXTERNAL) {
        for (let k = 0; k < recorded.length; k += 2) segments.push([recorded[k], recorded[k + 1]]);
      } else segments = [[start, finish]];
    }
    const share = decoder.share[j];
    const crews = crewsOf(problem, decoder.relays[j], finish);
    out.push({ id: problem.ids[j], start, finish, assignees: assigneesOf(problem, decoder.assignee, j), segments, ...(share < 1 ? { share } : {}), ...(crews ? { crews } : {}) });
  }
  return finishSchedule(out);
}
