/**
 * Plain UTC date arithmetic. Dates are day numbers (days since 1970-01-01) and instants are
 * minutes since 1970-01-01T00:00. Everything goes through Date.UTC, never the local time zone,
 * so daylight-saving changes cannot shift a slot.
 */

const MINUTES_PER_DAY = 1440;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?Z?$/;

/** Whether an ISO string is a plain date (`YYYY-MM-DD`) rather than a datetime. */
export function isDateOnly(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso);
}

/** Minutes since the epoch of an ISO date (midnight) or datetime, read as UTC. */
export function parseInstant(iso: string): number {
  const m = DATE_RE.exec(iso.trim());
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return Math.floor(ms / 60000);
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

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  const d = new Date(day * 86400000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `YYYY-MM-DDTHH:MM` of an instant in minutes. */
export function formatInstant(minutes: number): string {
  const day = Math.floor(minutes / MINUTES_PER_DAY);
  const rest = minutes - day * MINUTES_PER_DAY;
  return `${formatDay(day)}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
}

export { MINUTES_PER_DAY };
