/**
 * The seed's Quick Checklist, in the seed's order, evaluated on a plan (DESIGN.md "Readiness
 * lint"). Each rule is one function of the plan's analysis returning pass/fail with a reason.
 */
import type { PlanFacts } from '../facts.js';
import { checkInCadence, constraintsDocumented, externalDependenciesTracked, goalsWithSuccessCriteria, risksWithMitigations, rollbackPlan, scopeFlexibility } from './input-rules.js';
import { bufferIncluded, circuitBreakers, criticalPathIdentified, nobodyOverAllocated, parallelWorkstreams } from './plan-rules.js';
import type { LintResult } from './types.js';

export type ReadinessRule = (analysis: PlanFacts) => LintResult;

const readinessRules: readonly ReadinessRule[] = [
  goalsWithSuccessCriteria,
  constraintsDocumented,
  criticalPathIdentified,
  parallelWorkstreams,
  risksWithMitigations,
  nobodyOverAllocated,
  bufferIncluded,
  scopeFlexibility,
  circuitBreakers,
  externalDependenciesTracked,
  checkInCadence,
  rollbackPlan,
];

export function checkReadiness(analysis: PlanFacts): LintResult[] {
  return readinessRules.map((rule) => rule(analysis));
}
