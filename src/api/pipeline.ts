/**
 * The one plan pipeline: read → load → schedule → check → forecast → analyse → render. The CLI,
 * the library API, the bench and every later front end run it; nothing else strings the stages
 * together. The pipeline is written once, as steps that hand the forecast out to a runner: the
 * in-thread runner gives a synchronous call, a worker-thread runner an asynchronous one, and both
 * produce the same bytes.
 */
import { analysePlan, type PlanAnalysis, type PlanResult } from '../analyse/index.js';
import { buildCalendar } from '../calendar/index.js';
import { makeDiagnostic, hasErrors, locateDiagnostics, type Diagnostic } from '../diag/index.js';
import { forecastPlan, type ForecastOptions, type Forecast } from '../forecast/index.js';
import type { Model } from '../model/index.js';
import type { ScheduledPlan } from '../plan/index.js';
import { findFormat, type FormatName } from '../render/index.js';
import { checkSchedule, scheduleModel, analyseTiming } from '../schedule/index.js';
import { forecastOptions, parsePlanOptions, type PlanOptions, type ResolvedPlanOptions } from './options.js';
import { loadSource, type PlanSource } from './source.js';

export interface RenderedOutput {
  readonly format: FormatName;
  readonly extension: string;
  readonly text: string;
}

export interface PlanRun {
  /** Every diagnostic of the run: options, loading, scheduling. Errors mean no result. */
  readonly diagnostics: readonly Diagnostic[];
  readonly options?: ResolvedPlanOptions;
  readonly result?: PlanResult;
  /** Every fact the outputs show, computed once. */
  readonly analysis?: PlanAnalysis;
  /** One text per requested format, in order. */
  readonly outputs: readonly RenderedOutput[];
}

/** Runs the forecast: in this thread, or across worker threads at the edge. */
export type ForecastRunner = (plan: ScheduledPlan, options: ForecastOptions & { readonly workers?: number }) => Promise<Forecast>;

/** The schedule failed the independent checker: a bug in execplan, never a plan to show. */
export class ScheduleCheckError extends Error {
  constructor(readonly violations: readonly { readonly message: string }[]) {
    super(`the schedule failed its own check (${violations.length} violation${violations.length === 1 ? "" : "s"}; first: ${violations[0]?.message})`);
    this.name = 'ScheduleCheckError';
  }
}

interface ForecastRequest {
  readonly plan: ScheduledPlan;
  readonly options: ForecastOptions & { readonly workers?: number };
}

type PlanSteps = Generator<ForecastRequest, PlanRun, Forecast>;

function* planSteps(source: PlanSource, rawOptions: unknown): PlanSteps {
  const parsed = parsePlanOptions(rawOptions);
  if (!parsed.ok) {
    const diagnostics = parsed.issues.map((i) => makeDiagnostic('E_BAD_OPTION', i.option ? `option '${i.option}': ${i.message}` : i.message));
    return { diagnostics, outputs: [] };
  }
  const options = parsed.options;
  const loaded = loadSource(source);
  if (!loaded.model) return { diagnostics: loaded.diagnostics, options, outputs: [] };
  const scheduled = schedulePlan(loaded.model, options, loaded.diagnostics);
  if (!scheduled.plan) return { diagnostics: locateDiagnostics(scheduled.diagnostics, loaded.positions), options, outputs: [] };
  const forecast = options.iterations > 0 ? yield { plan: scheduled.plan, options: { ...forecastOptions(options), ...(options.workers !== undefined ? { workers: options.workers } : {}) } } : undefined;
  const result: PlanResult = forecast ? { ...scheduled.plan, forecast } : scheduled.plan;
  const analysis = analysePlan(result);
  const outputs = options.formats.map((name) => {
    const format = findFormat(name);
    return { format: name, extension: format.extension, text: format.render(analysis) };
  });
  return { diagnostics: scheduled.diagnostics, options, result, analysis, outputs };
}

/** The whole pipeline with the forecast in this thread. Pure: same source and options, same run. */
export function runPlanSync(source: PlanSource, options: PlanOptions = {}): PlanRun {
  const steps = planSteps(source, options);
  let next = steps.next();
  while (!next.done) next = steps.next(forecastPlan(next.value.plan, next.value.options));
  return next.value;
}

/** The whole pipeline with the forecast handed to `runner` (worker threads, a progress bar). */
export async function runPlan(source: PlanSource, options: PlanOptions = {}, runner?: ForecastRunner): Promise<PlanRun> {
  const steps = planSteps(source, options);
  let next = steps.next();
  while (!next.done) {
    const { plan, options: settings } = next.value;
    next = steps.next(runner ? await runner(plan, settings) : forecastPlan(plan, settings));
  }
  return next.value;
}

export interface ScheduleStage {
  readonly plan?: ScheduledPlan;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Schedule and check: a schedule that breaks a rule of the model is never returned. Exported for
 * tests and benches that need the scheduled plan without the rest.
 */
export function schedulePlan(model: Model, options: { readonly schedules: number; readonly seed: number }, loadDiagnostics: readonly Diagnostic[] = []): ScheduleStage {
  const settings = { schedules: options.schedules, seed: options.seed };
  const scheduled = scheduleModel(model, settings);
  const diagnostics = [...loadDiagnostics, ...scheduled.diagnostics];
  if (!scheduled.schedule || hasErrors(scheduled.diagnostics)) return { diagnostics };
  const violations = checkSchedule(model, scheduled.schedule);
  if (violations.length > 0) throw new ScheduleCheckError(violations);
  const calendar = buildCalendar(model);
  const plan: ScheduledPlan = {
    model,
    calendar,
    schedule: scheduled.schedule,
    timing: analyseTiming(model, scheduled.schedule, calendar),
    diagnostics,
    options: settings,
  };
  return { plan, diagnostics };
}
