/** The entry point of src/plan: what other folders import from it. */
export { analyseBuffer, MIN_BUFFER_PERCENT, slotAfter, type BufferAnalysis } from './buffer.js';
export { periodKind, periodOfSlot, periodRange, planPeriods, slotWord, type PlanPeriod } from './periods.js';
export { activityDates, finishDate, offsetDate, peopleOf, spansByPerson, weekBuckets, type ActivityDates, type WeekBucket } from './plan-dates.js';
export { indexPlan, nameOf, upstreamOf, workOf, type PlanIndex } from './plan-index.js';
export type { ScheduledPlan } from './scheduled-plan.js';
export { analyseScope, type CutCandidate, type ScopeAnalysis } from './scope.js';
export { DEFAULT_CURRENCY, hasCosts, planCosts, splitLabour, type ActivityCost, type PlanCosts } from './cost.js';
