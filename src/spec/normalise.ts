/**
 * A valid spec to the Model every later stage reads: defaults applied, durations in working
 * slots of the plan's unit, shares as numbers, every element with its spec path. Only called
 * when the spec has no errors, so it cannot fail.
 */
import type {
  Activity,
  ActivityDates,
  Cadence,
  CalendarSpec,
  Demand,
  Estimate,
  Link,
  MetricGroup,
  Model,
  Recurring,
  Resource,
  Risk,
  Rollout,
  Trigger,
  Work,
} from '../model/index.js';
import type { EstimateSpec, ExternalSpec, GateSpec, LinkSpec, MemberSpec, MilestoneSpec, RecurringSpec, RiskSpec, Spec, TaskSpec } from './schema.js';
import { demandsOf } from './demands.js';
import { dutyOf, rolesOf, shiftsOf } from './shifts.js';
import type { Path } from './source-map.js';
import { gridOf, percentOf, shareOf, slotsOf, spanOf, weekdayNumber, workSlots, type Grid } from './units.js';

export function toModel(spec: Spec): Model {
  const grid = gridOf(spec.calendar);
  const shifts = shiftsOf(spec);
  return defined({
    name: spec.plan,
    start: isoDate(spec.start),
    deadline: deadlineOf(spec.deadline),
    calendar: calendarOf(spec, grid),
    goals: spec.goals.map((g, i) => ({ id: g.id, title: g.title, fixed: g.fixed, success: g.success, path: ['goals', i] })),
    phases: spec.phases.length === 0 ? undefined : spec.phases.map((p, i) => defined({ id: p.id, title: p.title ?? p.id, goal: p.goal, deliverables: p.deliverables, path: ['phases', i] })),
    constraints: defined({
      budget: spec.constraints.budget && defined({ ...spec.constraints.budget }),
      currency: spec.constraints.budget?.currency ?? spec.constraints.currency,
      quality: spec.constraints.quality,
      notes: spec.constraints.notes,
    }),
    resources: spec.team.map((m, i) => withRate({ ...resourceOf(m, i), ...dutyOf(m, spec, shifts) }, m, grid)),
    activities: [
      ...spec.tasks.map((t, i) => taskOf(t, i, grid)),
      ...spec.external.map((e, i) => externalOf(e, i, grid)),
      ...spec.gates.map((g, i) => gateOf(g, i, grid)),
      ...spec.milestones.map((m, i) => milestoneOf(m, i, grid)),
    ],
    risks: spec.risks.map((r, i) => riskOf(r, i, grid)),
    rollout: rolloutOf(spec.rollout),
    metrics: { launch: spec.metrics.launch, post: metricGroups(spec.metrics.post) },
    cadence: cadenceOf(spec.cadence, grid),
    status: spec.status,
    recurring: spec.recurring.length > 0 ? spec.recurring.map((r, i) => recurringOf(r, i, spec, grid)) : undefined,
    shifts: shifts.length > 0 ? shifts : undefined,
    roles: spec.roles.length > 0 ? rolesOf(spec) : undefined,
  });
}

/** Validation made sure `to` or a deadline is there, and that assignee and skills are not both. */
function recurringOf(r: RecurringSpec, i: number, spec: Spec, grid: Grid): Recurring {
  const deadline = typeof spec.deadline === 'string' ? spec.deadline : spec.deadline?.date;
  return {
    id: r.id,
    title: r.title ?? r.id,
    every: slotsOf(r.every, grid),
    duration: slotsOf(r.duration, grid),
    assignees: r.assignee === undefined ? [] : Array.isArray(r.assignee) ? r.assignee : [r.assignee],
    skills: r.skills ?? [],
    from: isoDate(r.from ?? spec.start),
    to: isoDate(r.to ?? deadline ?? spec.start),
    untilFinish: r.to === undefined,
    path: ['recurring', i],
  };
}

function isoDate(date: string): string {
  return date.replace(' ', 'T');
}

function deadlineOf(d: Spec['deadline']): Model['deadline'] {
  if (d === undefined) return undefined;
  if (typeof d === 'string') return { date: isoDate(d), hard: true, confidence: 0.8 };
  const deliverBy = d.deliver_by === undefined ? {} : { deliverBy: isoDate(d.deliver_by) };
  return { date: isoDate(d.date), hard: d.hard, confidence: shareOf(d.confidence), ...deliverBy };
}

function calendarOf(spec: Spec, grid: Grid): CalendarSpec {
  return {
    unit: grid.unit,
    workweek: grid.workweek,
    hours: grid.hours,
    ...(spec.calendar.timezone !== undefined ? { timezone: spec.calendar.timezone } : {}),
    ...(spec.calendar.hours_per_day !== undefined ? { hoursPerDay: spec.calendar.hours_per_day } : {}),
    holidays: spec.calendar.holidays.map(isoDate),
    freezes: spec.calendar.freezes.map((f, i) => ({
      name: f.name,
      from: isoDate(f.from),
      to: isoDate(f.to),
      blocks: f.blocks,
      path: ['calendar', 'freezes', i],
    })),
  };
}

function resourceOf(m: MemberSpec, i: number): Resource {
  return defined({
    id: m.id,
    name: m.name ?? m.id,
    kind: m.capacity === undefined ? 'person' : 'pool',
    skills: m.skills,
    capacity: m.capacity ?? 1,
    availability: shareOf(m.availability),
    timeOff: m.time_off.map((p) => ({ from: isoDate(p.from), to: isoDate(p.to) })),
    commitments: m.commitments.map((c) => defined({ from: isoDate(c.from), to: isoDate(c.to), load: shareOf(c.load), note: c.note })),
    role: m.role,
    path: ['team', i],
  });
}

function linkOf(link: LinkSpec, grid: Grid): Link {
  if (typeof link === 'string') return { from: link, type: 'FS', lag: 0 };
  return { from: link.task, type: link.type, lag: spanOf(link.lag, grid) };
}

/** The model keeps what a demand asks for; where it is written matters only to the checks. */
function modelDemandsOf(t: TaskSpec, path: Path): Demand[] {
  return demandsOf(t, path).map(({ resource, skills, units }) => defined({ resource, skills, units }));
}

interface Sized {
  readonly work: Work;
  readonly estimate?: Estimate;
}

/**
 * Fixed spans are whole slots unless below one slot; effort stays exact. An estimate is effort
 * when people do the work and a fixed span otherwise; a range's likely value is the
 * deterministic plan's.
 */
function sized(fields: { duration?: string | number; effort?: string | number; estimate?: EstimateSpec }, people: boolean, grid: Grid): Sized {
  const span = (d: string | number): number => workSlots(d, grid);
  const exact = (d: string | number): number => slotsOf(d, grid);
  if (fields.duration !== undefined) return { work: { mode: 'duration', slots: span(fields.duration) } };
  if (fields.effort !== undefined) return { work: { mode: 'effort', amount: exact(fields.effort) } };
  if (fields.estimate !== undefined) {
    const convert = people ? exact : span;
    const work = (n: number): Work => (people ? { mode: 'effort', amount: n } : { mode: 'duration', slots: n });
    if (!Array.isArray(fields.estimate)) return { work: work(convert(fields.estimate)) };
    const [optimistic, likely, pessimistic] = fields.estimate.map(convert);
    return { work: work(likely), estimate: { optimistic, likely, pessimistic } };
  }
  return { work: { mode: 'duration', slots: 1 } };
}

/** Where an activity is written, with what every kind of activity has. */
interface ActivitySpec {
  readonly id: string;
  readonly title?: string;
  readonly after: readonly LinkSpec[];
  readonly phase?: string;
}

function depsOf(a: ActivitySpec, grid: Grid): Link[] {
  return a.after.map((l) => linkOf(l, grid));
}

// The activities below are flat literals in the model's field order: spreading parts into a
// literal this wide cost more than all the rest of the conversion on a spec of thousands of tasks.

function taskOf(t: TaskSpec, i: number, grid: Grid): Activity {
  const path = ['tasks', i];
  const demands = modelDemandsOf(t, path);
  const size = sized(t, demands.length > 0, grid);
  return defined({
    id: t.id,
    title: t.title ?? t.id,
    type: 'task',
    work: size.work,
    estimate: size.estimate,
    deps: depsOf(t, grid),
    demands,
    priority: t.priority,
    uncertainty: t.uncertainty,
    phase: t.phase,
    kind: t.kind,
    deliverable: t.deliverable,
    splittable: t.splittable || t.handoff,
    handoff: t.handoff ? true : undefined,
    goal: t.goal,
    dates: datesOf(t),
    cost: t.cost === undefined ? undefined : cents(t.cost),
    path,
  });
}

/** An amount in major units (dollars) as whole minor units (cents); the schema allows two decimals. */
function cents(amount: number): number {
  return Math.round(amount * 100);
}

/** A member's rate as minor units per working slot of the plan's grid. */
function withRate(r: Resource, m: MemberSpec, grid: Grid): Resource {
  if (!m.rate) return r;
  const amount = cents(m.rate.amount);
  const perSlot = m.rate.per === (grid.unit === 'day' ? 'day' : 'hour') ? amount : grid.unit === 'day' ? amount * grid.hoursPerDay : amount / grid.hoursPerDay;
  return { ...r, rate: perSlot };
}

/** The item's binding dates, or undefined when it has none (the model then has no `dates`). */
function datesOf(d: { readonly not_before?: string; readonly on?: string; readonly due?: string }): ActivityDates | undefined {
  if (d.not_before === undefined && d.on === undefined && d.due === undefined) return undefined;
  const iso = (v: string | undefined) => (v === undefined ? undefined : isoDate(v));
  return defined({ notBefore: iso(d.not_before), on: iso(d.on), due: iso(d.due) });
}

function externalOf(e: ExternalSpec, i: number, grid: Grid): Activity {
  const size = sized(e, false, grid);
  return defined({
    id: e.id,
    title: e.title ?? e.id,
    type: 'external',
    work: size.work,
    estimate: size.estimate,
    deps: depsOf(e, grid),
    demands: [],
    priority: e.priority,
    uncertainty: e.uncertainty,
    phase: e.phase,
    splittable: false,
    owner: e.owner,
    dates: datesOf(e),
    cost: e.cost === undefined ? undefined : cents(e.cost),
    path: ['external', i],
  });
}

/**
 * Gates and milestones are points the plan passes: they take no time and nobody's work, and
 * they are never optional or uncertain.
 */
function pointOf(p: ActivitySpec, type: 'gate' | 'milestone', own: Pick<Activity, 'gate' | 'goal' | 'dates'>, path: Path, grid: Grid): Activity {
  return defined({
    id: p.id,
    title: p.title ?? p.id,
    type,
    work: { mode: 'duration', slots: 0 },
    deps: depsOf(p, grid),
    demands: [],
    priority: 'must',
    uncertainty: 'low',
    phase: p.phase,
    splittable: false,
    gate: own.gate,
    goal: own.goal,
    dates: own.dates,
    path,
  });
}

function gateOf(g: GateSpec, i: number, grid: Grid): Activity {
  const gate = defined({
    question: g.question ?? g.title ?? g.id,
    criteria: g.criteria,
    onFail: g.on_fail ?? '',
    trigger: g.trigger && triggerOf(g.trigger, grid),
  });
  return pointOf(g, 'gate', { gate }, ['gates', i], grid);
}

/** The checks let exactly one condition through, with `exceeds` beside `task`. */
function triggerOf(t: NonNullable<GateSpec['trigger']>, grid: Grid): Trigger {
  const { action } = t;
  if (t.task !== undefined) return { task: t.task, exceeds: spanOf(t.exceeds ?? 0, grid), action };
  if (t.gate_fails !== undefined) return { gateFails: t.gate_fails, action };
  if (t.risk_occurs !== undefined) return { riskOccurs: t.risk_occurs, action };
  return { onTimeBelow: shareOf(t.on_time_below ?? 0), action };
}

function milestoneOf(m: MilestoneSpec, i: number, grid: Grid): Activity {
  return pointOf(m, 'milestone', defined({ goal: m.goal, dates: datesOf(m) }), ['milestones', i], grid);
}

function riskOf(r: RiskSpec, i: number, grid: Grid): Risk {
  const span = (d: string | number): number => spanOf(d, grid);
  let delay: Estimate | undefined;
  if (r.delay !== undefined) {
    const [optimistic, likely, pessimistic] = Array.isArray(r.delay) ? r.delay.map(span) : [span(r.delay), span(r.delay), span(r.delay)];
    delay = { optimistic, likely, pessimistic };
  }
  return defined({
    id: r.id,
    title: r.title,
    impact: r.impact,
    likelihood: r.likelihood,
    probability: r.probability === undefined ? undefined : shareOf(r.probability),
    owner: r.owner,
    mitigation: r.mitigation,
    status: r.status,
    affects: r.affects,
    delay,
    path: ['risks', i],
  });
}

function rolloutOf(r: Spec['rollout']): Rollout | undefined {
  if (!r) return undefined;
  return {
    stages: r.stages.map((s) => (typeof s === 'object' ? defined({ percent: percentOf(s.percent), task: s.task, checks: s.checks }) : { percent: percentOf(s), checks: [] })),
    rollback: typeof r.rollback === 'string' ? [r.rollback] : r.rollback,
  };
}

/** Plain strings next to each other form one unnamed group; named groups stay as written. */
function metricGroups(post: Spec['metrics']['post']): MetricGroup[] {
  const groups: MetricGroup[] = [];
  let loose: string[] | undefined;
  for (const item of post) {
    if (typeof item === 'string') {
      if (!loose) {
        loose = [];
        groups.push({ items: loose });
      }
      loose.push(item);
    } else {
      loose = undefined;
      groups.push(defined({ name: item.name, horizon: item.horizon, items: item.items }));
    }
  }
  return groups;
}

function cadenceOf(c: Spec['cadence'], grid: Grid): Cadence | undefined {
  if (!c) return undefined;
  const standup =
    c.standup === undefined ? undefined : c.standup === 'daily' ? { days: grid.workweek } : defined({ days: c.standup.days?.map(weekdayNumber) ?? grid.workweek, time: c.standup.time });
  // A weekly check-in defaults to the last working day of the week.
  const checkin =
    c.checkin === undefined
      ? undefined
      : c.checkin === 'weekly'
        ? { day: lastWorkday(grid) }
        : defined({ day: weekdayNumber(c.checkin.day), time: c.checkin.time });
  return defined({ standup, checkin });
}

function lastWorkday(grid: Grid): Model['calendar']['workweek'][number] {
  const week = grid.workweek;
  if (week.includes(5)) return 5;
  return week.length > 0 ? week[week.length - 1] : 5;
}

/**
 * Drops keys whose value is undefined, so optional model fields are absent rather than undefined.
 * Copies instead of deleting: an object that lost keys by `delete` turns into a slow dictionary
 * for every later stage that reads it.
 */
function defined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out as T;
}
