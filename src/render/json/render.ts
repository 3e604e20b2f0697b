/**
 * The JSON contract (docs/json.md). Bump `version` on any breaking change; add fields freely.
 */
import { type CostAnalysis, type DateFact, type PlanAnalysis, type Outlook, type PlanResult, type PeriodLoad } from '../../analyse/index.js';
import type { Activity } from '../../model/index.js';
import type { ActivityTiming, ChainStep, ScheduledActivity } from '../../schedule/index.js';
import { activityDates, workOf } from '../../plan/index.js';
import { forecastEntry } from './forecast.js';
import { breakerEntry, trackingEntry } from './tracking.js';
import { slipEntry } from './slip.js';

const JSON_FORMAT = 'execplan.plan';
const JSON_VERSION = 2;

export function renderJson(analysis: PlanAnalysis): string {
  return `${JSON.stringify(planDocument(analysis), null, 2)}\n`;
}

export function planDocument(analysis: PlanAnalysis) {
  const { result, index } = analysis;
  const { model, schedule } = result;
  const { allocation } = analysis;
  const dated = new Map(analysis.dateConstraints.map((d) => [d.id, d]));
  return {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    plan: { name: model.name, unit: model.calendar.unit, start: model.start, schedules: result.options.schedules, ...(result.options.time !== undefined ? { time: result.options.time } : {}), seed: result.options.seed },
    summary: {
      ...outlookEntry(analysis.outlook),
      criticalPath: analysis.criticalPath.ids,
      criticalPathLength: analysis.criticalPath.length,
      criticalChains: analysis.criticalPath.chains.map((chain) => chain.map((step) => chainStep(step, result))),
      scheduled: schedule.activities.length,
      unscheduled: model.activities.length - schedule.activities.length,
      resources: model.resources.length,
      warnings: result.diagnostics.filter((d) => d.severity === 'warning').length,
      musts: { fit: analysis.capacity.mustsFit, lateBy: analysis.capacity.mustLateBy, chain: analysis.capacity.mustChain, doesNotFit: analysis.capacity.doesNotFit },
      readiness: analysis.readiness.map((r) => ({ id: r.id, title: r.title, pass: r.pass, reason: r.reason })),
      breakers: analysis.breakers.map(breakerEntry),
    },
    tracking: trackingEntry(analysis),
    tasks: schedule.activities.map((s) => ({ ...taskEntry(s, index.activity.get(s.id), index.timing.get(s.id), analysis), dates: dateEntry(dated.get(s.id)) })),
    phases: analysis.phases.map((p) => ({ id: p.name ?? null, title: p.title, goal: p.purpose ?? null, deliverables: p.declaredDeliverables, start: p.start, finish: p.finish, activities: p.activities })),
    unscheduled: model.activities
      .filter((a) => !index.scheduled.has(a.id))
      .map((a) => ({ id: a.id, title: a.title, priority: a.priority, reason: a.priority === 'wont' ? 'wont' : 'dropped' })),
    resources: model.resources.map((r) => ({ id: r.id, name: r.name, kind: r.kind, capacity: r.capacity, skills: r.skills })),
    load: {
      weeks: allocation.weeks.map((w) => ({ week: w.monday, from: w.from, to: w.to })),
      byResource: allocation.resources.map((r) => ({
        resource: r.id,
        periods: runLengths(allocation.bookedUnits.get(r.id) ?? []),
        perWeek: r.weeks.map((l, i) => weekLoad(allocation.weeks[i].monday, l)),
      })),
    },
    recurring: analysis.recurring.map((r) => ({ id: r.id, title: r.title, every: r.every, duration: r.duration, people: r.people, occurrences: r.occurrences, first: r.first ?? null, last: r.last ?? null, work: r.work })),
    shifts: shiftsEntry(analysis),
    forecast: forecastEntry(result.forecast),
    cost: costEntry(analysis.cost),
    slip: slipEntry(analysis.slip),
    diagnostics: result.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, ...(d.path ? { path: d.path } : {}) })),
  };
}

function shiftsEntry({ shifts }: PlanAnalysis) {
  return {
    handoffs: shifts.handoffs.map((h) => ({ task: h.task, title: h.title, at: h.at, atOffset: h.atOffset, from: h.from, to: h.to })),
    workers: shifts.workers.map((w) => ({
      resource: w.resource,
      roster: w.roster ?? null,
      timezone: w.timezone ?? null,
      maxHoursPerDay: w.maxHoursPerDay ?? null,
      minRest: w.minRest ?? null,
      mostHoursInADay: w.mostHoursInADay,
      longestStretch: w.longestStretch,
    })),
    roles: shifts.roles.map((r) => ({ id: r.id, title: r.title, people: r.people, handsOn: r.handsOn, duties: r.duties ?? null })),
  };
}

/** The headline facts, every optional one present as null so consumers see one shape. */
function outlookEntry(o: Outlook) {
  return {
    verdict: o.verdict,
    start: o.start,
    finish: o.plannedFinish.date,
    makespan: o.plannedFinish.offset,
    forecastFinish: { date: o.forecastFinish.date, offset: o.forecastFinish.offset, basis: o.forecastFinish.basis, p: o.forecastFinish.p ?? null },
    targetConfidence: o.targetConfidence,
    deadline: o.deadline ? { date: o.deadline.date, hard: o.deadline.hard } : null,
    delivery: o.delivery ? { date: o.delivery.date, reason: o.delivery.reason, freezes: o.delivery.freezes, slotsBeforeDeadline: o.delivery.slotsBeforeDeadline } : null,
    onTime: o.onTime ?? null,
    slotsToDelivery: o.margins?.toDelivery ?? null,
    slotsToDeadline: o.margins?.toDeadline ?? null,
    bufferPercent: o.margins?.bufferPercent === undefined ? null : Math.round(o.margins.bufferPercent * 10) / 10,
    pOnTime: o.pOnTime ?? null,
  };
}

function taskEntry(s: ScheduledActivity, activity: Activity | undefined, t: ActivityTiming | undefined, { result, dates: datesOf }: PlanAnalysis) {
  const dates = datesOf.get(s.id) ?? activityDates(s, result.calendar);
  return {
    id: s.id,
    title: activity?.title ?? s.id,
    type: activity?.type ?? 'task',
    phase: activity?.phase ?? null,
    kind: activity?.kind ?? null,
    priority: activity?.priority ?? 'must',
    start: dates.start,
    finish: dates.finish,
    startOffset: s.start,
    finishOffset: s.finish,
    assignees: s.assignees,
    critical: t?.critical ?? false,
    totalFloat: t?.totalFloat ?? 0,
    freeFloat: t?.freeFloat ?? 0,
    drivenBy: t?.drivenBy ?? { kind: 'none' },
    segments: s.segments,
    share: s.share ?? 1,
    crews: s.crews ? s.crews.map((c) => ({ from: c.from, to: c.to, ...activityDates({ start: c.from, finish: c.to }, result.calendar), assignees: c.assignees })) : null,
    work: activity ? plannedWork(s, activity) : null,
    estimate: activity?.estimate ? { ...activity.estimate } : null,
  };
}

/** The plan's cost in minor units (cents) of its currency, or null when nothing has a rate or a cost. */
function costEntry(cost: CostAnalysis | undefined) {
  if (!cost) return null;
  const { currency, planned, labour, fixed, forecast, budget, unrated } = cost;
  return {
    currency,
    planned,
    labour,
    fixed,
    byPhase: cost.byPhase.map((p) => ({ phase: p.key, title: p.title, amount: p.amount })),
    byWeek: cost.byWeek.map((w) => ({ week: w.key, amount: w.amount })),
    forecast: forecast ?? null,
    budget: budget ?? null,
    unrated,
  };
}

/** An item's binding dates and its lateness against them; null for an item without dates. */
function dateEntry(fact: DateFact | undefined) {
  if (!fact) return null;
  const { notBefore, on, due } = fact.dates;
  return { notBefore: notBefore ?? null, on: on ?? null, due: due ?? null, lateBy: fact.lateBy, missed: fact.missed ?? null };
}

/** The work the plan is made with, so a later plan can tell a re-estimate from a move. */
function plannedWork(s: ScheduledActivity, a: Activity) {
  return { mode: a.work.mode, amount: a.work.mode === 'effort' ? a.work.amount : a.work.slots, booked: round2(workOf(s, a)) };
}

/** A step of a critical chain: an activity with how it joins the one before, or a wait with its reason. */
function chainStep(step: ChainStep, result: PlanResult) {
  const cal = result.calendar;
  if (step.kind === 'wait') return { kind: 'wait', from: cal.slotStart(step.from), to: cal.slotStart(step.to), fromOffset: step.from, toOffset: step.to, reason: step.reason };
  return { kind: 'activity', id: step.id, startOffset: step.start, finishOffset: step.finish, ...(step.via ? { via: step.via } : {}) };
}

/** A week's load as src/analyse/allocation.ts defines it, rounded for reading. */
function weekLoad(week: string, l: PeriodLoad) {
  return {
    week,
    used: round2(l.work),
    available: round2(l.available),
    utilisation: l.utilisation === undefined ? null : round2(l.utilisation),
    overAllocated: l.overAllocated,
  };
}

/** [from, to, units] runs of equal booked units, leaving out idle runs: compact for big plans. */
function runLengths(units: readonly number[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let slot = 0; slot < units.length; ) {
    let end = slot + 1;
    while (end < units.length && units[end] === units[slot]) end++;
    if (units[slot] !== 0) runs.push([slot, end, units[slot]]);
    slot = end;
  }
  return runs;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
