import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import { percentOf, shareOf } from '../units.js';
import type { Check } from './context.js';

/** Shares that must be more than nothing: someone at 0% availability can never work. */
export const checkShares: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const { value: m, path } of ctx.team) {
    if (shareOf(m.availability) <= 0) {
      out.push(makeDiagnostic('E_BAD_CAPACITY', `${m.id} has availability ${String(m.availability)}, so can never work on this plan`, { path: [...path, 'availability'] }));
    }
  }
  const deadline = ctx.draft.deadline;
  if (typeof deadline === 'object' && shareOf(deadline.confidence) <= 0) {
    out.push(makeDiagnostic('E_BAD_PERCENT', 'the target confidence must be more than 0', { path: ['deadline', 'confidence'] }));
  }
  return out;
};

/** The calendar leaves some working time, and a day of work fits in the working hours. */
export const checkCalendar: Check = (ctx) => {
  const cal = ctx.draft.calendar;
  if (!cal) return [];
  const out: Diagnostic[] = [];
  if (cal.workweek !== undefined && cal.workweek.length === 0) {
    out.push(makeDiagnostic('E_BAD_CALENDAR', 'the work week has no days', { path: ['calendar', 'workweek'] }));
  }
  if (Array.isArray(cal.hours) && cal.hours[0] >= cal.hours[1]) {
    out.push(makeDiagnostic('E_BAD_CALENDAR', `working hours [${cal.hours.join(', ')}] end before they begin`, { path: ['calendar', 'hours'] }));
  } else if (Array.isArray(cal.hours) && ctx.grid.unit === 'hour' && Math.floor(cal.hours[1]) - Math.ceil(cal.hours[0]) < 1) {
    out.push(
      makeDiagnostic('E_BAD_CALENDAR', `working hours [${cal.hours.join(', ')}] hold no whole hour, and an hour plan works in whole hours`, {
        path: ['calendar', 'hours'],
        hint: 'Give hours that include at least one whole hour, e.g. [9, 17], or plan in days.',
      }),
    );
  } else if (cal.hours_per_day !== undefined && cal.hours_per_day > ctx.grid.hours[1] - ctx.grid.hours[0]) {
    out.push(
      makeDiagnostic('E_BAD_CALENDAR', `hours_per_day ${cal.hours_per_day} is more than the ${ctx.grid.hours[1] - ctx.grid.hours[0]} working hours of a day`, {
        path: ['calendar', 'hours_per_day'],
      }),
    );
  }
  return out;
};

/** Rollout stages grow: each reaches more users than the one before. */
export const checkRollout: Check = (ctx) => {
  const stages = ctx.draft.rollout?.stages ?? [];
  const out: Diagnostic[] = [];
  let previous = 0;
  stages.forEach((s, i) => {
    const percent = percentOf(typeof s === 'object' ? s.percent : s);
    if (percent <= previous) {
      out.push(makeDiagnostic('E_BAD_ROLLOUT', `stage ${i + 1} (${percent}%) does not reach more users than the stage before (${previous}%)`, { path: ['rollout', 'stages', i] }));
    }
    previous = Math.max(previous, percent);
  });
  return out;
};
