/**
 * A crew for one activity: a resource for each demand, taken from the demand's candidates, with
 * no resource given more units than its capacity (a resource may meet two demands when its
 * capacity holds both). The serial scheme picks crews greedily, by earliest finish; a greedy
 * pick can take a resource that a later demand needs (someone asked for by skill, then by name),
 * and then the scheme takes the crew found here instead. So an activity gets a crew in every
 * schedule exactly when compile finds one here, and `check` reports the activities that have none.
 */
/** Candidates tried in the search for one activity's crew before it gives up. */
export const MAX_CREW_STEPS = 10_000;

export interface CrewDemand {
  readonly units: number;
  /** Resource indices that can meet it. */
  readonly candidates: readonly number[];
}

/**
 * Why there is no crew: `short` when the candidates together have less capacity than the demands
 * need, `none` when no way of sharing them out fits, `exhausted` when there were too many ways to try.
 */
export type NoCrew = 'short' | 'none' | 'exhausted';

export type CrewSearch =
  /** The resource meeting each demand, in demand order. */
  | { readonly crew: readonly number[] }
  | { readonly crew?: undefined; readonly reason: NoCrew };

/** `tolerance`: units over a capacity that still count as within it (rounding of shares). */
export function findCrew(demands: readonly CrewDemand[], capacity: ArrayLike<number>, tolerance: number): CrewSearch {
  // Most work has one demand: its crew is the first candidate with room, as the search below finds it.
  if (demands.length === 1) {
    const { units, candidates } = demands[0];
    for (const r of candidates) if (units <= capacity[r] + tolerance) return { crew: [r] };
  }
  if (totalUnits(demands) > pooledCapacity(demands, capacity) + tolerance) return { reason: 'short' };
  const n = demands.length;
  // The most constrained demands first: fewest candidates, then most units.
  const order = demands.map((_, d) => d).sort((a, b) => demands[a].candidates.length - demands[b].candidates.length || demands[b].units - demands[a].units || a - b);
  const crew = new Array<number>(n).fill(-1);
  const used = new Map<number, { units: number; demands: number }>();
  const tries: number[][] = new Array<number[]>(n);
  const next = new Int32Array(n);
  // The first descent is the greedy crew and always affordable; backtracking gets a fixed budget.
  let budget = MAX_CREW_STEPS;
  for (const d of demands) budget += 2 * d.candidates.length;

  // Depth-first over demands in `order`, without recursion: a task may have thousands of demands.
  const enter = (k: number) => {
    const { candidates } = demands[order[k]];
    budget -= candidates.length;
    // A resource not in the crew yet first: one person per demand is the usual crew.
    tries[k] = [...candidates.filter((r) => !used.has(r)), ...candidates.filter((r) => used.has(r))];
    next[k] = 0;
  };
  let k = 0;
  if (n > 0) enter(0);
  while (k >= 0 && k < n) {
    const d = order[k];
    const { units } = demands[d];
    if (crew[d] >= 0) {
      release(used, crew[d], units);
      crew[d] = -1;
    }
    let picked = -1;
    while (picked < 0 && next[k] < tries[k].length) {
      if (--budget < 0) return { reason: 'exhausted' };
      const r = tries[k][next[k]++];
      if ((used.get(r)?.units ?? 0) + units <= capacity[r] + tolerance) picked = r;
    }
    if (picked < 0) {
      k--;
      continue;
    }
    const taken = used.get(picked);
    used.set(picked, { units: (taken?.units ?? 0) + units, demands: (taken?.demands ?? 0) + 1 });
    crew[d] = picked;
    if (++k < n) enter(k);
  }
  return k === n ? { crew } : { reason: 'none' };
}

function release(used: Map<number, { units: number; demands: number }>, r: number, units: number): void {
  const taken = used.get(r)!;
  if (taken.demands > 1) used.set(r, { units: taken.units - units, demands: taken.demands - 1 });
  else used.delete(r);
}

function totalUnits(demands: readonly CrewDemand[]): number {
  let sum = 0;
  for (const d of demands) sum += d.units;
  return sum;
}

/** Capacity of every resource that can meet at least one of the demands, counted once. */
function pooledCapacity(demands: readonly CrewDemand[], capacity: ArrayLike<number>): number {
  const pool = new Set<number>();
  for (const d of demands) for (const r of d.candidates) pool.add(r);
  let sum = 0;
  for (const r of pool) sum += capacity[r];
  return sum;
}
