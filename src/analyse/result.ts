/**
 * Everything computed about one plan, as renderers read it. Built by `src/api/plan.ts`;
 * later analyses (Monte Carlo, scope fit) add optional fields rather than new shapes.
 */
import type { Diagnostic } from '../diag/diagnostic.js';
import type { Forecast } from '../forecast/types.js';
import type { Model } from '../model/types.js';
import type { PlanCalendar, Schedule, ScheduleTiming } from '../schedule/types.js';

export interface PlanResult {
  readonly model: Model;
  readonly calendar: PlanCalendar;
  readonly schedule: Schedule;
  readonly timing: ScheduleTiming;
  /** Warnings from loading and scheduling that the reader should see. */
  readonly diagnostics: readonly Diagnostic[];
  readonly options: { readonly schedules: number; readonly seed: number };
  /** Monte Carlo forecast (issue #5); absent when not run (e.g. --iterations 0). */
  readonly forecast?: Forecast;
}
