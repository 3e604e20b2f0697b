/**
 * The resources of one placement, merged, with their units: what the serial scheme tries and
 * books for an activity. Typed arrays sized once per decoder, so trying a crew allocates nothing.
 */
import { EPSILON } from './compile.js';

export interface Crew {
  size: number;
  readonly resource: Int32Array;
  readonly units: Float64Array;
}

export function emptyCrew(most: number): Crew {
  return { size: 0, resource: new Int32Array(most), units: new Float64Array(most) };
}

/** Whether some member is asked for more units than its capacity. */
export function overfills(crew: Crew, capacity: Float64Array): boolean {
  for (let k = 0; k < crew.size; k++) if (crew.units[k] > capacity[crew.resource[k]] + EPSILON) return true;
  return false;
}

export function indexOf(crew: Crew, r: number): number {
  for (let k = 0; k < crew.size; k++) if (crew.resource[k] === r) return k;
  return -1;
}

/** Element by element: it runs per candidate tried, where two subarray views would be garbage. */
export function copyCrew(from: Crew, to: Crew): void {
  to.size = from.size;
  for (let k = 0; k < from.size; k++) {
    to.resource[k] = from.resource[k];
    to.units[k] = from.units[k];
  }
}

/** Adds a resource to a crew; a resource meeting two demands (a named pool twice) adds units. */
export function addToCrew(crew: Crew, r: number, units: number): void {
  const k = indexOf(crew, r);
  if (k >= 0) crew.units[k] += units;
  else {
    crew.resource[crew.size] = r;
    crew.units[crew.size] = units;
    crew.size++;
  }
}

/** The array, doubled until it holds `atLeast` slots. */
export function grow(a: Float64Array, atLeast: number): Float64Array {
  let size = a.length;
  while (size < atLeast) size *= 2;
  const b = new Float64Array(size);
  b.set(a);
  return b;
}
