/** The entry point of src/forecast: what other folders import from it. */
export type { DistributionName } from './distributions.js';
export { DEFAULT_ITERATIONS, forecastPlan, type ForecastOptions } from './forecast.js';
export { samplingPlan } from './sampler.js';
export { BASE_VARIANT, buildSimulation, forecastMemo, type ForecastMemo } from './setup.js';
export { simulateRange } from './simulate.js';
export { countFinishes, percentile } from './stats.js';
export type { CapacityAsk, CostForecast, EstimateLearning, Forecast, ScopeFit } from './types.js';
export { DISTRIBUTIONS } from './distributions.js';
export { forecastJob, forecastSteps } from './forecast.js';
export { jobSamplingPlan, joinRanges, runRange, type ForecastJob, type SimRequest, type SimResult } from './runs.js';
export type { SamplingPlan } from './sampler.js';
export type { FinishPoint } from './types.js';
