/**
 * The contract between the scheduler and everything that reads a schedule (checker, analysis,
 * renderers, Monte Carlo). Time is in working slots of the plan's project calendar: slot 0 is
 * the first working slot on or after `model.start`; weekends and holidays have no slot at all.
 * Freezes and time off are slots that exist but where (some) work may not happen.
 */
import type { Diagnostic } from '../diag/diagnostic.js';

export interface ScheduledActivity {
  readonly id: string;
  /** First slot of work, inclusive. */
  readonly start: number;
  /** Slot after the last slot of work (exclusive); equals `start` for gates and milestones. */
  readonly finish: number;
  /** The resource meeting each of the activity's demands, in demand order. */
  readonly assignees: readonly string[];
  /**
   * Worked intervals [from, to). One interval unless the activity is splittable and paused
   * around time off or a freeze. Empty for zero-length activities.
   */
  readonly segments: readonly (readonly [number, number])[];
}

export interface Schedule {
  /** Scheduled activities in model order; `wont` activities are never scheduled. */
  readonly activities: readonly ScheduledActivity[];
  /** Finish of the last activity, in slots from slot 0. */
  readonly makespan: number;
}

export interface ActivityTiming {
  readonly id: string;
  readonly earlyStart: number;
  readonly earlyFinish: number;
  readonly lateStart: number;
  readonly lateFinish: number;
  readonly totalFloat: number;
  readonly freeFloat: number;
  readonly critical: boolean;
}

/** Float and criticality of a resource-feasible schedule (precedence plus resource sequencing). */
export interface ScheduleTiming {
  readonly activities: readonly ActivityTiming[];
  /** Each critical path as activity ids in order; the first is the one reports show. */
  readonly criticalPaths: readonly (readonly string[])[];
}

export interface ScheduleOptions {
  /** Budget of generated schedules for the improvement search (>= 1). */
  readonly schedules: number;
  readonly seed: number;
}

export interface ScheduleResult {
  /** Absent when the plan cannot be scheduled at all; `diagnostics` then says why. */
  readonly schedule?: Schedule;
  readonly diagnostics: readonly Diagnostic[];
}

/** One broken rule found by the independent checker. */
export interface Violation {
  readonly rule: 'precedence' | 'capacity' | 'calendar' | 'time-off' | 'freeze' | 'skill' | 'assignment' | 'work' | 'missing';
  readonly activity: string;
  readonly message: string;
  readonly slot?: number;
  readonly resource?: string;
}
