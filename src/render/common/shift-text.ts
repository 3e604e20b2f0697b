/** Shifts, rest and roles as cells, the same words in every format (escaped by the context). */
import type { HandoffFact, RoleFact, WorkerFact } from '../../analyse/index.js';
import type { BaseContext } from './context.js';
import { amountText, formatDate } from './format.js';

export function handoffCells(ctx: BaseContext, h: HandoffFact): readonly string[] {
  return [ctx.text(h.title), formatDate(h.at), h.from.map(ctx.person).join(', '), h.to.map(ctx.person).join(', ')];
}

/** Worker, roster, limits, and what the plan asks of them against the limits. */
export function workerCells(ctx: BaseContext, w: WorkerFact): readonly string[] {
  const roster = w.roster ? `${w.roster.kind} ${ctx.text(w.roster.id)}` : 'any time';
  const zone = w.timezone !== undefined ? ` (${ctx.text(w.timezone)})` : '';
  const limits = [w.maxHoursPerDay !== undefined ? `at most ${amountText(w.maxHoursPerDay)} h a day` : '', w.minRest !== undefined ? `rest ${amountText(w.minRest)} h` : ''].filter(Boolean).join(', ') || 'none';
  return [ctx.person(w.resource), `${roster}${zone}`, limits, `${amountText(w.mostHoursInADay)} h`, `${amountText(w.longestStretch)} h`];
}

export function roleCells(ctx: BaseContext, r: RoleFact): readonly string[] {
  return [ctx.text(r.title), r.people.map(ctx.person).join(', '), r.handsOn ? 'hands-on' : 'coordination only', ctx.text(r.duties ?? '')];
}

export const HANDOFF_HEADS = ['Task', 'At', 'From', 'To'] as const;
export const WORKER_HEADS = ['Who', 'Works', 'Rules', 'Most in a day', 'Longest stretch'] as const;
export const ROLE_HEADS = ['Role', 'Held by', 'Work', 'Duties'] as const;
