/**
 * TaskJuggler side by side, whole process against whole process: each generated project is
 * written as a JSON spec and planned by the whole `execplan plan` command at default settings
 * (search, checker, forecast, analysis and three renderers, as the pipeline suite runs it), and
 * exported to .tjp and scheduled by tj3 (when it is on PATH: parse, schedule, CSV report); tj3's
 * latest task end is turned into working days. tj3 books preemptively (a task may stop and
 * resume), an easier problem than execplan's non-preemptive one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Model } from '../model/index.js';
import { generateProject } from './generate.js';
import { timePlanCommand, type CommandRun } from './pipeline-suite.js';
import { specText } from './spec-text.js';
import { formatTable, round } from './table.js';
import { latestEnd, makespanFromEnd } from './tj3-report.js';
import { exportTjp } from './tjp.js';

export interface Tj3Result {
  readonly tasks: number;
  readonly status: 'ok' | 'timeout' | 'error';
  readonly seconds: number;
  /** CPU seconds of the tj3 process (Linux: read from /proc), when known. */
  readonly cpuSeconds?: number;
  readonly makespan?: number;
  readonly message?: string;
}

export function tj3Version(): string | undefined {
  const probe = spawnSync('tj3', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}

/**
 * Schedules the model with tj3 within `timeoutSeconds`. `ourMakespan` sizes the project window
 * (tj3 needs an end date): twice our span in calendar days plus two months is ample.
 */
export function runTj3(model: Model, ourMakespan: number, timeoutSeconds: number): Tj3Result {
  const tasks = model.activities.length;
  const dir = join(tmpdir(), `execplan-bench-tj3-${tasks}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const projectDays = Math.ceil(ourMakespan * (7 / 5) * 2) + 60;
    writeFileSync(join(dir, 'project.tjp'), exportTjp(model, { projectDays, reportName: 'tasks' }));
    const start = performance.now();
    const cpuBefore = childCpuSeconds();
    const run = spawnSync('tj3', ['--silent', '--no-color', '-o', dir, join(dir, 'project.tjp')], {
      encoding: 'utf8',
      timeout: timeoutSeconds * 1000,
      killSignal: 'SIGKILL',
      maxBuffer: 64 * 2 ** 20,
    });
    const seconds = (performance.now() - start) / 1000;
    const cpuAfter = childCpuSeconds();
    const cpu = cpuBefore !== undefined && cpuAfter !== undefined ? { cpuSeconds: cpuAfter - cpuBefore } : {};
    if (run.error && 'code' in run.error && run.error.code === 'ETIMEDOUT') return { tasks, status: 'timeout', seconds };
    if (run.status !== 0) return { tasks, status: 'error', seconds, ...cpu, message: firstError(run.stderr) };
    const end = latestEnd(readFileSync(join(dir, 'tasks.csv'), 'utf8'));
    if (!end) return { tasks, status: 'error', seconds, ...cpu, message: 'tj3 reported no task end' };
    return { tasks, status: 'ok', seconds, ...cpu, makespan: makespanFromEnd(model.calendar, model.start, end) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function firstError(stderr: string): string {
  return stderr.split('\n').find((l) => l.includes('Error')) ?? stderr.slice(0, 200);
}

/**
 * CPU seconds (user + system) of this process's finished children, from /proc/self/stat
 * (cutime + cstime, in clock ticks of 1/100 s); undefined where there is no /proc.
 */
function childCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

export interface SideBySide {
  readonly tasks: number;
  /** The whole execplan command on the project's JSON spec. */
  readonly execplan: CommandRun;
  readonly ourMakespan?: number;
  readonly tj3: Tj3Result;
}

/** One generated project through the whole execplan command and through tj3. */
export function runSideBySide(tasks: number, seed: number, runs: number, timeoutSeconds: number): SideBySide {
  const dir = mkdtempSync(join(tmpdir(), 'execplan-bench-side-'));
  try {
    const model = generateProject({ tasks, seed });
    const spec = join(dir, `generated-${tasks}.json`);
    writeFileSync(spec, specText(model));
    const out = join(dir, 'out');
    const execplan = timePlanCommand(spec, out, runs);
    const ourMakespan = execplan.exitCode === 0 ? (JSON.parse(readFileSync(join(out, `generated-${tasks}.json`), 'utf8')) as { summary: { makespan: number } }).summary.makespan : undefined;
    const tj3 = runTj3(model, ourMakespan ?? 1000, timeoutSeconds);
    return { tasks, execplan, tj3, ...(ourMakespan === undefined ? {} : { ourMakespan }) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatTj3Table(rows: readonly SideBySide[]): string {
  const ratio = (theirs: number | undefined, ours: number): string => (theirs !== undefined && ours > 0 ? `${round(theirs / ours, 1)}x` : '-');
  return formatTable(
    ['tasks', 'execplan makespan', 'execplan s', 'execplan CPU s', 'tj3 makespan', 'tj3 s', 'tj3 CPU s', 'tj3/execplan wall', 'tj3/execplan CPU', 'tj3 status'],
    rows.map((r) => {
      const ours = Math.min(...r.execplan.seconds);
      const ok = r.tj3.status === 'ok';
      return [
        r.tasks,
        r.ourMakespan ?? 'none',
        round(ours, 2),
        round(r.execplan.cpuSeconds, 2),
        r.tj3.makespan ?? '-',
        r.tj3.status === 'timeout' ? `>${round(r.tj3.seconds, 0)}` : round(r.tj3.seconds, 1),
        r.tj3.cpuSeconds === undefined ? '-' : round(r.tj3.cpuSeconds, 1),
        ok ? ratio(r.tj3.seconds, ours) : '-',
        ok ? ratio(r.tj3.cpuSeconds, r.execplan.cpuSeconds) : '-',
        r.tj3.status === 'error' ? `error: ${r.tj3.message ?? ''}` : r.tj3.status,
      ];
    }),
  );
}
