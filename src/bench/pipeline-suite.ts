/**
 * The pipeline suite: the whole `execplan plan` command on generated specs of growing size, as a
 * user runs it (a process of its own, default settings, every format written with --out), and
 * the same pipeline stage by stage in another process (src/bench/pipeline-child.ts), with the
 * peak memory and how each stage's time grows with the size.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProject } from './generate.js';
import type { StageMeasurement } from './pipeline-child.js';
import { specText } from './spec-text.js';
import { formatTable, round } from './table.js';

export const PIPELINE_SIZES = [100, 1_000, 5_000, 20_000, 100_000];
export const PIPELINE_QUICK_SIZES = [100, 1_000];

export interface PipelineCase {
  readonly tasks: number;
  readonly specBytes: number;
  /** Wall seconds of each whole-command run; the least is reported (the others met more noise). */
  readonly commandSeconds: readonly number[];
  readonly commandPeakMb: number;
  /** CPU seconds (all threads) of the run with the least wall time. */
  readonly commandCpuSeconds: number;
  readonly exitCode: number;
  readonly stages: StageMeasurement;
}

const cli = new URL('../cli/main.js', import.meta.url).pathname;
const child = new URL('./pipeline-child.js', import.meta.url).pathname;
const peakHook = new URL('./peak-memory.js', import.meta.url).href;

/** The whole `execplan plan` command, as a user runs it, timed `runs` times. */
export interface CommandRun {
  /** Wall seconds of each run; the least is reported (the others met more noise). */
  readonly seconds: readonly number[];
  /** CPU seconds (all threads) of the run with the least wall time. */
  readonly cpuSeconds: number;
  /** Peak resident memory of that run, MB. */
  readonly peakMb: number;
  readonly exitCode: number;
}

/** `execplan plan SPEC --quiet --format md,json,html --out OUT` at default settings, each run a process of its own. */
export function timePlanCommand(spec: string, out: string, runs: number): CommandRun {
  const peakFile = `${out}.peak`;
  const seconds: number[] = [];
  let exitCode = 0;
  let best: { maxRssKb: number; cpuMs: number } = { maxRssKb: 0, cpuMs: 0 };
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    exitCode = runCommand(['--import', peakHook, cli, 'plan', spec, '--quiet', '--format', 'md,json,html', '--out', out], { ...process.env, EXECPLAN_BENCH_PEAK: peakFile });
    const wall = (performance.now() - start) / 1000;
    if (seconds.every((s) => wall < s)) best = JSON.parse(readFileSync(peakFile, 'utf8')) as typeof best;
    seconds.push(wall);
  }
  return { seconds, cpuSeconds: best.cpuMs / 1000, peakMb: best.maxRssKb / 1024, exitCode };
}

export function runPipelineCase(tasks: number, seed: number, runs: number): PipelineCase {
  const dir = mkdtempSync(join(tmpdir(), 'execplan-pipeline-'));
  try {
    const spec = join(dir, `generated-${tasks}.json`);
    const text = specText(generateProject({ tasks, seed }));
    writeFileSync(spec, text);
    const command = timePlanCommand(spec, join(dir, 'out'), runs);
    const stages = JSON.parse(execFileSync(process.execPath, [child, spec], { encoding: 'utf8', maxBuffer: 1 << 24 })) as StageMeasurement;
    return { tasks, specBytes: Buffer.byteLength(text), commandSeconds: command.seconds, commandPeakMb: command.peakMb, commandCpuSeconds: command.cpuSeconds, exitCode: command.exitCode, stages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runCommand(args: string[], env: NodeJS.ProcessEnv): number {
  try {
    execFileSync(process.execPath, args, { env, stdio: 'ignore' });
    return 0;
  } catch (error) {
    return (error as { status?: number }).status ?? 1;
  }
}

export function formatPipelineTable(cases: readonly PipelineCase[]): string {
  const names = cases[0]?.stages.stages.map((s) => s.stage) ?? [];
  return formatTable(
    ['tasks', 'spec MB', 'command s', 'CPU s', 'peak MB', ...names.map((n) => `${n} ms`), 'stage peak MB'],
    cases.map((c) => [
      c.tasks,
      round(c.specBytes / 2 ** 20, 2),
      round(Math.min(...c.commandSeconds), 2),
      round(c.commandCpuSeconds, 2),
      round(c.commandPeakMb, 0),
      ...c.stages.stages.map((s) => round(s.ms, 0)),
      round(Math.max(...c.stages.stages.map((s) => s.peakMb)), 0),
    ]),
  );
}

/**
 * How each stage's time grows between consecutive sizes, as the exponent k of time ~ size^k:
 * 1 is linear, 2 quadratic. Times under 5 ms are mostly fixed cost and noise, so no exponent is
 * read from them.
 */
export function formatGrowthTable(cases: readonly PipelineCase[]): string {
  const names = ['command', ...(cases[0]?.stages.stages.map((s) => s.stage) ?? [])];
  const timeOf = (c: PipelineCase, name: string): number => (name === 'command' ? Math.min(...c.commandSeconds) * 1000 : (c.stages.stages.find((s) => s.stage === name)?.ms ?? 0));
  const rows = cases.slice(1).map((c, k) => {
    const before = cases[k];
    return [`${before.tasks} -> ${c.tasks}`, ...names.map((name) => growth(timeOf(before, name), timeOf(c, name), before.tasks, c.tasks))];
  });
  return formatTable(['sizes', ...names], rows);
}

export function growth(msBefore: number, msAfter: number, sizeBefore: number, sizeAfter: number): string {
  if (msBefore < 5 || msAfter < 5) return '-';
  return (Math.log(msAfter / msBefore) / Math.log(sizeAfter / sizeBefore)).toFixed(2);
}
