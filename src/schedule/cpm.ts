/**
 * Critical path method over typed arrays. The network is in CSR form on the successor side:
 * the links into activity j are predIndex[predStart[j] .. predStart[j+1]). Link types are the
 * four precedence relations with integer lags (slots, negative allowed):
 *   FS: S_j >= F_i + lag   SS: S_j >= S_i + lag   FF: F_j >= F_i + lag   SF: F_j >= S_i + lag
 * and every start is >= 0. Linear time, no recursion, so a million activities is routine.
 */

export const FS = 0;
export const SS = 1;
export const FF = 2;
export const SF = 3;

/** The link types' codes, by the names the spec uses. */
export const LINK_TYPE = { FS, SS, FF, SF } as const;

/** A lag in whole slots: rounded up, so that 2.0000000001 from float arithmetic stays 2. */
export function lagSlots(lag: number): number {
  return Math.ceil(lag - 1e-9);
}

/** How far j is from the bound a link from i sets (0 = the link binds it). */
export function linkSlack(type: number, start: Int32Array, finish: Int32Array, i: number, j: number, lag: number): number {
  if (type === FS) return start[j] - finish[i] - lag;
  if (type === SS) return start[j] - start[i] - lag;
  if (type === FF) return finish[j] - finish[i] - lag;
  return finish[j] - start[i] - lag;
}

export interface CpmNetwork {
  readonly n: number;
  readonly duration: Int32Array;
  /** Length n + 1. */
  readonly predStart: Int32Array;
  readonly predIndex: Int32Array;
  /** FS / SS / FF / SF as 0..3, one per link. */
  readonly linkType: Uint8Array;
  readonly lag: Int32Array;
}

export interface CpmArrays {
  readonly earlyStart: Int32Array;
  readonly earlyFinish: Int32Array;
  readonly lateStart: Int32Array;
  readonly lateFinish: Int32Array;
  readonly totalFloat: Int32Array;
  readonly freeFloat: Int32Array;
  readonly makespan: number;
  /** A topological order of the activities. */
  readonly order: Int32Array;
}

/**
 * The links seen from their source (CSR): the links out of i are slots
 * start[i] .. start[i+1] and slot s leads to index[s]. Slots follow the successors' order, so
 * the same network always gives the same lists.
 */
export interface SuccessorLists {
  readonly start: Int32Array;
  readonly index: Int32Array;
}

/** Successor lists that also say which predecessor-side link each slot is (link[s]). */
export interface Successors extends SuccessorLists {
  readonly link: Int32Array;
}

export function successorsOf(n: number, predStart: Int32Array, predIndex: Int32Array): Successors {
  const link = new Int32Array(predStart[n]);
  return { ...fillSuccessors(n, predStart, predIndex, link), link };
}

/** The successor lists alone: no link array, which on a million-link network is memory saved. */
export function successorListsOf(n: number, predStart: Int32Array, predIndex: Int32Array): SuccessorLists {
  return fillSuccessors(n, predStart, predIndex, undefined);
}

function fillSuccessors(n: number, predStart: Int32Array, predIndex: Int32Array, link: Int32Array | undefined): SuccessorLists {
  const m = predStart[n];
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) start[predIndex[e] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const index = new Int32Array(m);
  for (let j = 0; j < n; j++) {
    for (let e = predStart[j]; e < predStart[j + 1]; e++) {
      const slot = fill[predIndex[e]]++;
      index[slot] = j;
      if (link) link[slot] = e;
    }
  }
  return { start, index };
}

/**
 * A topological order by Kahn's algorithm over the CSR links; undefined when there is a cycle
 * (validation names cycles; the scheduler only needs to refuse them).
 */
export function topologicalOrder(n: number, predStart: Int32Array, predIndex: Int32Array, succ: SuccessorLists = successorListsOf(n, predStart, predIndex)): Int32Array | undefined {
  const indegree = new Int32Array(n);
  for (let j = 0; j < n; j++) indegree[j] = predStart[j + 1] - predStart[j];
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let j = 0; j < n; j++) if (indegree[j] === 0) order[tail++] = j;
  while (head < tail) {
    const i = order[head++];
    for (let e = succ.start[i]; e < succ.start[i + 1]; e++) {
      const j = succ.index[e];
      if (--indegree[j] === 0) order[tail++] = j;
    }
  }
  return tail === n ? order : undefined;
}

/**
 * Forward and backward pass; throws on a cycle, which callers have ruled out. `release`, when
 * given, is each activity's earliest start (its `not_before` or `on` date).
 */
export function cpmArrays(net: CpmNetwork, givenOrder?: Int32Array, release?: Int32Array): CpmArrays {
  const { n, duration: d, predStart, predIndex, linkType, lag } = net;
  const order = givenOrder ?? topologicalOrder(n, predStart, predIndex);
  if (!order) throw new RangeError('the network has a cycle');
  const es = new Int32Array(n);
  const ef = new Int32Array(n);
  let makespan = 0;
  for (let k = 0; k < n; k++) {
    const j = order[k];
    const dj = d[j];
    let s = release ? release[j] : 0;
    for (let e = predStart[j]; e < predStart[j + 1]; e++) {
      const i = predIndex[e];
      const t = linkType[e];
      const bound = t === FS ? ef[i] + lag[e] : t === SS ? es[i] + lag[e] : t === FF ? ef[i] + lag[e] - dj : es[i] + lag[e] - dj;
      if (bound > s) s = bound;
    }
    es[j] = s;
    ef[j] = s + dj;
    if (s + dj > makespan) makespan = s + dj;
  }
  const lf = new Int32Array(n).fill(makespan);
  const ls = new Int32Array(n);
  const freeFloat = new Int32Array(n);
  for (let j = 0; j < n; j++) freeFloat[j] = makespan - ef[j];
  // Reverse topological order: every successor of j is final before j's links are pushed back.
  for (let k = n - 1; k >= 0; k--) {
    const j = order[k];
    const dj = d[j];
    ls[j] = lf[j] - dj;
    for (let e = predStart[j]; e < predStart[j + 1]; e++) {
      const i = predIndex[e];
      const t = linkType[e];
      const di = d[i];
      const late = t === FS ? ls[j] - lag[e] : t === SS ? ls[j] - lag[e] + di : t === FF ? lf[j] - lag[e] : lf[j] - lag[e] + di;
      if (late < lf[i]) lf[i] = late;
      const slack = linkSlack(t, es, ef, i, j, lag[e]);
      if (slack < freeFloat[i]) freeFloat[i] = slack;
    }
  }
  const totalFloat = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    totalFloat[j] = ls[j] - es[j];
    if (freeFloat[j] > totalFloat[j]) freeFloat[j] = totalFloat[j];
    if (freeFloat[j] < 0) freeFloat[j] = 0;
  }
  return { earlyStart: es, earlyFinish: ef, lateStart: ls, lateFinish: lf, totalFloat, freeFloat, makespan, order };
}
