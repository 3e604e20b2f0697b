/**
 * Recurring work as one fact per item, however many occurrences it has: how often, how long,
 * who did it, when the first and the last occurrence start, and the person-slots it took.
 */
import type { PlanResult } from './result.js';

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
}

export function analyseRecurring(result: PlanResult): RecurringFact[] {
  const all = result.schedule.occurrences ?? [];
  return (result.model.recurring ?? []).map((r) => {
    const mine = all.filter((o) => o.recurring === r.id);
    const people = [...new Set(mine.flatMap((o) => o.assignees))];
    const work = mine.reduce((sum, o) => sum + o.assignees.length * (o.finish - o.start) * (o.share ?? 1), 0);
    const dates = mine.length > 0 ? { first: result.calendar.slotStart(mine[0].start), last: result.calendar.slotStart(mine[mine.length - 1].start) } : {};
    return { id: r.id, title: r.title, every: r.every, duration: r.duration, people, occurrences: mine.length, ...dates, work };
  });
}
