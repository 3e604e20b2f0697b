/**
 * `npm run bench`: the only bench file that touches argv, stdout, the clock's date and exit codes.
 * Runs the chosen suites, prints a table per suite and merges the results into a JSON file.
 */
import { cpus } from 'node:os';
import { parseBenchArgs, USAGE, type BenchOptions } from './args.js';
import { CONSTRAINED_QUICK_SIZES, CONSTRAINED_SIZES, formatConstrainedTable, runConstrainedCase } from './constrained-suite.js';
import { CPM_QUICK_SIZES, CPM_SIZES, formatCpmTable, runCpmSuite } from './cpm-suite.js';
import { runHtmlSuite } from './html-suite.js';
import { runMonteCarloSuite } from './montecarlo-suite.js';
import { CALIBRATION_PROJECTS, CALIBRATION_QUICK_PROJECTS, formatCalibrationTable, runCalibration } from './calibration-suite.js';
import { describeMachine, machineInfo } from './machine.js';
import { formatGrowthTable, formatPipelineTable, PIPELINE_QUICK_SIZES, PIPELINE_SIZES, runPipelineCase, type PipelineCase } from './pipeline-suite.js';
import { formatPsplibTable, runPsplibSuite } from './psplib-suite.js';
import { writeResults, type SuiteEntry } from './results.js';
import { formatTj3Table, runSideBySide, tj3Version, type SideBySide } from './tj3-suite.js';

const log = (line = ''): void => void process.stdout.write(line + '\n');
const progress = (line: string): void => void process.stderr.write(line + '\n');

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseBenchArgs(argv, cpus().length);
  if ('error' in parsed) {
    process.stderr.write(`bench: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const options = parsed;
  const machine = machineInfo();
  log(`execplan bench on ${describeMachine(machine)}${options.quick ? ' (quick)' : ''}`);
  const entries: Record<string, SuiteEntry> = {};
  const entry = (opts: unknown, result: unknown, notes: string[]): SuiteEntry => ({ ranAt: new Date().toISOString(), machine, options: opts, result, notes });
  let clean = true;

  if (options.suites.includes('psplib')) {
    const r = await runPsplibSuite(options.psplibDir, options.sets, options.budgets, options.seed, options.quick, options.workers, progress, options.every);
    const notes = [
      `seed ${r.seed} for every instance; ${r.workers} worker threads; wall ${r.wallSeconds.toFixed(1)} s`,
      'dev vs optimum (J30) or LB0 = MPM-Time (J60/J90/J120); at best known = makespan <= optimum (J30) or best known UB (*hrs.sm)',
      'ms/instance is the scheduler time alone, measured inside the worker; workers share the cores',
    ];
    if (options.quick) notes.push('quick: instance 1 of parameter groups 1, 5, 9, ...');
    if (options.every > 1) notes.push(`sample: every ${options.every}th instance of each set in (parameter, instance) order`);
    log(`\nPSPLIB (${Object.entries(r.instancesRun).map(([s, n]) => `${s}: ${n}`).join(', ')} instances)`);
    log(formatPsplibTable(r));
    notes.forEach((n) => log(`  ${n}`));
    r.errors.slice(0, 10).forEach((e) => log(`  error ${e}`));
    clean &&= r.errors.length === 0 && r.rows.every((row) => row.violations === 0 && row.failed === 0);
    entries.psplib = entry({ sets: options.sets, budgets: options.budgets, seed: options.seed, quick: options.quick, every: options.every }, r, notes);
  }

  if (options.suites.includes('cpm')) {
    const sizes = options.quick ? CPM_QUICK_SIZES : CPM_SIZES;
    const r = runCpmSuite(sizes, options.seed, options.runs);
    const notes = ['cpmArrays (forward + backward pass, floats) on a random CSR DAG, 2-3 links per task, FS/SS/FF/SF, lags -3..+5', 'each size runs in its own process; peak RSS = maxRSS of that process, including Node itself (base RSS)'];
    log('\nCPM on generated networks');
    log(formatCpmTable(r));
    notes.forEach((n) => log(`  ${n}`));
    entries.cpm = entry({ sizes, runs: options.runs, seed: options.seed }, r, notes);
  }

  if (options.suites.includes('constrained')) {
    const sizes = options.quick ? CONSTRAINED_QUICK_SIZES : CONSTRAINED_SIZES;
    const constrained = sizes.map((tasks) => {
      progress(`constrained: ${tasks} tasks`);
      return runConstrainedCase(tasks, options.seed, options.constrainedSchedules, options.runs);
    });
    const notes = [
      `scheduleModel with a budget of ${options.constrainedSchedules} schedule(s), seed ${options.seed}; every schedule checked by checkSchedule`,
      'projects from src/bench/generate.ts: N/20 people with skills, effort-driven work, part-timers, time off, 10% named assignees, FS links, Mon-Fri with holidays',
    ];
    log('\nConstrained scheduling of generated projects');
    log(formatConstrainedTable(constrained));
    notes.forEach((n) => log(`  ${n}`));
    constrained.flatMap((c) => c.errors).slice(0, 10).forEach((e) => log(`  error ${e}`));
    clean &&= constrained.every((c) => c.violations === 0 && c.makespan !== undefined);
    entries.constrained = entry({ sizes, runs: options.runs, schedules: options.constrainedSchedules, seed: options.seed }, constrained, notes);
  }

  if (options.suites.includes('tj3')) clean = runTj3Suite(options, entries, entry) && clean;
  if (options.suites.includes('html')) clean = (await runHtmlSuite(options, entries, entry, log)) && clean;
  if (options.suites.includes('montecarlo')) clean = (await runMonteCarloSuite(options, entries, entry, log)) && clean;
  if (options.suites.includes('calibration')) {
    const projects = options.quick ? CALIBRATION_QUICK_PROJECTS : CALIBRATION_PROJECTS;
    const t = performance.now();
    const r = runCalibration(projects, options.seed, progress);
    const notes = [
      `${r.projects} simulated projects (seed ${options.seed}): 4 people with estimator biases 0.8-1.6x and log-noise 0.1-0.3, 16-24 effort tasks [0.75L, L, 1.75L]; ${r.iterations} iterations per forecast; wall ${((performance.now() - t) / 1000).toFixed(1)} s`,
      'coverage: share of projects whose true finish is at or before the forecast percentile; the target after learning is P80 coverage within 80 +- 3%',
    ];
    log('\nCalibration of the forecast (raw estimates vs learned from status snapshots)');
    log(formatCalibrationTable(r));
    notes.forEach((n) => log(`  ${n}`));
    entries.calibration = entry({ projects, seed: options.seed }, r, notes);
  }
  if (options.suites.includes('pipeline')) clean = runPipelineSuite(options, entries, entry) && clean;

  await writeResults(options.out, entries);
  log(`\nresults written to ${options.out}`);
  return clean ? 0 : 1;
}

function runTj3Suite(options: BenchOptions, entries: Record<string, SuiteEntry>, entry: (opts: unknown, result: unknown, notes: string[]) => SuiteEntry): boolean {
  const version = tj3Version();
  log('\nTaskJuggler side by side, whole process against whole process');
  if (!version) {
    log('  tj3 is not on PATH: skipped (apt-get install tj3 to compare)');
    return true;
  }
  const sizes = options.tj3Sizes ?? (options.quick ? CONSTRAINED_QUICK_SIZES : CONSTRAINED_SIZES);
  const rows: SideBySide[] = sizes.map((tasks) => {
    progress(`tj3: ${tasks} tasks`);
    return runSideBySide(tasks, options.seed, options.runs, options.tj3Timeout);
  });
  const notes = [
    `${version}; time limit ${options.tj3Timeout} s per project`,
    `execplan: the whole command, node dist/cli/main.js plan SPEC.json --quiet --format md,json,html --out DIR at default settings (search budget by size, checker, forecast until converged), the least wall time of ${options.runs} run(s) and its CPU time over all threads`,
    'tj3: the whole tj3 run on the same project exported to .tjp (parse, schedule, CSV report), its wall and CPU time',
    'tj3 books preemptively (a task may pause and resume), an easier problem than execplan\'s non-preemptive scheduling',
    'makespans in working days from the plan start',
  ];
  log(formatTj3Table(rows));
  notes.forEach((n) => log(`  ${n}`));
  entries.tj3 = entry({ sizes, runs: options.runs, timeoutSeconds: options.tj3Timeout, seed: options.seed }, rows, notes);
  return rows.every((r) => r.execplan.exitCode === 0);
}

function runPipelineSuite(options: BenchOptions, entries: Record<string, SuiteEntry>, entry: (opts: unknown, result: unknown, notes: string[]) => SuiteEntry): boolean {
  const sizes = options.pipelineSizes ?? (options.quick ? PIPELINE_QUICK_SIZES : PIPELINE_SIZES);
  const cases: PipelineCase[] = sizes.map((tasks) => {
    progress(`pipeline: ${tasks} tasks`);
    return runPipelineCase(tasks, options.seed, options.runs);
  });
  const notes = [
    `command: node dist/cli/main.js plan SPEC --quiet --format md,json,html --out DIR at default settings, its own process; the least wall time of ${options.runs} run(s) and its peak RSS`,
    'stages: the same pipeline stage by stage in one more process (src/bench/pipeline-child.ts); stage peak MB = that process\'s maxRSS',
    `specs: src/bench/generate.ts (seed ${options.seed}) written as JSON by src/bench/spec-text.ts; N/20 people`,
    'growth: exponent k of time ~ tasks^k between consecutive sizes (1 = linear); "-" where a time is under 5 ms',
  ];
  log('\nThe whole plan command, stage by stage');
  log(formatPipelineTable(cases));
  log('\nGrowth of each stage with the plan size');
  log(formatGrowthTable(cases));
  notes.forEach((n) => log(`  ${n}`));
  entries.pipeline = entry({ sizes, runs: options.runs, seed: options.seed }, cases, notes);
  return cases.every((c) => c.exitCode === 0 && c.stages.violations === 0);
}

process.exitCode = await main(process.argv.slice(2));
