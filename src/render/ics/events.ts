/**
 * The plan's dates as calendar events, read from the analysis: the deadline, the effective
 * delivery date, the planned finish, milestones, gates with their questions, freezes, rollout
 * stages and, when asked, each person's tasks and recurring work.
 */
import type { PlanAnalysis } from '../../analyse/index.js';
import { activityDates, nameOf, spansByPerson } from '../../plan/index.js';

export interface CalendarEvent {
  /** Unique within the plan; the renderer adds the plan's own part. */
  readonly key: string;
  readonly summary: string;
  readonly description?: string;
  readonly categories: string;
  /** A date (a whole day) or a date-time. */
  readonly start: string;
  /** The last day (inclusive) for dates; the end instant for date-times; absent for a point in time. */
  readonly end?: string;
  /** The starts of the event's later occurrences (RDATE), each lasting as long as the first. */
  readonly also?: readonly string[];
}

function headlineEvents(a: PlanAnalysis): CalendarEvent[] {
  const o = a.outlook;
  const events: CalendarEvent[] = [];
  if (o.deadline) events.push({ key: 'deadline', summary: `Deadline: ${a.result.model.name}`, description: o.deadline.hard ? 'Hard deadline' : 'Flexible deadline', categories: 'Deadline', start: o.deadline.date });
  if (o.delivery && o.delivery.reason !== 'deadline') {
    const why = o.delivery.reason === 'freeze' ? `the last day to ship before ${o.delivery.freezes.join(', ')}` : 'the team\'s own delivery date';
    events.push({ key: 'delivery', summary: `Deliver by: ${a.result.model.name}`, description: `Effective delivery date: ${why}`, categories: 'Deadline', start: o.delivery.date });
  }
  events.push({ key: 'finish', summary: `Planned finish: ${a.result.model.name}`, categories: 'Plan', start: o.plannedFinish.date });
  return events;
}

function checkpointEvents(a: PlanAnalysis): CalendarEvent[] {
  return a.result.schedule.activities.flatMap((s): CalendarEvent[] => {
    const activity = a.index.activity.get(s.id);
    const dates = a.dates.get(s.id);
    if (!activity || !dates || (activity.type !== 'gate' && activity.type !== 'milestone')) return [];
    if (activity.type === 'milestone') return [{ key: `milestone-${s.id}`, summary: `Milestone: ${activity.title}`, categories: 'Milestone', start: dates.start }];
    const gate = activity.gate;
    const description = gate ? [gate.question, ...gate.criteria.map((c) => `- ${c}`), ...(gate.onFail ? [`If not: ${gate.onFail}`] : [])].join('\n') : undefined;
    return [{ key: `gate-${s.id}`, summary: `Gate: ${activity.title}`, ...(description ? { description } : {}), categories: 'Gate', start: dates.start }];
  });
}

function freezeEvents(a: PlanAnalysis): CalendarEvent[] {
  return a.rollout.freezes.map((f, i) => ({
    key: `freeze-${i + 1}`,
    summary: `Freeze: ${f.name}`,
    description: f.blocks === 'all' ? 'No work' : `No ${f.blocks.join(', ')} work`,
    categories: 'Freeze',
    start: f.from,
    end: f.to,
  }));
}

function rolloutEvents(a: PlanAnalysis): CalendarEvent[] {
  return a.rollout.stages.flatMap((st, i): CalendarEvent[] => {
    if (!st.start) return [];
    const description = st.stage.checks.length > 0 ? st.stage.checks.map((c) => `- ${c}`).join('\n') : undefined;
    return [{ key: `rollout-${i + 1}`, summary: `Rollout ${st.stage.percent}%`, ...(description ? { description } : {}), categories: 'Rollout', start: st.start, ...(st.finish && st.finish !== st.start ? { end: st.finish } : {}) }];
  });
}

/** One event per person per task they work on, so each person can filter their own. */
function peopleEvents(a: PlanAnalysis): CalendarEvent[] {
  return a.result.schedule.activities.flatMap((s) => {
    const activity = a.index.activity.get(s.id);
    const dates = a.dates.get(s.id);
    if (!activity || !dates || s.finish <= s.start) return [];
    // Handed-off work: each person's event covers their own part.
    return [...spansByPerson(s)].map(([person, span]) => {
      const own = s.crews ? activityDates(span, a.result.calendar) : dates;
      return {
        key: `task-${s.id}-${person}`,
        summary: `${nameOf(person, a.index)}: ${activity.title}`,
        ...(activity.deliverable ? { description: `Deliverable: ${activity.deliverable}` } : {}),
        categories: 'Task',
        start: own.start,
        end: own.finish,
      };
    });
  });
}

/** One event per person per recurring item, repeating on the starts of the occurrences that person does. */
function recurringEvents(a: PlanAnalysis): CalendarEvent[] {
  return a.recurring.flatMap((r) =>
    r.people.map((person): CalendarEvent => {
      const mine = r.times.filter((t) => t.people.includes(person));
      return { key: `recurring-${r.id}-${person}`, summary: `${nameOf(person, a.index)}: ${r.title}`, categories: 'Recurring', start: mine[0].start, end: mine[0].end, ...(mine.length > 1 ? { also: mine.slice(1).map((t) => t.start) } : {}) };
    }),
  );
}

export function calendarEvents(a: PlanAnalysis, withPeople: boolean): CalendarEvent[] {
  return [...headlineEvents(a), ...checkpointEvents(a), ...freezeEvents(a), ...rolloutEvents(a), ...(withPeople ? [...peopleEvents(a), ...recurringEvents(a)] : [])];
}
