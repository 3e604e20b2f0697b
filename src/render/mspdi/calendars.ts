/**
 * The base calendar (work week, working times, holidays, freezes that stop all work), a calendar
 * per kind of work a freeze stops (deploys), and each person's calendar with their time off.
 */
import type { PlanAnalysis } from '../../analyse/index.js';
import { FREEZE_PREFIX, KIND_CALENDAR_PREFIX } from '../../interop/index.js';
import { clockTime, mspdiDateTime } from './time.js';
import type { XmlNode } from './xml.js';

export const BASE_CALENDAR_UID = 1;

interface NonWorking {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

/** A period as an exception: from its first instant to its last (a date-only end is the whole day). */
function exception(p: NonWorking): XmlNode {
  return [
    'Exception',
    [
      ['EnteredByOccurrences', 0],
      ['TimePeriod', [['FromDate', mspdiDateTime(p.from, 0)], ['ToDate', mspdiDateTime(p.to, 24)]]],
      ['Occurrences', 1],
      ['Name', p.name],
      ['Type', 1],
      ['DayWorking', 0],
    ],
  ];
}

function exceptions(periods: readonly NonWorking[]): XmlNode | undefined {
  return periods.length === 0 ? undefined : ['Exceptions', periods.map(exception)];
}

function weekDays(a: PlanAnalysis): XmlNode {
  const { workweek, hours } = a.result.model.calendar;
  // MS Project writes a working day that runs around the clock as 00:00 to 00:00.
  const to = hours[1] >= 24 ? '00:00:00' : clockTime(hours[1]);
  return [
    'WeekDays',
    [0, 1, 2, 3, 4, 5, 6].map((day): XmlNode => {
      const working = (workweek as readonly number[]).includes(day);
      return ['WeekDay', [['DayType', day + 1], ['DayWorking', working ? 1 : 0], working ? ['WorkingTimes', [['WorkingTime', [['FromTime', clockTime(hours[0])], ['ToTime', to]]]]] : undefined]];
    }),
  ];
}

/** Kinds of work some freeze stops (not every kind: those freezes are in the base calendar). */
export function frozenKinds(a: PlanAnalysis): string[] {
  const kinds = a.result.model.calendar.freezes.flatMap((f) => (f.blocks === 'all' ? [] : f.blocks));
  return [...new Set(kinds)];
}

export function kindCalendarUid(a: PlanAnalysis, kind: string): number | undefined {
  const i = frozenKinds(a).indexOf(kind);
  return i < 0 ? undefined : BASE_CALENDAR_UID + 1 + i;
}

export function resourceCalendarUid(a: PlanAnalysis, index: number): number {
  return BASE_CALENDAR_UID + 1 + frozenKinds(a).length + index;
}

function derived(uid: number, name: string, periods: readonly NonWorking[]): XmlNode {
  return ['Calendar', [['UID', uid], ['Name', name], ['IsBaseCalendar', 0], ['BaseCalendarUID', BASE_CALENDAR_UID], exceptions(periods)]];
}

export function calendarsElement(a: PlanAnalysis): XmlNode {
  const cal = a.result.model.calendar;
  const holidays = cal.holidays.map((d) => ({ name: 'Holiday', from: d, to: d }));
  const freezes = cal.freezes.filter((f) => f.blocks === 'all').map((f) => ({ name: `${FREEZE_PREFIX}${f.name}`, from: f.from, to: f.to }));
  const base: XmlNode = ['Calendar', [['UID', BASE_CALENDAR_UID], ['Name', 'Standard'], ['IsBaseCalendar', 1], ['BaseCalendarUID', -1], weekDays(a), exceptions([...holidays, ...freezes])]];
  const kinds = frozenKinds(a).map((kind) =>
    derived(
      kindCalendarUid(a, kind)!,
      `${KIND_CALENDAR_PREFIX}${kind}`,
      cal.freezes.filter((f) => f.blocks !== 'all' && f.blocks.includes(kind)).map((f) => ({ name: `${FREEZE_PREFIX}${f.name}`, from: f.from, to: f.to })),
    ),
  );
  const people = a.result.model.resources.map((r, i) => derived(resourceCalendarUid(a, i), r.name, r.timeOff.map((p) => ({ name: 'Time off', from: p.from, to: p.to }))));
  return ['Calendars', [base, ...kinds, ...people]];
}
