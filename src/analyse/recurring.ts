/**
 * Recurring work as one fact per item, however many occurrences it has: how often, how long,
 * who did it, when the first and the last occurrence start, and the person-slots it took; and
 * each occurrence's times, for the formats that list them (MS Project, calendars).
 */
import { formatInstant, parseInstant } from '../calendar/index.js';
import { activityDates } from '../plan/index.js';
import type { ScheduledOccurrence } from '../schedule/index.js';
import type { PlanResult } from './result.js';

/** One occurrence: its start and end as the plan writes dates (the day, in day plans), and who does it. */
export interface OccurrenceTimes {
  readonly start: string;
  /** The last day (day plans) or the instant it ends (hour plans): half an hour after the start for a 0.5h update. */
  readonly end: string;
  readonly people: readonly string[];
}

export interface RecurringFact {
  readonly id: string;
  readonly title: string;
  /** Working slots between two starts. */
  readonly every: number;
  /** Working slots each occurrence takes (below 1: that share of one slot). */
  readonly duration: number;
  /** Who did the occurrences, in order of first turn. */
  readonly people: readonly string[];
  readonly occurrences: number;
  /** Start of the first and of the last occurrence, as dates (absent when there is none). */
  readonly first?: string;
  readonly last?: string;
  /** Person-slots all occurrences take together. */
  readonly work: number;
  readonly times: readonly OccurrenceTimes[];
}

export function analyseRecurring(result: PlanResult): RecurringFact[] {
  const all = result.schedule.occurrences ?? [];
  return (result.model.recurring ?? []).map((r) => {
    const mine = all.filter((o) => o.recurring === r.id);
    const people = [...new Set(mine.flatMap((o) => o.assignees))];
    const work = mine.reduce((sum, o) => sum + o.assignees.length * (o.finish - o.start) * (o.share ?? 1), 0);
    const dates = mine.length > 0 ? { first: result.calendar.slotStart(mine[0].start), last: result.calendar.slotStart(mine[mine.length - 1].start) } : {};
    const times = mine.map((o) => occurrenceTimes(o, r.duration, result));
    return { id: r.id, title: r.title, every: r.every, duration: r.duration, people, occurrences: mine.length, ...dates, work, times };
  });
}

function occurrenceTimes(o: ScheduledOccurrence, duration: number, result: PlanResult): OccurrenceTimes {
  const { start, finish } = activityDates(o, result.calendar);
  const partOfHour = result.model.calendar.unit === 'hour' && duration < 1;
  return { start, end: partOfHour ? formatInstant(parseInstant(start) + Math.round(duration * 60)) : finish, people: o.assignees };
}
