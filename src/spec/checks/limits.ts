/**
 * The limits of limits.ts, checked on the spec: counts, the plan's dates, the spans of work and
 * delays, and the values that would make a person or a day too small to plan with. Each is
 * reported at the value or the first element past it, with the limit in the message.
 */
import { buildCalendar, horizonLastDate, type WorkCalendar } from '../../calendar/index.js';
import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import { emptyModel } from '../../model/index.js';
import { demandsOf } from '../demands.js';
import { show } from '../issues.js';
import {
  FIRST_PLAN_DATE,
  HORIZON_YEARS,
  LAST_PLAN_DATE,
  MAX_ACTIVITIES,
  MAX_FREEZES,
  MAX_LINKS,
  MAX_PERIODS,
  MAX_RESOURCES,
  MAX_RISKS,
  MAX_UNITS,
  MIN_AVAILABILITY,
  MIN_HOURS_PER_DAY,
  thousands,
} from '../limits.js';
import type { Path } from '../source-map.js';
import { shareOf, slotsOf, wholeSlots, type Grid } from '../units.js';
import type { Check, CheckContext } from './context.js';

const SEE_LIMITS = 'See docs/limits.md for the limits and why they are there.';

/** One diagnostic at the first element past `max` of a list that may run across sections. */
function tooMany(paths: readonly Path[], max: number, what: string, hint: string): Diagnostic[] {
  if (paths.length <= max) return [];
  return [makeDiagnostic('E_LIMIT', `the plan has ${thousands(paths.length)} ${what}; execplan plans with at most ${thousands(max)}`, { path: paths[max], hint: `${hint} ${SEE_LIMITS}` })];
}

/** Activities, team entries, links, risks, freezes and periods, each up to its limit. */
export const checkCounts: Check = (ctx) => {
  const links = ctx.activityList.flatMap((a) => a.after.map((_, i) => [...a.path, 'after', i]));
  const periods = ctx.team.flatMap(({ value: m, path }) => [
    ...m.time_off.map((_, j) => [...path, 'time_off', j]),
    ...m.commitments.map((_, j) => [...path, 'commitments', j]),
  ]);
  const freezes = (ctx.draft.calendar?.freezes ?? []).map((_, i) => ['calendar', 'freezes', i]);
  return [
    ...tooMany(ctx.activityList.map((a) => a.path), MAX_ACTIVITIES, 'activities (tasks, external items, gates and milestones)', 'Split the plan into plans of its phases or teams.'),
    ...tooMany(ctx.team.map((m) => m.path), MAX_RESOURCES, 'team entries', 'Plan a large group as pools (`capacity`) rather than one entry per person.'),
    ...tooMany(links, MAX_LINKS, 'dependencies', 'Group work into fewer, larger activities.'),
    ...tooMany(ctx.risks.map((r) => r.path), MAX_RISKS, 'risks', 'Keep the risks that move the plan; the rest belong in a risk log.'),
    ...tooMany(freezes, MAX_FREEZES, 'freezes', 'Merge adjacent freezes.'),
    ...tooMany(periods, MAX_PERIODS, 'periods of time off and commitments', 'Merge adjacent periods.'),
  ];
};

/** Pool capacities and demand units fit the scheduler's integer usage counts. */
export const checkUnits: Check = (ctx) => {
  const out: Diagnostic[] = [];
  const check = (units: number, path: Path, what: string) => {
    if (units > MAX_UNITS) out.push(makeDiagnostic('E_LIMIT', `${what} ${amount(units)} units; execplan plans with at most ${thousands(MAX_UNITS)}`, { path, hint: SEE_LIMITS }));
  };
  for (const { value: m, path } of ctx.team) if (m.capacity !== undefined) check(m.capacity, [...path, 'capacity'], `${m.id} has`);
  for (const { value: t, path } of ctx.tasks) for (const d of demandsOf(t, path)) check(d.units, d.unitsPath, `a demand of ${t.id} asks for`);
  return out;
};

/** Someone on the team gives the plan enough time to finish something. */
export const checkAvailability: Check = (ctx) =>
  ctx.team.flatMap(({ value: m, path }) => {
    const share = shareOf(m.availability);
    if (share <= 0 || share >= MIN_AVAILABILITY) return [];
    return [
      makeDiagnostic('E_LIMIT', `${m.id} has availability ${show(m.availability)}, below the least of 1%`, {
        path: [...path, 'availability'],
        hint: `At ${show(m.availability)} a day of work takes more than a hundred working days; leave ${m.id} out of the team, or give at least 1%.`,
      }),
    ];
  });

/** A day of work is long enough to convert hours and days into one another. */
export const checkHoursPerDay: Check = (ctx) => {
  const cal = ctx.draft.calendar;
  if (!cal || ctx.grid.hoursPerDay >= MIN_HOURS_PER_DAY) return [];
  if (cal.hours_per_day === undefined && (!Array.isArray(cal.hours) || cal.hours[0] >= cal.hours[1])) return [];
  if (ctx.grid.unit === 'hour' && cal.hours_per_day === undefined) return []; // no whole hour: checkCalendar says so
  const path = cal.hours_per_day !== undefined ? ['calendar', 'hours_per_day'] : ['calendar', 'hours'];
  return [
    makeDiagnostic('E_LIMIT', `a day of work has ${ctx.grid.hoursPerDay} hours; it needs at least ${MIN_HOURS_PER_DAY}`, {
      path,
      hint: `Give \`hours_per_day\` of at least ${MIN_HOURS_PER_DAY}, or working hours that span at least an hour. ${SEE_LIMITS}`,
    }),
  ];
};

/** The plan starts where its horizon fits in four-digit years, and its deadline is inside the horizon. */
export const checkPlanDates: Check = (ctx) => {
  const { start, deadline } = ctx.draft;
  if (start === undefined) return [];
  const day = start.slice(0, 10);
  if (day < FIRST_PLAN_DATE || day > LAST_PLAN_DATE) {
    return [
      makeDiagnostic('E_LIMIT', `the plan starts on ${start}; a plan starts between ${FIRST_PLAN_DATE} and ${LAST_PLAN_DATE}`, {
        path: ['start'],
        hint: `Dates run from 0000 to 9999, and a plan keeps a year clear at each end for the weeks and working days around it. ${SEE_LIMITS}`,
      }),
    ];
  }
  if (deadline === undefined) return [];
  const last = horizonLastDate(start, ctx.grid.unit);
  const date = typeof deadline === 'string' ? deadline : deadline.date;
  if (date.slice(0, 10) <= last) return [];
  return [
    makeDiagnostic('E_LIMIT', `the deadline ${date} is after the end of the plan's horizon on ${last}`, {
      path: typeof deadline === 'string' ? ['deadline'] : ['deadline', 'date'],
      hint: `${horizonText(ctx.grid)}; check the year, or plan the first part of the work. ${SEE_LIMITS}`,
    }),
  ];
};

/** Each duration, effort, estimate, lag, risk delay and trigger span fits in the plan's horizon. */
export const checkSpans: Check = (ctx) => {
  const horizon = horizonOf(ctx);
  if (!horizon) return [];
  const out: Diagnostic[] = [];
  // Paths are spelled out only for a span that is too long: most specs have none, and thousands of spans.
  const check = (value: string | number | undefined, base: Path, tail: readonly (string | number)[], what: string) => {
    if (value === undefined) return;
    const slots = Math.abs(wholeSlots(slotsOf(value, ctx.grid)));
    if (!(slots > horizon.horizon)) return;
    const path = [...base, ...tail];
    const unit = ctx.grid.unit === 'day' ? 'working days' : 'working hours';
    out.push(
      makeDiagnostic('E_LIMIT', `${what} ${show(value)} is ${amount(slots)} ${unit}, more than the ${thousands(horizon.horizon)} of the plan's horizon (to ${horizon.horizonEnd})`, {
        path,
        hint: `${horizonText(ctx.grid)}${typeof value === 'number' ? '; a plain number counts working slots of the plan' : ''}. ${SEE_LIMITS}`,
      }),
    );
  };
  const checkEstimate = (e: string | number | readonly (string | number)[] | undefined, base: Path, key: string, what: string) => {
    if (Array.isArray(e)) e.forEach((v, k) => check(v, base, [key, k], what));
    else check(e as string | number | undefined, base, [key], what);
  };
  for (const { value: t, path } of ctx.tasks) {
    check(t.duration, path, ['duration'], 'the duration');
    check(t.effort, path, ['effort'], 'the effort');
    checkEstimate(t.estimate, path, 'estimate', 'the estimate');
  }
  for (const { value: e, path } of ctx.external) {
    check(e.duration, path, ['duration'], 'the duration');
    checkEstimate(e.estimate, path, 'estimate', 'the estimate');
  }
  for (const { value: g, path } of ctx.gates) check(g.trigger?.exceeds, path, ['trigger', 'exceeds'], 'the trigger');
  for (const a of ctx.activityList) {
    a.after.forEach((link, i) => typeof link === 'object' && check(link.lag, a.path, ['after', i, 'lag'], 'the lag'));
  }
  for (const { value: r, path } of ctx.risks) checkEstimate(r.delay, path, 'delay', 'the delay');
  return out;
};

function horizonText(grid: Grid): string {
  return `${grid.unit === 'day' ? 'A day' : 'An hour'} plan reaches at most ${HORIZON_YEARS[grid.unit]} years past its start`;
}

/** A count as people read it: 4,999,995, or 1.00e+300 past what a double holds exactly. */
function amount(n: number): string {
  return Number.isSafeInteger(n) ? thousands(n) : n.toPrecision(3);
}

/**
 * The calendar of the plan's horizon, when the start and the calendar are valid enough to build
 * it (the checks on them report the rest).
 */
function horizonOf(ctx: CheckContext): WorkCalendar | undefined {
  const { start, calendar } = ctx.draft;
  if (start === undefined || calendar === undefined || ctx.brokenSections.has('calendar')) return undefined;
  const day = start.slice(0, 10);
  if (day < FIRST_PLAN_DATE || day > LAST_PLAN_DATE || ctx.grid.workweek.length === 0) return undefined;
  const [from, to] = ctx.grid.hours;
  if (from >= to || (ctx.grid.unit === 'hour' && Math.floor(to) - Math.ceil(from) < 1)) return undefined;
  const holidays = calendar.holidays.map((h) => h.replace(' ', 'T'));
  return buildCalendar(emptyModel('', start.replace(' ', 'T'), { unit: ctx.grid.unit, workweek: ctx.grid.workweek, hours: ctx.grid.hours, holidays, freezes: [] }));
}
