/**
 * The JSON contract (docs/json.md) as one zod schema, from which the published JSON Schema
 * (docs/execplan-plan.schema.json) is generated. Every object is strict: a document with a field
 * the schema does not list, or without one it lists, fails validation, and the tests validate
 * every JSON document they make. To add a field: add it here and in docs/json.md, then run
 * `npm run build && node scripts/write-schema.mjs`.
 */
import * as z from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/).meta({ description: 'YYYY-MM-DD in day plans, YYYY-MM-DDTHH:MM in hour plans' });
const slot = z.number().int();
const share = z.number().min(0).max(1);
const id = z.string();
const priority = z.enum(['must', 'should', 'could']);
const linkType = z.enum(['FS', 'SS', 'FF', 'SF']);

const linkDriver = z.strictObject({ kind: z.literal('link'), from: id, type: linkType, lag: z.number() });
const handoffDriver = z.strictObject({ kind: z.literal('handoff'), from: id, resource: id });
const driver = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('start') }),
  linkDriver,
  handoffDriver,
  z.strictObject({ kind: z.literal('calendar'), resource: id, cause: z.enum(['off', 'committed']) }),
  z.strictObject({ kind: z.literal('freeze'), freeze: z.string() }),
  z.strictObject({ kind: z.literal('status'), cause: z.enum(['as-of', 'blocked']) }),
  z.strictObject({ kind: z.literal('date'), constraint: z.enum(['not-before', 'on']) }),
  z.strictObject({ kind: z.literal('none') }),
]);

const breaker = z.strictObject({
  gate: id,
  condition: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('overrun'), task: id, exceeds: z.number(), taken: z.number().optional(), projected: z.number().optional() }),
    z.strictObject({ kind: z.literal('gate-failed'), gate: id }),
    z.strictObject({ kind: z.literal('risk-occurred'), risk: id }),
    z.strictObject({ kind: z.literal('on-time-below'), level: share, probability: share.optional() }),
  ]),
  fired: z.boolean(),
  projected: z.boolean(),
  action: z.string(),
});

const item = { activity: id, people: z.array(id) };
const tracking = z.strictObject({
  asOf: date,
  replanFrom: date,
  replanFromOffset: slot,
  done: slot.min(0),
  inProgress: slot.min(0),
  blocked: slot.min(0),
  gates: z.array(z.strictObject({ gate: id, state: z.enum(['passed', 'failed']), on: date, note: z.string().optional() })),
  checkin: z.strictObject({
    period: z.string(),
    from: date,
    completed: z.array(z.strictObject({ ...item, done: date })),
    inProgress: z.array(z.strictObject({ ...item, percent: z.number() })),
    blocked: z.array(z.strictObject({ ...item, reason: z.string(), until: date.optional() })),
    risks: z.array(z.strictObject({ risk: id, state: z.enum(['occurred', 'rising']), delay: z.number().optional(), note: z.string().optional() })),
    next: z.array(z.strictObject(item)),
    asks: z.array(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('gate-failed'), gate: id, onFail: z.string(), note: z.string().optional() }),
        z.strictObject({ kind: z.literal('breaker-fired'), gate: id, action: z.string() }),
        z.strictObject({ kind: z.literal('musts-late'), count: slot.min(1), last: id, finish: date, delivery: date }),
      ]),
    ),
  }),
  standups: z.array(z.strictObject({ person: id, yesterday: z.array(id), today: z.array(id), blockers: z.array(id) })),
});

const chainStep = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('activity'), id, startOffset: slot, finishOffset: slot, via: z.discriminatedUnion('kind', [linkDriver, handoffDriver]).optional() }),
  z.strictObject({ kind: z.literal('wait'), from: date, to: date, fromOffset: slot, toOffset: slot, reason: driver }),
]);

const summary = z.strictObject({
  verdict: z.strictObject({
    status: z.enum(['on-track', 'at-risk', 'late', 'no-deadline']),
    reason: z.enum(['finish-after-delivery', 'p-on-time-below-target', 'thin-buffer', 'p-on-time-meets-target', 'buffer-holds', 'no-deadline']),
  }),
  start: date,
  finish: date,
  makespan: slot,
  forecastFinish: z.strictObject({ date, offset: slot, basis: z.enum(['forecast', 'plan']), p: share.nullable() }),
  targetConfidence: share,
  deadline: z.strictObject({ date, hard: z.boolean() }).nullable(),
  delivery: z.strictObject({ date, reason: z.enum(['deadline', 'freeze', 'deliver-by']), freezes: z.array(z.string()), slotsBeforeDeadline: z.number() }).nullable(),
  onTime: z.boolean().nullable(),
  slotsToDelivery: z.number().nullable(),
  slotsToDeadline: z.number().nullable(),
  bufferPercent: z.number().nullable(),
  pOnTime: z.strictObject({ probability: share, by: date, target: share }).nullable(),
  criticalPath: z.array(id),
  criticalPathLength: slot,
  criticalChains: z.array(z.array(chainStep)),
  scheduled: slot.min(0),
  unscheduled: slot.min(0),
  resources: slot.min(0),
  warnings: slot.min(0),
  musts: z.strictObject({ fit: z.boolean(), lateBy: z.number(), chain: z.array(id), doesNotFit: z.array(id) }),
  readiness: z.array(z.strictObject({ id: z.string(), title: z.string(), pass: z.boolean(), reason: z.string() })),
  breakers: z.array(breaker),
});

const task = z.strictObject({
  id,
  title: z.string(),
  type: z.enum(['task', 'external', 'gate', 'milestone']),
  phase: z.string().nullable(),
  kind: z.string().nullable(),
  priority,
  start: date,
  finish: date,
  startOffset: slot,
  finishOffset: slot,
  assignees: z.array(id),
  critical: z.boolean(),
  totalFloat: z.number(),
  freeFloat: z.number(),
  drivenBy: driver,
  segments: z.array(z.tuple([slot, slot])),
  share: z.number().gt(0).max(1),
  crews: z
    .array(z.strictObject({ from: slot, to: slot, start: date, finish: date, assignees: z.array(id) }))
    .nullable()
    .meta({ description: 'Handed-off work: who works each part [from, to), back to back from start to finish; null when one crew does it all.' }),
  dates: z
    .strictObject({ notBefore: date.nullable(), on: date.nullable(), due: date.nullable(), lateBy: slot.min(0), missed: z.enum(['on', 'due']).nullable() })
    .nullable()
    .meta({ description: "The item's own dates and its lateness against them; null without dates." }),
  work: z.strictObject({ mode: z.enum(['effort', 'duration']), amount: z.number(), booked: z.number() }).nullable(),
  estimate: z.strictObject({ optimistic: z.number(), likely: z.number(), pessimistic: z.number() }).nullable(),
});

const phase = z.strictObject({
  id: z.string().nullable(),
  title: z.string(),
  goal: z.string().nullable(),
  deliverables: z.array(z.string()),
  start: date,
  finish: date,
  activities: z.array(id),
});

const cents = z.number().int().meta({ description: 'An amount in minor units (cents) of the plan currency' });
const costForecast = z.strictObject({ p50: cents, p80: cents, p95: cents });

const cost = z.strictObject({
  currency: z.string(),
  planned: cents,
  labour: cents,
  fixed: cents,
  byPhase: z.array(z.strictObject({ phase: z.string().nullable(), title: z.string(), amount: cents })),
  byWeek: z.array(z.strictObject({ week: date, amount: cents })),
  forecast: costForecast.nullable(),
  budget: z
    .strictObject({ amount: cents, basis: z.enum(['p80', 'planned']), margin: cents, over: z.boolean(), drivers: z.array(z.strictObject({ id, amount: cents })) })
    .nullable(),
  unrated: z.array(id),
});

const moment = z.strictObject({ date, offset: z.number().int() });
const variance = z.strictObject({ baseline: moment, current: moment, slots: z.number().int(), days: z.number() });
const workAmount = z.strictObject({ mode: z.enum(['effort', 'duration']), amount: z.number(), estimate: z.strictObject({ optimistic: z.number(), likely: z.number(), pessimistic: z.number() }).nullable() });
const slipPriority = z.enum(['must', 'should', 'could', 'wont']);
const activityType = z.enum(['task', 'external', 'gate', 'milestone']);

const slip = z.strictObject({
  baseline: z.strictObject({ name: z.string(), start: date, finish: date, seed: z.number().int().nullable(), schedules: z.number().int().nullable() }),
  finish: variance,
  drift: z.strictObject({
    slots: z.number().int(),
    days: z.number(),
    causes: z.array(z.strictObject({ kind: z.enum(['plan-start', 'start', 're-estimated', 'duration', 'done', 'in-progress', 'blocked', 'added', 'baseline-finish']), ids: z.array(id), slots: z.number().int(), driver: driver.optional() })),
  }),
  items: z.array(z.strictObject({ id, type: activityType, critical: z.boolean(), start: variance, finish: variance })),
  added: z.array(z.strictObject({ id, title: z.string(), type: activityType, priority: slipPriority, work: z.number().nullable() })),
  removed: z.array(z.strictObject({ id, title: z.string(), type: activityType, priority: slipPriority, work: z.number().nullable(), reason: z.enum(['wont', 'deleted']) })),
  reestimated: z.array(z.strictObject({ id, title: z.string(), before: workAmount, after: workAmount })),
  spi: z.strictObject({ value: z.number().nullable(), earned: z.number(), planned: z.number(), asOf: moment, basis: z.enum(['plan-start', 'status']) }),
});

const load = z.strictObject({
  weeks: z.array(z.strictObject({ week: date, from: slot, to: slot })),
  byResource: z.array(
    z.strictObject({
      resource: id,
      periods: z.array(z.tuple([slot, slot, z.number()])),
      perWeek: z.array(z.strictObject({ week: date, used: z.number(), available: z.number(), utilisation: z.number().nullable(), overAllocated: z.boolean() })),
    }),
  ),
});

const finishPoint = z.strictObject({ offset: slot, date });
const capacityAsk = z.strictObject({ skill: z.string(), people: z.number().int(), probability: share, runs: slot.min(0), halfWidth: share });

const forecast = z.strictObject({
  iterations: slot.min(1),
  precision: z
    .strictObject({
      confidence: share,
      converged: z.boolean(),
      cap: slot.min(1),
      floor: slot.min(1),
      percentiles: z.array(z.strictObject({ p: share, tolerance: z.number().positive(), toleranceSlots: z.number().positive(), toleranceShare: share, low: z.number().nullable(), high: z.number().nullable(), halfWidth: z.number().min(0).nullable() })),
    })
    .meta({ description: 'How precisely the runs pin down P50, P80 and P95, and whether they stopped because they converged (docs/forecast.md).' }),
  seed: z.number().int(),
  distribution: z.enum(['pert', 'triangular']),
  correlation: share,
  targetConfidence: share,
  deterministic: finishPoint,
  percentiles: z.array(z.strictObject({ p: share, offset: slot, date })),
  mean: z.number(),
  onTimeProbability: share.nullable(),
  failedIterations: slot.min(0),
  histogram: z.array(z.strictObject({ from: slot, to: slot, count: slot.min(0) })),
  cumulative: z.array(z.strictObject({ offset: slot, date, probability: share })),
  tasks: z.array(z.strictObject({ id, criticality: share, sensitivity: z.number().min(-1).max(1) })),
  riskDrivers: z.array(z.strictObject({ riskId: id, title: z.string(), probability: share, p80Impact: z.number(), meanImpact: z.number().nullable(), onTimeWithout: share.nullable() })),
  mergePoints: z.array(z.strictObject({ id, paths: slot, note: z.string() })),
  learning: z
    .strictObject({
      team: z.strictObject({ ratio: z.number(), tasks: slot.min(0) }),
      people: z.array(z.strictObject({ person: id, ratio: z.number(), tasks: slot.min(0) })),
      raw: z.array(z.strictObject({ p: share, offset: slot, date })),
      learned: z.array(z.strictObject({ p: share, offset: slot, date })),
    })
    .nullable(),
  buffer: z.strictObject({
    toP50: z.number(),
    toP80: z.number(),
    toP95: z.number(),
    atTargetToDeadline: z.number().nullable(),
    criticalChain: z.number(),
    shareOfPlan: z.number().nullable(),
    warnings: z.array(z.string()),
  }),
  scopeFit: z
    .strictObject({
      needed: z.boolean(),
      reachesTarget: z.boolean(),
      probabilityBefore: share,
      probabilityAfter: share,
      runsAfter: slot.min(0),
      halfWidthAfter: share,
      cuts: z.array(z.strictObject({ id, title: z.string(), priority: z.enum(['should', 'could']), dependents: z.array(id) })),
      dateAtTarget: finishPoint.nullable(),
      extraCapacity: z.array(capacityAsk),
      bestCapacity: capacityAsk.nullable(),
      fixedGoalsAtRisk: z.array(id),
    })
    .nullable(),
  cost: z.strictObject({ p50: cents, p80: cents, p95: cents, mean: cents }).nullable(),
});

export const planDocumentSchema = z
  .strictObject({
    format: z.literal('execplan.plan'),
    version: z.literal(2),
    plan: z.strictObject({ name: z.string(), unit: z.enum(['day', 'hour']), start: date, schedules: slot.min(1), time: z.number().positive().optional(), seed: slot.min(0) }),
    summary: summary.meta({ description: 'The headline facts every output states.' }),
    tasks: z.array(task).meta({ description: 'One entry per scheduled activity, in spec order.' }),
    phases: z.array(phase).meta({ description: 'One entry per phase with scheduled work, in document order.' }),
    unscheduled: z.array(z.strictObject({ id, title: z.string(), priority: z.enum(['must', 'should', 'could', 'wont']), reason: z.enum(['wont', 'dropped']) })),
    resources: z.array(z.strictObject({ id, name: z.string(), kind: z.enum(['person', 'pool']), capacity: slot.min(1), skills: z.array(z.string()) })),
    load: load.meta({ description: 'Booked units per slot and the load per calendar week of each resource.' }),
    tracking: tracking.nullable().meta({ description: 'Where the plan stands when re-planned from a status file (docs/tracking.md), else null.' }),
    recurring: z
      .array(z.strictObject({ id, title: z.string(), every: z.number().positive(), duration: z.number().positive(), people: z.array(id), occurrences: slot.min(0), first: date.nullable(), last: date.nullable(), work: z.number().min(0) }))
      .meta({ description: 'Recurring work, one entry per item, however many occurrences it has.' }),
    shifts: z
      .strictObject({
        handoffs: z.array(z.strictObject({ task: id, title: z.string(), at: date, atOffset: slot, from: z.array(id), to: z.array(id) })).meta({ description: 'Every hand-off, in time order: who passes the task to whom, and when.' }),
        workers: z
          .array(
            z.strictObject({
              resource: id,
              roster: z.strictObject({ kind: z.enum(['shift', 'rotation']), id }).nullable(),
              timezone: z.string().nullable(),
              maxHoursPerDay: z.number().positive().nullable(),
              minRest: z.number().min(0).nullable(),
              mostHoursInADay: z.number().min(0),
              longestStretch: z.number().min(0),
            }),
          )
          .meta({ description: 'People and pools with a shift, a rotation or rest rules: their limits beside the most hours they work on one of their days and their longest stretch without rest.' }),
        roles: z.array(z.strictObject({ id, title: z.string(), people: z.array(id), handsOn: z.boolean(), duties: z.string().nullable() })).meta({ description: 'Incident roles and who holds them; handsOn false: coordination only.' }),
      })
      .meta({ description: 'Shifts, rest and roles (empty lists when the plan has none).' }),
    forecast: forecast.nullable().meta({ description: 'The Monte Carlo forecast, or null with --iterations 0.' }),
    cost: cost.nullable().meta({ description: "The plan's cost and budget check, or null when nothing has a rate or a cost." }),
    slip: slip.nullable().meta({ description: 'The slip against the --baseline plan, or null without one (docs/tracking.md).' }),
    diagnostics: z.array(z.strictObject({ code: z.string().regex(/^[EW]_[A-Z0-9_]+$/), severity: z.enum(['error', 'warning']), message: z.string(), path: z.array(z.union([z.string(), z.number()])).optional() })),
  })
  .meta({ title: 'execplan plan', description: 'The JSON contract of `execplan plan --format json` (docs/json.md).' });

/** The document `--format json` writes, as its consumers read it. */
export type PlanDocument = z.output<typeof planDocumentSchema>;

/** The published JSON Schema of the document. */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planDocumentSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
