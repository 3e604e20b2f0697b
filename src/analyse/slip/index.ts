export { analyseSlip } from './slip.js';
export type { Drift, DriftCause, DriftCauseKind, ItemSlip, Moment, Reestimate, RemovedWork, SchedulePerformance, SlipAnalysis, SlipProgress, Variance, WorkAmount, WorkChange } from './types.js';
