/**
 * The independent checker's view of recurring work (part of check.ts: it imports nothing of the
 * scheduler but types.ts). Every occurrence is recomputed from the model: it starts on its
 * period's slot, lasts its duration, takes at least its share, is done by the named people or
 * by one holder of the skills who is working then, outside freezes that block all work; and a
 * period without an occurrence is one where nobody who may do it is working.
 */
import type { WorkCalendar } from '../calendar/index.js';
import type { Model, Recurring, Resource } from '../model/index.js';
import type { Schedule, ScheduledOccurrence, Violation } from './types.js';

const TOLERANCE = 1e-9;

/** Work an occurrence books, for the capacity check. */
export interface OccurrenceBooking {
  readonly id: string;
  readonly assignees: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly share: number;
}

type Rate = (id: string, slot: number) => number;

/** Whether a resource could also take [from, to) at `units` within its rest rules. */
type Rested = (id: string, from: number, to: number, units: number) => boolean;

export function checkOccurrences(model: Model, schedule: Schedule, calendar: WorkCalendar, rate: Rate, out: Violation[], rested: Rested = () => true): OccurrenceBooking[] {
  const bookings: OccurrenceBooking[] = [];
  const byId = new Map((model.recurring ?? []).map((r) => [r.id, r]));
  for (const o of schedule.occurrences ?? []) {
    if (!byId.has(o.recurring)) out.push({ rule: 'missing', activity: o.recurring, message: `An occurrence of '${o.recurring}' is scheduled, but the plan has no such recurring work.` });
  }
  for (const r of model.recurring ?? []) {
    const mine = (schedule.occurrences ?? []).filter((o) => o.recurring === r.id);
    const slots = Math.max(1, Math.ceil(r.duration - TOLERANCE));
    const share = r.duration < 1 - TOLERANCE ? r.duration : 1;
    const every = Math.max(1, Math.round(r.every));
    const [first, end] = calendar.periodSlots(r.from, r.to);
    const last = Math.min(end, r.untilFinish ? schedule.makespan : end);
    const seen = new Set<number>();
    for (const o of mine) {
      checkOne(r, o, { first, end, every, slots, share }, model.resources, rate, calendar, out);
      if (seen.has(o.index)) out.push({ rule: 'missing', activity: r.id, message: `Occurrence ${o.index} of '${r.id}' is scheduled more than once.` });
      seen.add(o.index);
      bookings.push({ id: r.id, assignees: o.assignees, from: o.start, to: o.finish, share: o.share ?? 1 });
    }
    for (let k = 0, start = first; start < last && start + slots <= calendar.horizon; k++, start += every) {
      if (start < 0 || seen.has(k) || !someoneCould(r, start, start + slots, model.resources, rate, calendar, (id) => rested(id, start, start + slots, share))) continue;
      out.push({ rule: 'missing', activity: r.id, slot: start, message: `'${r.id}' has no occurrence at slot ${start}, though someone who may do it is working then.` });
    }
  }
  return bookings;
}

interface Grid {
  readonly first: number;
  readonly end: number;
  readonly every: number;
  readonly slots: number;
  readonly share: number;
}

function checkOne(r: Recurring, o: ScheduledOccurrence, g: Grid, team: readonly Resource[], rate: Rate, calendar: WorkCalendar, out: Violation[]): void {
  const bad = (rule: Violation['rule'], message: string): void => void out.push({ rule, activity: r.id, slot: o.start, message });
  if (o.start !== g.first + o.index * g.every || o.start >= g.end) bad('work', `Occurrence ${o.index} of '${r.id}' starts at slot ${o.start}, not on its period's slot ${g.first + o.index * g.every} before slot ${g.end}.`);
  if (o.finish - o.start !== g.slots) bad('work', `Occurrence ${o.index} of '${r.id}' takes ${o.finish - o.start} slots, not ${g.slots}.`);
  if ((o.share ?? 1) < g.share - TOLERANCE || (o.share ?? 1) > 1) bad('work', `Occurrence ${o.index} of '${r.id}' takes a share of ${o.share} of its people's slot; it needs ${g.share}.`);
  if (r.assignees.length > 0) {
    if ([...o.assignees].sort().join() !== [...r.assignees].sort().join()) bad('assignment', `Occurrence ${o.index} of '${r.id}' is done by [${o.assignees.join(', ')}], not by [${r.assignees.join(', ')}].`);
  } else if (o.assignees.length !== 1 || !holds(team.find((m) => m.id === o.assignees[0]), r.skills)) {
    bad('skill', `Occurrence ${o.index} of '${r.id}' must be done by one holder of [${r.skills.join(', ')}], not by [${o.assignees.join(', ')}].`);
  }
  for (const who of o.assignees) {
    for (let s = o.start; s < o.finish; s++) {
      if (rate(who, s) > 0) continue;
      bad('time-off', `Occurrence ${o.index} of '${r.id}' is done by '${who}' at slot ${s}, when '${who}' is not available.`);
      break;
    }
  }
  if (blockedForAll(calendar, o.start, o.finish)) bad('freeze', `Occurrence ${o.index} of '${r.id}' falls in a freeze that blocks all work.`);
}

function holds(m: Resource | undefined, skills: readonly string[]): boolean {
  return m !== undefined && skills.every((s) => m.skills.includes(s));
}

function blockedForAll(calendar: WorkCalendar, from: number, to: number): boolean {
  return calendar.freezes.some((f) => f.blocks === 'all' && f.from < to && f.to > from);
}

/** Whether the named people (all of them), or some holder of the skills, work every slot of [from, to) outside a freeze. */
function someoneCould(r: Recurring, from: number, to: number, team: readonly Resource[], rate: Rate, calendar: WorkCalendar, rested: (id: string) => boolean): boolean {
  if (blockedForAll(calendar, from, to)) return false;
  const works = (id: string) => {
    if (!rested(id)) return false;
    for (let s = from; s < to; s++) if (rate(id, s) <= 0) return false;
    return true;
  };
  if (r.assignees.length > 0) return r.assignees.every(works);
  return team.some((m) => holds(m, r.skills) && works(m.id));
}
