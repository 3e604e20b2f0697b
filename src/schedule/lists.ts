/**
 * Activity lists: precedence-feasible orders of the activities (every predecessor before its
 * successors) that a serial schedule generation scheme turns into a schedule. Built from
 * priorities, by biased random sampling, and recombined by the genetic search.
 */
import type { Random } from './random.js';

/** The link network as the list operations see it (CSR on both sides). */
export interface ListNetwork {
  readonly n: number;
  readonly predStart: Int32Array;
  readonly predIndex: Int32Array;
  readonly succStart: Int32Array;
  readonly succIndex: Int32Array;
}

/** The same links in mirrored time: predecessors and successors swap. */
export function reversedList(net: ListNetwork): ListNetwork {
  return { n: net.n, predStart: net.succStart, predIndex: net.succIndex, succStart: net.predStart, succIndex: net.predIndex };
}

/**
 * A binary min-heap of activity indices by key, ties by rank (no allocation per push). Keys and
 * ranks are data, not a comparator: a new closure for every list made V8 drop the heap's
 * optimised code each time it met one.
 */
class IndexHeap {
  private readonly items: Int32Array;
  private size = 0;
  constructor(
    capacity: number,
    private readonly key: ArrayLike<number>,
    private readonly rank: ArrayLike<number>,
  ) {
    this.items = new Int32Array(capacity);
  }
  private less(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    return ka < kb || (ka === kb && this.rank[a] < this.rank[b]);
  }
  get length(): number {
    return this.size;
  }
  push(x: number): void {
    const h = this.items;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(x, h[parent])) break;
      h[i] = h[parent];
      i = parent;
    }
    h[i] = x;
  }
  pop(): number {
    const h = this.items;
    const top = h[0];
    const x = h[--this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.less(h[child + 1], h[child])) child++;
      if (!this.less(h[child], x)) break;
      h[i] = h[child];
      i = child;
    }
    h[i] = x;
    return top;
  }
}

/**
 * The precedence-feasible list that always takes the eligible activity of the smallest key, ties
 * by the smaller rank (Kahn's algorithm with a priority queue): the list ordered by `key`
 * ascending, repaired to respect precedence. Writes into `out` and returns it.
 */
export function listByKeys(net: ListNetwork, key: ArrayLike<number>, rank: ArrayLike<number>, out: Int32Array = new Int32Array(net.n)): Int32Array {
  const pending = new Int32Array(net.n);
  const heap = new IndexHeap(net.n, key, rank);
  for (let j = 0; j < net.n; j++) {
    pending[j] = net.predStart[j + 1] - net.predStart[j];
    if (pending[j] === 0) heap.push(j);
  }
  let k = 0;
  while (heap.length > 0) {
    const i = heap.pop();
    out[k++] = i;
    for (let e = net.succStart[i]; e < net.succStart[i + 1]; e++) {
      const j = net.succIndex[e];
      if (--pending[j] === 0) heap.push(j);
    }
  }
  return out;
}

/** Above this many activities, sampling scans of the eligible set would be quadratic. */
const LARGE = 1000;

/**
 * Biased sampling for large networks: the priority values with multiplicative noise, ordered
 * through the heap, so a sample costs n log n instead of n x eligible.
 */
function perturbedList(net: ListNetwork, value: ArrayLike<number>, random: Random, out: Int32Array): Int32Array {
  const key = Float64Array.from({ length: net.n }, (_, j) => (value[j] + 1) * (1 + random.next()));
  return listByKeys(net, key, identity(net.n), out);
}

/**
 * Regret-based biased random sampling (Drexl 1991): among the eligible activities, pick j with
 * probability proportional to (max priority value - value_j + 1)^2, smaller values preferred.
 */
export function sampleList(net: ListNetwork, value: ArrayLike<number>, random: Random, out: Int32Array = new Int32Array(net.n)): Int32Array {
  if (net.n > LARGE) return perturbedList(net, value, random, out);
  const pending = new Int32Array(net.n);
  const eligible: number[] = [];
  for (let j = 0; j < net.n; j++) {
    pending[j] = net.predStart[j + 1] - net.predStart[j];
    if (pending[j] === 0) eligible.push(j);
  }
  const weights: number[] = [];
  for (let k = 0; k < net.n; k++) {
    let worst = -Infinity;
    for (const j of eligible) if (value[j] > worst) worst = value[j];
    let total = 0;
    weights.length = 0;
    for (const j of eligible) {
      const w = (worst - value[j] + 1) ** 2;
      weights.push(w);
      total += w;
    }
    let r = random.next() * total;
    let pick = eligible.length - 1;
    for (let q = 0; q < eligible.length; q++) {
      r -= weights[q];
      if (r < 0) {
        pick = q;
        break;
      }
    }
    const i = eligible[pick];
    eligible[pick] = eligible[eligible.length - 1];
    eligible.pop();
    out[k] = i;
    for (let e = net.succStart[i]; e < net.succStart[i + 1]; e++) {
      const j = net.succIndex[e];
      if (--pending[j] === 0) eligible.push(j);
    }
  }
  return out;
}

/**
 * Two-point crossover (Hartmann 1998): the child takes the mother's first q1 activities, then
 * the father's next ones not yet taken up to q2, then the rest in the mother's order. Both
 * parents are precedence-feasible, so the child is too.
 */
export function crossover(mother: Int32Array, father: Int32Array, q1: number, q2: number, seen: Uint8Array, out: Int32Array): Int32Array {
  const n = mother.length;
  seen.fill(0);
  let k = 0;
  for (let i = 0; i < q1; i++) {
    out[k++] = mother[i];
    seen[mother[i]] = 1;
  }
  for (let i = 0; i < n && k < q2; i++) {
    const a = father[i];
    if (!seen[a]) {
      out[k++] = a;
      seen[a] = 1;
    }
  }
  for (let i = 0; i < n && k < n; i++) {
    const a = mother[i];
    if (!seen[a]) {
      out[k++] = a;
      seen[a] = 1;
    }
  }
  return out;
}

/** Moves one activity to a random position between its last predecessor and first successor. */
export function shiftOne(net: ListNetwork, list: Int32Array, random: Random, position: Int32Array): void {
  const n = list.length;
  for (let i = 0; i < n; i++) position[list[i]] = i;
  const from = random.below(n);
  const a = list[from];
  let lo = 0;
  let hi = n - 1;
  for (let e = net.predStart[a]; e < net.predStart[a + 1]; e++) lo = Math.max(lo, position[net.predIndex[e]] + 1);
  for (let e = net.succStart[a]; e < net.succStart[a + 1]; e++) hi = Math.min(hi, position[net.succIndex[e]] - 1);
  if (hi <= lo) return;
  const to = lo + random.below(hi - lo + 1);
  if (to > from) list.copyWithin(from, from + 1, to + 1);
  else if (to < from) list.copyWithin(to + 1, to, from);
  list[to] = a;
}

/** Moves a random zero-slack activity to a random earlier position its predecessors allow. */
export function shiftCritical(net: ListNetwork, list: Int32Array, slack: Int32Array, random: Random, position: Int32Array): void {
  const n = list.length;
  for (let i = 0; i < n; i++) position[list[i]] = i;
  let count = 0;
  for (let j = 0; j < n; j++) if (slack[j] <= 0) count++;
  if (count === 0) return;
  let pick = random.below(count);
  let a = 0;
  for (let j = 0; j < n; j++) if (slack[j] <= 0 && pick-- === 0) { a = j; break; }
  const from = position[a];
  let lo = 0;
  for (let e = net.predStart[a]; e < net.predStart[a + 1]; e++) lo = Math.max(lo, position[net.predIndex[e]] + 1);
  if (from <= lo) return;
  const to = lo + random.below(from - lo);
  list.copyWithin(to + 1, to, from);
  list[to] = a;
}

/** 0, 1, ..., n - 1. */
export function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let j = 0; j < n; j++) a[j] = j;
  return a;
}
