/**
 * Plain UTC date arithmetic. Dates are day numbers (days since 1970-01-01) and instants are
 * minutes since 1970-01-01T00:00, in the proleptic Gregorian calendar. The conversions are pure
 * arithmetic, never `Date.UTC` (which reads years 0-99 as 1900-1999) nor the local time zone
 * (whose daylight-saving changes would shift a slot), so every four-digit year is exact.
 */

const MINUTES_PER_DAY = 1440;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?Z?$/;
/** Days in a 400-year cycle of the Gregorian calendar (which repeats exactly). */
const DAYS_PER_ERA = 146097;
/** Day number of 0000-03-01, where the shifted year of the arithmetic below begins. */
const ERA_ORIGIN = -719468;

/** The first and last year a date can have: four digits, as ISO 8601 writes them. */
export const FIRST_YEAR = 0;
export const LAST_YEAR = 9999;

/** Whether an ISO string is a plain date (`YYYY-MM-DD`) rather than a datetime. */
export function isDateOnly(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso);
}

/** Every fourth year is a leap year, except centuries not divisible by 400 (so 0 and 2000 are). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/**
 * Day number of a calendar date (month 1-12), for any year. The year is shifted to start on
 * March 1, so the leap day is the last day of its year and the month lengths follow a fixed
 * pattern (153 days per 5 months from March).
 */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra + ERA_ORIGIN;
}

export interface CivilDate {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
}

/** The calendar date of a day number: the inverse of dayFromCivil. */
export function civilFromDay(dayNumber: number): CivilDate {
  const z = dayNumber - ERA_ORIGIN;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / (DAYS_PER_ERA - 1))) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Minutes since the epoch of an ISO date (midnight) or datetime, read as UTC. */
export function parseInstant(iso: string): number {
  const m = DATE_RE.exec(iso.trim());
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`not a real date: ${iso}`);
  return dayFromCivil(year, month, day) * MINUTES_PER_DAY + Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0);
}

/** Day number of an ISO date or of the day a datetime falls on. */
export function parseDay(iso: string): number {
  return Math.floor(parseInstant(iso) / MINUTES_PER_DAY);
}

/**
 * The instant a period boundary `to` stands for: a date-only `to` is inclusive of the whole
 * day, so it ends at the next midnight; a datetime `to` is already exclusive.
 */
export function periodEndInstant(to: string): number {
  const at = parseInstant(to);
  return isDateOnly(to.trim()) ? at + MINUTES_PER_DAY : at;
}

/** 0 = Sunday, as Date.getUTCDay(). 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * `YYYY-MM-DD` of a day number. A date outside years 0000-9999 has no such form; the plan's
 * horizon keeps every date the plan shows inside them, so reaching one is a bug, not a date.
 */
export function formatDay(day: number): string {
  const { year, month, day: d } = civilFromDay(day);
  if (year < FIRST_YEAR || year > LAST_YEAR) throw new RangeError(`day ${day} is outside the years ${pad(FIRST_YEAR, 4)}-${LAST_YEAR}`);
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}

/** `YYYY-MM-DDTHH:MM` of an instant in minutes. */
export function formatInstant(minutes: number): string {
  const day = Math.floor(minutes / MINUTES_PER_DAY);
  const rest = minutes - day * MINUTES_PER_DAY;
  return `${formatDay(day)}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
}

export { MINUTES_PER_DAY };
