/**
 * The shape of a `Model` handed in by a caller who built it in code: every field of the type it
 * is declared with, enums among their values, numbers finite, and the few invariants the
 * scheduler relies on to terminate (a working weekday, working hours in a day, positive
 * capacities and units). The loaders produce models that pass it by construction; a model built
 * in code skips the loader, so the library checks it here rather than let the scheduler read a
 * missing field or loop on a week without working days.
 *
 * This is a check of types, not of meaning: references are resolved by `referenceProblem`,
 * and everything else a spec is checked for (cycles, date order, limits) is the loader's.
 * `satisfies` ties the schema to the `Model` type, so the two cannot drift apart.
 */
import { z } from 'zod';
import { isKnownZone } from '../calendar/index.js';
import type { Model } from '../model/index.js';

const text = z.string();
/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` in hour plans: the calendar parses nothing else. */
const date = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ](?:[01]\d|2[0-3]):[0-5]\d)?$/, 'must be a date YYYY-MM-DD (or YYYY-MM-DDTHH:MM)').refine(isRealDay, 'is not a day of the calendar');
const finite = z.number();
const nonNegative = z.number().min(0);
const positive = z.number().gt(0);
const path = z.array(z.union([z.string(), z.number()]));
const level = z.enum(['low', 'medium', 'high']);
const weekday = z.literal([0, 1, 2, 3, 4, 5, 6]);
const period = z.object({ from: date, to: date });
const estimate = z.object({ optimistic: nonNegative, likely: nonNegative, pessimistic: nonNegative });

const calendar = z.object({
  unit: z.enum(['day', 'hour']),
  workweek: z.array(weekday).min(1, 'needs a working weekday'),
  hours: z.tuple([z.number().min(0).max(24), z.number().min(0).max(24)]).refine(([from, to]) => from < to, 'must run [from, to) with from < to'),
  holidays: z.array(date),
  freezes: z.array(z.object({ name: text, from: date, to: date, blocks: z.union([z.literal('all'), z.array(text)]), path })),
  timezone: z.string().refine(isKnownZone, 'must be a time zone Intl knows').optional(),
});

const minute = z.number().int().min(0).max(1439);
const shift = z.object({ id: text, title: text, days: z.array(weekday), from: minute, to: minute, path });
const roster = z.object({
  cycle: z.array(shift.optional()).min(1),
  every: z.number().int().min(1),
  from: date,
  offset: z.number().int(),
  source: z.object({ kind: z.enum(['shift', 'rotation']), id: text }),
});

const work = z.discriminatedUnion('mode', [z.object({ mode: z.literal('duration'), slots: nonNegative }), z.object({ mode: z.literal('effort'), amount: nonNegative })]);

const activity = z.object({
  id: text,
  title: text,
  type: z.enum(['task', 'external', 'gate', 'milestone']),
  work,
  estimate: estimate.optional(),
  deps: z.array(z.object({ from: text, type: z.enum(['FS', 'SS', 'FF', 'SF']), lag: finite })),
  demands: z.array(z.object({ resource: text.optional(), skills: z.array(text), units: positive })),
  priority: z.enum(['must', 'should', 'could', 'wont']),
  uncertainty: level,
  phase: text.optional(),
  kind: text.optional(),
  deliverable: text.optional(),
  splittable: z.boolean(),
  handoff: z.boolean().optional(),
  goal: text.optional(),
  owner: text.optional(),
  gate: z
    .object({
      question: text,
      criteria: z.array(text),
      onFail: text,
      trigger: z.union([z.object({ task: text, exceeds: finite, action: text }), z.object({ gateFails: text, action: text }), z.object({ riskOccurs: text, action: text }), z.object({ onTimeBelow: z.number().min(0).max(1), action: text })]).optional(),
    })
    .optional(),
  dates: z.object({ notBefore: date.optional(), on: date.optional(), due: date.optional() }).optional(),
  cost: z.number().int().nonnegative().optional(),
  path,
});

const resource = z.object({
  id: text,
  name: text,
  kind: z.enum(['person', 'pool']),
  skills: z.array(text),
  capacity: positive,
  availability: z.number().gt(0).max(1),
  timeOff: z.array(period),
  commitments: z.array(z.object({ from: date, to: date, load: z.number().min(0).max(1), note: text.optional() })),
  role: text.optional(),
  rate: z.number().nonnegative().optional(),
  roster: roster.optional(),
  timezone: z.string().refine(isKnownZone, 'must be a time zone Intl knows').optional(),
  rest: z.object({ maxHoursPerDay: z.number().gt(0).max(24).optional(), minRest: z.number().min(0).lt(24).optional() }).optional(),
  path,
});

const risk = z.object({
  id: text,
  title: text,
  impact: level,
  likelihood: level,
  probability: z.number().min(0).max(1).optional(),
  owner: text.optional(),
  mitigation: text.optional(),
  status: z.enum(['open', 'monitor', 'mitigated', 'accepted', 'closed']),
  affects: z.array(text),
  delay: estimate.optional(),
  path,
});

export const modelShape = z.object({
  name: text,
  start: date,
  deadline: z.object({ date, hard: z.boolean(), confidence: z.number().gt(0).max(1), deliverBy: date.optional() }).optional(),
  calendar,
  goals: z.array(z.object({ id: text, title: text, fixed: z.boolean(), success: z.array(text), path })),
  phases: z.array(z.object({ id: text, title: text, goal: text.optional(), deliverables: z.array(text), path })).optional(),
  constraints: z.object({
    budget: z.object({ amount: finite, currency: text, for: text.optional() }).optional(),
    currency: text.optional(),
    quality: z.array(text),
    notes: z.array(text),
  }),
  resources: z.array(resource),
  activities: z.array(activity),
  risks: z.array(risk),
  rollout: z.object({ stages: z.array(z.object({ percent: finite, task: text.optional(), checks: z.array(text) })), rollback: z.array(text) }).optional(),
  metrics: z.object({ launch: z.array(text), post: z.array(z.object({ name: text.optional(), horizon: text.optional(), items: z.array(text) })) }),
  shifts: z.array(shift).optional(),
  roles: z.array(z.object({ id: text, title: text, people: z.array(text), handsOn: z.boolean(), duties: text.optional(), path })).optional(),
  cadence: z
    .object({
      standup: z.object({ days: z.array(weekday), time: text.optional() }).optional(),
      checkin: z.object({ day: weekday, time: text.optional() }).optional(),
    })
    .optional(),
}) satisfies z.ZodType<Model>;

/** Day 31 of April or 29 February of a common year pass the pattern, not this. */
function isRealDay(iso: string): boolean {
  const [year, month, day] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/** The first shape problem of a model, as `model.activities[3].work.mode must be …`; undefined when it passes. */
export function modelShapeProblem(value: unknown, name: string): string | undefined {
  const parsed = modelShape.safeParse(value);
  if (parsed.success) return referenceProblem(value as Model, name);
  const issue = parsed.error.issues[0];
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `${name}${where}: ${issue.message}`;
}

/**
 * Ids the scheduler keys its tables by: an id given twice, a link from or a named resource that
 * does not exist. A linear pass over sets of ids.
 */
function referenceProblem(model: Model, name: string): string | undefined {
  const activities = new Set(model.activities.map((a) => a.id));
  const resources = new Set(model.resources.map((r) => r.id));
  if (activities.size < model.activities.length) return `${name}.activities: two activities share the id ${JSON.stringify(repeated(model.activities).slice(0, 40))}`;
  if (resources.size < model.resources.length) return `${name}.resources: two resources share the id ${JSON.stringify(repeated(model.resources).slice(0, 40))}`;
  for (const [i, a] of model.activities.entries()) {
    const link = a.deps.findIndex((d) => !activities.has(d.from));
    if (link >= 0) return `${name}.activities[${i}].deps[${link}].from names no activity of the model`;
    const demand = a.demands.findIndex((d) => d.resource !== undefined && !resources.has(d.resource));
    if (demand >= 0) return `${name}.activities[${i}].demands[${demand}].resource names no resource of the model`;
  }
  return undefined;
}

function repeated(items: readonly { readonly id: string }[]): string {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) return item.id;
    seen.add(item.id);
  }
  return '';
}
