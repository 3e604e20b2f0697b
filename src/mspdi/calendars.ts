/**
 * Calendars → the spec's calendar: the base calendar's work week and hours, its non-working
 * exceptions as holidays (or as freezes, when execplan named them so), freezes of one kind of
 * work from the writer's kind calendars, and each resource calendar's exceptions as time off.
 */
import { addDays, daysBetween } from '../calendar/index.js';
import { FREEZE_PREFIX, KIND_CALENDAR_PREFIX } from '../interop/index.js';
import { type ImportContext, splitDateTime } from './context.js';
import { childOf, childrenOf, numberOf, textOf, type XmlElement } from './xml-tree.js';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** A holiday range longer than this is not a list of holidays; it is refused with a warning. */
const MAX_HOLIDAY_DAYS = 366;

export interface SpecPeriod {
  readonly from: string;
  readonly to: string;
}

export interface SpecFreeze extends SpecPeriod {
  readonly name: string;
  readonly blocks: 'all' | string[];
}

export interface CalendarImport {
  readonly calendar: Record<string, unknown>;
  /** Calendar UID → the kind of work it is for (the writer's kind calendars). */
  readonly kindCalendars: ReadonlyMap<number, string>;
  readonly byUid: ReadonlyMap<number, XmlElement>;
}

function hoursOf(time: string | undefined, isEnd: boolean): number | undefined {
  const m = /^(\d{2}):(\d{2})/.exec(time ?? '');
  if (!m) return undefined;
  const hours = Number(m[1]) + Number(m[2]) / 60;
  return isEnd && hours === 0 ? 24 : Math.round(hours * 100) / 100;
}

/** An exception's period: days in a day plan, instants where an hour plan needs them. */
export function exceptionPeriod(ex: XmlElement, ctx: ImportContext): SpecPeriod | undefined {
  const period = childOf(ex, 'TimePeriod');
  const from = splitDateTime(textOf(period, 'FromDate'));
  const to = splitDateTime(textOf(period, 'ToDate'));
  if (!from || !to) return undefined;
  // A period written to midnight ends with the day before it.
  const toDay = to.time === '00:00' && to.day > from.day ? previousDay(to.day) : to.day;
  if (ctx.unit === 'day') return { from: from.day, to: toDay };
  const fromText = from.time === '00:00' ? from.day : `${from.day}T${from.time}`;
  const toText = to.time === '23:59' || (to.time === '00:00' && to.day > from.day) ? toDay : `${to.day}T${to.time}`;
  return { from: fromText, to: toText };
}

function previousDay(day: string): string {
  return addDays(day, -1);
}

function daysOf(period: SpecPeriod): string[] {
  const count = Math.min(daysBetween(period.from, period.to) + 1, MAX_HOLIDAY_DAYS + 1);
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(period.from.slice(0, 10), i));
}

/** Exceptions in the 2007 form and the older form (a WeekDay of DayType 0). */
function exceptionsOf(cal: XmlElement): XmlElement[] {
  return [...childrenOf(childOf(cal, 'Exceptions'), 'Exception'), ...childrenOf(childOf(cal, 'WeekDays'), 'WeekDay').filter((d) => numberOf(d, 'DayType') === 0)];
}

/** Non-working exceptions as periods; working ones (extra working days) have no counterpart and are reported. */
export function nonWorkingPeriods(cal: XmlElement, ctx: ImportContext): { name: string; period: SpecPeriod; el: XmlElement }[] {
  const out: { name: string; period: SpecPeriod; el: XmlElement }[] = [];
  for (const ex of exceptionsOf(cal)) {
    const period = exceptionPeriod(ex, ctx);
    if (numberOf(ex, 'DayWorking') === 1) {
      ctx.warn(ex, `the working exception '${textOf(ex, 'Name') ?? ''}' of calendar '${textOf(cal, 'Name') ?? ''}' is left out: a spec has no extra working days`);
      continue;
    }
    if (!period) continue;
    if ((numberOf(ex, 'Occurrences') ?? 1) > 1) ctx.warn(ex, `the recurring exception '${textOf(ex, 'Name') ?? ''}' is read as its first range only`);
    out.push({ name: textOf(ex, 'Name') ?? '', period, el: ex });
  }
  return out;
}

function workWeek(base: XmlElement | undefined, ctx: ImportContext): Record<string, unknown> {
  const days = childrenOf(childOf(base, 'WeekDays'), 'WeekDay').filter((d) => (numberOf(d, 'DayType') ?? 0) >= 1);
  if (days.length === 0) return {};
  const working = days.filter((d) => numberOf(d, 'DayWorking') === 1);
  const spans = working.map((d) => {
    const times = childrenOf(childOf(d, 'WorkingTimes'), 'WorkingTime');
    const from = hoursOf(textOf(times[0], 'FromTime'), false);
    const to = hoursOf(textOf(times[times.length - 1], 'ToTime'), true);
    const worked = times.reduce((sum, t) => sum + ((hoursOf(textOf(t, 'ToTime'), true) ?? 0) - (hoursOf(textOf(t, 'FromTime'), false) ?? 0)), 0);
    return { from, to, worked, el: d };
  });
  const first = spans.find((s) => s.from !== undefined && s.to !== undefined);
  for (const s of spans) {
    if (first && (s.from !== first.from || s.to !== first.to)) ctx.warn(s.el, `day ${numberOf(s.el, 'DayType')} has other working hours than the rest of the week; a spec has one set of hours, ${first.from}-${first.to}`);
  }
  const weekdays = working.map((d) => WEEKDAYS[(numberOf(d, 'DayType') ?? 1) - 1]);
  const out: Record<string, unknown> = { workweek: WEEKDAYS.filter((w) => weekdays.includes(w)) };
  if (first && first.from !== undefined && first.to !== undefined) {
    out.hours = [first.from, first.to];
    // A lunch break: the day spans more hours than are worked.
    if (ctx.unit === 'day' && Math.abs(first.worked - (first.to - first.from)) > 1e-6) out.hours_per_day = Math.round(first.worked * 100) / 100;
  }
  return out;
}

export function importCalendars(project: XmlElement, ctx: ImportContext): CalendarImport {
  const calendars = childrenOf(childOf(project, 'Calendars'), 'Calendar');
  const byUid = new Map(calendars.map((c) => [numberOf(c, 'UID') ?? -1, c]));
  const base = byUid.get(numberOf(project, 'CalendarUID') ?? -1) ?? calendars.find((c) => numberOf(c, 'IsBaseCalendar') === 1) ?? calendars[0];
  const holidays: string[] = [];
  const freezes: SpecFreeze[] = [];
  for (const { name, period, el } of base ? nonWorkingPeriods(base, ctx) : []) {
    if (name.startsWith(FREEZE_PREFIX)) {
      freezes.push({ name: name.slice(FREEZE_PREFIX.length), ...period, blocks: 'all' });
      continue;
    }
    const days = daysOf(period);
    if (days.length > MAX_HOLIDAY_DAYS) ctx.warn(el, `the exception '${name}' runs more than ${MAX_HOLIDAY_DAYS} days; it is left out rather than listed day by day as holidays`);
    else holidays.push(...days.filter((d) => !holidays.includes(d)));
  }
  const kindCalendars = new Map<number, string>();
  for (const cal of calendars) {
    const name = textOf(cal, 'Name') ?? '';
    if (!name.startsWith(KIND_CALENDAR_PREFIX)) continue;
    const kind = name.slice(KIND_CALENDAR_PREFIX.length);
    kindCalendars.set(numberOf(cal, 'UID') ?? -1, kind);
    for (const { name: exName, period } of nonWorkingPeriods(cal, ctx)) {
      const freezeName = exName.startsWith(FREEZE_PREFIX) ? exName.slice(FREEZE_PREFIX.length) : exName;
      const same = freezes.find((f) => f.name === freezeName && f.from === period.from && f.to === period.to && f.blocks !== 'all');
      if (same && same.blocks !== 'all') same.blocks.push(kind);
      else freezes.push({ name: freezeName, ...period, blocks: [kind] });
    }
  }
  const calendar: Record<string, unknown> = { ...(ctx.unit === 'hour' ? { unit: 'hour' } : {}), ...workWeek(base, ctx) };
  if (holidays.length > 0) calendar.holidays = holidays.sort();
  if (freezes.length > 0) calendar.freezes = freezes;
  return { calendar, kindCalendars, byUid };
}
