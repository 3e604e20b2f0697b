/**
 * Adapters that let the search drive either serial scheme, each with double justification:
 * the plain one on its precomputed mirrored network (which can also right-justify alone), the
 * general one on a mirror of the calendar built for the makespan being justified.
 */
import { listByKeys, reversedList, type ListNetwork } from './lists.js';
import { PlainDecoder, type PlainProblem } from './plain.js';
import type { SearchDecoder } from './search.js';
import type { Problem } from './compile.js';
import type { CpmNetwork } from './cpm.js';
import { mirrorBaseline, mirrorProblem, reversedNetwork } from './mirror.js';

/** How many mirrors a justifier keeps: each holds per-resource arrays as long as its makespan. */
const MIRRORS_KEPT = 4;
import { GeneralDecoder } from './sgs.js';

function hashInts(h: number, a: Int32Array): number {
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a[i], 16777619);
  return h >>> 0;
}

export class PlainSearch implements SearchDecoder {
  readonly forward: PlainDecoder;
  private readonly backward: PlainDecoder;
  private readonly reversed: ListNetwork;
  private readonly key: Int32Array;
  private readonly rank: Int32Array;
  private readonly middle: Int32Array;
  private backwardMakespan = 0;
  /** After justify: per activity, right-justified start minus left-justified start (0 = critical). */
  readonly slack: Int32Array;
  readonly longestSpan: number;
  /** Starts, in forward time, of the last right-justification alone, and its tie. */
  private readonly right: Int32Array;
  private rightTie = 0;
  /** Whether start, tie and signature describe that right-justified schedule, not the last forward pass. */
  private rightView = false;

  constructor(private readonly plain: PlainProblem, private readonly net: ListNetwork) {
    this.forward = new PlainDecoder(plain.forward);
    this.backward = new PlainDecoder(plain.backward);
    this.reversed = reversedList(net);
    this.key = new Int32Array(net.n);
    this.rank = new Int32Array(net.n);
    this.middle = new Int32Array(net.n);
    this.slack = new Int32Array(net.n);
    this.right = new Int32Array(net.n);
    this.longestSpan = plain.forward.span.reduce((a, b) => Math.max(a, b), 0);
  }

  forwardView(): void {
    this.rightView = false;
  }

  get tie(): number {
    return this.rightView ? this.rightTie : this.forward.tie;
  }

  decode(list: Int32Array): number {
    this.rightView = false;
    return this.forward.decode(list);
  }

  decodeBounded(list: Int32Array, delay: number, out: Int32Array): number {
    this.rightView = false;
    return this.forward.decodeBounded(list, delay, out);
  }

  /**
   * Right-justify (activities by decreasing finish, scheduled as late as possible in mirrored
   * time, or bounded by a delay as in rightJustify), then left-justify (by increasing start of
   * the right-justified schedule).
   */
  justify(list: Int32Array, out: Int32Array, delay = -1): number {
    const span = this.plain.forward.span;
    const { key, rank } = this;
    this.rightView = false;
    this.backwardMakespan = this.rightPass(list, delay);
    if (this.backwardMakespan < 0) return -1;
    for (let k = 0; k < list.length; k++) rank[this.middle[k]] = k;
    for (let j = 0; j < span.length; j++) key[j] = -(this.backward.start[j] + span[j]);
    listByKeys(this.net, key, rank, out);
    const makespan = this.forward.decode(out);
    // Slack: how far the left-justified start could move right within the right-justified one.
    const shift = this.backwardMakespan - makespan;
    for (let j = 0; j < span.length; j++) this.slack[j] = this.backwardMakespan - this.backward.start[j] - span[j] - shift - this.forward.start[j];
    return makespan;
  }

  /**
   * Right-justification alone (one schedule): the backward pass of `justify`. Writes the list by
   * increasing start of the right-justified schedule, in forward time, into `out` and returns its
   * makespan; start, tie, slack and signature then describe that schedule until the next forward
   * pass. Its slack is measured against the forward schedule it came from, aligned at the end.
   */
  rightJustify(list: Int32Array, out: Int32Array, delay = -1): number {
    const { span, weight } = this.plain.forward;
    const { key, rank, right } = this;
    const n = list.length;
    let forwardMakespan = 0;
    for (let j = 0; j < n; j++) forwardMakespan = Math.max(forwardMakespan, this.forward.start[j] + span[j]);
    const makespan = this.rightPass(list, delay);
    if (makespan < 0) return -1;
    let tie = 0;
    for (let k = 0; k < n; k++) rank[this.middle[k]] = k;
    for (let j = 0; j < n; j++) {
      right[j] = makespan - this.backward.start[j] - span[j];
      key[j] = right[j];
      tie += weight[j] * (right[j] + span[j]);
      this.slack[j] = right[j] + forwardMakespan - makespan - this.forward.start[j];
    }
    listByKeys(this.net, key, rank, out);
    this.rightTie = tie;
    this.rightView = true;
    return makespan;
  }

  /**
   * The backward pass: the forward schedule of `list` by decreasing finish (ties in list order),
   * each activity as late as possible, or as a parameterised active schedule in mirrored time
   * when a delay is given. Leaves the order placed in `middle`; returns the makespan.
   */
  private rightPass(list: Int32Array, delay = -1): number {
    const span = this.plain.forward.span;
    const { key, rank } = this;
    for (let k = 0; k < list.length; k++) rank[list[k]] = k;
    for (let j = 0; j < span.length; j++) key[j] = -(this.forward.start[j] + span[j]);
    listByKeys(this.reversed, key, rank, this.middle);
    return delay >= 0 ? this.backward.decodeBounded(this.middle, delay, this.middle) : this.backward.decode(this.middle);
  }

  get start(): Int32Array {
    return this.rightView ? this.right : this.forward.start;
  }

  /** Resource utilisation per slot of a schedule: the sum over resources of used/capacity. */
  utilisation(start: Int32Array, makespan: number): Float64Array {
    const f = this.plain.forward;
    const load = new Float64Array(makespan);
    for (let j = 0; j < f.n; j++) {
      let share = 0;
      for (let d = f.demandStart[j]; d < f.demandStart[j + 1]; d++) share += f.demandUnits[d] / f.capacity[f.demandResource[d]];
      for (let t = start[j]; t < start[j] + f.span[j]; t++) load[t] += share;
    }
    return load;
  }

  signature(): number {
    return hashInts(2166136261, this.start);
  }
}

export class GeneralSearch implements SearchDecoder {
  readonly slack: Int32Array;
  private readonly reversed: CpmNetwork;
  private readonly reversedLinks: ListNetwork;
  private readonly key: Int32Array;
  private readonly rank: Int32Array;
  private readonly middle: Int32Array;
  /** Mirrors of the makespans justified last, by makespan, least recently used first. */
  private readonly mirrors = new Map<number, { readonly problem: Problem; readonly decoder: GeneralDecoder }>();

  constructor(
    readonly decoder: GeneralDecoder,
    private readonly problem: Problem,
    private readonly net: ListNetwork,
  ) {
    const n = problem.n;
    this.reversed = reversedNetwork(problem);
    this.reversedLinks = reversedList(net);
    this.slack = new Int32Array(n);
    this.key = new Int32Array(n);
    this.rank = new Int32Array(n);
    this.middle = new Int32Array(n);
  }

  /**
   * Double justification through calendars: right-justify in the mirror of the current
   * makespan (decreasing finish, assignments kept), then left-justify by increasing start of
   * that result with a fresh forward pass (which may reassign by skill again).
   */
  justify(list: Int32Array, out: Int32Array): number {
    const { decoder, key, rank, middle } = this;
    const n = this.problem.n;
    const h = Math.max(1, latestFinish(decoder.finish));
    const mirror = this.mirrorOf(h);
    for (let k = 0; k < n; k++) rank[list[k]] = k;
    for (let j = 0; j < n; j++) key[j] = -decoder.finish[j];
    listByKeys(this.reversedLinks, key, rank, middle);
    const back = mirror.decode(middle);
    if (back < 0) return -1;
    for (let k = 0; k < n; k++) rank[middle[k]] = k;
    for (let j = 0; j < n; j++) key[j] = -mirror.finish[j];
    listByKeys(this.net, key, rank, out);
    const makespan = decoder.decode(out);
    for (let j = 0; j < n; j++) this.slack[j] = makespan - mirror.finish[j] - decoder.start[j];
    return makespan;
  }

  /**
   * A decoder on the mirror over makespan h with the current assignments. Building a mirror
   * allocates per-resource arrays of length h, so the mirrors of the last few makespans are kept
   * (a population's makespans take few values) and only their assignments are refreshed (decode
   * resets everything else).
   */
  private mirrorOf(h: number): GeneralDecoder {
    const assignee = this.decoder.assignee;
    const kept = this.mirrors.get(h);
    if (kept) {
      this.mirrors.delete(h);
      this.mirrors.set(h, kept);
      kept.problem.candidates.set(assignee);
      return kept.decoder;
    }
    const problem = mirrorProblem(this.problem, this.reversed, h, assignee);
    const baseline = this.decoder.baseline && mirrorBaseline(this.decoder.baseline, problem.n, h);
    const decoder = new GeneralDecoder(problem, baseline);
    this.mirrors.set(h, { problem, decoder });
    if (this.mirrors.size > MIRRORS_KEPT) this.mirrors.delete(this.mirrors.keys().next().value!);
    return decoder;
  }

  get tie(): number {
    return this.decoder.tie;
  }

  get start(): Int32Array {
    return this.decoder.start;
  }

  decode(list: Int32Array): number {
    return this.decoder.decode(list);
  }

  signature(): number {
    return hashInts(hashInts(2166136261, this.decoder.start), this.decoder.assignee);
  }
}

/** The latest of the finishes (0 when there are none). */
function latestFinish(finish: Int32Array): number {
  let latest = 0;
  for (let j = 0; j < finish.length; j++) if (finish[j] > latest) latest = finish[j];
  return latest;
}
