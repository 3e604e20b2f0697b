/** Wording of dates, durations and numbers in the Markdown plan. Deterministic and locale-free. */
import { parseIsoDate } from '../../calendar/index.js';

/** Indexed by getUTCDay() and by the spec's weekday numbers: 0 is Sunday. */
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const SHORT_DAY_NAMES = DAY_NAMES.map((d) => d.slice(0, 3));
export const SHORT_MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Tue 2024-10-15", or "Tue 2024-10-15 14:00" for a datetime. */
export function formatDate(iso: string): string {
  return `${SHORT_DAY_NAMES[parseIsoDate(iso).getUTCDay()]} ${dateText(iso)}`;
}

/** "2024-10-15", or "2024-10-15 14:00" for a datetime: the ISO text without its "T". */
export function dateText(iso: string): string {
  return iso.length > 10 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso;
}

/** "Oct 15". */
export function shortDate(iso: string): string {
  const d = parseIsoDate(iso);
  return `${SHORT_MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** "14:00" of a datetime. */
export function timeOf(iso: string): string {
  return iso.slice(11, 16);
}

/** "5 working days", "1 hour", "1 activity" (with `many` for a plural not made with "s"). */
export function countText(n: number, word: string, many = `${word}s`): string {
  return `${Number.isInteger(n) ? wholeText(n) : n} ${noun(n, word, many)}`;
}

/** The word for a count shown some other way (10,000 runs): singular for one, plural otherwise. */
export function noun(n: number, word: string, many = `${word}s`): string {
  return Math.abs(n) === 1 ? word : many;
}

/** Whole numbers with thousands separators: 10,000. */
export function wholeText(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 87.3 → "87%". */
export function percentText(x: number): string {
  return `${Math.round(x)}%`;
}

/** A share of one as a percentage: 0.873 → "87%". */
export function shareText(x: number): string {
  return percentText(x * 100);
}

/** "P80" for the 0.8 percentile. */
export function percentileLabel(p: number): string {
  return `P${Math.round(p * 100)}`;
}

/** At most `digits` decimals, locale-free: 28.4, 3. */
export function amountText(x: number, digits = 1): string {
  const f = 10 ** digits;
  return String(Math.round(x * f) / f);
}

/** "2.5 person-days", "1 person-day": an amount as amountText shows it, with its word. */
export function amountCountText(x: number, word: string, many = `${word}s`): string {
  const shown = amountText(x);
  return `${shown} ${noun(Number(shown), word, many)}`;
}

/** "Medium" for "medium". */
export function capitalised(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** Rounded to one decimal, for numbers worded again later (as slots). */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Stream letters as the seed uses them: A, B, ..., Z, AA, AB. */
export function streamLetter(i: number): string {
  const letter = String.fromCharCode(65 + (i % 26));
  return i < 26 ? letter : `${streamLetter(Math.floor(i / 26) - 1)}${letter}`;
}
