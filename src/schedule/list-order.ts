/**
 * A problem renumbered so that its activities come in the order of one list: activity k of the
 * copy is list[k] of the original. The forecast decodes the same list hundreds of times; the
 * serial scheme reads about twenty arrays at each activity's index, and a list in start order
 * visits the original indices all over the place, so on a big plan most of those reads miss the
 * processor's caches. Numbered in list order they run in sequence (a 100,000-task forecast in
 * about 40% less time). Decoding the copy with the list 0, 1, 2, ... places every activity exactly
 * where the original list places it, and the critical activities of that schedule (drivers.ts:
 * the activities from which driving arcs lead to the finish) do not depend on the numbering.
 */
import type { Problem } from './compile.js';
import { successorListsOf } from './cpm.js';
import { identity } from './lists.js';
import type { Baseline } from './sgs.js';

export interface ListOrdered {
  readonly problem: Problem;
  /** The original index of each activity of the copy: the list itself. */
  readonly original: Int32Array;
  /** The copy's index of each original activity. */
  readonly position: Int32Array;
  /** The copy's list: 0, 1, 2, ... */
  readonly list: Int32Array;
}

export function inListOrder(p: Problem, list: Int32Array): ListOrdered {
  const n = p.n;
  const original = Int32Array.from(list);
  const position = new Int32Array(n);
  for (let k = 0; k < n; k++) position[original[k]] = k;
  const links = renumberedLinks(p, original, position);
  const succ = successorListsOf(n, links.predStart, links.predIndex);
  return {
    problem: {
      ...p,
      ids: Array.from(original, (j) => p.ids[j]),
      activities: Array.from(original, (j) => p.activities[j]),
      type: permuted(p.type, original),
      fixedSpan: permuted(p.fixedSpan, original),
      effort: permuted(p.effort, original),
      splittable: permuted(p.splittable, original),
      handoff: permuted(p.handoff, original),
      packed: permuted(p.packed, original),
      packRate: permuted(p.packRate, original),
      packable: permuted(p.packable, original),
      mask: Array.from(original, (j) => p.mask[j]),
      weight: permuted(p.weight, original),
      release: permuted(p.release, original),
      due: permuted(p.due, original),
      ...renumberedDemands(p, original),
      net: { n, duration: permuted(p.net.duration, original), ...links },
      succStart: succ.start,
      succIndex: succ.index,
      order: Int32Array.from(p.order, (j) => position[j]),
    },
    original,
    position,
    list: identity(n),
  };
}

/** A baseline of the original problem for the renumbered one: its per-activity bounds follow the new order. */
export function baselineInListOrder(baseline: Baseline | undefined, original: Int32Array): Baseline | undefined {
  if (!baseline) return undefined;
  return { usage: baseline.usage, earliestStart: permuted(baseline.earliestStart, original), earliestFinish: permuted(baseline.earliestFinish, original) };
}

function permuted<T extends Int32Array | Float64Array | Uint8Array>(a: T, original: Int32Array): T {
  const out = new (a.constructor as new (n: number) => T)(original.length);
  for (let k = 0; k < original.length; k++) out[k] = a[original[k]];
  return out;
}

/** Each activity's links, in their own order, with the predecessors renumbered. */
function renumberedLinks(p: Problem, original: Int32Array, position: Int32Array): Pick<Problem['net'], 'predStart' | 'predIndex' | 'linkType' | 'lag'> {
  const { predStart, predIndex, linkType, lag } = p.net;
  const start = new Int32Array(original.length + 1);
  const index = new Int32Array(predIndex.length);
  const type = new Uint8Array(linkType.length);
  const lags = new Int32Array(lag.length);
  let at = 0;
  for (let k = 0; k < original.length; k++) {
    const j = original[k];
    for (let e = predStart[j]; e < predStart[j + 1]; e++, at++) {
      index[at] = position[predIndex[e]];
      type[at] = linkType[e];
      lags[at] = lag[e];
    }
    start[k + 1] = at;
  }
  return { predStart: start, predIndex: index, linkType: type, lag: lags };
}

/** Each activity's demands and their candidates, in their own order. */
function renumberedDemands(p: Problem, original: Int32Array): Pick<Problem, 'demandStart' | 'demandUnits' | 'crew' | 'candidateStart' | 'candidates'> {
  const demandStart = new Int32Array(original.length + 1);
  const demandUnits = new Float64Array(p.demandUnits.length);
  const crew = new Int32Array(p.crew.length);
  const candidateStart = new Int32Array(p.candidateStart.length);
  const candidates = new Int32Array(p.candidates.length);
  let d2 = 0;
  let c2 = 0;
  for (let k = 0; k < original.length; k++) {
    const j = original[k];
    for (let d = p.demandStart[j]; d < p.demandStart[j + 1]; d++, d2++) {
      demandUnits[d2] = p.demandUnits[d];
      crew[d2] = p.crew[d];
      for (let c = p.candidateStart[d]; c < p.candidateStart[d + 1]; c++) candidates[c2++] = p.candidates[c];
      candidateStart[d2 + 1] = c2;
    }
    demandStart[k + 1] = d2;
  }
  return { demandStart, demandUnits, crew, candidateStart, candidates };
}
