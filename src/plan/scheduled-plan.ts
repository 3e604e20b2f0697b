/**
 * A plan as the scheduler leaves it: the model, its calendar, the checked schedule and its
 * timing. The forecast reads this; the analysis adds the forecast to it (PlanResult).
 */
import type { Diagnostic } from '../diag/index.js';
import type { PlanCalendar } from '../calendar/index.js';
import type { Model, Status } from '../model/index.js';
import type { Problem, Progress, Schedule, ScheduleTiming } from '../schedule/index.js';

export interface ScheduledPlan {
  readonly model: Model;
  readonly calendar: PlanCalendar;
  readonly schedule: Schedule;
  readonly timing: ScheduleTiming;
  /** Warnings from loading and scheduling that the reader should see. */
  readonly diagnostics: readonly Diagnostic[];
  /** The search's budget and seed; `time`, the seconds it was limited to, when it was. */
  readonly options: { readonly schedules: number; readonly seed: number; readonly time?: number };
  /** A plan re-planned from a status (docs/tracking.md). */
  readonly tracking?: Tracking;
  /**
   * The model the search scheduled (the tracked model when re-planned) and its compiled problem,
   * so the forecast sets up its runs without compiling the plan again. The forecast reads it only
   * for that very model object; a plan without it is compiled again.
   */
  readonly compiled?: CompiledPlan;
}

export interface CompiledPlan {
  readonly model: Model;
  readonly problem: Problem;
}

/** Where the plan stands, and what the re-plan scheduled: the remaining model and its pins. */
export interface Tracking {
  readonly status: Status;
  /** The model of the work still to do (src/schedule/progress.ts), which the forecast draws. */
  readonly model: Model;
  readonly progress: Progress;
}
