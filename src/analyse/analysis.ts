/**
 * Every analysis the plan document needs, computed once from a PlanResult. Renderers and the
 * readiness lint read this bundle; none of it touches the clock, files or randomness.
 */
import { analyseAllocation } from './allocation.js';
import { activityDates, analyseBuffer, indexPlan, analyseScope } from '../plan/index.js';
import { evaluateBreakers } from './breakers.js';
import { analyseCapacity } from './capacity.js';
import { analyseTracking, slipProgressOf } from './tracking.js';
import { analyseCost } from './cost.js';
import { analyseCriticalPath } from './critical-path.js';
import { analyseDates } from './dates.js';
import { detectRisks } from './detected-risks.js';
import { analyseOutlook } from './outlook.js';
import { analysePhases } from './phases.js';
import type { PlanFacts } from './facts.js';
import { checkReadiness } from './readiness/readiness.js';
import type { LintResult } from './readiness/types.js';
import type { PlanResult } from './result.js';
import { buildRiskRegister } from './risk-register.js';
import { analyseRollout } from './rollout.js';
import { analyseRecurring } from './recurring.js';
import { analyseShifts } from './shifts.js';
import { analyseSlip } from './slip/index.js';

export type { PlanFacts } from './facts.js';

export interface PlanAnalysis extends PlanFacts {
  /** The seed's quick checklist, each item pass or fail with its reason. */
  readonly readiness: readonly LintResult[];
}

export function analysePlan(result: PlanResult): PlanAnalysis {
  const facts = analyseFacts(result);
  return { ...facts, readiness: checkReadiness(facts) };
}

function analyseFacts(result: PlanResult): PlanFacts {
  const index = indexPlan(result);
  const buffer = analyseBuffer(result);
  const allocation = analyseAllocation(result);
  const capacity = analyseCapacity(result, index, buffer);
  const detectedRisks = detectRisks(result, index, allocation, buffer, capacity);
  const phases = analysePhases(result, index, allocation.periods);
  const cost = analyseCost(result, index, phases, allocation.weeks);
  const criticalPath = analyseCriticalPath(result, index);
  const outlook = analyseOutlook(result, buffer);
  const breakers = evaluateBreakers(result, index, outlook);
  const tracking = analyseTracking(result, index, allocation.periods, outlook, breakers);
  const slip = analyseSlip(result, index, criticalPath, outlook, tracking ? slipProgressOf(tracking) : undefined);
  return {
    result,
    index,
    periods: allocation.periods,
    outlook,
    breakers,
    ...(tracking ? { tracking } : {}),
    buffer,
    capacity,
    criticalPath,
    allocation,
    phases,
    detectedRisks,
    riskRegister: buildRiskRegister(result.model.risks, detectedRisks),
    scope: analyseScope(result, index),
    rollout: analyseRollout(result, index),
    ...(slip ? { slip } : {}),
    dates: new Map(result.schedule.activities.map((s) => [s.id, activityDates(s, result.calendar)])),
    recurring: analyseRecurring(result),
    shifts: analyseShifts(result, allocation.bookedUnits),
    dateConstraints: analyseDates(result, index),
    ...(cost ? { cost } : {}),
  };
}
