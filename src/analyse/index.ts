/** The entry point of src/analyse: what other folders import from it. */
export type { PeriodLoad, ResourceAllocation } from './allocation.js';
export { analysePlan, type PlanAnalysis } from './analysis.js';
export type { OccurrenceTimes, RecurringFact } from './recurring.js';
export { firstFocuses, plannedCheckin, type Focus } from './checkin.js';
export type { BudgetCheck, CostAnalysis, CostLine } from './cost.js';
export type { DateFact } from './dates.js';
export type { DetectedRiskEntry } from './detected-risks.js';
export { gateSlotDate, phaseOf, type PhaseAnalysis } from './phases.js';
export type { PlanResult } from './result.js';
export { riskSeverity } from './risk-matrix.js';
export type { RegisterEntry } from './risk-register.js';
export type { FreezeWindow } from './rollout.js';
export { parallelismOf, streamsOf, type Stream, type StreamItem } from './streams.js';
export type { TimeTaken } from './allocation.js';
export type { Outlook, Verdict, VerdictReason, VerdictStatus } from './outlook.js';
export type { Breaker, BreakerCondition } from './breakers.js';
export type { Ask, StatusCheckin, Standup, TrackedItem, TrackingAnalysis } from './tracking.js';
export type { DriftCause, DriftCauseKind, ItemSlip, Moment, Reestimate, RemovedWork, SchedulePerformance, SlipAnalysis, SlipProgress, Variance, WorkAmount, WorkChange } from './slip/index.js';
