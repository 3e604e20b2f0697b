/** Recurring work as the cells of its one row, the same words in every format. */
import type { RecurringFact } from '../../analyse/index.js';
import type { BaseContext } from './context.js';
import { amountText, formatDate } from './format.js';

export interface RecurringCells {
  readonly title: string;
  readonly every: string;
  readonly takes: string;
  readonly people: string;
  readonly occurrences: string;
  readonly first: string;
  readonly last: string;
}

/** Escaped by the context's own escape (titles and names). */
export function recurringCells(ctx: BaseContext, r: RecurringFact): RecurringCells {
  const when = (d: string | undefined) => (d === undefined ? '' : formatDate(d));
  return {
    title: ctx.text(r.title),
    every: ctx.slots(r.every),
    takes: durationText(ctx, r.duration),
    people: r.people.map(ctx.person).join(', ') || 'nobody was working',
    occurrences: String(r.occurrences),
    first: when(r.first),
    last: when(r.last),
  };
}

/** Below a slot, in hours (a day plan) or minutes (an hour plan), since "0.25 days" reads badly. */
function durationText(ctx: BaseContext, slots: number): string {
  if (slots >= 1) return ctx.slots(slots);
  if (ctx.unit === 'hour') return `${Math.round(slots * 60)} min`;
  const [from, to] = ctx.a.result.model.calendar.hours;
  return `${amountText(slots * (to - from))} h`;
}
