import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import type { Path } from '../source-map.js';
import type { Check, CheckContext } from './context.js';

interface DatedPeriod {
  readonly from: string;
  readonly to: string;
  readonly path: Path;
  readonly what: string;
}

/** The deadline is not before the start. */
export const checkDeadline: Check = (ctx) => {
  const { start, deadline } = ctx.draft;
  if (start === undefined || deadline === undefined) return [];
  const date = typeof deadline === 'string' ? deadline : deadline.date;
  if (comparable(date) >= comparable(start)) return [];
  return [
    makeDiagnostic('E_DEADLINE_BEFORE_START', `the deadline ${date} is before the start ${start}`, {
      path: typeof deadline === 'string' ? ['deadline'] : ['deadline', 'date'],
    }),
  ];
};

/** The delivery date lies between the start and the deadline. */
export const checkDeliverBy: Check = (ctx) => {
  const { start, deadline } = ctx.draft;
  if (typeof deadline !== 'object' || deadline.deliver_by === undefined) return [];
  const by = deadline.deliver_by;
  const path = ['deadline', 'deliver_by'];
  if (comparable(by) > comparable(deadline.date)) {
    return [makeDiagnostic('E_BAD_PERIOD', `deliver_by ${by} is after the deadline ${deadline.date}`, { path, hint: 'Deliver on or before the deadline; drop deliver_by to measure to the deadline itself.' })];
  }
  if (start !== undefined && comparable(by) < comparable(start)) {
    return [makeDiagnostic('E_DEADLINE_BEFORE_START', `deliver_by ${by} is before the start ${start}`, { path })];
  }
  return [];
};

/** Freezes, time off and commitments end on or after the day they begin. */
export const checkPeriods: Check = (ctx) =>
  periodsOf(ctx)
    .filter((p) => comparable(p.to) < comparable(p.from))
    .map((p) => makeDiagnostic('E_BAD_PERIOD', `${p.what} ends (${p.to}) before it begins (${p.from})`, { path: [...p.path, 'to'] }));

/** A time of day means nothing on a grid of whole days. */
export const checkDayPlanDates: Check = (ctx) => {
  if (ctx.grid.unit !== 'day') return [];
  const out: Diagnostic[] = [];
  const check = (value: string, path: Path): void => {
    if (value.length > 10) {
      out.push(
        makeDiagnostic('E_BAD_DATE', `${value} has a time of day, but this plan counts whole days`, {
          path,
          hint: 'Drop the time, or set `calendar: { unit: hour }` to plan in hours.',
        }),
      );
    }
  };
  const { start, deadline, calendar } = ctx.draft;
  if (start !== undefined) check(start, ['start']);
  if (deadline !== undefined) check(typeof deadline === 'string' ? deadline : deadline.date, typeof deadline === 'string' ? ['deadline'] : ['deadline', 'date']);
  if (typeof deadline === 'object' && deadline.deliver_by !== undefined) check(deadline.deliver_by, ['deadline', 'deliver_by']);
  calendar?.holidays.forEach((h, i) => check(h, ['calendar', 'holidays', i]));
  for (const p of periodsOf(ctx)) {
    check(p.from, [...p.path, 'from']);
    check(p.to, [...p.path, 'to']);
  }
  return out;
};

function periodsOf(ctx: CheckContext): DatedPeriod[] {
  const out: DatedPeriod[] = [];
  ctx.draft.calendar?.freezes.forEach((f, i) => out.push({ ...f, path: ['calendar', 'freezes', i], what: `the freeze "${f.name}"` }));
  for (const { value: m, path } of ctx.team) {
    m.time_off.forEach((p, j) => out.push({ ...p, path: [...path, 'time_off', j], what: `time off of ${m.id}` }));
    m.commitments.forEach((p, j) => out.push({ ...p, path: [...path, 'commitments', j], what: `a commitment of ${m.id}` }));
  }
  return out;
}

/** `2024-10-15 09:00` and `2024-10-15T09:00` compare alike; date-only sorts before its times. */
function comparable(date: string): string {
  return date.replace(' ', 'T');
}
