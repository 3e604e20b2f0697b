/**
 * Runs one CPM size in its own process, so the peak memory (maxRSS) belongs to that size alone.
 * Usage: node dist/bench/cpm-child.js TASKS SEED RUNS; prints one JSON line (CpmMeasurement).
 */
import { cpmArrays } from '../schedule/index.js';
import { generateCpmNetwork, networkBytes } from './cpm-network.js';
import { median } from './table.js';

export interface CpmMeasurement {
  readonly tasks: number;
  readonly links: number;
  readonly makespan: number;
  readonly generateMs: number;
  readonly timesMs: readonly number[];
  readonly medianMs: number;
  /** Resident memory before the network existed (Node itself). */
  readonly baseRssMb: number;
  /** Peak resident memory of the whole process (maxRSS). */
  readonly peakRssMb: number;
  readonly networkMb: number;
  /** Heap plus typed-array memory added by one CPM run (its results). */
  readonly cpmDeltaMb: number;
}

const MB = 2 ** 20;

function used(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function measure(tasks: number, seed: number, runs: number): CpmMeasurement {
  const baseRssMb = process.memoryUsage().rss / MB;
  const t0 = performance.now();
  const net = generateCpmNetwork(tasks, seed);
  const generateMs = performance.now() - t0;
  const timesMs: number[] = [];
  let makespan = 0;
  let cpmDeltaMb = 0;
  for (let run = 0; run < runs; run++) {
    const before = used();
    const start = performance.now();
    const result = cpmArrays(net);
    timesMs.push(performance.now() - start);
    cpmDeltaMb = Math.max(cpmDeltaMb, (used() - before) / MB);
    makespan = result.makespan;
  }
  return {
    tasks,
    links: net.predStart[tasks],
    makespan,
    generateMs,
    timesMs,
    medianMs: median(timesMs),
    baseRssMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    networkMb: networkBytes(net) / MB,
    cpmDeltaMb,
  };
}

const [tasks, seed, runs] = process.argv.slice(2).map(Number);
process.stdout.write(JSON.stringify(measure(tasks, seed, runs)) + '\n');
