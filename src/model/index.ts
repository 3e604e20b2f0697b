/** The entry point of src/model: what other folders import from it. */
export { emptyModel } from './empty-model.js';
export type { Activity, Cadence, CalendarSpec, Demand, Estimate, Goal, Level, Link, MetricGroup, Model, Period, Priority, Resource, Risk, Rollout, RolloutStage, Trigger, Unit, Weekday, Work } from './types.js';
export type { ActivityDates, Commitment, LinkType, Phase, Recurring } from './types.js';
export type { ActivityType, RestRules, Role, Roster, Shift } from './types.js';
export type { GateStatus, HistoryEntry, RiskStatus, Status, TaskState, TaskStatus } from './status.js';
export type { Baseline, BaselineActivity, PlannedWork } from './baseline.js';
