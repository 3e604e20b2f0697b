/**
 * What every section of the HTML report reads: the plan's analysis plus lookups that return
 * escaped, human text (titles for activities, names for people), so no section forgets to escape.
 */
import type { PlanAnalysis } from '../../analyse/analysis.js';
import { slotWord } from '../../analyse/periods.js';
import { nameOf } from '../../analyse/plan-index.js';
import { countText, formatDate } from '../common/format.js';
import { esc } from './escape.js';

export interface HtmlContext {
  readonly a: PlanAnalysis;
  readonly unit: 'day' | 'hour';
  /** Escaped title of an activity (its id when unknown). */
  title(id: string): string;
  /** Escaped name of a team member, or the escaped text for owners outside the team. */
  person(idOrName: string): string;
  /** Escaped title of a goal (its id when unknown). */
  goal(id: string): string;
  /** "5 working days" / "12 hours". */
  slots(n: number): string;
  /** "Tue 2024-10-15" or "Tue 2024-10-15 14:00". */
  date(iso: string): string;
}

export function htmlContext(a: PlanAnalysis): HtmlContext {
  const word = slotWord(a.result);
  return {
    a,
    unit: a.result.model.calendar.unit,
    title: (id) => esc(a.index.activity.get(id)?.title ?? id),
    person: (x) => esc(nameOf(x, a.index)),
    goal: (id) => esc(a.index.goal.get(id)?.title ?? id),
    slots: (n) => countText(n, word),
    date: formatDate,
  };
}

