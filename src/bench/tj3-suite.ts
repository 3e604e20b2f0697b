/**
 * TaskJuggler side by side: the constrained suite's projects exported to .tjp, scheduled by tj3
 * (when it is on PATH), its latest task end turned into working days. tj3 books preemptively
 * (a task may stop and resume), an easier problem than execplan's non-preemptive one.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Model } from '../model/index.js';
import { formatTable, round } from './table.js';
import { latestEnd, makespanFromEnd } from './tj3-report.js';
import { exportTjp } from './tjp.js';

export interface Tj3Result {
  readonly tasks: number;
  readonly status: 'ok' | 'timeout' | 'error';
  readonly seconds: number;
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
    const run = spawnSync('tj3', ['--silent', '--no-color', '-o', dir, join(dir, 'project.tjp')], {
      encoding: 'utf8',
      timeout: timeoutSeconds * 1000,
      killSignal: 'SIGKILL',
      maxBuffer: 64 * 2 ** 20,
    });
    const seconds = (performance.now() - start) / 1000;
    if (run.error && 'code' in run.error && run.error.code === 'ETIMEDOUT') return { tasks, status: 'timeout', seconds };
    if (run.status !== 0) return { tasks, status: 'error', seconds, message: firstError(run.stderr) };
    const end = latestEnd(readFileSync(join(dir, 'tasks.csv'), 'utf8'));
    if (!end) return { tasks, status: 'error', seconds, message: 'tj3 reported no task end' };
    return { tasks, status: 'ok', seconds, makespan: makespanFromEnd(model.calendar, model.start, end) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function firstError(stderr: string): string {
  return stderr.split('\n').find((l) => l.includes('Error')) ?? stderr.slice(0, 200);
}

export interface SideBySide {
  readonly tasks: number;
  readonly ourMakespan?: number;
  readonly ourSeconds: number;
  readonly tj3: Tj3Result;
}

export function formatTj3Table(rows: readonly SideBySide[]): string {
  return formatTable(
    ['tasks', 'execplan makespan', 'execplan s', 'tj3 makespan', 'tj3 s', 'tj3/execplan time', 'tj3 status'],
    rows.map((r) => [
      r.tasks,
      r.ourMakespan ?? 'none',
      round(r.ourSeconds, 2),
      r.tj3.makespan ?? '-',
      r.tj3.status === 'timeout' ? `>${round(r.tj3.seconds, 0)}` : round(r.tj3.seconds, 1),
      r.tj3.status === 'ok' && r.ourSeconds > 0 ? `${round(r.tj3.seconds / r.ourSeconds, 1)}x` : '-',
      r.tj3.status === 'error' ? `error: ${r.tj3.message ?? ''}` : r.tj3.status,
    ]),
  );
}
