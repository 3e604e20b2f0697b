/**
 * Writes a generated project (src/bench/generate.ts) as the JSON spec a user would write, so the
 * pipeline bench can run the whole `execplan plan` command on it. Pure: returns the text.
 *
 * Only what the generator produces is mapped: people with skills, availability and time off;
 * effort-driven tasks with a three-point estimate, a skill or a named assignee, finish-to-start
 * links with lags, priority, uncertainty and phase; a day calendar with holidays.
 */
import type { Activity, Link, Model, Resource } from '../model/index.js';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export function specText(model: Model): string {
  if (model.calendar.unit !== 'day') throw new Error('specText supports day plans only');
  const spec = {
    plan: model.name,
    start: model.start,
    calendar: { unit: 'day', workweek: model.calendar.workweek.map((d) => WEEKDAYS[d]), hours: model.calendar.hours, holidays: model.calendar.holidays },
    team: model.resources.map(personEntry),
    tasks: model.activities.map(taskEntry),
  };
  return `${JSON.stringify(spec)}\n`;
}

function personEntry(person: Resource): Record<string, unknown> {
  if (person.kind !== 'person' || person.commitments.length > 0) throw new Error(`specText: ${person.id} is not a plain person`);
  return {
    id: person.id,
    name: person.name,
    skills: person.skills,
    ...(person.availability < 1 ? { availability: `${Math.round(person.availability * 100)}%` } : {}),
    ...(person.timeOff.length > 0 ? { time_off: person.timeOff.map((p) => ({ from: p.from, to: p.to })) } : {}),
  };
}

function taskEntry(task: Activity): Record<string, unknown> {
  if (task.type !== 'task' || task.work.mode !== 'effort' || !task.estimate || task.demands.length !== 1) throw new Error(`specText: ${task.id} is not a generated task`);
  const demand = task.demands[0];
  const { optimistic, likely, pessimistic } = task.estimate;
  return {
    id: task.id,
    title: task.title,
    phase: task.phase,
    ...(demand.resource !== undefined ? { assignee: demand.resource } : { skills: demand.skills }),
    estimate: [`${optimistic}d`, `${likely}d`, `${pessimistic}d`],
    ...(task.deps.length > 0 ? { after: task.deps.map(afterEntry) } : {}),
    priority: task.priority,
    uncertainty: task.uncertainty,
  };
}

function afterEntry(link: Link): string | Record<string, unknown> {
  if (link.type !== 'FS') throw new Error(`specText: only finish-to-start links are generated, got ${link.type}`);
  return link.lag === 0 ? link.from : { task: link.from, lag: `${link.lag}d` };
}
