/**
 * Checklist rules about what the spec declares: goals, constraints, risks, scope, external
 * dependencies, cadence and rollback. One function per rule, each tested alone.
 */
import type { PlanFacts } from '../facts.js';
import { listText, plural, result, type LintResult } from './types.js';

export function goalsWithSuccessCriteria({ result: plan }: PlanFacts): LintResult {
  const id = 'goals-defined';
  const title = 'Goals clearly defined with success criteria';
  const { goals } = plan.model;
  if (goals.length === 0) return result(id, title, false, 'No goals are declared: add what must be delivered and how success is measured.');
  const missing = goals.filter((g) => g.success.length === 0).map((g) => g.title);
  if (missing.length > 0) return result(id, title, false, `No success criteria for ${listText(missing)}.`);
  const fixed = goals.filter((g) => g.fixed).length;
  return result(id, title, true, `${plural(goals.length, 'goal')}, each with success criteria (${fixed} fixed, ${goals.length - fixed} negotiable).`);
}

export function constraintsDocumented({ result: plan }: PlanFacts): LintResult {
  const id = 'constraints-documented';
  const title = 'Constraints documented (time, resources, budget)';
  const { deadline, resources, constraints } = plan.model;
  const missing = [
    ...(deadline ? [] : ['a deadline']),
    ...(resources.length > 0 ? [] : ['the team']),
    ...(constraints.budget || constraints.quality.length > 0 ? [] : ['a budget or quality bars']),
  ];
  if (missing.length > 0) return result(id, title, false, `Missing ${listText(missing)}.`);
  const budget = constraints.budget ? `budget ${constraints.budget.amount} ${constraints.budget.currency}` : `${plural(constraints.quality.length, 'quality bar')}`;
  return result(id, title, true, `Deadline ${deadline!.date} (${deadline!.hard ? 'hard' : 'flexible'}), ${plural(resources.length, 'person', 'people')}, ${budget}.`);
}

export function risksWithMitigations({ result: plan }: PlanFacts): LintResult {
  const id = 'risks-mitigated';
  const title = 'Risks identified with mitigation plans';
  const open = plan.model.risks.filter((r) => r.status !== 'closed');
  if (open.length === 0) return result(id, title, false, 'No risks are declared: list what could go wrong, its owner and its mitigation.');
  const gaps = open.filter((r) => !r.mitigation || !r.owner).map((r) => `${r.title} (${!r.mitigation ? 'no mitigation' : 'no owner'})`);
  if (gaps.length > 0) return result(id, title, false, `${listText(gaps)}.`);
  return result(id, title, true, `${plural(open.length, 'open risk')}, each with an owner and a mitigation.`);
}

export function scopeFlexibility({ scope }: PlanFacts): LintResult {
  const id = 'scope-flexibility';
  const title = "Scope flexibility defined (must/should/won't have)";
  const { must, should, could, wont } = scope.byPriority;
  const flexible = should.length + could.length + wont.length + scope.negotiableGoals.length;
  const counts = `${must.length} must, ${should.length} should, ${could.length} could, ${wont.length} won't`;
  if (must.length === 0) return result(id, title, false, `Nothing is marked must-have (${counts}).`);
  if (flexible === 0) return result(id, title, false, `Everything is must-have (${counts}): mark what could be dropped if the plan slips.`);
  return result(id, title, true, `${counts}; ${plural(scope.cutOrder.length, 'item')} in the cut order.`);
}

export function externalDependenciesTracked({ result: plan, index }: PlanFacts): LintResult {
  const id = 'external-dependencies';
  const title = 'Dependencies on external teams tracked';
  const externals = plan.model.activities.filter((a) => a.type === 'external');
  if (externals.length === 0) return result(id, title, true, 'No external dependencies are declared.');
  const unowned = externals.filter((a) => !a.owner).map((a) => a.title);
  if (unowned.length > 0) return result(id, title, false, `No owner for ${listText(unowned)}.`);
  const unscheduled = externals.filter((a) => !index.scheduled.has(a.id)).map((a) => a.title);
  if (unscheduled.length > 0) return result(id, title, false, `${listText(unscheduled)} not in the schedule.`);
  return result(id, title, true, `${listText(externals.map((a) => `${a.title} (${a.owner})`))} scheduled with their turnaround.`);
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function checkInCadence({ result: plan }: PlanFacts): LintResult {
  const id = 'check-in-cadence';
  const title = 'Daily/weekly check-in cadence established';
  const cadence = plan.model.cadence;
  const parts = [
    ...(cadence?.standup ? [`standups on ${plural(cadence.standup.days.length, 'day')} a week${cadence.standup.time ? ` at ${cadence.standup.time}` : ''}`] : []),
    ...(cadence?.checkin ? [`a weekly check-in on ${DAY_NAMES[cadence.checkin.day]}${cadence.checkin.time ? ` at ${cadence.checkin.time}` : ''}`] : []),
  ];
  if (parts.length === 0) return result(id, title, false, 'No standup or check-in cadence: set when the team syncs.');
  return result(id, title, true, `${listText(parts)}.`);
}

export function rollbackPlan({ result: plan }: PlanFacts): LintResult {
  const id = 'rollback-plan';
  const title = 'Rollback plan documented';
  const steps = plan.model.rollout?.rollback ?? [];
  if (steps.length === 0) return result(id, title, false, 'No rollback plan: say how to undo a bad release and how fast.');
  return result(id, title, true, `${plural(steps.length, 'rollback step')}, starting with: ${steps[0]}.`);
}
