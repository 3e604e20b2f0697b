/**
 * The fast path for plain problems: every activity has a fixed span, every demand a fixed
 * resource with a constant integer capacity, and no calendar effect (time off, commitments,
 * freezes) touches the work. PSPLIB instances are plain. Then every link is a start-to-start
 * distance, S_j >= S_i + delta, the profile is a flat Int32Array, and the serial scheme runs
 * forwards or, on the reversed network, backwards (for justification).
 */
import { FF, FS, SS, successorsOf, type Successors } from './cpm.js';
import { TASK, type Problem } from './compile.js';

/** One direction of the plain problem: spans, start-start distances and integer demands. */
export interface PlainNetwork {
  readonly n: number;
  readonly span: Int32Array;
  readonly predStart: Int32Array;
  readonly predIndex: Int32Array;
  readonly delta: Int32Array;
  readonly demandStart: Int32Array;
  readonly demandResource: Int32Array;
  readonly demandUnits: Int32Array;
  readonly capacity: Int32Array;
  readonly weight: Float64Array;
  /** No finish is later than this: the serial bound, or the plan's horizon when that comes first. */
  readonly horizon: number;
}

export interface PlainProblem {
  readonly forward: PlainNetwork;
  /** The same problem in mirrored time, for right-justification. */
  readonly backward: PlainNetwork;
  /** The resource meeting each demand (problem demand order). */
  readonly assignee: Int32Array;
}

/** The plain form of a problem, or undefined when calendars or choices make it not plain. */
export function toPlain(problem: Problem): PlainProblem | undefined {
  const { n, type, candidateStart, candidates, demandUnits, capacity, rates, mask, net } = problem;
  for (let d = 0; d < demandUnits.length; d++) {
    if (candidateStart[d + 1] - candidateStart[d] !== 1 || !Number.isInteger(demandUnits[d])) return undefined;
  }
  for (const r of rates) if (r.dense.length > 0) return undefined;
  if (problem.rest) return undefined;
  // Dates (releases, due slots) are the general scheme's: its decode honours them.
  if (problem.release.some((r) => r > 0) || problem.due.some((d) => d >= 0)) return undefined;
  for (const c of capacity) if (!Number.isInteger(c)) return undefined;
  for (let j = 0; j < n; j++) if (type[j] === TASK && (mask[j] || problem.packed[j] > 0)) return undefined;
  // With one resource per demand and steady rates, the compiled estimate is the exact span.
  const span = net.duration;
  const assignee = new Int32Array(demandUnits.length);
  for (let d = 0; d < assignee.length; d++) assignee[d] = candidates[candidateStart[d]];
  const m = net.predStart[n];
  const delta = new Int32Array(m);
  for (let j = 0; j < n; j++) {
    for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) {
      const i = net.predIndex[e];
      const t = net.linkType[e];
      const lag = net.lag[e];
      delta[e] = t === FS ? span[i] + lag : t === SS ? lag : t === FF ? span[i] + lag - span[j] : lag - span[j];
    }
  }
  const demands = { ...mergedDemands(problem, assignee), capacity: Int32Array.from(capacity) };
  const forward = { n, span, predStart: net.predStart, predIndex: net.predIndex, delta, weight: problem.weight, ...demands };
  const backward = reverse(forward, successorsOf(n, net.predStart, net.predIndex));
  // The problem's horizon caps the plain one too: no finish after problem.horizon + 1.
  const cap = problem.horizon + 1;
  return {
    forward: { ...forward, horizon: Math.min(plainHorizon(forward), cap) },
    backward: { ...backward, horizon: Math.min(plainHorizon(backward), cap) },
    assignee,
  };
}

/** The same problem in mirrored time: forward and backward swap. */
export function mirror(plain: PlainProblem): PlainProblem {
  return { forward: plain.backward, backward: plain.forward, assignee: plain.assignee };
}

/** Per activity, units per resource: two demands met by one pool add up. */
function mergedDemands(problem: Problem, assignee: Int32Array) {
  const { n, demandStart, demandUnits } = problem;
  const start = new Int32Array(n + 1);
  const resource: number[] = [];
  const units: number[] = [];
  for (let j = 0; j < n; j++) {
    for (let d = demandStart[j]; d < demandStart[j + 1]; d++) {
      const k = resource.indexOf(assignee[d], start[j]);
      if (k >= 0) units[k] += demandUnits[d];
      else {
        resource.push(assignee[d]);
        units.push(demandUnits[d]);
      }
    }
    start[j + 1] = resource.length;
  }
  return { demandStart: start, demandResource: Int32Array.from(resource), demandUnits: Int32Array.from(units) };
}

/**
 * Mirrored time: S'_x = T - S_x - p_x. A link S_j >= S_i + delta becomes S'_i >= S'_j +
 * (delta + p_j - p_i), a link from j to i.
 */
function reverse(f: Omit<PlainNetwork, 'horizon'>, succ: Successors): Omit<PlainNetwork, 'horizon'> {
  const span = f.span;
  // The successors of i in the forward network are its predecessors backwards.
  const delta = Int32Array.from(succ.link, (e, slot) => f.delta[e] + span[succ.index[slot]] - span[f.predIndex[e]]);
  return { ...f, predStart: succ.start, predIndex: succ.index, delta };
}

function plainHorizon(net: Omit<PlainNetwork, 'horizon'>): number {
  let h = 1;
  for (let j = 0; j < net.n; j++) {
    let most = 0;
    for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) most = Math.max(most, net.delta[e]);
    h += net.span[j] + most;
  }
  return h;
}

/** The successors of each activity of a plain network, in CSR form. */
function successorLists(net: PlainNetwork): { start: Int32Array; index: Int32Array } {
  const { n, predStart, predIndex } = net;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < predStart[n]; e++) start[predIndex[e] + 1]++;
  for (let j = 0; j < n; j++) start[j + 1] += start[j];
  const index = new Int32Array(predStart[n]);
  const fill = start.slice(0, n);
  for (let j = 0; j < n; j++) for (let e = predStart[j]; e < predStart[j + 1]; e++) index[fill[predIndex[e]]++] = j;
  return { start, index };
}

/** Serial schedule generation on a plain network, reusing its buffers between calls. */
export class PlainDecoder {
  readonly start: Int32Array;
  /** Weighted sum of finishes of the last decode (the tie-break objective). */
  tie = 0;
  /** The activity that would have ended past the horizon in the last decode, or -1. */
  failed = -1;
  private readonly usage: Int32Array;
  private readonly resources: number;
  private readonly rankBuffer: Int32Array;
  private readonly pendingBuffer: Int32Array;
  private readonly earliestBuffer: Int32Array;
  private readonly eligibleBuffer: Int32Array;
  /** Successors per activity (CSR), for the parameterised active schedule. */
  private readonly successors: { readonly start: Int32Array; readonly index: Int32Array };

  constructor(private readonly net: PlainNetwork) {
    this.start = new Int32Array(net.n);
    this.resources = net.capacity.length;
    this.usage = new Int32Array(Math.max(1, net.horizon * this.resources));
    this.rankBuffer = new Int32Array(net.n);
    this.pendingBuffer = new Int32Array(net.n);
    this.earliestBuffer = new Int32Array(net.n);
    this.eligibleBuffer = new Int32Array(net.n);
    this.successors = successorLists(net);
  }

  /** Schedules the list (precedence-feasible) and returns the makespan, or -1 when work would end past the horizon. */
  decode(list: Int32Array): number {
    const { span, predStart, predIndex, delta, weight } = this.net;
    const start = this.start;
    let makespan = 0;
    let tie = 0;
    this.failed = -1;
    for (let k = 0; k < list.length; k++) {
      const j = list[k];
      let t = 0;
      for (let e = predStart[j]; e < predStart[j + 1]; e++) {
        const b = start[predIndex[e]] + delta[e];
        if (b > t) t = b;
      }
      t = this.earliestFit(j, t);
      if (t < 0) return this.fail(j, makespan);
      this.book(j, t);
      start[j] = t;
      const f = t + span[j];
      if (f > makespan) makespan = f;
      tie += weight[j] * f;
    }
    this.usage.fill(0, 0, makespan * this.resources);
    this.tie = tie;
    return makespan;
  }

  /**
   * Parameterised active schedule (after Gonçalves, Mendes and Resende): among the activities whose
   * predecessors are placed, those that can start within `delay` slots of the earliest of them
   * compete, and the first of them in the list goes next, at its earliest feasible start. A delay
   * of 0 gives non-delay schedules, an unbounded one the serial scheme's active schedule of the
   * list. Writes the order placed into `out` (a precedence-feasible list that the serial scheme
   * decodes to the same schedule; `out` may be `list`, which is read only before the first
   * placement) and returns the makespan, or -1 past the horizon.
   */
  decodeBounded(list: Int32Array, delay: number, out: Int32Array): number {
    const { n, span, predStart, predIndex, delta, weight } = this.net;
    const succ = this.successors;
    const start = this.start;
    const rank = this.rankBuffer;
    const pending = this.pendingBuffer;
    const earliest = this.earliestBuffer;
    const eligible = this.eligibleBuffer;
    for (let k = 0; k < n; k++) rank[list[k]] = k;
    let count = 0;
    for (let j = 0; j < n; j++) {
      pending[j] = predStart[j + 1] - predStart[j];
      if (pending[j] === 0) {
        eligible[count++] = j;
        earliest[j] = 0;
      }
    }
    let makespan = 0;
    let tie = 0;
    this.failed = -1;
    for (let k = 0; k < n; k++) {
      // Bookings only grow, so an earliest start only moves later: a stored one is a lower bound
      // to search on from. When the first in the list starts within the delay of the least bound,
      // it is within the delay of the earliest start too, and goes next without the others.
      let pick = 0;
      let least = Infinity;
      for (let q = 0; q < count; q++) {
        const j = eligible[q];
        if (earliest[j] < least) least = earliest[j];
        if (rank[j] < rank[eligible[pick]]) pick = q;
      }
      const lead = eligible[pick];
      const t0 = this.earliestFit(lead, earliest[lead]);
      if (t0 < 0) return this.fail(lead, makespan);
      earliest[lead] = t0;
      if (t0 > least + delay) {
        let first = Infinity;
        for (let q = 0; q < count; q++) {
          const j = eligible[q];
          const t = this.earliestFit(j, earliest[j]);
          if (t < 0) return this.fail(j, makespan);
          earliest[j] = t;
          if (t < first) first = t;
        }
        pick = -1;
        for (let q = 0; q < count; q++) {
          const j = eligible[q];
          if (earliest[j] <= first + delay && (pick < 0 || rank[j] < rank[eligible[pick]])) pick = q;
        }
      }
      const j = eligible[pick];
      eligible[pick] = eligible[--count];
      const t = earliest[j];
      const p = span[j];
      this.book(j, t);
      start[j] = t;
      out[k] = j;
      const f = t + p;
      if (f > makespan) makespan = f;
      tie += weight[j] * f;
      for (let e = succ.start[j]; e < succ.start[j + 1]; e++) {
        const i = succ.index[e];
        if (--pending[i] > 0) continue;
        let b = 0;
        for (let g = predStart[i]; g < predStart[i + 1]; g++) b = Math.max(b, start[predIndex[g]] + delta[g]);
        earliest[i] = b;
        eligible[count++] = i;
      }
    }
    this.usage.fill(0, 0, makespan * this.resources);
    this.tie = tie;
    return makespan;
  }

  /** The earliest start of j at or after t that what is booked leaves room for; -1 past the horizon. */
  private earliestFit(j: number, t: number): number {
    const { span, demandStart, demandResource, demandUnits, capacity, horizon } = this.net;
    const K = this.resources;
    const usage = this.usage;
    const p = span[j];
    const d0 = demandStart[j];
    const d1 = demandStart[j + 1];
    if (p === 0 || d1 === d0) return t + p > horizon ? -1 : t;
    for (;;) {
      if (t + p > horizon) return -1;
      let conflict = -1;
      for (let s = t + p - 1; s >= t && conflict < 0; s--) {
        const base = s * K;
        for (let d = d0; d < d1; d++) {
          const r = demandResource[d];
          if (usage[base + r] + demandUnits[d] > capacity[r]) {
            conflict = s;
            break;
          }
        }
      }
      if (conflict < 0) return t;
      t = conflict + 1;
    }
  }

  /** Books j's demands in every slot of its span from t. */
  private book(j: number, t: number): void {
    const { span, demandStart, demandResource, demandUnits } = this.net;
    const K = this.resources;
    const usage = this.usage;
    const d0 = demandStart[j];
    const d1 = demandStart[j + 1];
    for (let s = t; s < t + span[j]; s++) {
      const base = s * K;
      for (let d = d0; d < d1; d++) usage[base + demandResource[d]] += demandUnits[d];
    }
  }

  /** Clears the usage booked so far (all of it before `makespan`) and reports the failure. */
  private fail(j: number, makespan: number): number {
    this.usage.fill(0, 0, makespan * this.resources);
    this.failed = j;
    return -1;
  }
}


/**
 * The schedule with every activity moved as early as its links and the capacity the others leave
 * allow, never later than given. A right-justified schedule mapped back to forward time can leave
 * work later than anything requires; after this, each activity starts at a link's bound, where a
 * resource frees up, or at slot 0, so that every start has a reason and the makespan cannot grow.
 * Activities move in order of start; a pass repeats while one moved, since an earlier start of a
 * predecessor (with a negative lag, it may start later than its successor) can free another.
 */
export function leftShifted(net: PlainNetwork, given: Int32Array): Int32Array {
  const { n, span, predStart, predIndex, delta, demandStart, demandResource, demandUnits, capacity } = net;
  const K = capacity.length;
  const start = given.slice();
  let end = 1;
  for (let j = 0; j < n; j++) end = Math.max(end, start[j] + span[j]);
  const usage = new Int32Array(end * K);
  const book = (j: number, sign: number) => {
    for (let s = start[j]; s < start[j] + span[j]; s++) for (let d = demandStart[j]; d < demandStart[j + 1]; d++) usage[s * K + demandResource[d]] += sign * demandUnits[d];
  };
  const fits = (j: number, t: number) => {
    for (let s = t; s < t + span[j]; s++) for (let d = demandStart[j]; d < demandStart[j + 1]; d++) if (usage[s * K + demandResource[d]] + demandUnits[d] > capacity[demandResource[d]]) return false;
    return true;
  };
  for (let j = 0; j < n; j++) book(j, 1);
  const order = Array.from({ length: n }, (_, j) => j);
  for (let moved = true, passes = 0; moved && passes < n; passes++) {
    moved = false;
    order.sort((a, b) => start[a] - start[b] || a - b);
    for (const j of order) {
      let bound = 0;
      for (let e = predStart[j]; e < predStart[j + 1]; e++) bound = Math.max(bound, start[predIndex[e]] + delta[e]);
      if (bound >= start[j]) continue;
      book(j, -1);
      let t = bound;
      while (t < start[j] && !fits(j, t)) t++;
      if (t < start[j]) moved = true;
      start[j] = t;
      book(j, 1);
    }
  }
  return start;
}
