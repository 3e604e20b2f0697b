/**
 * The Monte Carlo forecast as renderers read it (issue #5). Offsets are working slots from the
 * plan start (finish offsets are exclusive ends, like Schedule.makespan); dates are ISO strings
 * of the calendar day (or hour, on hour calendars) on which that finish falls.
 * Producers may add fields; renderers (Markdown, JSON, HTML) rely on these.
 */
import type { ForecastPrecision } from './convergence.js';

export interface FinishPoint {
  /** Working slots from the plan start to the (exclusive) finish. */
  readonly offset: number;
  /** Calendar date of the last worked slot, as the JSON contract prints finish dates. */
  readonly date: string;
}

export interface PercentilePoint extends FinishPoint {
  /** 0.5, 0.8, 0.95, ... */
  readonly p: number;
}

export interface HistogramBin {
  /** Inclusive lower and exclusive upper finish offset of the bin. */
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export interface CumulativePoint extends FinishPoint {
  /** Share of iterations finishing at or before this offset. */
  readonly probability: number;
}

export interface TaskUncertainty {
  readonly id: string;
  /** Share of iterations in which the task was on a critical path (0..1). */
  readonly criticality: number;
  /** Spearman rank correlation of the task's sampled duration with the project finish (-1..1). */
  readonly sensitivity: number;
}

export interface RiskDriver {
  readonly riskId: string;
  readonly title: string;
  /** Probability used for the risk event (explicit, or mapped from likelihood). */
  readonly probability: number;
  /** How much later P80 is with this risk than without it, in working slots (>= 0 normally). */
  readonly p80Impact: number;
  /** How much later the mean finish is with this risk, in working slots. */
  readonly meanImpact?: number;
  /** P(on time) with this risk switched off; absent without a deadline. */
  readonly onTimeWithout?: number;
}

export interface MergePoint {
  /** The activity where parallel paths converge. */
  readonly id: string;
  /** How many near-critical predecessor paths converge there. */
  readonly paths: number;
  /** Plain-language note, e.g. why the mean finish is later than any single path suggests. */
  readonly note: string;
}

export interface Buffer {
  /** Contingency from the deterministic finish to each percentile, in working slots. */
  readonly toP50: number;
  readonly toP80: number;
  readonly toP95: number;
  /** Slots between the target-confidence finish and the deadline (negative = short). */
  readonly atTargetToDeadline?: number;
  /** Critical-chain project buffer (e.g. root of sum of squares of critical-task spreads). */
  readonly criticalChain: number;
  /** Buffer to the deadline as a share of the plan's makespan (0.1 = 10%). */
  readonly shareOfPlan?: number;
  readonly warnings: readonly string[];
}

export interface ScopeCut {
  readonly id: string;
  readonly title: string;
  readonly priority: 'should' | 'could';
  /** Ids of activities that go with it because they depend on it. */
  readonly dependents: readonly string[];
}

export interface CapacityAsk {
  readonly skill: string;
  /** Extra full-time people with this skill (added to the team, re-planned). */
  readonly people: number;
  /** P(finish by the deadline) with them, over `runs` iterations ... */
  readonly probability: number;
  /** ... as many as it took to settle whether they reach the target (src/forecast/decision.ts) ... */
  readonly runs: number;
  /** ... which give the probability to within this half-width, at 95% confidence. */
  readonly halfWidth: number;
}

export interface ScopeFit {
  /** False when the plan already meets the target confidence: nothing to cut. */
  readonly needed: boolean;
  /** True when the cuts reach the target confidence. */
  readonly reachesTarget: boolean;
  readonly cuts: readonly ScopeCut[];
  readonly probabilityBefore: number;
  readonly probabilityAfter: number;
  /** The runs behind probabilityAfter, and the half-width of its 95% interval. */
  readonly runsAfter: number;
  readonly halfWidthAfter: number;
  /** When must-haves alone cannot make it: the date reaching the target confidence ... */
  readonly dateAtTarget?: FinishPoint;
  /** ... and the extra capacity by skill that would reach the deadline instead. */
  readonly extraCapacity?: readonly CapacityAsk[];
  /** When no single skill reaches it: the most the largest tried addition achieves, to show how far people get. */
  readonly bestCapacity?: CapacityAsk;
  /** Fixed goals whose work would have to be cut; never cut silently. */
  readonly fixedGoalsAtRisk: readonly string[];
}

export interface Forecast {
  /** Iterations run: the cap, or fewer when the percentiles converged first. */
  readonly iterations: number;
  /** How precisely the iterations run pin P50, P80 and P95 down, and whether that met the tolerance. */
  readonly precision: ForecastPrecision;
  readonly seed: number;
  readonly distribution: 'pert' | 'triangular';
  readonly correlation: number;
  readonly targetConfidence: number;
  readonly deterministic: FinishPoint;
  /** At least p = 0.5, 0.8 and 0.95, ascending. */
  readonly percentiles: readonly PercentilePoint[];
  /** Mean finish offset over all iterations. */
  readonly mean: number;
  /** P(finish on or before the deadline); undefined when the plan has no deadline. */
  readonly onTimeProbability?: number;
  readonly histogram: readonly HistogramBin[];
  readonly cumulative: readonly CumulativePoint[];
  readonly tasks: readonly TaskUncertainty[];
  /** Ranked by p80Impact, largest first. */
  readonly riskDrivers: readonly RiskDriver[];
  readonly mergePoints: readonly MergePoint[];
  readonly buffer: Buffer;
  readonly scopeFit?: ScopeFit;
  /** Iterations in which some work could not be placed at all (counted at the horizon). */
  readonly failedIterations?: number;
  /** With a status that has finished work: each person's learned bias, and P50/P80 raw and learned. */
  readonly learning?: EstimateLearning;
  /** The plan's cost over the runs, when the plan prices anything (rates, fixed costs). */
  readonly cost?: CostForecast;
}

/** Estimates that learn (learning.ts): the biases the forecast drew remaining work through. */
export interface EstimateLearning {
  readonly team: { readonly ratio: number; readonly tasks: number };
  readonly people: readonly { readonly person: string; readonly ratio: number; readonly tasks: number }[];
  /** P50, P80 and P95 with the estimates as written ... */
  readonly raw: readonly PercentilePoint[];
  /** ... and through the learned ratios (the forecast's own). */
  readonly learned: readonly PercentilePoint[];
}

/** Cost percentiles over the forecast's runs, in minor units of the plan currency (cents). */
export interface CostForecast {
  readonly p50: number;
  readonly p80: number;
  readonly p95: number;
  readonly mean: number;
}
