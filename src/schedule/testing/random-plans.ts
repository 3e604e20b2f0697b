/**
 * Test helper: random small plans with every feature the scheduler supports (skills, pools,
 * part-time people, time off, commitments, all link types with lags, effort and duration work
 * (some below one slot, packed into part of it),
 * externals, milestones, gates, priorities, splitting, freezes, day and hour calendars,
 * not-before, fixed (`on`) and due dates, and in hour plans shifts, rotations, a time zone,
 * rest rules and hand-offs), for
 * property tests of the scheduler and of the Monte Carlo re-scheduling. Not used by the core.
 */
import fc from 'fast-check';
import type { Freeze, LinkType, Priority, Resource, Shift } from '../../model/types.js';
import { buildModel, type ResourceInput, type TaskInput } from './build-model.js';

const SKILLS = ['web', 'db', 'ops'];
/** Working days of both calendars below (the day plan's holiday, Wed 23 Oct, left out), for `on` dates. */
const WORKING_DAYS = ['2024-10-14', '2024-10-16', '2024-10-17', '2024-10-21', '2024-10-22', '2024-10-25', '2024-10-29'];
const day = (offset: number) => new Date(Date.UTC(2024, 9, 14 + offset)).toISOString().slice(0, 10);

const period = fc.tuple(fc.integer({ min: -3, max: 25 }), fc.integer({ min: 0, max: 6 })).map(([from, len]) => ({ from: day(from), to: day(from + len) }));

const person = fc.record({
  skills: fc.subarray(SKILLS),
  availability: fc.constantFrom(1, 1, 0.8, 0.5),
  timeOff: fc.array(period, { maxLength: 2 }),
  commitments: fc.array(period.chain((p) => fc.constantFrom(0.25, 0.5).map((load) => ({ ...p, load }))), { maxLength: 1 }),
  capacity: fc.constantFrom(1, 1, 1, 2, 3),
  // Hour plans only: a shift (or a turn in a two-shift rotation), a zone, rest rules.
  shift: fc.constantFrom(undefined, undefined, 'am', 'pm', 'rota0', 'rota1'),
  timezone: fc.constantFrom(undefined, undefined, 'Europe/Berlin'),
  maxHoursPerDay: fc.constantFrom(undefined, undefined, 3, 5),
  minRest: fc.constantFrom(undefined, undefined, 2, 15),
});

/** Shifts around the hour plans' 9-to-5, read in each worker's own zone. */
const SHIFTS: Record<string, Shift> = {
  am: { id: 'am', title: 'am', days: [1, 2, 3, 4, 5], from: 9 * 60, to: 13 * 60, path: [] },
  pm: { id: 'pm', title: 'pm', days: [1, 2, 3, 4, 5], from: 12 * 60, to: 18 * 60, path: [] },
};

function dutyOf(r: PlanInput['people'][number]): Partial<Resource> {
  const roster: Resource['roster'] =
    r.shift === undefined
      ? undefined
      : r.shift.startsWith('rota')
        ? { cycle: [SHIFTS.am, SHIFTS.pm], every: 1, from: '2024-10-14', offset: Number(r.shift.slice(4)), source: { kind: 'rotation', id: 'rota' } }
        : { cycle: [SHIFTS[r.shift]], every: 1, from: '2024-10-14', offset: 0, source: { kind: 'shift', id: r.shift } };
  const rest = r.maxHoursPerDay !== undefined || r.minRest !== undefined ? { ...(r.maxHoursPerDay !== undefined ? { maxHoursPerDay: r.maxHoursPerDay } : {}), ...(r.minRest !== undefined ? { minRest: r.minRest } : {}) } : undefined;
  return { ...(roster ? { roster } : {}), ...(r.timezone ? { timezone: r.timezone } : {}), ...(rest ? { rest } : {}) };
}

const link = fc.record({
  back: fc.integer({ min: 1, max: 4 }),
  type: fc.constantFrom<LinkType>('FS', 'FS', 'SS', 'FF', 'SF'),
  lag: fc.integer({ min: -2, max: 3 }),
});

const task = fc.record({
  type: fc.constantFrom('task', 'task', 'task', 'task', 'external', 'milestone', 'gate') as fc.Arbitrary<TaskInput['type']>,
  effortMode: fc.boolean(),
  amount: fc.constantFrom(0.5, 1, 2, 3, 4),
  demands: fc.array(fc.record({ named: fc.boolean(), pick: fc.nat(10), skills: fc.subarray(SKILLS, { maxLength: 2 }), units: fc.constantFrom(1, 1, 2) }), { maxLength: 2 }),
  links: fc.array(link, { maxLength: 3 }),
  priority: fc.constantFrom<Priority>('must', 'should', 'could', 'wont'),
  splittable: fc.boolean(),
  handoff: fc.boolean(),
  kind: fc.constantFrom(undefined, 'deploy', 'code'),
  uncertainty: fc.constantFrom('low', 'medium', 'high') as fc.Arbitrary<TaskInput['uncertainty']>,
  date: fc.option(fc.record({ field: fc.constantFrom('notBefore', 'on', 'due'), pick: fc.nat(WORKING_DAYS.length - 1) }), { freq: 3 }),
});

const freeze: fc.Arbitrary<Freeze> = fc
  .tuple(period, fc.constantFrom<Freeze['blocks']>('all', ['deploy']), fc.nat(99))
  .map(([p, blocks, k]) => ({ name: `f${k}`, ...p, blocks, path: [] }));

export const planInput = fc.record({
  hourly: fc.boolean(),
  // Shifts and rest rules cover the whole horizon, which costs time: one hour plan in four has them.
  rostered: fc.constantFrom(false, false, false, true),
  people: fc.array(person, { minLength: 1, maxLength: 4 }),
  tasks: fc.array(task, { minLength: 1, maxLength: 9 }),
  freezes: fc.array(freeze, { maxLength: 2 }),
  schedules: fc.integer({ min: 1, max: 30 }),
  seed: fc.integer(),
});

export type PlanInput = typeof planInput extends fc.Arbitrary<infer T> ? T : never;

export function toModel(p: PlanInput) {
  const resources: ResourceInput[] = p.people.map(({ shift, timezone, maxHoursPerDay, minRest, ...r }, k) => ({
    id: `r${k}`,
    ...r,
    kind: r.capacity > 1 ? 'pool' : 'person',
    ...(p.hourly && p.rostered ? dutyOf({ shift, timezone, maxHoursPerDay, minRest, ...r }) : {}),
  }));
  const tasks: TaskInput[] = p.tasks.map((t, j) => ({
    id: `t${j}`,
    type: t.type,
    ...(t.type === 'milestone' || t.type === 'gate' ? {} : t.effortMode && t.type === 'task' ? { effort: t.amount } : { duration: t.amount < 1 ? t.amount : Math.ceil(t.amount) }),
    demands: t.type === 'task' ? t.demands.map((d) => (d.named ? { resource: `r${d.pick % resources.length}`, units: d.units } : { skills: d.skills, units: d.units })) : [],
    after: t.links.filter((l) => l.back <= j).map((l) => ({ from: `t${j - l.back}`, type: l.type, lag: l.lag })),
    priority: t.priority,
    splittable: t.splittable || (p.hourly && p.rostered && t.handoff),
    ...(p.hourly && p.rostered && t.handoff ? { handoff: true } : {}),
    kind: t.kind,
    uncertainty: t.uncertainty,
    ...(t.date && t.type !== 'gate' ? { dates: { [t.date.field]: WORKING_DAYS[t.date.pick] } } : {}),
  }));
  // A must-have never waits on a won't-have (validation forbids it), so lift such inputs.
  for (const t of tasks) {
    if (t.priority === 'wont') continue;
    for (const l of t.after ?? []) {
      const from = tasks.find((x) => x.id === (typeof l === 'string' ? l : l.from));
      if (from && from.priority === 'wont') from.priority = 'could';
    }
  }
  return buildModel({
    start: '2024-10-14',
    calendar: p.hourly ? { unit: 'hour', hours: [9, 17], freezes: p.freezes } : { freezes: p.freezes, holidays: ['2024-10-23'] },
    resources,
    tasks,
  });
}

/**
 * Plans where people are the bottleneck: one to three full-time people, four to fourteen
 * tasks each done by a named person or by skill, FS chains, and every priority class but
 * won't. Many of them make the search choose whose work waits, which the feature-rich plans
 * above rarely do.
 */
export const contendedPlanInput = fc.record({
  people: fc.array(fc.subarray(SKILLS.slice(0, 2), { minLength: 1 }), { minLength: 1, maxLength: 3 }),
  tasks: fc.array(
    fc.record({
      days: fc.integer({ min: 1, max: 4 }),
      named: fc.boolean(),
      pick: fc.nat(5),
      priority: fc.constantFrom<Priority>('must', 'should', 'could'),
      after: fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
    }),
    { minLength: 4, maxLength: 14 },
  ),
  schedules: fc.integer({ min: 1, max: 60 }),
  seed: fc.integer(),
});

export type ContendedPlanInput = typeof contendedPlanInput extends fc.Arbitrary<infer T> ? T : never;

export function toContendedModel(p: ContendedPlanInput) {
  const resources: ResourceInput[] = p.people.map((skills, k) => ({ id: `r${k}`, skills }));
  const tasks: TaskInput[] = p.tasks.map((t, j) => ({
    id: `t${j}`,
    duration: t.days,
    ...(t.named ? { assignee: `r${t.pick % resources.length}` } : { skills: [resources[t.pick % resources.length].skills![0]] }),
    after: [...new Set(t.after.filter((back) => back <= j).map((back) => `t${j - back}`))],
    priority: t.priority,
  }));
  return buildModel({ start: '2024-10-14', resources, tasks });
}
