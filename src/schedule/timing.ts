/**
 * Float and criticality of a resource-feasible schedule. The network is the precedence links
 * plus resource arcs implied by the schedule (an activity that starts exactly when another
 * ends on a resource they share: the hand-over). Early times are the scheduled times; late
 * times come from a backward pass from the makespan with the scheduled spans; an activity is
 * critical when its total float is zero. Calendar effects (a freeze that would stretch a
 * delayed task) are not modelled in the late times: spans are taken as scheduled.
 */
import type { Model } from '../model/types.js';
import { FF, FS, SF, SS, criticalChains, topologicalOrder, type CpmNetwork } from './cpm.js';
import type { ActivityTiming, Schedule, ScheduleTiming } from './types.js';

const TYPE = { FS, SS, FF, SF } as const;

interface Arc {
  from: number;
  type: number;
  lag: number;
}

export function analyseTiming(model: Model, schedule: Schedule): ScheduleTiming {
  const acts = schedule.activities;
  const n = acts.length;
  const index = new Map(acts.map((a, j) => [a.id, j]));
  const start = Int32Array.from(acts, (a) => a.start);
  const finish = Int32Array.from(acts, (a) => a.finish);
  const precedence: Arc[][] = acts.map(() => []);
  const modelById = new Map(model.activities.map((a) => [a.id, a]));
  acts.forEach((s, j) => {
    for (const link of modelById.get(s.id)?.deps ?? []) {
      const i = index.get(link.from);
      if (i !== undefined) precedence[j].push({ from: i, type: TYPE[link.type], lag: Math.ceil(link.lag - 1e-9) });
    }
  });
  const resourceArcs = handOvers(schedule);
  let net = toNetwork(n, start, finish, precedence.map((arcs, j) => [...arcs, ...resourceArcs[j]]));
  let order = topologicalOrder(n, net.predStart, net.predIndex);
  if (!order) {
    // Negative lags can make hand-overs close a loop; fall back to precedence alone.
    net = toNetwork(n, start, finish, precedence);
    order = topologicalOrder(n, net.predStart, net.predIndex) ?? Int32Array.from(acts.map((_, j) => j));
  }
  const { lateStart, lateFinish, freeFloat } = backwardPass(net, order, start, finish, schedule.makespan);
  const activities: ActivityTiming[] = acts.map((a, j) => {
    const totalFloat = lateStart[j] - start[j];
    return {
      id: a.id,
      earlyStart: start[j],
      earlyFinish: finish[j],
      lateStart: lateStart[j],
      lateFinish: lateFinish[j],
      totalFloat,
      freeFloat: Math.min(freeFloat[j], totalFloat),
      critical: totalFloat <= 0,
    };
  });
  const chains = criticalChains(net, start, finish, (j) => activities[j].critical, schedule.makespan);
  return { activities, criticalPaths: chains.map((c) => c.map((j) => acts[j].id)) };
}

/** Per activity, the resource arcs into it: same resource, it starts when the other finishes. */
function handOvers(schedule: Schedule): Arc[][] {
  const acts = schedule.activities;
  const startsOn = new Map<string, Map<number, number[]>>();
  acts.forEach((a, j) => {
    if (a.segments.length === 0) return;
    for (const r of new Set(a.assignees)) {
      let m = startsOn.get(r);
      if (!m) startsOn.set(r, (m = new Map()));
      const list = m.get(a.start) ?? [];
      list.push(j);
      m.set(a.start, list);
    }
  });
  const arcs: Arc[][] = acts.map(() => []);
  acts.forEach((a, i) => {
    if (a.segments.length === 0) return;
    for (const r of new Set(a.assignees)) {
      for (const j of startsOn.get(r)?.get(a.finish) ?? []) if (j !== i) arcs[j].push({ from: i, type: FS, lag: 0 });
    }
  });
  return arcs;
}

function toNetwork(n: number, start: Int32Array, finish: Int32Array, arcs: Arc[][]): CpmNetwork {
  const predStart = new Int32Array(n + 1);
  const flat = arcs.flat();
  arcs.forEach((a, j) => (predStart[j + 1] = predStart[j] + a.length));
  return {
    n,
    duration: Int32Array.from(start, (s, j) => finish[j] - s),
    predStart,
    predIndex: Int32Array.from(flat, (a) => a.from),
    linkType: Uint8Array.from(flat, (a) => a.type),
    lag: Int32Array.from(flat, (a) => a.lag),
  };
}

/** Latest start/finish that keep every arc and the makespan, and free float at scheduled times. */
function backwardPass(net: CpmNetwork, order: Int32Array, start: Int32Array, finish: Int32Array, makespan: number) {
  const n = net.n;
  const lateFinish = new Int32Array(n).fill(makespan);
  const lateStart = new Int32Array(n);
  const freeFloat = Int32Array.from(finish, (f) => makespan - f);
  for (let k = n - 1; k >= 0; k--) {
    const j = order[k];
    lateStart[j] = lateFinish[j] - net.duration[j];
    for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) {
      const i = net.predIndex[e];
      const t = net.linkType[e];
      const lag = net.lag[e];
      const di = net.duration[i];
      const late = t === FS ? lateStart[j] - lag : t === SS ? lateStart[j] - lag + di : t === FF ? lateFinish[j] - lag : lateFinish[j] - lag + di;
      if (late < lateFinish[i]) lateFinish[i] = late;
      const slack = t === FS ? start[j] - lag - finish[i] : t === SS ? start[j] - lag - start[i] : t === FF ? finish[j] - lag - finish[i] : finish[j] - lag - start[i];
      if (slack < freeFloat[i]) freeFloat[i] = slack;
    }
  }
  for (let j = 0; j < n; j++) if (freeFloat[j] < 0) freeFloat[j] = 0;
  return { lateStart, lateFinish, freeFloat };
}
