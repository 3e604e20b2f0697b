/**
 * The PSPLIB suite: every instance of the chosen sets at each schedule budget, with the
 * literature's measures: mean deviation from the optimum (J30) or from LB0 (J60/J90/J120),
 * instances at the best known value, time per instance, and checker violations (must be 0).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInstanceFileName, parseSolutionTable } from '../psplib/index.js';
import type { InstanceOutcome, PsplibRun } from './psplib-instance.js';
import { formatTable, round } from './table.js';
import { runInWorkers } from './worker-pool.js';

export interface PsplibRow {
  readonly set: string;
  readonly budget: number;
  readonly instances: number;
  /** 'optimum' for J30 (all proven), 'LB0' for the others, as in the literature. */
  readonly reference: 'optimum' | 'LB0';
  readonly meanDeviationPct: number;
  /** Mean deviation from the best known upper bound (= optimum on J30). */
  readonly meanDeviationFromBestPct: number;
  readonly atBestKnown: number;
  readonly meanMsPerInstance: number;
  readonly totalSeconds: number;
  readonly violations: number;
  readonly failed: number;
}

export interface PsplibSuiteResult {
  readonly rows: readonly PsplibRow[];
  readonly seed: number;
  readonly workers: number;
  readonly wallSeconds: number;
  readonly instancesRun: Readonly<Record<string, number>>;
  readonly errors: readonly string[];
}

/** Quick mode: instance 1 of every fourth parameter group. */
function inQuickSubset(parameter: number, instance: number): boolean {
  return instance === 1 && parameter % 4 === 1;
}

/**
 * The instances to run, in set, parameter and instance order (stable output and JSON). `every`
 * keeps every Nth instance of each set in that order: with 10, instance 1 of every parameter group.
 */
export function listPsplibJobs(dir: string, sets: readonly string[], budgets: readonly number[], seed: number, quick: boolean, every = 1): PsplibRun[] {
  const jobs: PsplibRun[] = [];
  for (const set of sets) {
    const ofSet: PsplibRun[] = [];
    for (const file of readdirSync(join(dir, set))) {
      const parsed = parseInstanceFileName(file);
      if (!parsed || (quick && !inQuickSubset(parsed.parameter, parsed.instance))) continue;
      ofSet.push({ set, file: join(dir, set, file), name: file.replace(/\.sm$/, ''), key: parsed.key, budgets, seed });
    }
    ofSet.sort((a, b) => compareKeys(a.key, b.key));
    jobs.push(...ofSet.filter((_, k) => k % every === 0));
  }
  return jobs.sort((a, b) => a.set.localeCompare(b.set) || compareKeys(a.key, b.key));
}

function compareKeys(a: string, b: string): number {
  const [pa, ia] = a.split('_').map(Number);
  const [pb, ib] = b.split('_').map(Number);
  return pa - pb || ia - ib;
}

/** Best known makespans per set: the proven optima for J30, the hrs tables otherwise. */
function readBestKnown(dir: string, set: string): Map<string, number> {
  const file = set === 'j30' ? 'j30opt.sm' : `${set}hrs.sm`;
  // j120hrs.sm is Latin-1; decoding as latin1 is lossless for the ASCII digits we read.
  return parseSolutionTable(readFileSync(join(dir, 'solutions', file), 'latin1'));
}

export async function runPsplibSuite(
  dir: string,
  sets: readonly string[],
  budgets: readonly number[],
  seed: number,
  quick: boolean,
  workers: number,
  progress: (line: string) => void,
  every = 1,
): Promise<PsplibSuiteResult> {
  const jobs = listPsplibJobs(dir, sets, budgets, seed, quick, every);
  const start = performance.now();
  const outcomes = await runInWorkers<PsplibRun, InstanceOutcome>(new URL('./psplib-worker.js', import.meta.url), jobs, workers, (_, done) => {
    if (done % 50 === 0 || done === jobs.length) progress(`psplib: ${done}/${jobs.length} instances`);
  });
  const wallSeconds = (performance.now() - start) / 1000;
  const rows: PsplibRow[] = [];
  const instancesRun: Record<string, number> = {};
  for (const set of sets) {
    const best = readBestKnown(dir, set);
    const ofSet = outcomes.filter((o) => o.set === set);
    instancesRun[set] = ofSet.length;
    budgets.forEach((budget, b) => rows.push(summarise(set, budget, ofSet.map((o) => ({ o, at: o.outcomes[b] })), best)));
  }
  const errors = outcomes.flatMap((o) => o.errors.map((e) => `${o.name}: ${e}`));
  return { rows, seed, workers, wallSeconds, instancesRun, errors };
}

function summarise(
  set: string,
  budget: number,
  results: readonly { o: InstanceOutcome; at: InstanceOutcome['outcomes'][number] | undefined }[],
  best: ReadonlyMap<string, number>,
): PsplibRow {
  const reference = set === 'j30' ? 'optimum' : 'LB0';
  let deviation = 0;
  let deviationFromBest = 0;
  let atBest = 0;
  let ms = 0;
  let violations = 0;
  let failed = 0;
  let counted = 0;
  for (const { o, at } of results) {
    const bestKnown = best.get(o.key);
    if (!at || at.makespan === undefined || bestKnown === undefined) {
      failed++;
      continue;
    }
    const bound = reference === 'optimum' ? bestKnown : o.lb0;
    deviation += ((at.makespan - bound) / bound) * 100;
    deviationFromBest += ((at.makespan - bestKnown) / bestKnown) * 100;
    if (at.makespan <= bestKnown) atBest++;
    ms += at.ms;
    violations += at.violations;
    counted++;
  }
  const mean = (sum: number): number => (counted === 0 ? 0 : sum / counted);
  return {
    set,
    budget,
    instances: counted,
    reference,
    meanDeviationPct: round(mean(deviation), 3),
    meanDeviationFromBestPct: round(mean(deviationFromBest), 3),
    atBestKnown: atBest,
    meanMsPerInstance: round(mean(ms), 1),
    totalSeconds: round(ms / 1000, 1),
    violations,
    failed,
  };
}

export function formatPsplibTable(result: PsplibSuiteResult): string {
  return formatTable(
    ['set', 'schedules', 'instances', 'mean dev %', 'vs', 'dev vs best %', 'at best known', 'ms/instance', 'total s', 'violations', 'failed'],
    result.rows.map((r) => [
      r.set.toUpperCase(), r.budget, r.instances, r.meanDeviationPct.toFixed(2), r.reference, r.meanDeviationFromBestPct.toFixed(2),
      `${r.atBestKnown}/${r.instances}`, r.meanMsPerInstance, r.totalSeconds, r.violations, r.failed,
    ]),
  );
}
