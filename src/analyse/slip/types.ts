/**
 * The slip of the plan against its baseline, as facts every output formats: variances in working
 * slots of the current calendar and in calendar days, the finish drift split into its causes
 * (which add up to it exactly), the work added, removed and re-estimated, and a schedule
 * performance index. docs/tracking.md defines each figure.
 */
import type { ActivityType, Estimate, Priority } from '../../model/index.js';
import type { Driver } from '../../schedule/index.js';

/** A point of a plan: its date as the JSON states it and its offset in slots of the current calendar. */
export interface Moment {
  readonly date: string;
  readonly offset: number;
}

/** Current against baseline: positive when the current plan is later. */
export interface Variance {
  readonly baseline: Moment;
  readonly current: Moment;
  /** Working slots of the current calendar from the baseline's moment to the current one. */
  readonly slots: number;
  /** Calendar days between the two dates (hour plans: fractions of a day, two decimals). */
  readonly days: number;
}

export interface ItemSlip {
  readonly id: string;
  readonly type: ActivityType;
  /** On the current plan's critical path. */
  readonly critical: boolean;
  readonly start: Variance;
  readonly finish: Variance;
}

export interface WorkChange {
  readonly id: string;
  readonly title: string;
  readonly type: ActivityType;
  readonly priority: Priority;
  /** Person-slots of work the plan books for it; null when a baseline did not record it. */
  readonly work: number | null;
}

export interface RemovedWork extends WorkChange {
  /** `wont`: still in the spec, no longer planned; `deleted`: gone from the spec. */
  readonly reason: 'wont' | 'deleted';
}

export interface WorkAmount {
  readonly mode: 'effort' | 'duration';
  /** Effort per person (person-slots) or the fixed duration (slots): the likely value. */
  readonly amount: number;
  readonly estimate?: Estimate;
}

export interface Reestimate {
  readonly id: string;
  readonly title: string;
  readonly before: WorkAmount;
  readonly after: WorkAmount;
}

/**
 * One term of the finish drift, walking the current critical chain from the plan start:
 * - `plan-start`: the plan's start moved;
 * - `start`: the activity starts later (earlier) after the chain work before it than in the
 *   baseline: a new or longer link, a person busy elsewhere, a calendar wait;
 * - `re-estimated`: its length changed with its estimate; `duration`: its length changed with
 *   the estimate unchanged (a part-time person, time off, a freeze, a split);
 * - `done`, `in-progress`, `blocked`: its length changed with what the status reports of it;
 * - `added`: work new since the baseline, on the chain before the next baseline activity (or
 *   the finish);
 * - `baseline-finish`: the baseline finished after this chain's last baseline activity did
 *   then (other work ended the baseline, and is removed or now ends earlier).
 */
export type DriftCauseKind = 'plan-start' | 'start' | 're-estimated' | 'duration' | 'done' | 'in-progress' | 'blocked' | 'added' | 'baseline-finish';

export interface DriftCause {
  readonly kind: DriftCauseKind;
  /** The activities concerned: one for most kinds, the added ones for `added`, the baseline's last ones for `baseline-finish`. */
  readonly ids: readonly string[];
  /** Working slots this term moves the finish (negative: earlier). */
  readonly slots: number;
  /** For `start`: what the activity waits for now (its driver in the current plan). */
  readonly driver?: Driver;
}

export interface Drift {
  readonly slots: number;
  readonly days: number;
  /** Terms in chain order; their slots add up to `slots`. */
  readonly causes: readonly DriftCause[];
}

/**
 * Earned-value schedule performance at `asOf`: SPI = EV / PV, with the baseline's planned work
 * (booked person-slots) as the budget. PV: the work the baseline planned done by `asOf`, each
 * activity earning linearly over its baseline span. EV: the baseline work the status reports done
 * by then. Null when the baseline planned nothing by `asOf`.
 */
export interface SchedulePerformance {
  readonly value: number | null;
  readonly earned: number;
  readonly planned: number;
  readonly asOf: Moment;
  /** `plan-start`: no status, so `asOf` is the plan's start and nothing is recorded done. */
  readonly basis: 'plan-start' | 'status';
}

export interface SlipAnalysis {
  readonly baseline: { readonly name: string; readonly start: string; readonly finish: string; readonly seed?: number; readonly schedules?: number };
  /** The planned finish: the baseline's against the current one. */
  readonly finish: Variance;
  readonly drift: Drift;
  /** Every activity in both plans, in the current plan's order. */
  readonly items: readonly ItemSlip[];
  readonly added: readonly WorkChange[];
  readonly removed: readonly RemovedWork[];
  readonly reestimated: readonly Reestimate[];
  readonly spi: SchedulePerformance;
}

/**
 * What a status file reports, as the slip reads it: the status date and, per activity, its state
 * and the share of its work done by then (0..1). Without it, nothing is recorded done.
 */
export interface SlipProgress {
  readonly asOf: string;
  readonly activities: ReadonlyMap<string, { readonly state: 'done' | 'in-progress' | 'blocked'; readonly share: number }>;
}
