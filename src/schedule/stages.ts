/**
 * The pieces of scheduling by priority class in stages (see schedule.ts): which activities
 * each stage places, the problem of one stage alone, and the work the earlier stages placed,
 * which is the baseline each later stage starts from.
 */
import { TASK, type Problem } from './compile.js';
import { FF, FS, SS, successorListsOf } from './cpm.js';
import type { Reserved } from './recurring.js';
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
export function restrictProblem(problem: Problem, members: Int32Array, keepLink: (e: number) => boolean = () => true): Problem {
  const n = members.length;
  const local = new Int32Array(problem.n).fill(-1);
  for (let k = 0; k < n; k++) local[members[k]] = k;
  const { net } = problem;
  const predStart = new Int32Array(n + 1);
  const predIndex: number[] = [];
  const linkType: number[] = [];
  const lag: number[] = [];
  const demandStart = new Int32Array(n + 1);
  const demandUnits: number[] = [];
  const candidateStart: number[] = [0];
  const candidates: number[] = [];
  const crew: number[] = [];
  for (let k = 0; k < n; k++) {
    const j = members[k];
    for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) {
      if (local[net.predIndex[e]] < 0 || !keepLink(e)) continue;
      predIndex.push(local[net.predIndex[e]]);
      linkType.push(net.linkType[e]);
      lag.push(net.lag[e]);
    }
    predStart[k + 1] = predIndex.length;
    for (let d = problem.demandStart[j]; d < problem.demandStart[j + 1]; d++) {
      demandUnits.push(problem.demandUnits[d]);
      crew.push(problem.crew[d]);
      for (let c = problem.candidateStart[d]; c < problem.candidateStart[d + 1]; c++) candidates.push(problem.candidates[c]);
      candidateStart.push(candidates.length);
    }
    demandStart[k + 1] = demandUnits.length;
  }
  const restrictedNet = { n, duration: picked(net.duration, members, new Int32Array(n)), predStart, predIndex: Int32Array.from(predIndex), linkType: Uint8Array.from(linkType), lag: Int32Array.from(lag) };
  const succ = successorListsOf(n, predStart, restrictedNet.predIndex);
  return {
    ...problem,
    n,
    ids: pickedItems(problem.ids, members),
    activities: pickedItems(problem.activities, members),
    type: picked(problem.type, members, new Uint8Array(n)),
    fixedSpan: picked(problem.fixedSpan, members, new Int32Array(n)),
    effort: picked(problem.effort, members, new Float64Array(n)),
    splittable: picked(problem.splittable, members, new Uint8Array(n)),
    handoff: picked(problem.handoff, members, new Uint8Array(n)),
    packed: picked(problem.packed, members, new Float64Array(n)),
    packRate: picked(problem.packRate, members, new Float64Array(n)),
    packable: picked(problem.packable, members, new Uint8Array(n)),
    mask: pickedItems(problem.mask, members),
    weight: picked(problem.weight, members, new Float64Array(n)),
    release: picked(problem.release, members, new Int32Array(n)),
    due: picked(problem.due, members, new Int32Array(n)),
    demandStart,
    demandUnits: Float64Array.from(demandUnits),
    candidateStart: Int32Array.from(candidateStart),
    candidates: Int32Array.from(candidates),
    crew: Int32Array.from(crew),
    net: restrictedNet,
    succStart: succ.start,
    succIndex: succ.index,
    // The whole order filtered to the members is still topological.
    order: problem.order.filter((j) => local[j] >= 0).map((j) => local[j]),
  };
}

/** source[members[k]] for every k, into `out`. */
function picked<T extends Int32Array | Float64Array | Uint8Array>(source: T, members: Int32Array, out: T): T {
  for (let k = 0; k < members.length; k++) out[k] = source[members[k]];
  return out;
}

function pickedItems<T>(source: readonly T[], members: Int32Array): T[] {
  const out = new Array<T>(members.length);
  for (let k = 0; k < members.length; k++) out[k] = source[members[k]];
  return out;
}

/**
 * The work the stages placed so far, by problem index, and what it takes of each resource in
 * every worked slot; kept as the stages go, so each stage's baseline costs only its own members.
 */
export class PlacedWork {
  readonly placed: (ScheduledActivity | undefined)[];
  private usage: Float64Array[];
  private end = 0;
  private readonly resourceIndex: ReadonlyMap<string, number>;

  /** `initial`: capacity already taken before any stage (a re-plan's work in progress). */
  constructor(private readonly problem: Problem, initial?: Baseline) {
    this.placed = new Array<ScheduledActivity | undefined>(problem.n);
    // Recurring work is placed before any stage: every stage starts from what it leaves. An
    // `initial` baseline's usage already holds it (it comes from a PlacedWork of the same problem).
    const taken = initial?.usage ?? problem.reserved?.usage ?? [];
    this.usage = problem.resources.map((_, r) => grown(new Float64Array(64), taken[r]?.length ?? 0));
    taken.forEach((u, r) => this.usage[r].set(u));
    for (const u of taken) this.end = Math.max(this.end, u.length);
    this.resourceIndex = new Map(problem.resources.map((r, k) => [r.id, k]));
  }

  /** Records a stage's schedule (its activities in `members` order) and books its work. */
  add(members: Int32Array, activities: readonly ScheduledActivity[]): void {
    const p = this.problem;
    for (let m = 0; m < members.length; m++) {
      const j = members[m];
      const a = activities[m];
      this.placed[j] = a;
      this.end = Math.max(this.end, a.finish);
      if (p.type[j] !== TASK) continue;
      for (let d = p.demandStart[j]; d < p.demandStart[j + 1]; d++) {
        const r = this.resourceIndex.get(a.assignees[d - p.demandStart[j]])!;
        if (this.usage[r].length < a.finish) this.usage[r] = grown(this.usage[r], a.finish);
        const u = this.usage[r];
        for (const [from, to] of a.segments) for (let s = from; s < to; s++) u[s] += p.demandUnits[d] * (a.share ?? 1);
      }
    }
  }

  /**
   * What the placed work leaves the stage of `members`: its usage, and the earliest start and
   * finish its links allow each member, never before what `initial` (the problem's own
   * baseline, by problem index) allows.
   */
  baselineFor(members: Int32Array, initial?: Baseline): Baseline {
    const { predStart, predIndex, linkType, lag } = this.problem.net;
    const earliestStart = initial ? picked(initial.earliestStart, members, new Int32Array(members.length)) : new Int32Array(members.length);
    const earliestFinish = initial ? picked(initial.earliestFinish, members, new Int32Array(members.length)) : new Int32Array(members.length);
    for (let k = 0; k < members.length; k++) {
      const j = members[k];
      for (let e = predStart[j]; e < predStart[j + 1]; e++) {
        const i = this.placed[predIndex[e]];
        if (!i) continue;
        const t = linkType[e];
        if (t === FS) earliestStart[k] = Math.max(earliestStart[k], i.finish + lag[e]);
        else if (t === SS) earliestStart[k] = Math.max(earliestStart[k], i.start + lag[e]);
        else if (t === FF) earliestFinish[k] = Math.max(earliestFinish[k], i.finish + lag[e]);
        else earliestFinish[k] = Math.max(earliestFinish[k], i.start + lag[e]);
      }
    }
    const usage = this.usage.map((u) => u.subarray(0, Math.min(u.length, this.end)));
    return { usage, earliestStart, earliestFinish };
  }
}

function grown(a: Float64Array, atLeast: number): Float64Array {
  let size = a.length;
  while (size < atLeast) size *= 2;
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

/** What recurring work leaves n activities decoded on their own (the forecast's re-schedules), or undefined when there is none. */
export function reservedBaseline(reserved: Reserved | undefined, n: number): Baseline | undefined {
  if (!reserved) return undefined;
  return { usage: reserved.usage, earliestStart: new Int32Array(n), earliestFinish: new Int32Array(n) };
}
