/**
 * An item's binding dates and how it stands against them, in the words every format shares:
 * "not before Mon 2025-03-10; due Fri 2025-03-14", "met", "2 working days late (due)".
 * Dates need no escaping; the slots text is the context's own.
 */
import type { DateFact } from '../../analyse/index.js';
import type { ActivityDates } from '../../model/index.js';
import type { BaseContext } from './context.js';
import { formatDate } from './format.js';

export function dateConstraintText(dates: ActivityDates): string {
  const parts: string[] = [];
  if (dates.notBefore !== undefined) parts.push(`not before ${formatDate(dates.notBefore)}`);
  if (dates.on !== undefined) parts.push(`on ${formatDate(dates.on)}`);
  if (dates.due !== undefined) parts.push(`due ${formatDate(dates.due)}`);
  return parts.join('; ');
}

export function dateStatusText(ctx: BaseContext, fact: DateFact): string {
  if (fact.missed === undefined) return 'met';
  return `${ctx.slots(fact.lateBy)} late (${fact.missed === 'on' ? 'fixed date' : 'due date'})`;
}
