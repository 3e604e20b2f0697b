/**
 * Test helper: a complete Model from the few fields a test cares about. Not used by the core.
 */
import { emptyModel, type Activity, type CalendarSpec, type Demand, type Link, type Model, type Resource, type Work } from '../../model/index.js';

export interface TaskInput {
  id: string;
  type?: Activity['type'];
  duration?: number;
  effort?: number;
  after?: (string | Partial<Link> & { from: string })[];
  demands?: Partial<Demand>[];
  /** Shorthand for one demand on a named resource. */
  assignee?: string;
  /** Shorthand for one demand by skill. */
  skills?: string[];
  priority?: Activity['priority'];
  uncertainty?: Activity['uncertainty'];
  kind?: string;
  splittable?: boolean;
  handoff?: boolean;
  dates?: Activity['dates'];
}

export interface ResourceInput extends Partial<Omit<Resource, 'id'>> {
  id: string;
}

export interface ModelInput {
  start?: string;
  calendar?: Partial<CalendarSpec>;
  resources?: ResourceInput[];
  tasks: TaskInput[];
}

function workOf(t: TaskInput): Work {
  if (t.effort !== undefined) return { mode: 'effort', amount: t.effort };
  return { mode: 'duration', slots: t.duration ?? 0 };
}

function demandsOf(t: TaskInput): Demand[] {
  const out: Demand[] = (t.demands ?? []).map((d) => ({ skills: d.skills ?? [], units: d.units ?? 1, resource: d.resource }));
  if (t.assignee) out.push({ resource: t.assignee, skills: [], units: 1 });
  if (t.skills) out.push({ skills: t.skills, units: 1 });
  return out;
}

/** Monday to Friday, 9 to 5, no holidays or freezes, but for what the test sets. */
export function weekdayCalendar(overrides: Partial<CalendarSpec> = {}): CalendarSpec {
  return { unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: [], freezes: [], ...overrides };
}

/** A person (a pool when capacity > 1) with full availability and no skills unless given. */
export function resourceOf(r: ResourceInput, i: number): Resource {
  return {
    name: r.id,
    kind: (r.capacity ?? 1) > 1 ? 'pool' : 'person',
    skills: [],
    capacity: 1,
    availability: 1,
    timeOff: [],
    commitments: [],
    path: ['team', i],
    ...r,
  };
}

export function buildModel(input: ModelInput): Model {
  const calendar = weekdayCalendar(input.calendar);
  const resources = (input.resources ?? []).map(resourceOf);
  const activities: Activity[] = input.tasks.map((t, i) => ({
    id: t.id,
    title: t.id,
    type: t.type ?? 'task',
    work: workOf(t),
    deps: (t.after ?? []).map((a) => (typeof a === 'string' ? { from: a, type: 'FS', lag: 0 } : { type: 'FS', lag: 0, ...a })),
    demands: demandsOf(t),
    priority: t.priority ?? 'must',
    uncertainty: t.uncertainty ?? 'medium',
    kind: t.kind,
    splittable: t.splittable ?? false,
    ...(t.handoff ? { handoff: true } : {}),
    ...(t.dates ? { dates: t.dates } : {}),
    path: ['tasks', i],
  }));
  return { ...emptyModel('test plan', input.start ?? '2024-10-14', calendar), resources, activities };
}
