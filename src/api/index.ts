/**
 * The library surface of execplan: run the plan pipeline, or its stages one by one. Every call
 * checks its arguments: a wrong one gives an `E_BAD_ARGUMENT` or `E_BAD_OPTION` diagnostic (calls
 * that answer with diagnostics) or an `ExecplanError` with that code (the others).
 */
export { ExecplanError, type ExecplanErrorCode } from './errors.js';
export { runPlan, runPlanSync, schedulePlan, ScheduleCheckError, type ScheduleStage, type PlanRun, type RenderedOutput, type ForecastRunner } from './pipeline.js';
export { plan, planModel, type PlanOutcome } from './plan.js';
export { planOptionsSchema, parsePlanOptions, DEFAULT_SCHEDULES, DEFAULT_SEARCH_WORK, defaultSchedules, LARGE_PLAN, LARGE_PLAN_MIN_SCHEDULES, DEFAULT_SEED, MAX_ITERATIONS, MAX_SCHEDULES, MAX_TIME_SECONDS, MAX_WORKERS, type PlanOptions, type ResolvedPlanOptions, type OptionIssue } from './options.js';
export { loadSource, type PlanSource, type LoadedSource } from './source.js';
export { loadSpec, parsePsplib, checkSchedule, forecastPlan, analysePlan, renderMarkdown, renderJson, planDocument, renderHtml, outputFormats, formatDiagnostics } from './stages.js';
export { closestId, positionDiagnostics, waitedForText, DIAGNOSTIC_CATALOG, type PositionedDiagnostic } from './helpers.js';
export { type LoadResult, specJsonSchema } from '../spec/index.js';
export type { PsplibParseResult } from '../psplib/index.js';
export type { Schedule, ScheduledActivity, Violation } from '../schedule/index.js';
export { DEFAULT_ITERATIONS, type ForecastOptions, type Forecast } from '../forecast/index.js';
export { checkSource } from './check.js';
export { importMspdi, type ImportOutcome } from './import.js';
export { autoWorkers, BATCH_WORTH_THREADS, forecastInThreads } from './threads.js';
export type { PlanAnalysis, Outlook, Verdict, VerdictStatus, VerdictReason, PlanResult } from '../analyse/index.js';
export { FORMAT_NAMES, type FormatName, planDocumentSchema, planJsonSchema, type PlanDocument } from '../render/index.js';
export type { CatalogEntry, Diagnostic } from '../diag/index.js';
export type { Model } from '../model/index.js';
