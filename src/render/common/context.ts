/**
 * What every section of every format reads: the plan's analysis plus lookups that return
 * escaped, human text (titles for activities and goals, names for people), so no section forgets
 * to escape. Each format passes its own escaping and adds what only it needs.
 */
import type { PlanAnalysis } from '../../analyse/index.js';
import { slotWord, nameOf } from '../../plan/index.js';
import { countText } from './format.js';

export interface BaseContext {
  readonly a: PlanAnalysis;
  readonly unit: 'day' | 'hour';
  /** "person-day" or, in an hour plan, "person-hour": what effort and capacity are counted in. */
  readonly workUnit: string;
  /** Escaped title of an activity (its id when unknown). */
  title(id: string): string;
  /** Escaped name of a team member, or the escaped text for owners outside the team. */
  person(idOrName: string): string;
  /** Escaped title of a goal (its id when unknown). */
  goal(id: string): string;
  /** Escaped user-written text, such as a freeze's name. */
  text(s: string): string;
  /** "5 working days" / "12 hours". */
  slots(n: number): string;
}

/** `f` with each argument's answer kept: a big plan words the same activities, people, slots and dates thousands of times. */
export function remembered<K, V>(f: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let answer = known.get(key);
    if (answer === undefined && !known.has(key)) known.set(key, (answer = f(key)));
    return answer as V;
  };
}

export function baseContext(a: PlanAnalysis, escape: (s: string) => string): BaseContext {
  const word = slotWord(a.result);
  const unit = a.result.model.calendar.unit;
  return {
    a,
    unit,
    workUnit: unit === 'hour' ? 'person-hour' : 'person-day',
    title: remembered((id: string) => escape(a.index.activity.get(id)?.title ?? id)),
    person: remembered((x: string) => escape(nameOf(x, a.index))),
    goal: (id) => escape(a.index.goal.get(id)?.title ?? id),
    text: escape,
    slots: remembered((n: number) => countText(n, word)),
  };
}
