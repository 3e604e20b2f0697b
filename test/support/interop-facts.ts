/**
 * Test helper: what the CSV, iCalendar and MS Project XML outputs say about each activity's
 * dates, read back with parsers that share nothing with the writers (an RFC 4180 reader here,
 * ical.js, saxes), in the JSON's date form so the tests can compare them with the JSON.
 */
import ICAL from 'ical.js';
import { addDays } from '../../src/calendar/index.js';
import { childOf, childrenOf, numberOf, parseXmlTree, textOf } from '../../src/mspdi/xml-tree.js';

export interface Dated {
  readonly start: string;
  readonly finish: string;
}

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; rows end with CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** The task table's rows as records by header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

export function datesFromCsv(text: string): Map<string, Dated> {
  return new Map(csvRecords(text).map((r) => [r.id, { start: r.start, finish: r.finish }]));
}

export interface CalendarEventRead {
  readonly uid: string;
  readonly summary: string;
  readonly description?: string;
  readonly start: string;
  /** The last day (all-day events) or the end instant; absent for a point in time. */
  readonly end?: string;
}

/** `2024-10-21` stays; `2024-10-21T17:00:00` → `2024-10-21T17:00`. */
function planDate(value: unknown): string {
  const text = String(value);
  return text.length > 10 ? text.slice(0, 16) : text;
}

/** Every event ical.js reads, with dates in the plan's form (an all-day DTEND is exclusive, so its last day is the day before). */
export function eventsFromIcs(text: string): CalendarEventRead[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((e) => {
    const start = planDate(e.getFirstPropertyValue('dtstart'));
    const endValue = e.getFirstPropertyValue('dtend');
    const end = endValue === null ? undefined : start.length === 10 ? addDays(planDate(endValue), -1) : planDate(endValue);
    const description = e.getFirstPropertyValue('description');
    return { uid: String(e.getFirstPropertyValue('uid')), summary: String(e.getFirstPropertyValue('summary')), ...(description === null ? {} : { description: String(description) }), start, ...(end === undefined ? {} : { end }) };
  });
}

/** Task dates by execplan id: the date part (day plans) or the minute (hour plans) of Start and Finish. */
export function datesFromMspdi(text: string, unit: 'day' | 'hour'): Map<string, Dated> {
  const { root } = parseXmlTree(text);
  if (!root) throw new Error('the MSPDI is not well-formed');
  const cut = (s: string | undefined) => (s ?? '').slice(0, unit === 'day' ? 10 : 16);
  const out = new Map<string, Dated>();
  for (const task of childrenOf(childOf(root, 'Tasks'), 'Task')) {
    const id = childrenOf(task, 'ExtendedAttribute').find((x) => textOf(x, 'FieldID') === '188743731');
    if (id && numberOf(task, 'Recurring') !== 1) out.set(textOf(id, 'Value')!, { start: cut(textOf(task, 'Start')), finish: cut(textOf(task, 'Finish')) });
  }
  return out;
}

/** Recurring work by execplan id: its summary task's first start and the number of occurrence rows beneath it. */
export function recurringFromMspdi(text: string, unit: 'day' | 'hour'): Map<string, { first: string | null; occurrences: number }> {
  const { root } = parseXmlTree(text);
  if (!root) throw new Error('the MSPDI is not well-formed');
  const out = new Map<string, { first: string | null; occurrences: number }>();
  let current: { id: string; level: number; first: string | null; occurrences: number } | undefined;
  for (const task of childrenOf(childOf(root, 'Tasks'), 'Task')) {
    const level = numberOf(task, 'OutlineLevel') ?? 1;
    if (current && level > current.level) {
      current.first ??= (textOf(task, 'Start') ?? '').slice(0, unit === 'day' ? 10 : 16);
      current.occurrences++;
      continue;
    }
    if (current) out.set(current.id, { first: current.first, occurrences: current.occurrences });
    const id = childrenOf(task, 'ExtendedAttribute').find((x) => textOf(x, 'FieldID') === '188743731');
    current = numberOf(task, 'Recurring') === 1 && id ? { id: textOf(id, 'Value')!, level, first: null, occurrences: 0 } : undefined;
  }
  if (current) out.set(current.id, { first: current.first, occurrences: current.occurrences });
  return out;
}
