/**
 * The semantic checks, run after the schema on whatever part of the spec is valid. Every check
 * runs, so one pass reports every problem; each is one named function with its own test.
 */
import type { Diagnostic } from '../../diag/index.js';
import { checkFreezeKinds, checkGateActions, checkHasTasks, checkRiskOwnership } from './advice.js';
import type { Check, CheckContext } from './context.js';
import { checkCycles } from './cycles.js';
import { checkDayPlanDates, checkDeadline, checkDeliverBy, checkPeriods } from './dates.js';
import { checkGranularity } from './granularity.js';
import { checkDuplicateIds } from './ids.js';
import { checkItemDates, checkOnWithNotBefore } from './item-dates.js';
import { checkAvailability, checkCounts, checkHoursPerDay, checkPlanDates, checkSpans, checkUnits } from './limits.js';
import { checkPhases } from './phases.js';
import { checkPriorities } from './priorities.js';
import { checkRecurring } from './recurring.js';
import { checkReferences } from './references.js';
import { checkRoles, checkShifts } from './shifts.js';
import { checkSkills } from './skills.js';
import { checkCalendar, checkRollout, checkShares } from './values.js';
import { checkEstimateOrder, checkTaskWork, checkTriggers } from './work.js';

export { buildContext, type CheckContext } from './context.js';

const CHECKS: readonly Check[] = [
  checkCounts,
  checkDuplicateIds,
  checkReferences,
  checkPhases,
  checkCycles,
  checkSkills,
  checkDeadline,
  checkDeliverBy,
  checkPeriods,
  checkDayPlanDates,
  checkItemDates,
  checkOnWithNotBefore,
  checkTaskWork,
  checkEstimateOrder,
  checkTriggers,
  checkGranularity,
  checkShares,
  checkCalendar,
  checkHoursPerDay,
  checkPlanDates,
  checkSpans,
  checkUnits,
  checkAvailability,
  checkRollout,
  checkRecurring,
  checkShifts,
  checkRoles,
  checkPriorities,
  checkHasTasks,
  checkRiskOwnership,
  checkGateActions,
  checkFreezeKinds,
];

export function runChecks(ctx: CheckContext): Diagnostic[] {
  return CHECKS.flatMap((check) => check(ctx));
}
