/**
 * The constrained-scheduling suite: generated projects (people with skills, effort-driven work,
 * a 5-day week with holidays) through `scheduleModel`, timed, checked by the independent checker.
 */
import type { Model } from '../model/index.js';
import { checkSchedule, scheduleModel } from '../schedule/index.js';
import { generateProject } from './generate.js';
import { formatTable, median, round } from './table.js';

export const CONSTRAINED_SIZES = [1_000, 5_000, 20_000];
export const CONSTRAINED_QUICK_SIZES = [200, 1_000];

export interface ConstrainedResult {
  readonly tasks: number;
  readonly people: number;
  readonly links: number;
  readonly schedules: number;
  readonly generateMs: number;
  readonly timesMs: readonly number[];
  readonly medianMs: number;
  /** In working days; undefined when no schedule came back. */
  readonly makespan?: number;
  readonly violations: number;
  readonly errors: readonly string[];
}

export function generateBenchProject(tasks: number, seed: number): { model: Model; generateMs: number } {
  const start = performance.now();
  const model = generateProject({ tasks, seed });
  return { model, generateMs: performance.now() - start };
}

export function runConstrainedCase(tasks: number, seed: number, schedules: number, runs: number): ConstrainedResult {
  const { model, generateMs } = generateBenchProject(tasks, seed);
  const timesMs: number[] = [];
  let result: ReturnType<typeof scheduleModel> | undefined;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    result = scheduleModel(model, { schedules, seed });
    timesMs.push(performance.now() - start);
  }
  const schedule = result?.schedule;
  return {
    tasks,
    people: model.resources.length,
    links: model.activities.reduce((sum, a) => sum + a.deps.length, 0),
    schedules,
    generateMs,
    timesMs,
    medianMs: median(timesMs),
    ...(schedule ? { makespan: schedule.makespan } : {}),
    violations: schedule ? checkSchedule(model, schedule).length : 0,
    errors: (result?.diagnostics ?? []).filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`),
  };
}

export function formatConstrainedTable(results: readonly ConstrainedResult[]): string {
  return formatTable(
    ['tasks', 'people', 'links', 'schedules', 'ms (median)', 'runs', 'makespan (work days)', 'violations'],
    results.map((r) => [r.tasks, r.people, r.links, r.schedules, round(r.medianMs, 0), r.timesMs.length, r.makespan ?? 'none', r.violations]),
  );
}
