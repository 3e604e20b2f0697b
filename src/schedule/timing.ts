/**
 * Float and criticality of a resource-feasible schedule. The network is the precedence links
 * plus resource arcs implied by the schedule (an activity that starts exactly when another
 * ends on a resource they share: the hand-over). Early times are the scheduled times; late
 * times come from a backward pass from the makespan with the scheduled spans; an activity is
 * critical when its total float is zero. Freezes count: a task a freeze blocks may not slip
 * into it (its late window moves before the freeze), and a link whose successor waited out a
 * freeze is as binding as a tight one, so the critical path runs through the freeze. Other
 * calendar effects (time off that would stretch a delayed task) are not modelled: spans are
 * taken as scheduled.
 */
import type { Model } from '../model/types.js';
import { FF, FS, LINK_TYPE, SF, SS, criticalChains, lagSlots, linkSlack, topologicalOrder, type CpmNetwork } from './cpm.js';
import type { PlanCalendar } from '../calendar/types.js';
import type { ActivityTiming, Schedule, ScheduleTiming } from './types.js';

/** Whether activity j may not be worked in a slot; undefined when nothing ever blocks it. */
type Blocked = ((slot: number) => boolean) | undefined;

interface Arc {
  from: number;
  type: number;
  lag: number;
}

export function analyseTiming(model: Model, schedule: Schedule, calendar?: Pick<PlanCalendar, 'freezeAt'>): ScheduleTiming {
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
      if (i !== undefined) precedence[j].push({ from: i, type: LINK_TYPE[link.type], lag: lagSlots(link.lag) });
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
  const blocked = acts.map((a): Blocked => {
    const activity = modelById.get(a.id);
    // Externals are another team's time and zero-length activities occupy no slot (as in the checker).
    if (!calendar || activity?.type !== 'task' || a.finish === a.start) return undefined;
    return (slot) => calendar.freezeAt(slot, activity.kind) !== undefined;
  });
  const { lateStart, lateFinish, freeFloat } = backwardPass(net, order, start, finish, schedule.makespan, blocked);
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
  const chains = criticalChains(withFreezeWaits(net, start, finish, blocked), start, finish, (j) => activities[j].critical, schedule.makespan);
  return { activities, criticalPaths: uniquePaths(chains.map((c) => c.map((j) => acts[j].id))) };
}

/** A precedence link and a hand-over between the same pair yield the same path twice. */
function uniquePaths(paths: string[][]): string[][] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = p.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The network with each link's lag widened by the freeze its successor waited out, when the
 * successor starts at the first slot the freeze allows after the link's bound: that link then
 * binds exactly, and the critical path continues through it.
 */
function withFreezeWaits(net: CpmNetwork, start: Int32Array, finish: Int32Array, blocked: readonly Blocked[]): CpmNetwork {
  if (blocked.every((b) => b === undefined)) return net;
  const lag = Int32Array.from(net.lag);
  for (let j = 0; j < net.n; j++) {
    const isBlocked = blocked[j];
    if (!isBlocked) continue;
    const duration = finish[j] - start[j];
    for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) {
      const i = net.predIndex[e];
      const t = net.linkType[e];
      const bound = (t === FS || t === FF ? finish[i] : start[i]) + lag[e] - (t === FF || t === SF ? duration : 0);
      if (bound < start[j] && firstFreeStart(isBlocked, bound, duration, start[j]) === start[j]) lag[e] += start[j] - bound;
    }
  }
  return { ...net, lag };
}

/** The first start at or after `from` whose whole span is unblocked, looking no further than `limit`. */
function firstFreeStart(isBlocked: (slot: number) => boolean, from: number, duration: number, limit: number): number {
  let s = from;
  for (let slot = s; slot < s + duration && s <= limit; slot++) {
    if (isBlocked(slot)) s = slot + 1;
  }
  return s;
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
function backwardPass(net: CpmNetwork, order: Int32Array, start: Int32Array, finish: Int32Array, makespan: number, blocked: readonly Blocked[]) {
  const n = net.n;
  const lateFinish = new Int32Array(n).fill(makespan);
  const lateStart = new Int32Array(n);
  const freeFloat = Int32Array.from(finish, (f) => makespan - f);
  for (let k = n - 1; k >= 0; k--) {
    const j = order[k];
    lateStart[j] = lateFinish[j] - net.duration[j];
    const isBlocked = blocked[j];
    if (isBlocked) {
      const latest = latestFreeStart(isBlocked, lateStart[j], net.duration[j], start[j]);
      lateStart[j] = latest;
      lateFinish[j] = latest + net.duration[j];
    }
    for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) {
      const i = net.predIndex[e];
      const t = net.linkType[e];
      const lag = net.lag[e];
      const di = net.duration[i];
      const late = t === FS ? lateStart[j] - lag : t === SS ? lateStart[j] - lag + di : t === FF ? lateFinish[j] - lag : lateFinish[j] - lag + di;
      if (late < lateFinish[i]) lateFinish[i] = late;
      const slack = linkSlack(t, start, finish, i, j, lag);
      if (slack < freeFloat[i]) freeFloat[i] = slack;
    }
  }
  for (let j = 0; j < n; j++) if (freeFloat[j] < 0) freeFloat[j] = 0;
  return { lateStart, lateFinish, freeFloat };
}

/**
 * The latest start at or before `from` whose whole span is unblocked, never earlier than the
 * scheduled start (which the checker has shown to be free, or which a split task already spans).
 */
function latestFreeStart(isBlocked: (slot: number) => boolean, from: number, duration: number, scheduled: number): number {
  let s = from;
  for (let slot = s + duration - 1; slot >= s && s > scheduled; slot--) {
    if (isBlocked(slot)) s = slot - duration;
  }
  return Math.max(s, scheduled);
}
