/**
 * The `forecast` object of the JSON contract (docs/json.md): the Monte Carlo forecast with every
 * optional value present as null, in a fixed field order, so consumers see one shape.
 */
import type { Forecast, ScopeFit } from '../../forecast/index.js';

export function forecastEntry(f: Forecast | undefined) {
  if (!f) return null;
  return {
    iterations: f.iterations,
    precision: {
      confidence: f.precision.confidence,
      converged: f.precision.converged,
      cap: f.precision.cap,
      floor: f.precision.floor,
      percentiles: f.precision.percentiles.map((x) => ({ p: x.p, tolerance: x.tolerance, toleranceSlots: x.toleranceSlots, toleranceShare: x.toleranceShare, low: x.interval?.low ?? null, high: x.interval?.high ?? null, halfWidth: x.interval?.halfWidth ?? null })),
    },
    seed: f.seed,
    distribution: f.distribution,
    correlation: f.correlation,
    targetConfidence: f.targetConfidence,
    deterministic: f.deterministic,
    percentiles: f.percentiles,
    mean: f.mean,
    onTimeProbability: f.onTimeProbability ?? null,
    failedIterations: f.failedIterations ?? 0,
    histogram: f.histogram,
    cumulative: f.cumulative,
    tasks: f.tasks,
    riskDrivers: f.riskDrivers.map((d) => ({
      riskId: d.riskId,
      title: d.title,
      probability: d.probability,
      p80Impact: d.p80Impact,
      meanImpact: d.meanImpact ?? null,
      onTimeWithout: d.onTimeWithout ?? null,
    })),
    mergePoints: f.mergePoints,
    learning: f.learning ?? null,
    buffer: {
      toP50: f.buffer.toP50,
      toP80: f.buffer.toP80,
      toP95: f.buffer.toP95,
      atTargetToDeadline: f.buffer.atTargetToDeadline ?? null,
      criticalChain: f.buffer.criticalChain,
      shareOfPlan: f.buffer.shareOfPlan ?? null,
      warnings: f.buffer.warnings,
    },
    scopeFit: scopeFitEntry(f.scopeFit),
    cost: f.cost ?? null,
  };
}

function scopeFitEntry(s: ScopeFit | undefined) {
  if (!s) return null;
  return {
    needed: s.needed,
    reachesTarget: s.reachesTarget,
    probabilityBefore: s.probabilityBefore,
    probabilityAfter: s.probabilityAfter,
    runsAfter: s.runsAfter,
    halfWidthAfter: s.halfWidthAfter,
    cuts: s.cuts,
    dateAtTarget: s.dateAtTarget ?? null,
    extraCapacity: s.extraCapacity ?? [],
    bestCapacity: s.bestCapacity ?? null,
    fixedGoalsAtRisk: s.fixedGoalsAtRisk,
  };
}
