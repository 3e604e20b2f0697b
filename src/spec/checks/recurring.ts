import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import type { RecurringSpec } from '../schema.js';
import type { Path } from '../source-map.js';
import { didYouMean } from '../suggest.js';
import { slotsOf } from '../units.js';
import type { Check, CheckContext, Entry } from './context.js';

/** Occurrences of all recurring work together: enough for a daily standup over 40 years. */
export const MAX_OCCURRENCES = 10_000;

const WHOLE = 1e-9;

/**
 * Recurring work can be planned: it repeats every whole number of slots, each occurrence fits
 * in its period, someone does it (named people, or skills someone holds, not both), it has an
 * end (its own or the deadline), and all of it stays within MAX_OCCURRENCES.
 */
export const checkRecurring: Check = (ctx) => {
  const out: Diagnostic[] = [];
  let occurrences = 0;
  for (const entry of ctx.recurring) {
    out.push(...periodProblems(ctx, entry), ...whoProblems(ctx, entry), ...spanProblems(ctx, entry));
    occurrences += estimatedOccurrences(ctx, entry.value);
    if (occurrences > MAX_OCCURRENCES) {
      out.push(makeDiagnostic('E_LIMIT', `recurring work comes to more than ${MAX_OCCURRENCES} occurrences in all, counting "${entry.value.id}"`, { path: [...entry.path, 'every'], hint: 'Repeat less often, or end the recurring work sooner with `to`.' }));
      break;
    }
  }
  out.push(...duplicateIds(ctx));
  return out;
};

function periodProblems(ctx: CheckContext, { value: r, path }: Entry<RecurringSpec>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const every = slotsOf(r.every, ctx.grid);
  const unit = ctx.grid.unit === 'day' ? 'working day' : 'working hour';
  if (!(every >= 1 - WHOLE) || Math.abs(every - Math.round(every)) > WHOLE) {
    out.push(
      makeDiagnostic('E_OUT_OF_RANGE', `every ${r.every} is ${Number(every.toFixed(3))} ${unit}s; recurring work repeats every whole number of ${unit}s, at least 1`, {
        path: [...path, 'every'],
        hint: ctx.grid.unit === 'day' ? 'Use 1d, 2d or 1w, or plan in hours (`calendar: { unit: hour }`) for work every few hours.' : 'Use whole hours, e.g. 2h.',
      }),
    );
  }
  const duration = slotsOf(r.duration, ctx.grid);
  if (!(duration > 0)) out.push(makeDiagnostic('E_OUT_OF_RANGE', 'each occurrence needs a duration above 0', { path: [...path, 'duration'] }));
  else if (every >= 1 && duration > every + WHOLE) {
    out.push(makeDiagnostic('E_OUT_OF_RANGE', `each occurrence takes ${r.duration}, longer than the ${r.every} between two of them`, { path: [...path, 'duration'], hint: 'Shorten the duration or repeat less often.' }));
  }
  return out;
}

function whoProblems(ctx: CheckContext, { value: r, path }: Entry<RecurringSpec>): Diagnostic[] {
  if (r.assignee !== undefined && r.skills !== undefined) {
    return [makeDiagnostic('E_CONFLICT', 'recurring work names its people with assignee or skills, not both', { path: [...path, 'skills'] })];
  }
  if (r.assignee === undefined && r.skills === undefined) {
    return [makeDiagnostic('E_MISSING_KEY', `recurring work "${r.id}" needs someone to do it: add assignee or skills`, { path: [...path, 'id'], hint: 'Add `assignee: <team id>` or `skills: [...]`.' })];
  }
  const out: Diagnostic[] = [];
  const names = r.assignee === undefined ? [] : Array.isArray(r.assignee) ? r.assignee : [r.assignee];
  names.forEach((id, j) => {
    if (ctx.resources.has(id) || ctx.brokenIds.has(id)) return;
    const at = Array.isArray(r.assignee) ? [...path, 'assignee', j] : [...path, 'assignee'];
    out.push(makeDiagnostic('E_UNKNOWN_REF', `no team member or pool has id "${id}"`, { path: at, hint: didYouMean(id, ctx.resources.keys()) }));
  });
  if (r.skills !== undefined && ![...ctx.resources.values()].some((m) => r.skills!.every((s) => m.skills.includes(s)))) {
    out.push(makeDiagnostic('E_NO_SKILL', `nobody in the team has all of ${r.skills.join(', ')}`, { path: [...path, 'skills'] }));
  }
  return out;
}

function spanProblems(ctx: CheckContext, { value: r, path }: Entry<RecurringSpec>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const deadline = ctx.draft.deadline;
  const end = r.to ?? (typeof deadline === 'string' ? deadline : deadline?.date);
  if (end === undefined) {
    out.push(makeDiagnostic('E_MISSING_KEY', `recurring work "${r.id}" has no end: the plan has no deadline, so give it \`to\``, { path: [...path, 'id'], hint: 'Add `to: <date>`, the date no more occurrences start from.' }));
  }
  const from = r.from ?? ctx.draft.start;
  if (end !== undefined && from !== undefined && end.replace(' ', 'T') < from.replace(' ', 'T')) {
    out.push(makeDiagnostic('E_BAD_PERIOD', `recurring work "${r.id}" ends (${end}) before it begins (${from})`, { path: r.to !== undefined ? [...path, 'to'] : [...path, 'from'] }));
  }
  if (ctx.grid.unit === 'day') {
    for (const key of ['from', 'to'] as const) {
      const value = r[key];
      if (value !== undefined && value.length > 10) out.push(makeDiagnostic('E_BAD_DATE', `${value} has a time of day, but this plan counts whole days`, { path: [...path, key], hint: 'Drop the time, or set `calendar: { unit: hour }` to plan in hours.' }));
    }
  }
  return out;
}

/** A generous count (calendar days or hours of the span over the period), to bound the work before any calendar exists. */
function estimatedOccurrences(ctx: CheckContext, r: RecurringSpec): number {
  const deadline = ctx.draft.deadline;
  const from = Date.parse(`${(r.from ?? ctx.draft.start ?? '').slice(0, 10)}T00:00Z`);
  const to = Date.parse(`${(r.to ?? (typeof deadline === 'string' ? deadline : deadline?.date) ?? '').slice(0, 10)}T00:00Z`);
  const every = slotsOf(r.every, ctx.grid);
  if (!Number.isFinite(from) || !Number.isFinite(to) || !(every >= 1)) return 0;
  const days = Math.max(0, (to - from) / 86_400_000) + 1;
  return Math.ceil((ctx.grid.unit === 'day' ? days : days * 24) / every);
}

/** Recurring ids are their own, and no task, gate, milestone or external item may share one. */
function duplicateIds(ctx: CheckContext): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const { value: r, path } of ctx.recurring) {
    const other: Path | undefined = ctx.activities.get(r.id)?.path;
    if (seen.has(r.id) || other) out.push(makeDiagnostic('E_DUPLICATE_ID', `the id "${r.id}" is used twice`, { path: [...path, 'id'], hint: 'Give each task, recurring item and other element its own id.' }));
    seen.add(r.id);
  }
  return out;
}
