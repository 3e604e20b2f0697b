/** Model → schedule → analysis, as one pure call. */
import type { PlanResult } from '../analyse/result.js';
import { buildCalendar } from '../calendar/calendar.js';
import { hasErrors, type Diagnostic } from '../diag/diagnostic.js';
import type { Model } from '../model/types.js';
import { scheduleModel } from '../schedule/schedule.js';
import { analyseTiming } from '../schedule/timing.js';

export interface PlanOptions {
  /** Budget of generated schedules for the improvement search. */
  readonly schedules?: number;
  readonly seed?: number;
}

export const DEFAULT_SCHEDULES = 1000;
export const DEFAULT_SEED = 1;

export interface PlanOutcome {
  readonly result?: PlanResult;
  readonly diagnostics: readonly Diagnostic[];
}

export function planModel(model: Model, options: PlanOptions = {}, loadDiagnostics: readonly Diagnostic[] = []): PlanOutcome {
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
