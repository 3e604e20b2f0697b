/**
 * Which activities were critical in one simulated schedule: those from which a chain of driving
 * arcs leads to the finish, by the same reading the plan's own timing uses (src/schedule/
 * drivers.ts). So work that ends hours before the finish and waits on no break in its calendar
 * is critical only in the runs where something it drives ends last.
 */
import type { Simulation } from './setup.js';

/**
 * Adds 1 to critical[j] for each activity j critical in the decoder's current schedule, j its
 * index in the variant's compiled problem (the simulation numbers them in list order).
 */
export function countCritical(sim: Simulation, makespan: number, critical: Int32Array, mark: Uint8Array): void {
  const { drivers, decoder, original } = sim;
  drivers.load(decoder.start, decoder.finish, makespan, decoder.share);
  drivers.markCritical(mark);
  for (let k = 0; k < mark.length; k++) critical[original[k]] += mark[k];
}
