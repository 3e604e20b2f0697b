/**
 * The binding dates of tasks, external items and milestones (`not_before`, `on`, `due`): the
 * checks that need no calendar. Whether a date falls on working time, and whether the links
 * before an item let it meet its date, need the calendar and are the scheduler's (compile).
 */
import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import type { Path } from '../source-map.js';
import type { Check, CheckContext, Entry } from './context.js';

interface DatedSpec {
  readonly not_before?: string;
  readonly on?: string;
  readonly due?: string;
}

const FIELDS = ['not_before', 'on', 'due'] as const;

function datedEntries(ctx: CheckContext): Entry<DatedSpec>[] {
  return [...ctx.tasks, ...ctx.external, ...ctx.milestones];
}

/** `on` fixes the start, so an earliest start beside it is a second answer to the same question. */
export const checkOnWithNotBefore: Check = (ctx) =>
  datedEntries(ctx)
    .filter(({ value }) => value.on !== undefined && value.not_before !== undefined)
    .map(({ path }) => makeDiagnostic('E_CONFLICT', '`on` and `not_before` both set the start', { path: [...path, 'not_before'], hint: 'Keep `on` for a fixed-date event, or `not_before` for an earliest start.' }));

/** A date before the plan starts cannot bind anything; a time of day means nothing in a day plan. */
export const checkItemDates: Check = (ctx) => {
  const out: Diagnostic[] = [];
  const start = ctx.draft.start;
  for (const { value, path } of datedEntries(ctx)) {
    for (const field of FIELDS) {
      const date = value[field];
      if (date === undefined) continue;
      const at: Path = [...path, field];
      if (ctx.grid.unit === 'day' && date.length > 10) {
        out.push(makeDiagnostic('E_BAD_DATE', `${date} has a time of day, but this plan counts whole days`, { path: at, hint: 'Drop the time, or set `calendar: { unit: hour }` to plan in hours.' }));
      } else if (field !== 'not_before' && start !== undefined && isBefore(date, start)) {
        out.push(makeDiagnostic('E_DEADLINE_BEFORE_START', `${field} ${date} is before the plan starts (${start})`, { path: at, hint: 'Give a date on or after the plan\'s start, or drop it.' }));
      }
    }
    if (value.due !== undefined && value.not_before !== undefined && comparable(value.due) < comparable(value.not_before)) {
      out.push(makeDiagnostic('E_BAD_PERIOD', `due ${value.due} is before not_before ${value.not_before}`, { path: [...path, 'due'], hint: 'The item cannot finish before it may start: move one of the two dates.' }));
    }
  }
  return out;
};

/** A whole day is before a time only when the day ends before it: `2024-10-15` is not before `2024-10-15T09:00`. */
export function isBefore(date: string, start: string): boolean {
  return date.length <= 10 ? date < start.slice(0, 10) : comparable(date) < comparable(start);
}

/** `2024-10-15 09:00` and `2024-10-15T09:00` compare alike; date-only sorts before its times. */
function comparable(date: string): string {
  return date.replace(' ', 'T');
}
