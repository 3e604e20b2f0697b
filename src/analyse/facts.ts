/** The plan's analysis as the readiness checklist reads it. */
import type { AllocationAnalysis } from './allocation.js';
import type { Breaker } from './breakers.js';
import type { TrackingAnalysis } from './tracking.js';
import type { ActivityDates, BufferAnalysis, PlanIndex, PlanPeriod, ScopeAnalysis } from '../plan/index.js';
import type { CapacityAnalysis } from './capacity.js';
import type { CostAnalysis } from './cost.js';
import type { CriticalPathAnalysis } from './critical-path.js';
import type { DateFact } from './dates.js';
import type { DetectedRiskEntry } from './detected-risks.js';
import type { Outlook } from './outlook.js';
import type { PhaseAnalysis } from './phases.js';
import type { PlanResult } from './result.js';
import type { RiskRegister } from './risk-register.js';
import type { RolloutAnalysis } from './rollout.js';
import type { RecurringFact } from './recurring.js';
import type { ShiftFacts } from './shifts.js';
import type { SlipAnalysis } from './slip/index.js';

/** The facts readiness is judged on: everything in the analysis but the readiness checklist itself. */
export interface PlanFacts {
  readonly result: PlanResult;
  readonly index: PlanIndex;
  readonly periods: readonly PlanPeriod[];
  /** The verdict, finish dates, deadline and delivery with their margins, P(on time): the headline facts. */
  readonly outlook: Outlook;
  readonly buffer: BufferAnalysis;
  readonly capacity: CapacityAnalysis;
  readonly criticalPath: CriticalPathAnalysis;
  readonly allocation: AllocationAnalysis;
  readonly phases: readonly PhaseAnalysis[];
  readonly detectedRisks: readonly DetectedRiskEntry[];
  readonly riskRegister: RiskRegister;
  readonly scope: ScopeAnalysis;
  readonly rollout: RolloutAnalysis;
  /** Every gate's trigger, evaluated; fired ones lead the summary. */
  readonly breakers: readonly Breaker[];
  /** Where the plan stands, when it was re-planned from a status. */
  readonly tracking?: TrackingAnalysis;
  /** The slip against the baseline; absent without one. */
  readonly slip?: SlipAnalysis;
  /** Each scheduled activity's first and last day (or instants in hour plans), as every table shows them. */
  readonly dates: ReadonlyMap<string, ActivityDates>;
  /** Recurring work, one entry per item (empty when the plan has none). */
  readonly recurring: readonly RecurringFact[];
  /** Hand-offs, workers' rosters and rest against their rules, and incident roles. */
  readonly shifts: ShiftFacts;
  /** Items with binding dates (`not_before`, `on`, `due`): when they are planned, how late they are. */
  readonly dateConstraints: readonly DateFact[];
  /** The plan's cost and budget check; absent when nothing in the plan has a rate or a cost. */
  readonly cost?: CostAnalysis;
}
