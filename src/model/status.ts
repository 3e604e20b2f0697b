/**
 * Where a plan stands on a day: the actuals of a status file, as values over the model's ids
 * (the plan's structure stays in the Model; a status is one more scenario over it). Dates are
 * ISO strings as in the model; amounts are working slots of the plan's unit.
 */
import type { SpecPath } from './types.js';

export interface Status {
  /**
   * The day the status describes, through its end: work still to do is placed from the first
   * working slot after it. In hour plans a date-time `YYYY-MM-DDTHH:MM` is the instant itself.
   */
  readonly asOf: string;
  readonly tasks: readonly TaskStatus[];
  readonly gates: readonly GateStatus[];
  readonly risks: readonly RiskStatus[];
  /** Finished tasks of earlier plans, for estimates that learn. */
  readonly history?: readonly HistoryEntry[];
}

/** One finished task of an earlier plan: who did it, its estimate and what it took, in working slots. */
export interface HistoryEntry {
  readonly by: readonly string[];
  readonly estimate: number;
  readonly actual: number;
  readonly plan?: string;
  readonly task?: string;
  readonly path: SpecPath;
}

/** The state of one task or external item. */
export type TaskState = 'done' | 'in-progress' | 'blocked';

export interface TaskStatus {
  readonly id: string;
  readonly state: TaskState;
  /** The first day of work (required in progress, optional when done or blocked). */
  readonly started?: string;
  /** The last day of work, inclusive, when done. */
  readonly done?: string;
  /** Work still to do, in the activity's own terms (effort or span), when in progress. */
  readonly remaining?: number;
  /** Share done 0..100, when in progress and given as a percent. */
  readonly percent?: number;
  /** Why it is blocked, and until when (inclusive) when known. */
  readonly blocked?: string;
  readonly until?: string;
  /** Effort really spent, when known. */
  readonly effort?: number;
  /** Who did it or does it, when it differs from the plan or the plan picks by skill. */
  readonly by?: readonly string[];
  readonly note?: string;
  readonly path: SpecPath;
}

export interface GateStatus {
  readonly id: string;
  readonly state: 'passed' | 'failed';
  readonly on: string;
  readonly note?: string;
  readonly path: SpecPath;
}

export interface RiskStatus {
  readonly id: string;
  readonly state: 'occurred' | 'mitigated' | 'closed';
  readonly on?: string;
  /** The real delay of an occurred risk, added to its affected work that is not done. */
  readonly delay?: number;
  readonly note?: string;
  readonly path: SpecPath;
}
