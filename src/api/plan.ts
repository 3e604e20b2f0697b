/** Model → schedule → analysis, as one pure call. */
import type { PlanResult } from '../analyse/result.js';
import { buildCalendar } from '../calendar/calendar.js';
import { hasErrors, type Diagnostic } from '../diag/diagnostic.js';
import type { DistributionName } from '../forecast/distributions.js';
import { DEFAULT_ITERATIONS, forecastPlan, type ForecastOptions } from '../forecast/forecast.js';
import type { Model } from '../model/types.js';
import { scheduleModel } from '../schedule/schedule.js';
import { loadSpec } from '../spec/load.js';
import { analyseTiming } from '../schedule/timing.js';

export interface ScheduleOptions {
  /** Budget of generated schedules for the improvement search. */
  readonly schedules?: number;
  /** Seeds the search, and the forecast too. */
  readonly seed?: number;
}

export interface PlanOptions extends ScheduleOptions {
  /** Monte Carlo iterations; 0 skips the forecast. Default DEFAULT_ITERATIONS. */
  readonly iterations?: number;
  /** Target P(on time); default the deadline's confidence. */
  readonly confidence?: number;
  /** Distribution of three-point estimates; default PERT-beta. */
  readonly distribution?: DistributionName;
  /** Correlation between estimates, 0..1; default 0 (independent). */
  readonly correlation?: number;
}

export const DEFAULT_SCHEDULES = 1000;
export const DEFAULT_SEED = 1;

export interface PlanOutcome {
  readonly result?: PlanResult;
  readonly diagnostics: readonly Diagnostic[];
}

/** Model → schedule → analysis, without the Monte Carlo forecast: for callers that forecast on their own (in threads, say). */
export function schedulePlan(model: Model, options: ScheduleOptions = {}, loadDiagnostics: readonly Diagnostic[] = []): PlanOutcome {
  const settings = { schedules: options.schedules ?? DEFAULT_SCHEDULES, seed: options.seed ?? DEFAULT_SEED };
  const scheduled = scheduleModel(model, settings);
  const diagnostics = [...loadDiagnostics, ...scheduled.diagnostics];
  if (!scheduled.schedule || hasErrors(scheduled.diagnostics)) return { diagnostics };
  const calendar = buildCalendar(model);
  const result: PlanResult = {
    model,
    calendar,
    schedule: scheduled.schedule,
    timing: analyseTiming(model, scheduled.schedule, calendar),
    diagnostics,
    options: settings,
  };
  return { result, diagnostics };
}

/** The scheduled plan with its forecast run in this thread (unless iterations is 0). */
export function planModel(model: Model, options: PlanOptions = {}, loadDiagnostics: readonly Diagnostic[] = []): PlanOutcome {
  const { result, diagnostics } = schedulePlan(model, options, loadDiagnostics);
  if (!result) return { diagnostics };
  const forecast = forecastOptions(options, result.options.seed);
  return { result: forecast.iterations > 0 ? { ...result, forecast: forecastPlan(result, forecast) } : result, diagnostics };
}

/** The forecast settings of plan options, defaults filled in; the plan's seed seeds it too. */
export function forecastOptions(options: PlanOptions, seed: number): ForecastOptions {
  return {
    iterations: options.iterations ?? DEFAULT_ITERATIONS,
    seed,
    distribution: options.distribution ?? 'pert',
    correlation: options.correlation ?? 0,
    ...(options.confidence !== undefined ? { confidence: options.confidence } : {}),
  };
}

/** Spec text (YAML or JSON) → plan: load, validate, schedule and analyse in one call. */
export function plan(specText: string, options: PlanOptions = {}): PlanOutcome {
  const loaded = loadSpec(specText);
  if (!loaded.model) return { diagnostics: loaded.diagnostics };
  return planModel(loaded.model, options, loaded.diagnostics);
}
