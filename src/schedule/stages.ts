/**
 * The pieces of scheduling by priority class in stages (see schedule.ts): which activities
 * each stage places, the problem of one stage alone, and the baseline the work placed by the
 * earlier stages leaves it.
 */
import { TASK, type Problem } from './compile.js';
import { FF, FS, SS, successorListsOf } from './cpm.js';
import type { Baseline } from './sgs.js';
import type { ScheduledActivity } from './types.js';

/** The activities of each effective class present, best class first, in problem order. */
export function stagesOf(cls: Int32Array): Int32Array[] {
  const classes = [...new Set(cls)].sort((a, b) => a - b);
  return classes.map((c) => Int32Array.from(cls.keys()).filter((j) => cls[j] === c));
}

/**
 * The problem restricted to `members` (ascending problem indices), re-indexed in that order.
 * Links from activities outside it are dropped: in a stage they come from placed work, and the
 * baseline carries their bounds. The horizon stays: the stages together are one serial pass,
 * which the whole problem's horizon bounds.
 */
export function restrictProblem(problem: Problem, members: Int32Array): Problem {
  const n = members.length;
  const local = new Int32Array(problem.n).fill(-1);
  members.forEach((j, k) => (local[j] = k));
  const { net } = problem;
  const predStart = new Int32Array(n + 1);
  const predIndex: number[] = [];
  const linkType: number[] = [];
  const lag: number[] = [];
  const demandStart = new Int32Array(n + 1);
  const demandUnits: number[] = [];
  const candidateStart: number[] = [0];
  const candidates: number[] = [];
  members.forEach((j, k) => {
    for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) {
      if (local[net.predIndex[e]] < 0) continue;
      predIndex.push(local[net.predIndex[e]]);
      linkType.push(net.linkType[e]);
      lag.push(net.lag[e]);
    }
    predStart[k + 1] = predIndex.length;
    for (let d = problem.demandStart[j]; d < problem.demandStart[j + 1]; d++) {
      demandUnits.push(problem.demandUnits[d]);
      for (let c = problem.candidateStart[d]; c < problem.candidateStart[d + 1]; c++) candidates.push(problem.candidates[c]);
      candidateStart.push(candidates.length);
    }
    demandStart[k + 1] = demandUnits.length;
  });
  const restrictedNet = { n, duration: Int32Array.from(members, (j) => net.duration[j]), predStart, predIndex: Int32Array.from(predIndex), linkType: Uint8Array.from(linkType), lag: Int32Array.from(lag) };
  const succ = successorListsOf(n, predStart, restrictedNet.predIndex);
  return {
    ...problem,
    n,
    ids: Array.from(members, (j) => problem.ids[j]),
    activities: Array.from(members, (j) => problem.activities[j]),
    type: Uint8Array.from(members, (j) => problem.type[j]),
    fixedSpan: Int32Array.from(members, (j) => problem.fixedSpan[j]),
    effort: Float64Array.from(members, (j) => problem.effort[j]),
    splittable: Uint8Array.from(members, (j) => problem.splittable[j]),
    mask: Array.from(members, (j) => problem.mask[j]),
    weight: Float64Array.from(members, (j) => problem.weight[j]),
    demandStart,
    demandUnits: Float64Array.from(demandUnits),
    candidateStart: Int32Array.from(candidateStart),
    candidates: Int32Array.from(candidates),
    net: restrictedNet,
    succStart: succ.start,
    succIndex: succ.index,
    // The whole order filtered to the members is still topological.
    order: problem.order.filter((j) => local[j] >= 0).map((j) => local[j]),
  };
}

/**
 * What the placed work (`placed`, by problem index; undefined = not placed yet) leaves the
 * stage of `members`: its usage of each resource in every worked slot, and the earliest start
 * and finish its links allow each member.
 */
export function baselineOf(problem: Problem, placed: readonly (ScheduledActivity | undefined)[], members: Int32Array): Baseline {
  const resourceIndex = new Map(problem.resources.map((r, k) => [r.id, k]));
  let end = 0;
  for (const a of placed) if (a) end = Math.max(end, a.finish);
  const usage = problem.resources.map(() => new Float64Array(end));
  placed.forEach((a, j) => {
    if (!a || problem.type[j] !== TASK) return;
    for (let d = problem.demandStart[j]; d < problem.demandStart[j + 1]; d++) {
      const u = usage[resourceIndex.get(a.assignees[d - problem.demandStart[j]])!];
      for (const [from, to] of a.segments) for (let s = from; s < to; s++) u[s] += problem.demandUnits[d];
    }
  });
  const { predStart, predIndex, linkType, lag } = problem.net;
  const earliestStart = new Int32Array(members.length);
  const earliestFinish = new Int32Array(members.length);
  members.forEach((j, k) => {
    for (let e = predStart[j]; e < predStart[j + 1]; e++) {
      const i = placed[predIndex[e]];
      if (!i) continue;
      const t = linkType[e];
      if (t === FS) earliestStart[k] = Math.max(earliestStart[k], i.finish + lag[e]);
      else if (t === SS) earliestStart[k] = Math.max(earliestStart[k], i.start + lag[e]);
      else if (t === FF) earliestFinish[k] = Math.max(earliestFinish[k], i.finish + lag[e]);
      else earliestFinish[k] = Math.max(earliestFinish[k], i.start + lag[e]);
    }
  });
  return { usage, earliestStart, earliestFinish };
}
