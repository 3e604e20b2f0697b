/**
 * Checklist rules about the schedule itself: critical path, parallel streams, allocation,
 * buffer and circuit breakers. One function per rule, each tested alone.
 */
import type { PlanFacts } from '../facts.js';
import { MIN_BUFFER_PERCENT, slotWord } from '../../plan/index.js';
import { peakParallelism } from '../streams.js';
import { listText, plural, result, type LintResult } from './types.js';

/** Above this share the buffer is generous; the seed's guidance is 10-20%. */
const MAX_BUFFER_PERCENT = 20;

function unitWord(a: PlanFacts): string {
  return slotWord(a.result);
}

export function criticalPathIdentified(a: PlanFacts): LintResult {
  const id = 'critical-path';
  const title = 'Critical path identified';
  const { ids, length } = a.criticalPath;
  if (ids.length === 0) return result(id, title, false, 'The schedule has no critical path (nothing is scheduled).');
  const titles = ids.map((x) => a.index.activity.get(x)?.title ?? x);
  return result(id, title, true, `${plural(ids.length, 'activity', 'activities')} over ${plural(length, unitWord(a))}: ${listText(titles, 3)}.`);
}

export function parallelWorkstreams(a: PlanFacts): LintResult {
  const id = 'parallel-workstreams';
  const title = 'Parallel workstreams maximized';
  const people = a.result.model.resources.length;
  if (people < 2) return result(id, title, true, `${plural(people, 'person', 'people')} on the team: nothing to run in parallel.`);
  const peak = peakParallelism(a.result.schedule.activities, a.periods);
  const idle = a.allocation.resources.filter((r) => r.work === 0).map((r) => r.name);
  if (peak < 2) return result(id, title, false, 'Nobody works at the same time as anyone else: the plan is a single stream.');
  if (idle.length > 0) return result(id, title, false, `Up to ${peak} people work at once, but ${listText(idle)} ${idle.length === 1 ? 'has' : 'have'} no work in the plan.`);
  return result(id, title, true, `Up to ${peak} of ${people} people work at once; everyone has work.`);
}

export function nobodyOverAllocated(a: PlanFacts): LintResult {
  const id = 'balanced-allocation';
  const title = 'Resource allocation balanced (no single person over-allocated)';
  const over = a.allocation.resources.filter((r) => r.overAllocated);
  if (over.length > 0) {
    const details = over.map((r) => {
      const weeks = r.periods.filter((p) => p.overAllocated).map((p) => a.periods[p.period - 1].label);
      return `${r.name} in ${listText(weeks)}`;
    });
    return result(id, title, false, `Over-allocated: ${listText(details)}.`);
  }
  const busiest = [...a.allocation.resources].sort((x, y) => (y.utilisation ?? 0) - (x.utilisation ?? 0))[0];
  if (!busiest) return result(id, title, false, 'No team is declared.');
  return result(id, title, true, `Nobody above 100% in any slot; busiest: ${busiest.name} at ${Math.round((busiest.utilisation ?? 0) * 100)}% overall.`);
}

export function bufferIncluded(a: PlanFacts): LintResult {
  const id = 'buffer';
  const title = 'Buffer time included (10-20%)';
  const { bufferSlots, bufferPercent, effectiveDelivery, deadline } = a.buffer;
  if (!deadline || bufferSlots === undefined || bufferPercent === undefined) return result(id, title, false, 'No deadline: a buffer cannot be measured.');
  const by = effectiveDelivery ? `the effective delivery date ${effectiveDelivery.date}` : `the deadline ${deadline.date}`;
  if (bufferSlots < 0) return result(id, title, false, `The forecast finish is ${plural(-bufferSlots, unitWord(a))} after ${by}.`);
  const text = `${plural(bufferSlots, unitWord(a))} (${Math.round(bufferPercent)}%) before ${by}`;
  if (bufferPercent < MIN_BUFFER_PERCENT) return result(id, title, false, `Only ${text}: aim for 10-20%.`);
  if (bufferPercent > MAX_BUFFER_PERCENT) return result(id, title, true, `${text}: more than 20%, room to take on should-haves.`);
  return result(id, title, true, `${text}.`);
}

export function circuitBreakers(a: PlanFacts): LintResult {
  const id = 'circuit-breakers';
  const title = 'Circuit breakers defined (go/no-go decision points)';
  const gates = a.result.model.activities.filter((x) => x.type === 'gate' && a.index.scheduled.has(x.id));
  if (gates.length === 0) return result(id, title, false, 'No go/no-go gates: add decision points with an on-fail action.');
  const withoutAction = gates.filter((g) => !g.gate?.onFail && !g.gate?.trigger?.action).map((g) => g.title);
  if (withoutAction.length > 0) return result(id, title, false, `No on-fail action for ${listText(withoutAction)}.`);
  const late = new Set(a.detectedRisks.flatMap((r) => (r.code === 'late-gate' ? [r.gate] : [])));
  const timely = gates.filter((g) => !late.has(g.id));
  if (timely.length === 0) return result(id, title, false, `Every gate comes too late to act on: ${listText(gates.map((g) => g.title))}.`);
  const triggers = gates.filter((g) => g.gate?.trigger).length;
  const without = gates.length - triggers;
  // A breaker without a machine-readable trigger is judged by people only: tracking cannot fire it.
  const untriggered = without > 0 ? `; ${without} without a trigger tracking can evaluate` : '';
  return result(id, title, true, `${plural(gates.length, 'gate')} with on-fail actions or triggers${triggers ? `, ${plural(triggers, 'trigger')}` : ''}${untriggered}${late.size ? `; ${late.size} too late to act on` : ''}.`);
}
