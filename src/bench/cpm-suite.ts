/** The CPM suite: generated networks of 10k, 100k and 1M activities, one child process each. */
import { execFileSync } from 'node:child_process';
import type { CpmMeasurement } from './cpm-child.js';
import { formatTable, round } from './table.js';

export const CPM_SIZES = [10_000, 100_000, 1_000_000];
export const CPM_QUICK_SIZES = [10_000, 100_000];

export function runCpmSuite(sizes: readonly number[], seed: number, runs: number): CpmMeasurement[] {
  const child = new URL('./cpm-child.js', import.meta.url).pathname;
  return sizes.map((tasks) => {
    const output = execFileSync(process.execPath, [child, String(tasks), String(seed), String(runs)], { encoding: 'utf8' });
    return JSON.parse(output) as CpmMeasurement;
  });
}

export function formatCpmTable(results: readonly CpmMeasurement[]): string {
  return formatTable(
    ['tasks', 'links', 'makespan', 'CPM ms (median)', 'runs', 'peak RSS MB', 'base RSS MB', 'network MB', 'CPM result MB'],
    results.map((r) => [
      r.tasks, r.links, r.makespan, round(r.medianMs, 1), r.timesMs.length, round(r.peakRssMb, 0), round(r.baseRssMb, 0),
      round(r.networkMb, 1), round(r.cpmDeltaMb, 1),
    ]),
  );
}
