/**
 * Simulation requests and how one is run inside the current thread. The forecast asks for runs
 * (the plan as is, the plan without a risk, the plan with some work cut, ...) in batches; a
 * driver answers them either here or across worker threads, with identical numbers.
 */
import type { DistributionName } from './distributions.js';
import { samplingPlan, type SamplingPlan } from './sampler.js';
import { buildSimulation, type ForecastMemo, type SimulationInput, type Variant } from './setup.js';
import { simulateRange } from './simulate.js';

export interface ForecastSettings {
  readonly iterations: number;
  readonly seed: number;
  readonly distribution: DistributionName;
  readonly correlation: number;
}

/** Everything a thread needs to run any request of one forecast; plain, cloneable data. */
export interface ForecastJob {
  readonly input: SimulationInput;
  readonly settings: ForecastSettings;
}

export interface SimRequest {
  readonly variant: Variant;
  /** Also collect per-task criticality and the drawn amounts (the main run only). */
  readonly detail: boolean;
  /** The iterations [from, to) to run. */
  readonly from: number;
  readonly to: number;
  /**
   * The plan's own finishes (iteration 0 first), for a variant that only switches risks off:
   * iterations in which none of them happened finish as there and are not scheduled again.
   */
  readonly same?: Int32Array;
}

export interface SimResult {
  readonly makespans: Int32Array;
  readonly failed: number;
  readonly critical?: Int32Array;
  readonly samples?: Float32Array;
  /** Set when the variant could not be simulated (a re-plan with extra people failed). */
  readonly unavailable?: string;
}

export function jobSamplingPlan(job: ForecastJob): SamplingPlan {
  const { seed, distribution, correlation } = job.settings;
  return samplingPlan(job.input.model, { seed, distribution, correlation }, job.input.ratios);
}

/**
 * Runs iterations [from, to) of a request. Pure: a `memo` (one per job and thread) only spares
 * recompiling and re-planning what earlier requests already did.
 */
export function runRange(job: ForecastJob, plan: SamplingPlan, request: SimRequest, from: number, to: number, memo?: ForecastMemo): SimResult {
  const setup = buildSimulation(job.input, plan, request.variant, memo);
  if (!setup.simulation) return { makespans: new Int32Array(0), failed: 0, unavailable: setup.reason };
  const same = request.same && isRisksOnly(request.variant) ? request.same : undefined;
  return simulateRange(setup.simulation, plan, from, to, request.detail, same);
}

/** A variant whose problem is the plan's own: only risks are switched off. */
function isRisksOnly(variant: Variant): boolean {
  return variant.cut.length === 0 && variant.extraPeople.length === 0 && !variant.raw;
}

/** Joins the results of consecutive iteration ranges of one request, in range order. */
export function joinRanges(parts: readonly SimResult[], works: number): SimResult {
  const unavailable = parts.find((p) => p.unavailable !== undefined)?.unavailable;
  if (unavailable !== undefined) return { makespans: new Int32Array(0), failed: 0, unavailable };
  if (parts.length === 1) return parts[0];
  const total = parts.reduce((n, p) => n + p.makespans.length, 0);
  const makespans = new Int32Array(total);
  const samples = parts[0].samples ? new Float32Array(total * works) : undefined;
  const critical = parts[0].critical ? new Int32Array(parts[0].critical.length) : undefined;
  let at = 0;
  let failed = 0;
  for (const p of parts) {
    makespans.set(p.makespans, at);
    if (samples && p.samples) samples.set(p.samples, at * works);
    if (critical && p.critical) for (let j = 0; j < critical.length; j++) critical[j] += p.critical[j];
    at += p.makespans.length;
    failed += p.failed;
  }
  return { makespans, failed, ...(critical ? { critical } : {}), ...(samples ? { samples } : {}) };
}
