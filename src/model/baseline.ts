/**
 * A baseline: an earlier plan of the same work, read back from execplan's JSON output. It is a
 * scenario over the same activity ids (the plan as the board saw it), never a second task list:
 * the slip analysis lines it up with the current plan by id.
 *
 * Dates are as the JSON states them (`start` the first worked day or instant, `finish` the last
 * worked day or the instant work ends); offsets are slots of the baseline's own calendar, kept
 * only to tell a gate at the plan start from one at the end of a working slot.
 */
import type { ActivityType, Estimate, Priority, Unit } from './types.js';

export interface Baseline {
  readonly name: string;
  readonly unit: Unit;
  /** The baseline plan's start, as its spec gave it. */
  readonly start: string;
  /** The baseline's planned finish (its `summary.finish`) and makespan in its own slots. */
  readonly finish: string;
  readonly makespan: number;
  readonly seed?: number;
  readonly schedules?: number;
  /** Ids of the baseline's critical activities, in order of start. */
  readonly criticalPath: readonly string[];
  readonly activities: readonly BaselineActivity[];
  /** Activities the baseline listed but did not schedule (`wont`). */
  readonly unscheduled: readonly { readonly id: string; readonly title: string; readonly priority: Priority }[];
}

/** The work an activity was planned with: the spec's likely amount, in slots of the plan's unit. */
export interface PlannedWork {
  readonly mode: 'effort' | 'duration';
  /** Effort per person (person-slots) or the fixed duration (slots). */
  readonly amount: number;
  /** Person-slots the plan booked for it: what it costs the team. */
  readonly booked: number;
  readonly estimate?: Estimate;
}

export interface BaselineActivity {
  readonly id: string;
  readonly title: string;
  readonly type: ActivityType;
  readonly priority: Priority;
  readonly start: string;
  readonly finish: string;
  readonly startOffset: number;
  readonly finishOffset: number;
  readonly assignees: readonly string[];
  readonly critical: boolean;
  /** Absent in JSON written before the contract recorded the planned work. */
  readonly work?: PlannedWork;
}
