/**
 * Runs the plan pipeline's stages one by one on a spec file, in its own process, timing each
 * and noting the process's peak memory after it: the pipeline suite's view inside the command.
 * The stages are the ones `execplan plan` runs (src/api/pipeline.ts), called through the same
 * library functions, with the CLI's defaults and its choice of forecast threads.
 * Usage: node dist/bench/pipeline-child.js SPEC; prints one JSON line (StageMeasurement).
 */
import { availableParallelism } from 'node:os';
import { analysePlan, autoWorkers, BATCH_WORTH_THREADS, checkSchedule, DEFAULT_ITERATIONS, DEFAULT_SEED, defaultSchedules, forecastInThreads, loadSource, outputFormats, parsePlanOptions } from '../api/index.js';
import { buildCalendar } from '../calendar/index.js';
import type { ScheduledPlan } from '../plan/index.js';
import { readRegularFile } from '../io/index.js';
import { analyseTiming, compileModel, scheduleModel } from '../schedule/index.js';
import { MAX_SPEC_CHARS } from '../spec/index.js';

export interface StageTime {
  readonly stage: string;
  readonly ms: number;
  /** The process's peak resident memory once the stage is done (maxRSS), MB. */
  readonly peakMb: number;
}

export interface StageMeasurement {
  readonly activities: number;
  readonly makespan: number;
  readonly violations: number;
  readonly workers: number;
  readonly stages: readonly StageTime[];
}

async function measure(file: string): Promise<StageMeasurement> {
  const stages: StageTime[] = [];
  let last = performance.now();
  const done = (stage: string): void => {
    const now = performance.now();
    stages.push({ stage, ms: now - last, peakMb: process.resourceUsage().maxRSS / 1024 });
    last = now;
  };
  const read = await readRegularFile(file, MAX_SPEC_CHARS);
  if (!read.ok) throw new Error(`cannot read ${file}: ${read.problem}`);
  done('read');
  const loaded = loadSource({ text: read.text, name: file });
  if (!loaded.model) throw new Error(`${file} does not load: ${loaded.diagnostics[0]?.message}`);
  const model = loaded.model;
  done('load');
  const parsed = parsePlanOptions({ formats: ['md', 'json', 'html'] });
  if (!parsed.ok) throw new Error('bad options');
  const options = { ...parsed.options, schedules: parsed.options.schedules ?? defaultSchedules(model.activities.length) };
  // Compiled once, as the command does: the search, the timing analysis and the forecast read it.
  const compiled = compileModel(model);
  const scheduled = scheduleModel(model, { schedules: options.schedules, seed: options.seed }, compiled);
  if (!scheduled.schedule) throw new Error(`${file} does not schedule: ${scheduled.diagnostics[0]?.message}`);
  const schedule = scheduled.schedule;
  done('schedule');
  const violations = checkSchedule(model, schedule).length;
  done('check');
  const calendar = buildCalendar(model);
  const plan: ScheduledPlan = { model, calendar, schedule, timing: analyseTiming(model, schedule, calendar, undefined, compiled.problem), diagnostics: [], options: { schedules: options.schedules, seed: options.seed }, ...(compiled.problem ? { compiled: { model, problem: compiled.problem } } : {}) };
  done('timing');
  const workers = Math.min(autoWorkers(plan, DEFAULT_ITERATIONS, availableParallelism()), availableParallelism());
  const forecast = await forecastInThreads(plan, { iterations: options.iterations, seed: DEFAULT_SEED }, { workers, startAt: BATCH_WORTH_THREADS });
  done('forecast');
  const analysis = analysePlan({ ...plan, forecast });
  done('analyse');
  for (const format of outputFormats) {
    format.render(analysis);
    done(`render ${format.name}`);
  }
  return { activities: model.activities.length, makespan: schedule.makespan, violations, workers, stages };
}

const [file] = process.argv.slice(2);
process.stdout.write(`${JSON.stringify(await measure(file))}\n`);
