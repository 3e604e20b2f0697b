/**
 * Float, criticality, drivers and critical chains of a resource-feasible schedule, read given
 * its sequencing (src/schedule/drivers.ts says which arcs drive). Early times are the scheduled
 * times. Total float is how far an activity may slip before it moves the finish: the least,
 * over its arcs, of the room the arc leaves plus the float of the activity it leads to, and the
 * room before the finish itself. A slip is placed by the calendar rules, so work before a freeze
 * or before its person's time off has no float when slipping would throw it past the break. An
 * activity is critical when its float is zero, which is exactly when a chain of driving arcs
 * leads from it to the finish; the chains reported run from the plan start to the finish.
 */
import { buildCalendar, dutyMask, type WorkCalendar, freezeBlocks } from '../calendar/index.js';
import type { Link, Model } from '../model/index.js';
import { compileModel, type Problem } from './compile.js';
import {
  ARC_LINK,
  Arcs,
  BY_CALENDAR,
  BY_HANDOFF,
  BY_LINK,
  BY_START,
  DriverEngine,
  FINISH,
  DATE_BLOCK,
  FREEZE_BLOCK,
  NOT_BLOCKED,
  type DriverCode,
} from './drivers.js';
import type { ActivityTiming, ChainStep, CriticalChain, Driver, HandoffDriver, LinkDriver, Progress, Schedule, ScheduleTiming } from './types.js';

/** Chains listed before the rest are only added to cover the critical activities they miss. */
export const MAX_LISTED_CHAINS = 12;

export function analyseTiming(model: Model, schedule: Schedule, calendar: WorkCalendar = buildCalendar(model), progress?: Progress): ScheduleTiming {
  const problem = compileModel(model).problem;
  if (!problem) throw new RangeError('analyseTiming: the model does not compile, so it has no schedule to read');
  const placed = placement(problem, schedule);
  const engine = new DriverEngine(problem, placed.assignee);
  engine.load(placed.start, placed.finish, schedule.makespan, placed.share);
  const net = arcNetwork(engine, problem.n);
  const critical = new Uint8Array(problem.n);
  engine.markCritical(critical);
  const float = totalFloats(net);
  const free = freeFloats(net);
  const words = new Words(problem, calendar, engine, placed);
  const drivers = net.driver.map((code, j) => statusDriver(progress, problem.ids[j], placed.start[j]) ?? words.driver(code, j));
  const index = new Map(problem.ids.map((id, j) => [id, j]));
  const activities = schedule.activities.map((s): ActivityTiming => {
    const j = index.get(s.id)!;
    const f = float[j];
    return {
      id: s.id,
      earlyStart: s.start,
      earlyFinish: s.finish,
      lateStart: s.start + f,
      lateFinish: f === 0 ? s.finish : Math.max(s.finish + f, Math.min(engine.slippedFinish(j, f), problem.horizon)),
      totalFloat: f,
      freeFloat: Math.min(f, free[j]),
      critical: critical[j] === 1,
      drivenBy: drivers[j],
    };
  });
  const chains = chainsOf(net, critical, placed).map((path) => chainSteps(path, net, placed, schedule.makespan, drivers, words));
  return { activities, chains };
}

/** The schedule in the problem's numbering: start, finish and the resource meeting each demand. */
interface Placement {
  readonly start: Int32Array;
  readonly finish: Int32Array;
  readonly assignee: Int32Array;
  readonly share: Float64Array;
}

function placement(problem: Problem, schedule: Schedule): Placement {
  const byId = new Map(schedule.activities.map((s) => [s.id, s]));
  const resourceIndex = new Map(problem.resources.map((r, k) => [r.id, k]));
  const start = new Int32Array(problem.n);
  const finish = new Int32Array(problem.n);
  const assignee = new Int32Array(problem.demandUnits.length);
  const share = new Float64Array(problem.n);
  problem.ids.forEach((id, j) => {
    const s = byId.get(id);
    if (!s) throw new RangeError(`analyseTiming: activity '${id}' is not in the schedule`);
    start[j] = s.start;
    finish[j] = s.finish;
    share[j] = s.share ?? 1;
    for (let d = problem.demandStart[j]; d < problem.demandStart[j + 1]; d++) assignee[d] = resourceIndex.get(s.assignees[d - problem.demandStart[j]]) ?? 0;
  });
  return { start, finish, assignee, share };
}

/** Every arc of the schedule with whether it drives and the room it leaves, by target (CSR). */
interface ArcNetwork {
  readonly n: number;
  readonly arcStart: Int32Array;
  readonly from: Int32Array;
  readonly kind: Uint8Array;
  readonly ref: Int32Array;
  readonly bound: Int32Array;
  readonly target: Int32Array;
  readonly drives: Uint8Array;
  readonly room: Int32Array;
  readonly drivesFinish: Uint8Array;
  readonly roomToFinish: Int32Array;
  readonly driver: readonly DriverCode[];
}

function arcNetwork(engine: DriverEngine, n: number): ArcNetwork {
  const arcs = new Arcs();
  const arcStart = new Int32Array(n + 1);
  // One typed column per field, grown by doubling: a big plan has hundreds of thousands of arcs.
  let size = Math.max(16, 2 * n);
  let from = new Int32Array(size);
  let kind = new Uint8Array(size);
  let ref = new Int32Array(size);
  let bound = new Int32Array(size);
  let target = new Int32Array(size);
  let drives = new Uint8Array(size);
  let room = new Int32Array(size);
  let count = 0;
  const driver: DriverCode[] = [];
  for (let j = 0; j < n; j++) {
    engine.collectArcs(j, arcs);
    if (count + arcs.count > size) {
      while (count + arcs.count > size) size *= 2;
      from = widened(from, size);
      kind = widened(kind, size);
      ref = widened(ref, size);
      bound = widened(bound, size);
      target = widened(target, size);
      drives = widened(drives, size);
      room = widened(room, size);
    }
    for (let k = 0; k < arcs.count; k++) {
      const drive = engine.drives(arcs, k, j);
      from[count] = arcs.from[k];
      kind[count] = arcs.kind[k];
      ref[count] = arcs.ref[k];
      bound[count] = arcs.bound[k];
      target[count] = arcs.target[k];
      drives[count] = drive ? 1 : 0;
      room[count] = drive ? 0 : engine.room(arcs, k);
      count++;
    }
    driver.push(engine.driverOf(j, arcs));
    arcStart[j + 1] = count;
  }
  const drivesFinish = new Uint8Array(n);
  const roomToFinish = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    drivesFinish[i] = engine.drivesFinish(i) ? 1 : 0;
    roomToFinish[i] = drivesFinish[i] === 1 ? 0 : engine.roomToFinish(i);
  }
  return {
    n,
    arcStart,
    from: from.slice(0, count),
    kind: kind.slice(0, count),
    ref: ref.slice(0, count),
    bound: bound.slice(0, count),
    target: target.slice(0, count),
    drives: drives.slice(0, count),
    room: room.slice(0, count),
    drivesFinish,
    roomToFinish,
    driver,
  };
}

/** A copy of the column with room for `size` entries. */
function widened<T extends Int32Array | Uint8Array>(column: T, size: number): T {
  const out = new (column.constructor as new (size: number) => T)(size);
  out.set(column);
  return out;
}

/**
 * Total float by a backward pass: the least room to the finish, or over the arcs out of an
 * activity, of the arc's room plus its target's float. Resource arcs and negative lags can close
 * a loop; then the pass repeats until nothing changes (floats only fall, and never below 0).
 */
function totalFloats(net: ArcNetwork): Int32Array {
  const { n, arcStart, from } = net;
  const float = Int32Array.from(net.roomToFinish);
  const order = reverseTopologicalOrder(net);
  for (let changed = true, passes = 0; changed && passes <= n; passes++) {
    changed = false;
    for (const j of order) {
      // Arcs into j lower their sources' floats once j's is final (reverse topological order).
      for (let a = arcStart[j]; a < arcStart[j + 1]; a++) {
        const i = from[a];
        const through = net.room[a] + float[j];
        if (through < float[i]) {
          float[i] = through;
          changed = true;
        }
      }
    }
  }
  return float;
}

/** Targets before sources where the arcs allow it (Kahn's algorithm from the sinks); the rest after. */
function reverseTopologicalOrder(net: ArcNetwork): number[] {
  const { n, arcStart, from } = net;
  const outDegree = new Int32Array(n);
  for (let a = 0; a < arcStart[n]; a++) outDegree[from[a]]++;
  const order: number[] = [];
  const done = new Uint8Array(n);
  for (let j = 0; j < n; j++) if (outDegree[j] === 0) order.push(j);
  for (let head = 0; head < order.length; head++) {
    const j = order[head];
    done[j] = 1;
    for (let a = arcStart[j]; a < arcStart[j + 1]; a++) if (--outDegree[from[a]] === 0) order.push(from[a]);
  }
  for (let j = 0; j < n; j++) if (done[j] === 0) order.push(j);
  return order;
}

/** Free float: the least room an activity leaves before anything after it, or before the finish. */
function freeFloats(net: ArcNetwork): Int32Array {
  const least = Int32Array.from(net.roomToFinish);
  for (let a = 0; a < net.arcStart[net.n]; a++) least[net.from[a]] = Math.min(least[net.from[a]], net.room[a]);
  return least;
}

/** Preference among arcs joining the same two critical activities: tight links, hand-overs, then waits. */
function arcRank(net: ArcNetwork, a: number): number {
  const tight = net.bound[a] >= net.target[a] ? 0 : 2;
  return tight + (net.kind[a] === ARC_LINK ? 0 : 1);
}

/** The critical subgraph: for each critical activity, its driving arcs from other critical ones. */
interface CriticalGraph {
  /** Best arc per successor, by successor: succ[i] lists [j, arc]. */
  readonly succ: readonly (readonly [number, number])[][];
  readonly pred: readonly (readonly [number, number])[][];
}

function criticalGraph(net: ArcNetwork, critical: Uint8Array, start: Int32Array): CriticalGraph {
  const succ: [number, number][][] = Array.from({ length: net.n }, () => []);
  const pred: [number, number][][] = Array.from({ length: net.n }, () => []);
  for (let j = 0; j < net.n; j++) {
    if (critical[j] === 0) continue;
    const best = new Map<number, number>();
    for (let a = net.arcStart[j]; a < net.arcStart[j + 1]; a++) {
      if (net.drives[a] === 0) continue;
      const i = net.from[a];
      const seen = best.get(i);
      if (seen === undefined || arcRank(net, a) < arcRank(net, seen)) best.set(i, a);
    }
    for (const [i, a] of best) {
      succ[i].push([j, a]);
      pred[j].push([i, a]);
    }
  }
  const byStart = (x: readonly [number, number], y: readonly [number, number]) => start[x[0]] - start[y[0]] || x[0] - y[0];
  for (const list of succ) list.sort(byStart);
  for (const list of pred) list.sort(byStart);
  return { succ, pred };
}

/** A chain as activity indices with the arc joining each to the one before (-1 for the first). */
interface Path {
  readonly nodes: readonly number[];
  readonly arcs: readonly number[];
}

/**
 * Paths of the critical subgraph from an activity nothing critical drives to one that drives the
 * finish: depth first from the earliest, up to MAX_LISTED_CHAINS, then one more path through each
 * critical activity still left out, so that every critical activity is on a reported chain.
 */
function chainsOf(net: ArcNetwork, critical: Uint8Array, placed: Placement): Path[] {
  const graph = criticalGraph(net, critical, placed.start);
  const ids: number[] = [];
  for (let j = 0; j < net.n; j++) if (critical[j] === 1) ids.push(j);
  ids.sort((a, b) => placed.start[a] - placed.start[b] || placed.finish[a] - placed.finish[b] || a - b);
  const roots = ids.filter((j) => isRoot(graph, j, placed.start));
  const paths = enumeratePaths(graph, net, roots, MAX_LISTED_CHAINS);
  const covered = new Uint8Array(net.n);
  for (const p of paths) for (const j of p.nodes) covered[j] = 1;
  for (const j of ids) {
    if (covered[j] === 1) continue;
    const p = pathThrough(graph, j, covered, placed.start);
    for (const k of p.nodes) covered[k] = 1;
    paths.push(p);
  }
  return paths;
}

/**
 * Where a chain may begin: nothing critical drives it, or it starts at the plan start and what
 * drives it starts later (resource order and a finish link can close a loop).
 */
function isRoot(graph: CriticalGraph, j: number, start: Int32Array): boolean {
  return graph.pred[j].every(([i]) => start[j] === 0 && start[i] > 0);
}

function enumeratePaths(graph: CriticalGraph, net: ArcNetwork, roots: readonly number[], limit: number): Path[] {
  const paths: Path[] = [];
  const onPath = new Uint8Array(net.n);
  for (const root of roots) {
    const nodes = [root];
    const arcs = [-1];
    const cursor = [0];
    onPath[root] = 1;
    while (nodes.length > 0 && paths.length < limit) {
      const depth = nodes.length - 1;
      const j = nodes[depth];
      const next = graph.succ[j];
      if (cursor[depth] === 0 && next.every(([k]) => onPath[k] === 1)) {
        if (net.drivesFinish[j] === 1) paths.push({ nodes: nodes.slice(), arcs: arcs.slice() });
      }
      while (cursor[depth] < next.length && onPath[next[cursor[depth]][0]] === 1) cursor[depth]++;
      if (cursor[depth] < next.length) {
        const [k, a] = next[cursor[depth]++];
        nodes.push(k);
        arcs.push(a);
        cursor.push(0);
        onPath[k] = 1;
      } else {
        onPath[j] = 0;
        nodes.pop();
        arcs.pop();
        cursor.pop();
      }
    }
    for (const j of nodes) onPath[j] = 0;
    if (paths.length >= limit) break;
  }
  return paths;
}

/**
 * One path through j: back to an activity nothing critical drives or that starts at the plan
 * start, forward to the finish, preferring activities not yet covered.
 */
function pathThrough(graph: CriticalGraph, j: number, covered: Uint8Array, start: Int32Array): Path {
  const seen = new Set<number>([j]);
  const pick = (options: readonly (readonly [number, number])[]) => options.find(([k]) => !seen.has(k) && covered[k] === 0) ?? options.find(([k]) => !seen.has(k));
  // Backwards from j: into[k] is the arc from back[k + 1] into back[k].
  const back = [j];
  const into: number[] = [];
  for (let step = start[j] > 0 ? pick(graph.pred[j]) : undefined; step; step = start[step[0]] > 0 ? pick(graph.pred[step[0]]) : undefined) {
    into.push(step[1]);
    back.push(step[0]);
    seen.add(step[0]);
  }
  const nodes = back.reverse();
  const arcs = [-1, ...into.reverse()];
  for (let step = pick(graph.succ[j]); step; step = pick(graph.succ[step[0]])) {
    nodes.push(step[0]);
    arcs.push(step[1]);
    seen.add(step[0]);
  }
  return { nodes, arcs };
}

function chainSteps(path: Path, net: ArcNetwork, placed: Placement, makespan: number, drivers: readonly Driver[], words: Words): CriticalChain {
  const { start, finish } = placed;
  const steps: ChainStep[] = [];
  const first = path.nodes[0];
  if (start[first] > 0) steps.push({ kind: 'wait', from: 0, to: start[first], reason: drivers[first] });
  path.nodes.forEach((j, k) => {
    const a = path.arcs[k];
    if (a < 0) {
      steps.push(words.activityStep(j));
      return;
    }
    const i = net.from[a];
    if (net.bound[a] < net.target[a]) steps.push(...words.waits(i, j, net.bound[a], net.target[a]));
    steps.push({ ...words.activityStep(j), via: words.arcDriver(net, a) });
  });
  const last = path.nodes[path.nodes.length - 1];
  if (finish[last] < makespan) steps.push(...words.waits(last, FINISH, finish[last], makespan));
  return steps;
}

/**
 * A re-plan's bound on work the status does not record: the status's day, or the day a blocker
 * clears. It holds before any other driver when the work starts exactly there.
 */
function statusDriver(progress: Progress | undefined, id: string, start: number): Driver | undefined {
  if (!progress || progress.pinned.some((p) => p.id === id)) return undefined;
  const until = progress.waits.find((w) => w.id === id)?.until;
  if (until !== undefined && start === until && until > progress.from) return { kind: 'status', cause: 'blocked' };
  return start === progress.from ? { kind: 'status', cause: 'as-of' } : undefined;
}

/** Turns the engine's codes into the ids and names reports show. */
class Words {
  private readonly links: Link[] = [];
  /** Per resource, its time off in slots; read when a driver or a wait names the resource. */
  private readonly timeOff = new Map<number, readonly (readonly [number, number])[]>();
  /** Per resource, 1 in the slots its roster has it on shift; undefined without a roster. */
  private readonly duty = new Map<number, Uint8Array | undefined>();

  constructor(
    private readonly problem: Problem,
    private readonly calendar: WorkCalendar,
    private readonly engine: DriverEngine,
    private readonly placed: Placement,
  ) {
    const index = new Map(problem.ids.map((id, j) => [id, j]));
    // The compiled links, in the compiler's order: each activity's deps whose source is scheduled.
    for (const a of problem.activities) for (const link of a.deps) if (index.has(link.from)) this.links.push(link);
  }

  private timeOffOf(r: number): readonly (readonly [number, number])[] {
    let slots = this.timeOff.get(r);
    if (!slots) this.timeOff.set(r, (slots = this.problem.resources[r].timeOff.map((p) => this.calendar.periodSlots(p.from, p.to))));
    return slots;
  }

  private dutyOf(r: number): Uint8Array | undefined {
    if (!this.duty.has(r)) this.duty.set(r, dutyMask(this.problem.resources[r], this.calendar));
    return this.duty.get(r);
  }

  activityStep(j: number): ChainStep & { readonly kind: 'activity' } {
    return { kind: 'activity', id: this.problem.ids[j], start: this.placed.start[j], finish: this.placed.finish[j] };
  }

  driver(code: DriverCode, j: number): Driver {
    if (code.kind === BY_START) return { kind: 'start' };
    if (code.kind === BY_LINK) return this.link(code.ref);
    if (code.kind === BY_HANDOFF) return this.handoff(code.from, code.ref);
    if (code.kind === BY_CALENDAR) return this.block(j, code.ref, this.placed.start[j] - 1);
    return { kind: 'none' };
  }

  arcDriver(net: ArcNetwork, a: number): LinkDriver | HandoffDriver {
    return net.kind[a] === ARC_LINK ? this.link(net.ref[a]) : this.handoff(net.from[a], net.ref[a]);
  }

  private link(e: number): LinkDriver {
    const l = this.links[e];
    return { kind: 'link', from: l.from, type: l.type, lag: l.lag };
  }

  private handoff(i: number, r: number): HandoffDriver {
    return { kind: 'handoff', from: this.problem.ids[i], resource: this.problem.resources[r].id };
  }

  /** What a blockAt code means for activity j in a slot: the freeze by name, or why the person has no time. */
  private block(j: number, code: number, slot: number): Driver {
    if (code === DATE_BLOCK) return { kind: 'date', constraint: this.problem.activities[j].dates?.on !== undefined ? 'on' : 'not-before' };
    if (code === FREEZE_BLOCK) {
      const kind = this.problem.activities[j].kind;
      const f = this.calendar.freezes.find((x) => slot >= x.from && slot < x.to && freezeBlocks(x, kind));
      return { kind: 'freeze', freeze: f?.name ?? '' };
    }
    const duty = this.dutyOf(code);
    const off = this.timeOffOf(code).some(([from, to]) => slot >= from && slot < to) || (duty !== undefined && slot < duty.length && duty[slot] === 0);
    return { kind: 'calendar', resource: this.problem.resources[code].id, cause: off ? 'off' : 'committed' };
  }

  /** Waits covering [from, to) after i and before j (FINISH: the end); a slot is named by j's calendar when it blocks j, else by i's. */
  waits(i: number, j: number, from: number, to: number): ChainStep[] {
    const steps: ChainStep[] = [];
    for (let s = from; s < to; s++) {
      const reason = this.gapReason(i, j, s);
      const last = steps[steps.length - 1];
      if (last?.kind === 'wait' && sameReason(last.reason, reason)) steps[steps.length - 1] = { ...last, to: s + 1 };
      else steps.push({ kind: 'wait', from: s, to: s + 1, reason });
    }
    return steps;
  }

  /** Why the chain waits in a slot: j's own block, else i's, else nothing known (a link's lag, or work around a loop of critical activities). */
  private gapReason(i: number, j: number, slot: number): Driver {
    const own = j === FINISH ? NOT_BLOCKED : this.engine.blockAt(j, slot);
    if (own !== NOT_BLOCKED) return this.block(j, own, slot);
    const before = this.engine.blockAt(i, slot);
    return before !== NOT_BLOCKED ? this.block(i, before, slot) : { kind: 'none' };
  }
}

function sameReason(a: Driver, b: Driver): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
