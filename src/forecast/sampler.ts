/**
 * What varies from one Monte Carlo iteration to the next, and how it is drawn.
 *
 * - Work with a three-point estimate is drawn from its distribution (PERT-beta or triangular);
 *   work without one is taken as certain.
 * - A risk with a delay range happens with its probability (explicit, or from its likelihood);
 *   when it happens, one delay is drawn and added to the work of every activity it affects.
 *   Closed risks and risks without a delay do not move the schedule.
 * - With estimates learned from finished work (learning.ts), a task still to do is drawn as its
 *   planned amount times a ratio drawn for its person (the team's bias, the person's about it,
 *   the task's about the person's): the person's history, not the three-point range, gives its
 *   spread, as in evidence-based scheduling. Those draws come from a second PRNG per iteration,
 *   so the estimates as written draw exactly what they drew without learning.
 * - Iteration i draws from its own PRNG, seeded from (seed, i), and always draws in the same
 *   order (common factor, then one uniform per estimate in spec order, then two per risk), so
 *   the result does not depend on how iterations are split across threads, and a variant (a
 *   risk switched off, a task cut) sees exactly the same draws: common random numbers.
 */
import type { Level, Model } from '../model/index.js';
import { correlated, normalQuantile, quantileAt, QuantileTables, shapeQuantile, type DistributionName, type Quantile, type QuantileShape } from './distributions.js';
import type { PersonDraw, RatioDraws } from './learning.js';
import { SeededRandom } from '../schedule/index.js';

/** Probability of a risk event from its likelihood, when the spec gives no `probability`. */
export const LIKELIHOOD_PROBABILITY: Readonly<Record<Level, number>> = { low: 0.1, medium: 0.3, high: 0.6 };

export interface SamplingSettings {
  readonly seed: number;
  readonly distribution: DistributionName;
  /** Correlation between estimates, 0..1 (one common factor). */
  readonly correlation: number;
}

/** One activity whose work may change between iterations. */
export interface VariableWork {
  readonly id: string;
  readonly mode: 'duration' | 'effort';
  /** The deterministic plan's amount (slots, or person-slots of effort). */
  readonly base: number;
  /** Absent when only risks move this activity. */
  readonly quantile?: Quantile;
  /** Index in SamplingPlan.ratios.people of whose learned ratio this work is drawn through. */
  readonly person?: number;
}

export interface SampledRisk {
  readonly id: string;
  readonly title: string;
  readonly probability: number;
  readonly delay: Quantile;
  /** Indices into SamplingPlan.works. */
  readonly affects: readonly number[];
}

/**
 * The works' samplers as parallel arrays, one entry per SamplingPlan.works entry, so the loop
 * that draws every work of every iteration reads numbers rather than closures of many shapes.
 */
export interface WorkDraws {
  /** 1 when the work has a three-point estimate (it takes a uniform of the PRNG). */
  readonly varies: Uint8Array;
  readonly base: Float64Array;
  readonly kind: Uint8Array;
  readonly low: Float64Array;
  readonly width: Float64Array;
  readonly mode: Float64Array;
  readonly table: readonly Float64Array[];
}

export interface SamplingPlan {
  readonly works: readonly VariableWork[];
  readonly draws: WorkDraws;
  /**
   * Per work, the most its drawn amount can exceed its planned one, plus a slot: its largest
   * draw and every risk delay on it (the bound a simulation's horizon is widened by).
   */
  readonly headroom: Float64Array;
  readonly risks: readonly SampledRisk[];
  readonly settings: SamplingSettings;
  /** Learned ratios (learning.ts), when the status taught any. */
  readonly ratios?: { readonly teamSd: number; readonly people: readonly PersonDraw[] };
}

/** A normal draw of a ratio's log stays within this many sds: the horizon must bound the work. */
export const RATIO_SDS = 4;

export function riskProbability(risk: { readonly probability?: number; readonly likelihood: Level }): number {
  return risk.probability ?? LIKELIHOOD_PROBABILITY[risk.likelihood];
}

/** `draws`: learned ratios; the activities they name are drawn through them, even without a range. */
export function samplingPlan(model: Model, settings: SamplingSettings, draws?: RatioDraws): SamplingPlan {
  const learned = draws?.tasks ?? {};
  const tables = new QuantileTables();
  const scheduled = model.activities.filter((a) => a.priority !== 'wont' && (a.type === 'task' || a.type === 'external'));
  const scheduledIds = new Set(scheduled.map((a) => a.id));
  const risks = model.risks.filter((r) => r.status !== 'closed' && r.delay !== undefined && r.affects.some((id) => scheduledIds.has(id)));
  const affected = new Set(risks.flatMap((r) => r.affects));
  const works: VariableWork[] = [];
  const shapes: (QuantileShape | undefined)[] = [];
  for (const a of scheduled) {
    const varies = a.estimate !== undefined && a.estimate.pessimistic > a.estimate.optimistic;
    const person = Object.hasOwn(learned, a.id) ? learned[a.id] : undefined;
    if (!varies && !affected.has(a.id) && person === undefined) continue;
    const base = a.work.mode === 'effort' ? a.work.amount : a.work.slots;
    const shape = varies ? tables.shape(a.estimate!, settings.distribution) : undefined;
    shapes.push(shape);
    works.push({ id: a.id, mode: a.work.mode, base, ...(shape ? { quantile: (u: number) => shapeQuantile(shape, u) } : {}), ...(person !== undefined ? { person } : {}) });
  }
  const position = new Map(works.map((w, k) => [w.id, k]));
  const sampled = risks.map((r) => ({
    id: r.id,
    title: r.title,
    probability: riskProbability(r),
    delay: tables.quantile(r.delay!, settings.distribution),
    affects: r.affects.filter((id) => position.has(id)).map((id) => position.get(id)!),
  }));
  const ratios = draws ? { teamSd: draws.teamSd, people: draws.people } : undefined;
  return {
    works,
    draws: workDraws(works, shapes),
    headroom: headroom(works, sampled, ratios),
    risks: sampled,
    settings,
    ...(ratios ? { ratios } : {}),
  };
}

function headroom(works: readonly VariableWork[], risks: readonly SampledRisk[], ratios: SamplingPlan['ratios']): Float64Array {
  const extra = new Float64Array(works.length);
  for (let k = 0; k < works.length; k++) {
    const w = works[k];
    const drawn = w.quantile ? w.quantile(1 - 1e-12) : w.base;
    // A learned draw replaces the three-point one, and is bounded too.
    const most = w.person !== undefined && ratios ? Math.max(drawn, w.base * largestRatio(ratios, w.person)) : drawn;
    extra[k] = Math.max(0, most + 1 - w.base);
  }
  for (const r of risks) {
    const most = r.delay(1 - 1e-12) + 1;
    for (const k of r.affects) extra[k] += most;
  }
  return extra;
}

function workDraws(works: readonly VariableWork[], shapes: readonly (QuantileShape | undefined)[]): WorkDraws {
  const n = works.length;
  const draws = { varies: new Uint8Array(n), base: new Float64Array(n), kind: new Uint8Array(n), low: new Float64Array(n), width: new Float64Array(n), mode: new Float64Array(n), table: [] as Float64Array[] };
  const none = new Float64Array(0);
  for (let k = 0; k < n; k++) {
    const shape = shapes[k];
    draws.base[k] = works[k].base;
    draws.table.push(shape?.table ?? none);
    if (!shape) continue;
    draws.varies[k] = 1;
    draws.kind[k] = shape.kind;
    draws.low[k] = shape.low;
    draws.width[k] = shape.width;
    draws.mode[k] = shape.mode;
  }
  return draws;
}

/** The PRNG seed of iteration i: a fixed mix of (seed, i), independent of threads and chunks. */
export function iterationSeed(seed: number, i: number): number {
  return (Math.imul(seed ^ 0x2545f491, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) | 0;
}

/**
 * Whole slots are the scheduler's grid: a draw is rounded to the nearest slot (half up), which
 * keeps the mean unbiased where rounding up would add half a slot to every task. Work under
 * half a slot stays as drawn (effort of 0.3 days still takes a slot).
 */
export function wholeWork(v: number): number {
  return Math.max(Math.round(v), Math.min(v, 1));
}

/** Seeds the second stream of an iteration, the learned ratios' (common random numbers for the rest). */
const RATIO_STREAM = 0x5bd1e995;

/**
 * Draws iteration i into `out` (one amount per plan.works entry); a risk k with disabled[k] = 1
 * is drawn but not applied, so switching a risk off leaves every other draw as it was. `learned`
 * draws work through the plan's learned ratios; without it, the estimates as written. Returns
 * whether a switched-off risk happened: when none did, the draws are the plan's own. `random`:
 * a stream to reuse across iterations (reseeded here), so a loop allocates none.
 */
export function sampleIteration(plan: SamplingPlan, i: number, disabled: Uint8Array, out: Float64Array, learned = false, random = new SeededRandom()): boolean {
  random.reseed(iterationSeed(plan.settings.seed, i));
  const rho = plan.settings.correlation;
  const common = normalQuantile(random.next());
  const { risks } = plan;
  const { varies, base, kind, low, width, mode, table } = plan.draws;
  for (let k = 0; k < varies.length; k++) {
    out[k] = varies[k] === 1 ? wholeWork(quantileAt(kind[k], low[k], width[k], mode[k], table[k], correlated(random.next(), common, rho))) : base[k];
  }
  if (learned && plan.ratios) drawRatios(plan, plan.ratios, i, common, out);
  let offHappened = false;
  for (let k = 0; k < risks.length; k++) {
    const r = risks[k];
    const happens = random.next() < r.probability;
    const delay = wholeWork(r.delay(random.next()));
    if (happens && disabled[k] === 1) offHappened = true;
    if (!happens || disabled[k] === 1) continue;
    for (const w of r.affects) out[w] += delay;
  }
  return offHappened;
}

/** Replaces the draw of each learned work by its planned amount times a ratio drawn for its person. */
function drawRatios(plan: SamplingPlan, ratios: NonNullable<SamplingPlan['ratios']>, i: number, common: number, out: Float64Array): void {
  const random = new SeededRandom();
  random.reseed(iterationSeed(plan.settings.seed ^ RATIO_STREAM, i));
  const normal = () => Math.max(-RATIO_SDS, Math.min(RATIO_SDS, normalQuantile(random.next())));
  const rho = plan.settings.correlation;
  const team = ratios.teamSd * normal();
  const bias = Float64Array.from(ratios.people, (p) => p.mean + p.team * team + p.own * normal());
  for (let k = 0; k < plan.works.length; k++) {
    const w = plan.works[k];
    if (w.person === undefined) continue;
    // The plan's correlation between estimates holds for the learned draws too (one common factor).
    const z = Math.sqrt(rho) * Math.max(-RATIO_SDS, Math.min(RATIO_SDS, common)) + Math.sqrt(1 - rho) * normal();
    // Not rounded to whole slots: the ratio is of work as it really went, which the scheduler places as it places the plan's own amounts.
    out[k] = w.base * Math.exp(bias[w.person] + ratios.people[w.person].noise * z);
  }
}

/** The largest ratio drawRatios can give a person's work (for the horizon). */
export function largestRatio(ratios: NonNullable<SamplingPlan['ratios']>, person: number): number {
  const p = ratios.people[person];
  return Math.exp(p.mean + RATIO_SDS * (p.team * ratios.teamSd + p.own + p.noise));
}
