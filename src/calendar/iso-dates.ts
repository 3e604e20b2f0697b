/** Calendar facts renderers need about ISO dates; UTC only, so no time zone can shift a day. */

const DAY_MS = 86_400_000;

export function parseIsoDate(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The Monday that starts the ISO week containing the date. */
export function mondayOf(date: string): string {
  const d = parseIsoDate(date);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return formatIsoDate(new Date(d.getTime() - sinceMonday * DAY_MS));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return formatIsoDate(new Date(parseIsoDate(date).getTime() + days * DAY_MS));
}
