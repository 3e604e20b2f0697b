/**
 * The one plan pipeline: read → load → schedule → check → forecast → analyse → render. The CLI,
 * the library API, the bench and every later front end run it; nothing else strings the stages
 * together. The pipeline is written once, as steps that hand the forecast out to a runner: the
 * in-thread runner gives a synchronous call, a worker-thread runner an asynchronous one, and both
 * produce the same bytes.
 */
import { analysePlan, type PlanAnalysis, type PlanResult } from '../analyse/index.js';
import { buildCalendar } from '../calendar/index.js';
import { hasErrors, locateDiagnostics, type Diagnostic } from '../diag/index.js';
import { forecastPlan, type ForecastOptions, type Forecast } from '../forecast/index.js';
import type { Model, Status } from '../model/index.js';
import type { ScheduledPlan } from '../plan/index.js';
import { findFormat, type FormatName } from '../render/index.js';
import { checkSchedule, compileModel, scheduleModel, analyseTiming, progressOf, replanModel, trackedModel } from '../schedule/index.js';
import { readBaseline } from './baseline.js';
import { ExecplanError } from './errors.js';
import { diagnosticsProblem, forecastProblem, isRecord, mismatch, modelProblem } from './guards.js';
import { defaultSchedules, forecastOptions, optionDiagnostics, parsePlanOptions, type PlanOptions, type ResolvedPlanOptions } from './options.js';
import { argumentDiagnostic, readSource, sourceDiagnostics, type PlanSource, type SourceNames } from './source.js';

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
  /** One text per requested format, in order, each followed by its companion files (the CSV load table). */
  readonly outputs: readonly RenderedOutput[];
}

/** Runs the forecast: in this thread, or across worker threads at the edge. */
export type ForecastRunner = (plan: ScheduledPlan, options: ForecastOptions & { readonly workers?: number }) => Promise<Forecast>;

/** The schedule failed the independent checker: a bug in execplan, never a plan to show. */
export class ScheduleCheckError extends Error {
  readonly violations: readonly { readonly message: string }[];

  constructor(violations: readonly { readonly message: string }[]) {
    // Built from anything: an error that reports a bug must not hide it behind a TypeError of its own.
    const list = Array.isArray(violations) ? violations : [];
    const first: unknown = isRecord(list[0]) ? list[0].message : undefined;
    super(`the schedule failed its own check (${list.length} violation${list.length === 1 ? '' : 's'}; first: ${typeof first === 'string' ? first : 'unknown'})`);
    this.name = 'ScheduleCheckError';
    this.violations = list;
  }
}

interface ForecastRequest {
  readonly plan: ScheduledPlan;
  readonly options: ForecastOptions & { readonly workers?: number };
}

type PlanSteps = Generator<ForecastRequest, PlanRun, Forecast>;

/** What one run is asked to do: the source, the options as given, and problems the caller's other arguments have. */
export interface PlanRequest {
  readonly source: unknown;
  readonly options: unknown;
  /** How the caller named the source's parts, for the messages about them. */
  readonly names?: SourceNames;
  readonly argumentDiagnostics?: readonly Diagnostic[];
}

function* planSteps(request: PlanRequest): PlanSteps {
  const parsed = parsePlanOptions(request.options);
  const refused = [...(parsed.ok ? [] : optionDiagnostics(parsed.issues)), ...sourceDiagnostics(request.source, request.names), ...(request.argumentDiagnostics ?? [])];
  if (!parsed.ok || refused.length > 0) return { diagnostics: refused, ...(parsed.ok ? { options: parsed.options } : {}), outputs: [] };
  const options = parsed.options;
  const loaded = readSource(request.source as PlanSource);
  const baseline = readBaseline(options.baseline, loaded.model);
  if (!loaded.model || hasErrors(baseline.diagnostics)) return { diagnostics: [...loaded.diagnostics, ...baseline.diagnostics], options, outputs: [] };
  const scheduled = scheduleAndCheck(loaded.model, options, loaded.diagnostics, loaded.status);
  if (!scheduled.plan) return { diagnostics: locateDiagnostics(scheduled.diagnostics, loaded.positions), options, outputs: [] };
  const forecast = options.iterations > 0 ? yield { plan: scheduled.plan, options: { ...forecastOptions(options), ...(options.workers !== undefined ? { workers: options.workers } : {}) } } : undefined;
  const result: PlanResult = { ...scheduled.plan, ...(forecast ? { forecast } : {}), ...(baseline.baseline ? { baseline: baseline.baseline } : {}) };
  const analysis = analysePlan(result);
  const renderOptions = { icsPeople: options.icsPeople };
  const outputs = options.formats.flatMap((name) => {
    const format = findFormat(name);
    const main = { format: name, extension: format.extension, text: format.render(analysis, renderOptions) };
    return [main, ...(format.companions ?? []).map((c) => ({ format: name, extension: c.extension, text: c.render(analysis, renderOptions) }))];
  });
  return { diagnostics: scheduled.diagnostics, options, result, analysis, outputs };
}

/** The whole pipeline with the forecast in this thread. Pure: same source and options, same run. */
export function runPlanSync(source: PlanSource, options: PlanOptions = {}): PlanRun {
  return runRequestSync({ source, options });
}

/** `runPlanSync` for the calls built on it, which name their arguments their own way. */
export function runRequestSync(request: PlanRequest): PlanRun {
  const steps = planSteps(request);
  let next = steps.next();
  while (!next.done) next = steps.next(forecastPlan(next.value.plan, next.value.options));
  return next.value;
}

/** The whole pipeline with the forecast handed to `runner` (worker threads, a progress bar). */
export async function runPlan(source: PlanSource, options: PlanOptions = {}, runner?: ForecastRunner): Promise<PlanRun> {
  const runnerProblem = runner === undefined || typeof runner === 'function' ? undefined : mismatch('runner', 'a function (plan, options) => Promise<Forecast>', runner);
  const steps = planSteps({ source, options, argumentDiagnostics: runnerProblem ? [argumentDiagnostic(runnerProblem)] : [] });
  let next = steps.next();
  while (!next.done) {
    const { plan, options: settings } = next.value;
    next = steps.next(runner ? await runForecast(runner, plan, settings) : forecastPlan(plan, settings));
  }
  return next.value;
}

/** The caller's runner, held to its contract: what it resolves to is read as a forecast. */
async function runForecast(runner: ForecastRunner, plan: ScheduledPlan, settings: ForecastRequest['options']): Promise<Forecast> {
  const forecast: unknown = await runner(plan, settings);
  const problem = forecastProblem(forecast, 'what the runner resolved to');
  if (problem) throw new ExecplanError('E_BAD_ARGUMENT', `runPlan(): ${problem}`);
  return forecast as Forecast;
}

export interface ScheduleStage {
  readonly plan?: ScheduledPlan;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Schedule and check: a schedule that breaks a rule of the model is never returned. Exported for
 * tests and benches that need the scheduled plan without the rest.
 */
export function schedulePlan(model: Model, options: PlanOptions = {}, loadDiagnostics: readonly Diagnostic[] = []): ScheduleStage {
  const parsed = parsePlanOptions(options);
  const problems = [modelProblem(model), diagnosticsProblem(loadDiagnostics, 'loadDiagnostics')].filter((p) => p !== undefined).map(argumentDiagnostic);
  const refused = [...(parsed.ok ? [] : optionDiagnostics(parsed.issues)), ...problems];
  if (!parsed.ok || refused.length > 0) return { diagnostics: refused };
  return scheduleAndCheck(model, parsed.options, loadDiagnostics);
}

function scheduleAndCheck(model: Model, options: { readonly schedules?: number; readonly seed: number; readonly time?: number }, loadDiagnostics: readonly Diagnostic[], status?: Status): ScheduleStage {
  const settings = { schedules: options.schedules ?? defaultSchedules(model.activities.length), seed: options.seed };
  const limited = options.time === undefined ? settings : { ...settings, stop: deadline(options.time) };
  const calendar = buildCalendar(model);
  const tracked = status ? trackedModel(model, status) : undefined;
  const progress = status && tracked ? progressOf(tracked, status, calendar) : undefined;
  // Compiled once: the search and the timing analysis read the same problem.
  const compiled = compileModel(tracked ?? model);
  const scheduled = tracked && progress ? replanModel(tracked, progress, limited, compiled) : scheduleModel(model, limited, compiled);
  const diagnostics = [...loadDiagnostics, ...scheduled.diagnostics];
  if (!scheduled.schedule || hasErrors(scheduled.diagnostics)) return { diagnostics };
  const violations = checkSchedule(tracked ?? model, scheduled.schedule, progress);
  if (violations.length > 0) throw new ScheduleCheckError(violations);
  const plan: ScheduledPlan = {
    model,
    calendar,
    schedule: scheduled.schedule,
    timing: analyseTiming(tracked ?? model, scheduled.schedule, calendar, progress, compiled.problem),
    diagnostics,
    options: options.time === undefined ? settings : { ...settings, time: options.time },
    ...(status && tracked && progress ? { tracking: { status, model: tracked, progress } } : {}),
    ...(compiled.problem ? { compiled: { model: tracked ?? model, problem: compiled.problem } } : {}),
  };
  return { plan, diagnostics };
}

/**
 * The search's time limit: the clock is read here, at the edge, never in the core. Checked
 * between children, so the search ends within one child's schedules of the limit.
 */
function deadline(seconds: number): () => boolean {
  const end = performance.now() + seconds * 1000;
  return () => performance.now() >= end;
}
