/**
 * The priority rule of DESIGN.md for the base activity list: must > should > could, then least
 * total float (critical path first; a due date ahead shrinks the float to the slack before it),
 * then the earliest due date ahead, then higher uncertainty earlier (risk front-loading), then
 * id. A must-have that waits on a could-have lifts it: an activity's class is the best class of
 * itself and everything after it, so the list never starves a must-have behind its own inputs.
 */
import { listNetwork, type Problem } from './compile.js';
import type { CpmArrays } from './cpm.js';
import { dueLateFinish } from './dates.js';
import { listByKeys } from './lists.js';

const CLASS = { must: 0, should: 1, could: 2, wont: 3 } as const;
const RISK = { high: 0, medium: 1, low: 2 } as const;

/** Rank of each activity's id in sorted order, for deterministic ties. */
export function idRanks(ids: readonly string[]): Int32Array {
  const sorted = ids.map((_, j) => j).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : a - b));
  const rank = new Int32Array(ids.length);
  sorted.forEach((j, k) => (rank[j] = k));
  return rank;
}

export function effectiveClass(problem: Problem): Int32Array {
  const { n, order, succStart, succIndex, activities } = problem;
  const cls = Int32Array.from(activities, (a) => CLASS[a.priority]);
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k];
    for (let e = succStart[i]; e < succStart[i + 1]; e++) cls[i] = Math.min(cls[i], cls[succIndex[e]]);
  }
  return cls;
}

/** `cls` is effectiveClass(problem), which the caller also needs for sampling. */
export function priorityList(problem: Problem, cpm: CpmArrays, cls: Int32Array): Int32Array {
  const risk = Int32Array.from(problem.activities, (a) => RISK[a.uncertainty]);
  const idRank = idRanks(problem.ids);
  const dueBy = dueLateFinish(problem.net, problem.order, problem.due);
  const float = Int32Array.from(cpm.totalFloat, (f, j) => Math.min(f, dueBy[j] - cpm.earlyFinish[j]));
  const less = (a: number, b: number): boolean => {
    if (cls[a] !== cls[b]) return cls[a] < cls[b];
    if (float[a] !== float[b]) return float[a] < float[b];
    if (dueBy[a] !== dueBy[b]) return dueBy[a] < dueBy[b];
    if (risk[a] !== risk[b]) return risk[a] < risk[b];
    return idRank[a] < idRank[b];
  };
  // The rule is a total order (ids are unique), so each activity's place in it is its key.
  const order = Array.from({ length: problem.n }, (_, j) => j).sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0));
  const place = new Int32Array(problem.n);
  order.forEach((j, k) => (place[j] = k));
  return listByKeys(listNetwork(problem), place, place);
}
