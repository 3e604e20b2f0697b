/** The library surface of execplan: run the plan pipeline, or its stages one by one. */
export { runPlan, runPlanSync, schedulePlan, ScheduleCheckError, type PlanRun, type RenderedOutput, type ForecastRunner } from './pipeline.js';
export { plan, planModel, type PlanOutcome } from './plan.js';
export { planOptionsSchema, parsePlanOptions, DEFAULT_SCHEDULES, DEFAULT_SEED, MAX_ITERATIONS, MAX_SCHEDULES, MAX_WORKERS, type PlanOptions, type ResolvedPlanOptions, type OptionIssue } from './options.js';
export { loadSource, type PlanSource, type LoadedSource } from './source.js';
export { loadSpec, type LoadResult, specJsonSchema } from '../spec/index.js';
export { parsePsplib, type PsplibParseResult } from '../psplib/index.js';
export { checkSchedule, type Schedule, type ScheduledActivity, type Violation } from '../schedule/index.js';
export { forecastPlan, DEFAULT_ITERATIONS, type ForecastOptions, type Forecast } from '../forecast/index.js';
export { autoWorkers, forecastInThreads } from './threads.js';
export { analysePlan, type PlanAnalysis, type Outlook, type Verdict, type VerdictStatus, type VerdictReason, type PlanResult } from '../analyse/index.js';
export { renderMarkdown, renderJson, planDocument, renderHtml, outputFormats, FORMAT_NAMES, type FormatName } from '../render/index.js';
export { formatDiagnostics, type Diagnostic } from '../diag/index.js';
export type { Model } from '../model/index.js';
