/**
 * What every section renderer reads: the plan's analysis plus lookups that return escaped,
 * human names (titles for activities, names for people), so no section forgets to escape.
 */
import type { PlanAnalysis } from '../../analyse/analysis.js';
import { inline } from './escape.js';
import { slotWord } from '../../analyse/periods.js';
import { nameOf } from '../../analyse/plan-index.js';
import { countText } from '../common/format.js';

export interface DocContext {
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
  /** "Team" or, in an hour plan (an incident), "Responders". */
  readonly teamWord: string;
}

export function docContext(a: PlanAnalysis): DocContext {
  const unit = a.result.model.calendar.unit;
  const word = slotWord(a.result);
  return {
    a,
    unit,
    title: (id) => inline(a.index.activity.get(id)?.title ?? id),
    person: (x) => inline(nameOf(x, a.index)),
    goal: (id) => inline(a.index.goal.get(id)?.title ?? id),
    slots: (n) => countText(n, word),
    teamWord: unit === 'hour' ? 'Responders' : 'Team',
  };
}
