/**
 * The Monte Carlo forecast of a plan (issue #5), as a sequence of simulation batches: the plan
 * as is (with detail), the plan without each risk (risk drivers), then the scope-fit search.
 * `forecastSteps` yields each batch and receives its results, so the same steps run inside
 * this thread (`forecastPlan`, pure) or across worker threads (src/api/threads.ts, at the edge).
 */
import { analyseBuffer, slotWord, type ScheduledPlan } from '../plan/index.js';
import { forecastBuffer } from './buffer.js';
import { batchBoundaries, forecastPrecision } from './convergence.js';
import { jobSamplingPlan, joinRanges, runRange, type ForecastJob, type ForecastSettings, type SimRequest, type SimResult } from './runs.js';
import type { SamplingPlan } from './sampler.js';
import { learnEstimates, type Learning } from './learning.js';
import { fitScope } from './scope-fit.js';
import { BASE_VARIANT, forecastMemo } from './setup.js';
import { forecastCost } from './cost.js';
import { countFinishes, histogram, mean, percentile, shareBy } from './stats.js';
import { cumulativeCurve, finishPoint, mergePoints, percentilePoints, round, taskUncertainty } from './summary.js';
import type { EstimateLearning, Forecast, RiskDriver } from './types.js';

export const DEFAULT_ITERATIONS = 2000;
/** Target confidence when neither the deadline nor the caller gives one. */
export const DEFAULT_CONFIDENCE = 0.8;

export interface ForecastOptions extends ForecastSettings {
  /** Overrides the deadline's confidence. */
  readonly confidence?: number;
}

export type ForecastSteps = Generator<readonly SimRequest[], Forecast, readonly SimResult[]>;

export function forecastJob(result: ScheduledPlan, options: ForecastOptions): ForecastJob {
  const { iterations, seed, distribution, correlation } = options;
  const learning = learnEstimates(result);
  return {
    // A re-plan draws only the work still to do, from where the status pinned the rest.
    input: {
      model: result.tracking?.model ?? result.model,
      schedule: result.schedule,
      schedules: result.options.schedules,
      seed: result.options.seed,
      ...(result.tracking ? { progress: result.tracking.progress } : {}),
      ...(learning ? { ratios: learning.draws } : {}),
    },
    settings: { iterations, seed, distribution, correlation },
  };
}

export function* forecastSteps(result: ScheduledPlan, options: ForecastOptions, plan: SamplingPlan): ForecastSteps {
  const { model, calendar } = result;
  const target = options.confidence ?? model.deadline?.confidence ?? DEFAULT_CONFIDENCE;
  const main = yield* convergedRun(options.iterations, plan.works.length);
  const f = countFinishes(main.makespans);
  const runs = main.makespans.length;
  const buffer = analyseBuffer(result);
  const deliveryEnd = buffer.deliveryEnd;
  const onTime = deliveryEnd !== undefined ? shareBy(f, deliveryEnd) : undefined;
  const done = new Set(result.tracking?.progress.pinned.filter((p) => p.finish !== undefined).map((p) => p.id));
  const tasks = taskUncertainty(model, plan, main, done);
  const cost = forecastCost(result, plan, main);

  const p80 = percentile(f, 0.8);
  const meanFinish = mean(main.makespans);
  const learning = learnEstimates(result);
  // The estimates as written, over the same iterations as the plan's own run.
  const [raw] = learning ? yield [{ variant: { ...BASE_VARIANT, raw: true }, detail: false, from: 0, to: runs }] : [];
  const withoutRisk = plan.risks.length > 0 ? yield plan.risks.map((r) => ({ variant: { ...BASE_VARIANT, withoutRisks: [r.id] }, detail: false, from: 0, to: runs, same: main.makespans })) : [];
  const riskDrivers: RiskDriver[] = plan.risks
    .map((r, k) => {
      const without = withoutRisk[k].makespans;
      const withoutFinishes = countFinishes(without);
      return {
        riskId: r.id,
        title: r.title,
        probability: r.probability,
        p80Impact: p80 - percentile(withoutFinishes, 0.8),
        meanImpact: round(meanFinish - mean(without), 2),
        ...(deliveryEnd !== undefined ? { onTimeWithout: round(shareBy(withoutFinishes, deliveryEnd), 4) } : {}),
      };
    })
    .sort((a, b) => b.p80Impact - a.p80Impact || b.meanImpact - a.meanImpact || a.riskId.localeCompare(b.riskId));

  const scopeFit =
    deliveryEnd !== undefined && onTime !== undefined
      ? yield* fitScope({ result, target, deliveryEnd, probabilityBefore: onTime, makespans: main.makespans, tasks })
      : undefined;

  return {
    iterations: runs,
    precision: forecastPrecision(f, options.iterations),
    seed: options.seed,
    distribution: options.distribution,
    correlation: options.correlation,
    targetConfidence: target,
    deterministic: finishPoint(calendar, result.schedule.makespan),
    percentiles: percentilePoints(calendar, f, target),
    mean: round(meanFinish, 2),
    ...(onTime !== undefined ? { onTimeProbability: round(onTime, 4) } : {}),
    histogram: histogram(f),
    cumulative: cumulativeCurve(calendar, f),
    tasks,
    riskDrivers,
    mergePoints: mergePoints(model, tasks),
    buffer: forecastBuffer({
      model,
      criticalChains: result.timing.chains.map((chain) => chain.flatMap((step) => (step.kind === 'activity' ? [step.id] : []))),
      deterministic: result.schedule.makespan,
      p50: percentile(f, 0.5),
      p80,
      p95: percentile(f, 0.95),
      atTarget: percentile(f, target),
      target,
      ...(deliveryEnd !== undefined ? { deliveryEnd } : {}),
      ...(buffer.bufferSlots !== undefined ? { bufferSlots: buffer.bufferSlots } : {}),
      ...(onTime !== undefined ? { onTimeProbability: onTime } : {}),
      slotWord: slotWord(result),
    }),
    ...(scopeFit ? { scopeFit } : {}),
    ...(learning && raw ? { learning: learningEntry(learning, calendar, f, countFinishes(raw.makespans)) } : {}),
    ...(main.failed > 0 ? { failedIterations: main.failed } : {}),
    ...(cost ? { cost } : {}),
  };
}

/** What was learned, and where it moves P50 and P80 from the estimates as written. */
function learningEntry(learning: Learning, calendar: ScheduledPlan['calendar'], learned: ReturnType<typeof countFinishes>, raw: ReturnType<typeof countFinishes>): EstimateLearning {
  const at = (f: ReturnType<typeof countFinishes>, p: number) => ({ p, ...finishPoint(calendar, percentile(f, p)) });
  const ps = [0.5, 0.8, 0.95];
  return { team: learning.team, people: learning.people, raw: ps.map((p) => at(raw, p)), learned: ps.map((p) => at(learned, p)) };
}

/**
 * The plan's own run, with detail, in batches (src/forecast/convergence.ts) until P50, P80 and
 * P95 are precise enough or the cap is reached. Every later run (risk drivers, scope fit) uses
 * the same iterations, so their comparisons draw the same numbers.
 */
function* convergedRun(cap: number, works: number): Generator<readonly SimRequest[], SimResult, readonly SimResult[]> {
  let joined: SimResult | undefined;
  let from = 0;
  for (const to of batchBoundaries(cap)) {
    const [part] = yield [{ variant: BASE_VARIANT, detail: true, from, to }];
    joined = joined ? joinRanges([joined, part], works) : part;
    from = to;
    if (forecastPrecision(countFinishes(joined.makespans), cap).converged) break;
  }
  return joined!;
}

/** Runs the whole forecast in this thread. Pure: same plan and options, same Forecast. */
export function forecastPlan(result: ScheduledPlan, options: ForecastOptions): Forecast {
  const job = forecastJob(result, options);
  const plan = jobSamplingPlan(job);
  const steps = forecastSteps(result, options, plan);
  const memo = forecastMemo(result.compiled);
  let answer: readonly SimResult[] = [];
  for (;;) {
    const next = steps.next(answer);
    if (next.done) return next.value;
    answer = next.value.map((request) => runRange(job, plan, request, request.from, request.to, memo));
  }
}
