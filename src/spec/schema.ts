/**
 * The plan spec's shape: the one source of the spec's TypeScript types (`SpecInput`, `Spec`) and
 * of the published JSON Schema (`json-schema.ts`). It checks structure and formats only; meaning
 * (references, cycles, date order, skills) is checked afterwards in `checks/`, and turning the
 * spec into the Model is `normalise.ts`'s job. No transforms here, so the JSON Schema describes
 * exactly what a user may write.
 *
 * Every object is strict: an unknown key is an error with a "did you mean" suggestion.
 * Leaf formats are registered in `formats` with the diagnostic code their problems get.
 */
import * as z from 'zod';
import { daysInMonth } from '../calendar/index.js';
import type { DiagCode } from '../diag/index.js';

export interface FormatInfo {
  /** The diagnostic code for any problem with a value of this format. */
  readonly code: DiagCode;
  /** What a valid value looks like, for messages: "a duration like 3d". */
  readonly expected: string;
}

/** Leaf schemas whose problems get a specific code instead of the generic E_TYPE. */
export const formats = z.registry<FormatInfo>();

function format<T extends z.ZodType>(schema: T, info: FormatInfo): T {
  const plain: z.ZodType = schema;
  formats.add(plain, info);
  return schema;
}

// ---------------------------------------------------------------------------------------------
// Leaves

export const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
export const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ](?:[01]\d|2[0-3]):[0-5]\d)?$/;
export const DURATION_PATTERN = /^\d+(?:\.\d+)?[hdw]$/;
export const LAG_PATTERN = /^[+-]?\d+(?:\.\d+)?[hdw]$/;
export const PERCENT_PATTERN = /^(?:100(?:\.0+)?|\d{1,2}(?:\.\d+)?)%$/;
export const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

export const id = format(z.string().regex(ID_PATTERN).meta({ id: 'id', description: 'An identifier: letters, digits, -, _ and .', examples: ['ws-server'] }), {
  code: 'E_BAD_ID',
  expected: 'an id like ws-server',
});

export const date = format(
  z
    .string()
    .regex(DATE_PATTERN)
    .refine((s) => isRealDate(s))
    .meta({ id: 'date', description: 'A date YYYY-MM-DD; hour plans may add a time, YYYY-MM-DDTHH:MM.', examples: ['2024-10-15'] }),
  { code: 'E_BAD_DATE', expected: 'a date like 2024-10-15' },
);

export const duration = format(
  z.union([z.number().nonnegative(), z.string().regex(DURATION_PATTERN)]).meta({
    id: 'duration',
    description: 'A span of work: 4h, 3d, 2w (w = one work week), or a plain number of working slots of the plan unit.',
    examples: ['3d'],
  }),
  { code: 'E_BAD_DURATION', expected: 'a duration like 4h, 3d or 2w' },
);

export const lag = format(
  z.union([z.number(), z.string().regex(LAG_PATTERN)]).meta({ id: 'lag', description: 'A delay between linked activities; negative is a lead.', examples: ['2d', '-1d'] }),
  { code: 'E_BAD_DURATION', expected: 'a duration like 2d or -1d' },
);

export const share = format(
  z.union([z.number().min(0).max(1), z.string().regex(PERCENT_PATTERN)]).meta({ id: 'share', description: 'A share: 50% or 0.5.', examples: ['50%'] }),
  { code: 'E_BAD_PERCENT', expected: 'a share like 50% or 0.5' },
);

export const time = format(z.string().regex(TIME_PATTERN), { code: 'E_BAD_TIME', expected: 'a time like 09:30' });

// The range is tried first: a union builds the issues of every option that fails before one
// matches, and on a spec of thousands of ranges that cost a tenth of the validation.
export const estimate = format(
  z.union([z.tuple([duration, duration, duration]), duration]).meta({
    id: 'estimate',
    description: 'One duration, or a three-point range [optimistic, likely, pessimistic].',
    examples: [['2d', '3d', '5d']],
  }),
  { code: 'E_BAD_DURATION', expected: 'a duration like 3d or a range like [2d, 3d, 5d]' },
);

/** Money in the currency's major unit (dollars, euros), at most two decimals, so it is exact in cents. */
export const money = format(
  z
    .number()
    .nonnegative()
    .max(1e13)
    .refine((x) => Math.abs(x * 100 - Math.round(x * 100)) < 1e-6)
    .meta({ id: 'money', description: 'An amount of money in the plan currency, with at most two decimals.', examples: [1250.5] }),
  { code: 'E_BAD_MONEY', expected: 'an amount like 1250 or 1250.50 (at most two decimals)' },
);

const rate = z
  .strictObject({
    amount: money,
    per: z.enum(['hour', 'day']).meta({ description: 'What the amount pays for: an hour or a day of work.' }),
  })
  .meta({ description: 'What one person (or one unit of a pool) costs per hour or day of work on this plan.' });

const positiveInt = format(z.number().int().positive(), { code: 'E_BAD_CAPACITY', expected: 'a whole number of at least 1' });

export const level = z.enum(['low', 'medium', 'high']);
export const priority = z.enum(['must', 'should', 'could', 'wont']);
export const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
const text = z.string();
const texts = z.array(text);

// ---------------------------------------------------------------------------------------------
// Sections

const deadlineObject = z.strictObject({
  date,
  hard: z.boolean().default(true).meta({ description: 'A hard deadline cannot move (a board commitment).' }),
  confidence: share.default(0.8).meta({ description: 'Target probability of finishing by the deadline.' }),
  deliver_by: date.optional().meta({
    description: 'The date to deliver by, on or before the deadline (e.g. keeping the last working day free for emergencies); buffer and on-time are measured to it.',
  }),
});

const freeze = z.strictObject({
  name: text,
  from: date,
  to: date.meta({ description: 'Last frozen day, inclusive.' }),
  blocks: z
    .union([z.literal('all'), z.array(text).min(1)])
    .default('all')
    .meta({ description: '`all` stops all work; a list of task kinds (e.g. [deploy]) stops only those.' }),
});

export const calendar = z.strictObject({
  unit: z.enum(['day', 'hour']).default('day').meta({ description: 'The planning grid: whole days, or hours for incidents.' }),
  workweek: z.array(weekday).optional().meta({ description: 'Worked days; default mon-fri, or every day with hours "24/7".' }),
  hours: z
    .union([z.tuple([z.number().min(0).max(24), z.number().min(0).max(24)]), z.literal('24/7')])
    .optional()
    .meta({ description: 'Working hours [from, to) of a working day, default [9, 17]; "24/7" for around the clock.' }),
  hours_per_day: z.number().positive().max(24).optional().meta({ description: 'Hours in a day of work (1d), default the span of `hours`.' }),
  holidays: z.array(date).default([]),
  freezes: z.array(freeze).default([]),
  timezone: text.optional().meta({ description: 'The IANA time zone the plan\'s dates and hours are in, e.g. Europe/Berlin (default UTC); people in other zones set their own `timezone`.' }),
});

const shift = z.strictObject({
  id,
  title: text.optional().meta({ description: 'Default: the id.' }),
  days: z.array(weekday).min(1).optional().meta({ description: 'Days the shift starts on, in the worker\'s own time zone; default every day.' }),
  from: time.meta({ description: 'When the shift starts, HH:MM in the worker\'s own time zone.' }),
  to: time.meta({ description: 'When it ends; at or before `from` it ends on the next day (22:00 to 06:00).' }),
});

const rotation = z.strictObject({
  id,
  title: text.optional().meta({ description: 'Default: the id.' }),
  shifts: z.array(id).min(1).meta({ description: 'The shifts worked in turn, one period each; `off` is a period off.' }),
  every: duration.meta({ description: 'How long each period lasts: whole days (1d, 2d, 1w).' }),
  from: date.optional().meta({ description: 'The day the first period starts; default the plan start.' }),
  members: z.array(id).min(1).meta({ description: 'Who rotates: the first member starts on the first shift, the second on the second, and so on.' }),
});

const role = z.strictObject({
  id,
  title: text.optional().meta({ description: 'Default: the id.' }),
  people: z.array(id).min(1).meta({ description: 'Who holds the role (in turn, across shifts).' }),
  hands_on: z.boolean().default(true).meta({ description: 'false: the role coordinates; its holders are never given hands-on tasks (only tasks of kind `coordination`).' }),
  duties: text.optional().meta({ description: 'What the role does, in a sentence.' }),
});

const phase = z.strictObject({
  id,
  title: text.optional().meta({ description: 'Default: the id.' }),
  goal: text.optional().meta({ description: 'What this phase is for, in a sentence: "Reduce technical unknowns before committing to an approach".' }),
  deliverables: texts.default([]).meta({ description: 'What the phase hands over when it ends.' }),
});

const goal = z.strictObject({
  id,
  title: text,
  fixed: z.boolean().default(true).meta({ description: 'Fixed goals are never cut; set false for negotiable ones.' }),
  success: texts.default([]).meta({ description: 'Success criteria.' }),
});

const constraints = z.strictObject({
  budget: z.strictObject({ amount: z.number().nonnegative(), currency: text.default('USD'), for: text.optional() }).optional(),
  currency: text.optional().meta({ description: "The plan's currency for rates and costs when there is no budget (default USD)." }),
  quality: texts.default([]).meta({ description: 'Quality bars, e.g. "P95 latency < 500ms".' }),
  notes: texts.default([]),
});

const period = z.strictObject({ from: date, to: date, note: text.optional() });

const commitment = z.strictObject({
  from: date,
  to: date,
  load: share.meta({ description: 'Share of the time other work takes in this period.' }),
  note: text.optional(),
});

export const member = z.strictObject({
  id,
  name: text.optional().meta({ description: 'Default: the id.' }),
  role: text.optional(),
  skills: texts.default([]),
  availability: share.default(1).meta({ description: 'Share of working time given to this plan.' }),
  capacity: positiveInt.optional().meta({ description: 'Makes this entry a pool of that many interchangeable units.' }),
  time_off: z.array(period).default([]),
  commitments: z.array(commitment).default([]),
  rate: rate.optional(),
  shift: id.optional().meta({ description: 'The shift pattern (from `shifts`) this person or pool works; outside it they are off (hour plans).' }),
  timezone: text.optional().meta({ description: 'The IANA time zone of this member\'s shifts and days, e.g. Asia/Tokyo (default: the plan\'s).' }),
  max_hours_per_day: z.number().positive().max(24).optional().meta({ description: 'At most this many hours worked on one day of the member\'s own calendar (hour plans).' }),
  min_rest: duration.optional().meta({ description: 'A break of at least this long is rest, e.g. 11h; a stretch of work with shorter breaks lasts at most 24h minus it (hour plans).' }),
});

const link = z.union([
  id,
  z.strictObject({
    task: id,
    type: z.enum(['FS', 'SS', 'FF', 'SF']).default('FS').meta({ description: 'FS finish-to-start (default), SS, FF or SF.' }),
    lag: lag.default(0),
  }),
]);
const after = z.array(link).default([]).meta({ description: 'Predecessors: ids, or {task, type, lag}.' });

/** Dates that bind one item: tasks, external items and milestones take them. */
const dated = {
  not_before: date.optional().meta({ description: 'Earliest start: the item does not start before this date (a vendor slot, a release window).' }),
  due: date.optional().meta({ description: 'A finish deadline of its own, earlier than the plan\'s: lateness is reported, and the scheduler favours the item within its priority class.' }),
  on: date.optional().meta({ description: 'A fixed-date event: the item starts on this working day (or hour), not before; a start after it is reported as missed.' }),
};

const demand = z.strictObject({
  resource: id.optional(),
  skills: texts.optional(),
  units: positiveInt.default(1),
});

export const task = z.strictObject({
  id,
  title: text.optional().meta({ description: 'Default: the id.' }),
  phase: text.optional(),
  kind: text.optional().meta({ description: 'A class freezes can block, e.g. deploy.' }),
  goal: id.optional(),
  skills: texts.optional().meta({ description: 'Skills the person doing it needs; the scheduler picks who.' }),
  assignee: z.union([id, z.array(id).min(1)]).optional().meta({ description: 'Who does it: one id, or several working together.' }),
  demands: z.array(demand).min(1).optional().meta({ description: 'Explicit resource demands, e.g. 2 units of a pool.' }),
  duration: duration.optional().meta({ description: 'Fixed span, whoever does it.' }),
  effort: duration.optional().meta({ description: 'Person-time; at 50% availability it takes twice as long.' }),
  estimate: estimate.optional().meta({ description: 'Effort for work with people, duration otherwise.' }),
  after,
  priority: priority.default('must'),
  uncertainty: level.default('medium'),
  deliverable: text.optional(),
  splittable: z.boolean().default(false).meta({ description: 'May pause around time off and freezes.' }),
  handoff: z.boolean().default(false).meta({ description: 'Long-running work another qualified person may continue when the first one\'s shift ends (implies splittable; demands by skill only).' }),
  notes: text.optional(),
  cost: money.optional().meta({ description: 'A fixed cost of the item (licences, infrastructure, a vendor fee), in the plan currency.' }),
  ...dated,
});

const external = z.strictObject({
  id,
  title: text.optional(),
  owner: text.optional().meta({ description: 'Who does the work, e.g. Security team.' }),
  phase: text.optional(),
  duration: duration.optional().meta({ description: 'Turnaround: calendar time, no team capacity.' }),
  estimate: estimate.optional(),
  after,
  priority: priority.default('must'),
  uncertainty: level.default('medium'),
  notes: text.optional(),
  cost: money.optional().meta({ description: 'A fixed cost of the item (licences, infrastructure, a vendor fee), in the plan currency.' }),
  ...dated,
});

export const recurring = z.strictObject({
  id,
  title: text.optional().meta({ description: 'Default: the id.' }),
  every: duration.meta({ description: 'How often it comes back, in working time: 2h, 1d, 1w (whole slots of the plan).' }),
  duration: duration.meta({ description: 'How long each occurrence takes; at most `every`. Below a slot it takes that share of the slot.' }),
  assignee: z.union([id, z.array(id).min(1)]).optional().meta({ description: 'Who does it, every time: one id or several together.' }),
  skills: texts.optional().meta({ description: 'Skills it needs; each occurrence goes to a holder who is working then.' }),
  from: date.optional().meta({ description: 'First occurrence; default the plan start.' }),
  to: date.optional().meta({ description: 'No occurrence starts at or after this; default the deadline.' }),
  notes: text.optional(),
});

const trigger = z.strictObject({
  task: id.optional().meta({ description: 'Fires when this task takes longer than `exceeds`.' }),
  exceeds: duration.optional(),
  gate_fails: id.optional().meta({ description: 'Fires when this gate fails.' }),
  risk_occurs: id.optional().meta({ description: 'Fires when this risk occurs.' }),
  on_time_below: share.optional().meta({ description: 'Fires when the chance of delivering on time drops below this.' }),
  action: text,
});

const gate = z.strictObject({
  id,
  title: text.optional(),
  phase: text.optional(),
  after,
  question: text.optional().meta({ description: 'The go/no-go question; default the title.' }),
  criteria: texts.default([]),
  on_fail: text.optional(),
  trigger: trigger.optional().meta({ description: 'A circuit breaker: when its condition holds (a task takes more than `exceeds`, a gate fails, a risk occurs, P(on time) drops below a level), do `action`.' }),
});

const milestone = z.strictObject({
  id,
  title: text.optional(),
  phase: text.optional(),
  goal: id.optional(),
  after,
  ...dated,
});

const risk = z.strictObject({
  id,
  title: text,
  impact: level.default('medium'),
  likelihood: level.default('medium'),
  probability: share.optional().meta({ description: 'Explicit probability of the event; overrides likelihood.' }),
  owner: text.optional().meta({ description: 'A team id, or a name in words.' }),
  mitigation: text.optional(),
  status: z.enum(['open', 'monitor', 'mitigated', 'accepted', 'closed']).default('open'),
  affects: z.array(id).default([]),
  delay: estimate.optional().meta({ description: 'Delay the event adds to each affected activity.' }),
});

/** A stage's percent of users: 25 or "25%". Spread into the stage union to keep it flat. */
const percentOptions = [z.number().positive().max(100), z.string().regex(PERCENT_PATTERN)] as const;

const stage = z.union([
  ...percentOptions,
  z.strictObject({ percent: z.union(percentOptions), task: id.optional(), checks: texts.default([]) }),
]);

const rollout = z.strictObject({
  stages: z.array(stage).min(1).meta({ description: 'Percent of users per stage, e.g. [10, 25, 50, 100].' }),
  rollback: z.union([text, texts]).default([]),
});

const metricGroup = z.strictObject({ name: text.optional(), horizon: text.optional(), items: texts });

const metrics = z.strictObject({
  launch: texts.default([]).meta({ description: 'Launch criteria: must hold to launch.' }),
  post: z.array(z.union([text, metricGroup])).default([]).meta({ description: 'Post-launch metrics, plain or grouped.' }),
});

const cadence = z.strictObject({
  standup: z.union([z.literal('daily'), z.strictObject({ days: z.array(weekday).optional(), time: time.optional() })]).optional(),
  checkin: z.union([z.literal('weekly'), z.strictObject({ day: weekday, time: time.optional() })]).optional(),
});

// ---------------------------------------------------------------------------------------------
// The whole spec

export const specSchema = z
  .strictObject({
    plan: text.meta({ description: 'The plan name.' }),
    start: date,
    deadline: z.union([date, deadlineObject]).optional().meta({ description: 'A date, or {date, hard, confidence}.' }),
    calendar: calendar.default({ unit: 'day', holidays: [], freezes: [] }),
    goals: z.array(goal).default([]),
    phases: z.array(phase).default([]).meta({ description: "The plan's phases, in order; tasks, external items, gates and milestones name theirs by id in `phase`." }),
    constraints: constraints.default({ quality: [], notes: [] }),
    team: z.array(member).default([]).meta({ description: 'People, and pools (entries with a capacity).' }),
    external: z.array(external).default([]).meta({ description: 'Work by others: takes time, not team capacity.' }),
    tasks: z.array(task).default([]),
    gates: z.array(gate).default([]),
    milestones: z.array(milestone).default([]),
    recurring: z.array(recurring).default([]).meta({ description: 'Work that comes back every period (updates, standups, on-call): it takes capacity in each.' }),
    shifts: z.array(shift).default([]).meta({ description: 'Shift patterns, defined once; team members name one with `shift`, or rotate through several with `rotations` (hour plans).' }),
    rotations: z.array(rotation).default([]).meta({ description: 'Rotations: members cycle through shifts, a period each (hour plans).' }),
    roles: z.array(role).default([]).meta({ description: 'Incident roles (commander, communications, operations) and who holds them.' }),
    risks: z.array(risk).default([]),
    rollout: rollout.optional(),
    metrics: metrics.default({ launch: [], post: [] }),
    cadence: cadence.optional(),
    status: text.optional().meta({ description: 'A status file (as_of, done, in progress, blocked) to re-plan from, relative to the spec.' }),
  })
  .meta({ title: 'execplan plan spec', description: 'Goals, a team, work and constraints, for execplan.' });

/** What a user writes (defaults optional). */
export type SpecInput = z.input<typeof specSchema>;
/** The spec after the schema: defaults filled in, still in the user's units. */
export type Spec = z.output<typeof specSchema>;
export type TaskSpec = z.output<typeof task>;
export type MemberSpec = z.output<typeof member>;
export type ExternalSpec = z.output<typeof external>;
export type GateSpec = z.output<typeof gate>;
export type MilestoneSpec = z.output<typeof milestone>;
export type RiskSpec = z.output<typeof risk>;
export type RecurringSpec = z.output<typeof recurring>;
export type PhaseSpec = z.output<typeof phase>;
export type ShiftSpec = z.output<typeof shift>;
export type RotationSpec = z.output<typeof rotation>;
export type RoleSpec = z.output<typeof role>;
export type LinkSpec = z.output<typeof link>;
export type DurationSpec = z.output<typeof duration>;
export type EstimateSpec = z.output<typeof estimate>;
export type ShareSpec = z.output<typeof share>;

/** Top-level sections that are lists of elements with ids; they are validated element by element. */
export const ELEMENT_SECTIONS = ['goals', 'team', 'external', 'tasks', 'gates', 'milestones', 'recurring', 'risks', 'shifts', 'rotations', 'roles'] as const;
export type ElementSection = (typeof ELEMENT_SECTIONS)[number];

/** `2024-02-30` has the right shape but no such day; `0000-02-29` is a day (year 0 is a leap year). */
export function isRealDate(s: string): boolean {
  if (!DATE_PATTERN.test(s)) return false;
  const [y, mo, d] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
  return d <= daysInMonth(y, mo);
}
