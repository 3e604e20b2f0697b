/**
 * Monte Carlo bench: the whole forecast (main run, risk drivers, scope fit) of the launch example
 * and the main run of a generated 1,000-task plan with people, at 10,000 iterations over worker
 * threads; then how P80 converges as iterations grow (the prefix of one run is the run with
 * fewer iterations, since iteration i always draws from the PRNG seeded by (seed, i)).
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_SCHEDULES, DEFAULT_SEED, schedulePlan, forecastInThreads } from '../api/index.js';
import type { PlanResult } from '../analyse/index.js';
import { samplingPlan, BASE_VARIANT, buildSimulation, simulateRange, countFinishes, percentile } from '../forecast/index.js';
import { loadSpec } from '../spec/index.js';
import { generateProject } from './generate.js';
import type { SuiteEntry } from './results.js';
import { formatTable, median, round } from './table.js';

export const MONTE_CARLO_ITERATIONS = 10_000;
export const MONTE_CARLO_TASKS = 1_000;
export const MONTE_CARLO_TARGET_SECONDS = 3;
const CONVERGENCE_STEPS = [250, 500, 1_000, 2_000, 5_000, 10_000];
const CONVERGENCE_SEEDS = 10;

interface TimedCase {
  readonly plan: string;
  readonly activities: number;
  readonly iterations: number;
  readonly workers: number;
  readonly seconds: number;
  readonly p50: number;
  readonly p80: number;
  readonly p95: number;
  readonly onTime: number | null;
}

interface ConvergenceRow {
  readonly plan: string;
  readonly iterations: number;
  /** P80 (slots) per seed. */
  readonly p80: readonly number[];
}

function planFile(path: string): PlanResult {
  const loaded = loadSpec(readFileSync(path, 'utf8'));
  return schedulePlan(loaded.model!, { schedules: DEFAULT_SCHEDULES, seed: DEFAULT_SEED }).plan!;
}

async function timeForecast(name: string, result: PlanResult, iterations: number, workers: number, seed: number, runs: number): Promise<TimedCase> {
  const seconds: number[] = [];
  let last;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    last = await forecastInThreads(result, { iterations, seed, distribution: 'pert', correlation: 0 }, { workers });
    seconds.push((performance.now() - t) / 1000);
  }
  const at = (p: number) => last!.percentiles.find((x) => x.p === p)!.offset;
  return { plan: name, activities: result.schedule.activities.length, iterations, workers, seconds: round(median(seconds), 3), p50: at(0.5), p80: at(0.8), p95: at(0.95), onTime: last!.onTimeProbability ?? null };
}

/** P80 of every prefix size, for several seeds, from one in-thread main run per seed. */
function convergence(name: string, result: PlanResult, seeds: number): ConvergenceRow[] {
  const perSeed = Array.from({ length: seeds }, (_, s) => {
    const plan = samplingPlan(result.model, { seed: s + 1, distribution: 'pert', correlation: 0 });
    const setup = buildSimulation({ model: result.model, schedule: result.schedule, schedules: 1, seed: 1 }, plan, BASE_VARIANT);
    const makespans = simulateRange(setup.simulation!, plan, 0, CONVERGENCE_STEPS[CONVERGENCE_STEPS.length - 1], false).makespans;
    return CONVERGENCE_STEPS.map((n) => percentile(countFinishes(makespans.subarray(0, n)), 0.8));
  });
  return CONVERGENCE_STEPS.map((iterations, k) => ({ plan: name, iterations, p80: perSeed.map((row) => row[k]) }));
}

export async function runMonteCarloSuite(
  options: { readonly seed: number; readonly workers: number; readonly runs: number; readonly quick: boolean },
  entries: Record<string, SuiteEntry>,
  entry: (opts: unknown, result: unknown, notes: string[]) => SuiteEntry,
  log: (line?: string) => void,
): Promise<boolean> {
  const launch = planFile(new URL('../../examples/launch.yaml', import.meta.url).pathname);
  const generated = schedulePlan(generateProject({ tasks: MONTE_CARLO_TASKS, seed: options.seed }), { schedules: 1, seed: DEFAULT_SEED }).plan!;
  const iterations = options.quick ? 2_000 : MONTE_CARLO_ITERATIONS;
  const cases = [
    await timeForecast('launch (whole forecast)', launch, iterations, options.workers, options.seed, options.runs),
    await timeForecast(`generated ${MONTE_CARLO_TASKS} tasks`, generated, iterations, options.workers, options.seed, options.runs),
    await timeForecast(`generated ${MONTE_CARLO_TASKS} tasks, 1 thread`, generated, iterations, 0, options.seed, 1),
  ];
  const rows = [...convergence('launch', launch, CONVERGENCE_SEEDS), ...convergence(`generated ${MONTE_CARLO_TASKS}`, generated, options.quick ? 1 : 3)];
  log('\nMonte Carlo forecast');
  log(
    formatTable(
      ['plan', 'activities', 'iterations', 'workers', 'seconds', 'P50', 'P80', 'P95', 'P(on time)'],
      cases.map((c) => [c.plan, c.activities, c.iterations, c.workers === 0 ? 'in-thread' : c.workers, c.seconds, c.p50, c.p80, c.p95, c.onTime ?? '-']),
    ),
  );
  log('\nP80 convergence (working days; min..max over seeds)');
  log(formatTable(['plan', 'iterations', 'seeds', 'P80 min..max'], rows.map((r) => [r.plan, r.iterations, r.p80.length, `${Math.min(...r.p80)}..${Math.max(...r.p80)}`])));
  const big = cases[1];
  const ok = options.quick || big.seconds <= MONTE_CARLO_TARGET_SECONDS;
  const notes = [
    `forecastInThreads with ${options.workers} worker threads (in-thread for the 1-thread row), PERT-beta, no correlation, seed ${options.seed}; seconds include starting the workers`,
    'launch: main run with criticality and sensitivity, one re-run per risk, scope fit with capacity asks (re-planned); generated plan: no risks, no deadline, so the main run only',
    `target: ${MONTE_CARLO_TASKS} tasks x ${MONTE_CARLO_ITERATIONS} iterations in <= ${MONTE_CARLO_TARGET_SECONDS} s: ${ok ? 'met' : 'missed'}`,
    'convergence: P80 of the first N iterations of one 10,000-iteration run per seed (the prefix is exactly the N-iteration run)',
  ];
  notes.forEach((n) => log(`  ${n}`));
  entries.montecarlo = entry({ iterations, seed: options.seed, workers: options.workers, runs: options.runs }, { cases, convergence: rows }, notes);
  return ok;
}
