/** The library surface of execplan: load a spec, plan it, check and render the result. */
export { loadSpec, type LoadResult } from '../spec/load.js';
export { specJsonSchema } from '../spec/json-schema.js';
export { parsePsplib, type PsplibParseResult } from '../psplib/parse.js';
export { plan, planModel, DEFAULT_SCHEDULES, DEFAULT_SEED, type PlanOptions, type PlanOutcome } from './plan.js';
export { checkSchedule } from '../schedule/check.js';
export { forecastPlan, DEFAULT_ITERATIONS, type ForecastOptions } from '../forecast/forecast.js';
export { forecastInThreads } from '../forecast/threads.js';
export { renderMarkdown } from '../render/md/render.js';
export { renderJson, planDocument } from '../render/json/render.js';
export { formatDiagnostics } from '../diag/format.js';
export type { Diagnostic } from '../diag/diagnostic.js';
export type { Model } from '../model/types.js';
export type { Schedule, ScheduledActivity, Violation } from '../schedule/types.js';
export type { PlanResult } from '../analyse/result.js';
export type { Forecast } from '../forecast/types.js';
