/**
 * Re-planning from a status: done work stays where it happened, in-progress work keeps its start
 * and people and goes on with what remains, blocked work waits, and the rest is scheduled by the
 * same scheduler, never before the status's day. The model given here is already the remaining
 * one (progress.ts): an in-progress activity's work is what remains of it.
 *
 * The scheduler sees only the work still to do: done activities leave the problem, and what
 * they and the in-progress starts bound (FS, SS... links) becomes an initial baseline of
 * earliest starts and finishes, with `from` and the waits.
 */
import type { Model } from '../model/index.js';
import { compileModel, type Compiled, type Problem } from './compile.js';
import { FF, FS, SF, SS } from './cpm.js';
import { scheduleProblem, withOccurrences } from './schedule.js';
import type { Baseline } from './sgs.js';
import { PlacedWork, restrictProblem } from './stages.js';
import type { PinnedActivity, Progress, Schedule, ScheduledActivity, ScheduleOptions, ScheduleResult } from './types.js';

export interface PinnedProblem {
  /** The work still to do, re-indexed. */
  readonly problem: Problem;
  /** Earliest start and finish of each of its activities; only recurring work takes capacity. */
  readonly baseline: Baseline;
  /** Problem index of each activity of `problem` in the whole one. */
  readonly members: Int32Array;
}

export function replanModel(model: Model, progress: Progress, options: ScheduleOptions, compiled: Compiled = compileModel(model)): ScheduleResult {
  if (!compiled.problem) return { diagnostics: compiled.diagnostics };
  const pinned = pinProblem(compiled.problem, progress);
  const result = scheduleContinuing(pinned, new Set(progress.pinned.map((p) => p.id)), options);
  if (!result.schedule) return result;
  return withOccurrences(compiled.problem, { schedule: completeSchedule(compiled.problem, progress, result.schedule), diagnostics: [] });
}

/**
 * Work in progress goes on first, with its people, as early as they can; the rest is then
 * scheduled on what it leaves, as the stages of schedule.ts place each class on the one before.
 */
function scheduleContinuing({ problem, baseline }: PinnedProblem, started: ReadonlySet<string>, options: ScheduleOptions): ScheduleResult {
  const all = Int32Array.from(problem.ids.keys());
  const first = all.filter((k) => started.has(problem.ids[k]));
  if (first.length === 0) return scheduleProblem(problem, options, baseline);
  const work = new PlacedWork(problem);
  const going = scheduleProblem(restrictProblem(problem, first), options, work.baselineFor(first, baseline));
  if (!going.schedule) return going;
  work.add(first, going.schedule.activities);
  const rest = all.filter((k) => !started.has(problem.ids[k]));
  const after = scheduleProblem(restrictProblem(problem, rest), options, work.baselineFor(rest, baseline));
  if (!after.schedule) return after;
  const byId = new Map([...going.schedule.activities, ...after.schedule.activities].map((a) => [a.id, a]));
  const activities = problem.ids.map((id) => byId.get(id)!);
  return { schedule: { activities, makespan: activities.reduce((m, a) => Math.max(m, a.finish), 0) }, diagnostics: [] };
}

/** The problem of the work still to do, and the bounds the status puts on it. */
export function pinProblem(problem: Problem, progress: Progress): PinnedProblem {
  const pins = new Map(progress.pinned.map((p) => [p.id, p]));
  const done = (j: number) => pins.get(problem.ids[j])?.finish !== undefined;
  const started = (j: number) => pins.has(problem.ids[j]) && !done(j);
  const { predStart, predIndex, linkType, lag } = problem.net;
  const members = Int32Array.from(problem.ids.keys()).filter((j) => !done(j));
  // Links from a start the status fixed become bounds; links from a finish still to come stay.
  const fromFixedStart = (e: number) => started(predIndex[e]) && (linkType[e] === SS || linkType[e] === SF);
  // An activity in progress goes on whatever its own links said: its start is a fact.
  const successor = new Int32Array(predStart[problem.n]);
  for (let j = 0; j < problem.n; j++) for (let e = predStart[j]; e < predStart[j + 1]; e++) successor[e] = j;
  const restricted = restrictProblem(problem, members, (e) => !fromFixedStart(e) && !started(successor[e]));
  const waits = new Map(progress.waits.map((w) => [w.id, w.until]));
  const earliestStart = new Int32Array(members.length);
  const earliestFinish = new Int32Array(members.length);
  let latest = progress.from;
  members.forEach((j, k) => {
    let es = Math.max(progress.from, waits.get(problem.ids[j]) ?? 0);
    let ef = 0;
    for (let e = started(j) ? predStart[j + 1] : predStart[j]; e < predStart[j + 1]; e++) {
      const pin = pins.get(problem.ids[predIndex[e]]);
      if (!pin || (pin.finish === undefined && !fromFixedStart(e))) continue;
      const t = linkType[e];
      if (t === FS) es = Math.max(es, pin.finish! + lag[e]);
      else if (t === SS) es = Math.max(es, pin.start + lag[e]);
      else if (t === FF) ef = Math.max(ef, pin.finish! + lag[e]);
      else ef = Math.max(ef, pin.start + lag[e]);
    }
    earliestStart[k] = es;
    earliestFinish[k] = ef;
    latest = Math.max(latest, es, ef);
  });
  const reach = problem.reach;
  // The serial bound holds from the latest of the bounds on.
  const horizon = reach ? Math.min(restricted.horizon + latest, reach.slots - 1) : restricted.horizon + latest;
  // Recurring work takes its capacity before any stage, as in a plan from scratch.
  const baseline: Baseline = { usage: problem.reserved?.usage ?? problem.resources.map(() => new Float64Array(0)), earliestStart, earliestFinish };
  return { problem: { ...restricted, horizon }, baseline, members };
}

/**
 * The whole plan: done activities where they happened, in-progress ones from their recorded
 * start (the time before `from` as one worked stretch) to where their remaining work ends, and
 * the re-planned work as scheduled.
 */
export function completeSchedule(problem: Problem, progress: Progress, remaining: Schedule): Schedule {
  const pins = new Map(progress.pinned.map((p) => [p.id, p]));
  const placed = new Map(remaining.activities.map((a) => [a.id, a]));
  const activities = problem.ids.map((id): ScheduledActivity => {
    const pin = pins.get(id);
    if (pin?.finish !== undefined) return doneActivity(pin, pin.finish);
    const s = placed.get(id)!;
    return pin ? continued(pin, s, progress.from) : s;
  });
  return { activities, makespan: activities.reduce((m, a) => Math.max(m, a.finish), 0) };
}

function doneActivity(pin: PinnedActivity, finish: number): ScheduledActivity {
  return { id: pin.id, start: pin.start, finish, assignees: pin.assignees ?? [], segments: finish > pin.start ? [[pin.start, finish]] : [] };
}

function continued(pin: PinnedActivity, s: ScheduledActivity, from: number): ScheduledActivity {
  const past: [number, number][] = pin.start < from ? [[pin.start, from]] : [];
  const segments = [...past, ...s.segments.map(([a, b]): [number, number] => [a, b])];
  // A stretch that goes on at `from` without a pause is one segment.
  if (past.length > 0 && segments.length > 1 && segments[1][0] === from) segments.splice(0, 2, [pin.start, segments[1][1]]);
  return { id: s.id, start: pin.start, finish: Math.max(s.finish, segments.length > 0 ? segments[segments.length - 1][1] : s.finish), assignees: s.assignees, segments };
}
