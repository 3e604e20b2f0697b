/**
 * Every analysis the plan document needs, computed once from a PlanResult. Renderers and the
 * readiness lint read this bundle; none of it touches the clock, files or randomness.
 */
import { analyseAllocation, type AllocationAnalysis } from './allocation.js';
import { analyseBuffer, type BufferAnalysis } from '../plan/buffer.js';
import { analyseCapacity, type CapacityAnalysis } from './capacity.js';
import { analyseCriticalPath, type CriticalPathAnalysis } from './critical-path.js';
import { detectRisks, type DetectedRiskEntry } from './detected-risks.js';
import { analysePhases, type PhaseAnalysis } from './phases.js';
import { indexPlan, type PlanIndex } from '../plan/plan-index.js';
import type { PlanPeriod } from '../plan/periods.js';
import type { PlanResult } from './result.js';
import { buildRiskRegister, type RiskRegister } from './risk-register.js';
import { analyseRollout, type RolloutAnalysis } from './rollout.js';
import { analyseScope, type ScopeAnalysis } from '../plan/scope.js';

export interface PlanAnalysis {
  readonly result: PlanResult;
  readonly index: PlanIndex;
  readonly periods: readonly PlanPeriod[];
  readonly buffer: BufferAnalysis;
  readonly capacity: CapacityAnalysis;
  readonly criticalPath: CriticalPathAnalysis;
  readonly allocation: AllocationAnalysis;
  readonly phases: readonly PhaseAnalysis[];
  readonly detectedRisks: readonly DetectedRiskEntry[];
  readonly riskRegister: RiskRegister;
  readonly scope: ScopeAnalysis;
  readonly rollout: RolloutAnalysis;
}

export function analysePlan(result: PlanResult): PlanAnalysis {
  const index = indexPlan(result);
  const buffer = analyseBuffer(result);
  const allocation = analyseAllocation(result);
  const capacity = analyseCapacity(result, index, buffer);
  const detectedRisks = detectRisks(result, index, allocation, buffer, capacity);
  return {
    result,
    index,
    periods: allocation.periods,
    buffer,
    capacity,
    criticalPath: analyseCriticalPath(result, index),
    allocation,
    phases: analysePhases(result, index, allocation.periods),
    detectedRisks,
    riskRegister: buildRiskRegister(result.model.risks, detectedRisks),
    scope: analyseScope(result, index),
    rollout: analyseRollout(result, index),
  };
}
