/**
 * The JSON contract (docs/json.md). Bump `version` on any breaking change; add fields freely.
 */
import type { PlanResult } from '../../analyse/result.js';
import type { Activity } from '../../model/types.js';
import type { ActivityTiming, ChainStep, ScheduledActivity } from '../../schedule/types.js';
import { activityDates, finishDate, weekBuckets, type WeekBucket } from '../../plan/plan-dates.js';
import { bookedUnitsBySlot } from '../../analyse/booked-units.js';
import { analyseCriticalPath } from '../../analyse/critical-path.js';
import { indexPlan } from '../../plan/plan-index.js';
import { slotAfter } from '../../plan/buffer.js';
import { forecastEntry } from './forecast.js';

const JSON_FORMAT = 'execplan.plan';
const JSON_VERSION = 1;

export function renderJson(result: PlanResult): string {
  return `${JSON.stringify(planDocument(result), null, 2)}\n`;
}

export function planDocument(result: PlanResult) {
  const { model, schedule, timing, calendar } = result;
  const index = indexPlan(result);
  const finish = finishDate(result);
  const deadline = model.deadline;
  // A date deadline includes its whole day; a datetime one is the instant itself.
  const toDeadline = deadline ? slotAfter(result, deadline.date) - schedule.makespan : null;
  const weeks = weekBuckets(result);
  return {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    plan: { name: model.name, unit: model.calendar.unit, start: model.start, schedules: result.options.schedules, seed: result.options.seed },
    summary: {
      start: calendar.slotStart(0),
      finish,
      makespan: schedule.makespan,
      deadline: deadline ? { date: deadline.date, hard: deadline.hard, confidence: deadline.confidence } : null,
      onTime: toDeadline === null ? null : toDeadline >= 0,
      slotsToDeadline: toDeadline,
      criticalPath: analyseCriticalPath(result, index).ids,
      criticalChains: timing.chains.map((chain) => chain.map((step) => chainStep(step, result))),
      scheduled: schedule.activities.length,
      unscheduled: model.activities.length - schedule.activities.length,
      resources: model.resources.length,
      warnings: result.diagnostics.filter((d) => d.severity === 'warning').length,
    },
    tasks: schedule.activities.map((s) => taskEntry(s, index.activity.get(s.id), index.timing.get(s.id), result)),
    unscheduled: model.activities
      .filter((a) => !index.scheduled.has(a.id))
      .map((a) => ({ id: a.id, title: a.title, priority: a.priority, reason: a.priority === 'wont' ? 'wont' : 'dropped' })),
    resources: model.resources.map((r) => ({ id: r.id, name: r.name, kind: r.kind, capacity: r.capacity, skills: r.skills })),
    load: {
      weeks: weeks.map((w) => ({ week: w.monday, from: w.from, to: w.to })),
      byResource: model.resources.map((r) => resourceLoad(r.id, r.capacity, weeks, result)),
    },
    forecast: forecastEntry(result.forecast),
    diagnostics: result.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, ...(d.path ? { path: d.path } : {}) })),
  };
}

function taskEntry(s: ScheduledActivity, activity: Activity | undefined, t: ActivityTiming | undefined, result: PlanResult) {
  const dates = activityDates(s, result.calendar);
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
  };
}

/** A step of a critical chain: an activity with how it joins the one before, or a wait with its reason. */
function chainStep(step: ChainStep, result: PlanResult) {
  const cal = result.calendar;
  if (step.kind === 'wait') return { kind: 'wait', from: cal.slotStart(step.from), to: cal.slotStart(step.to), fromOffset: step.from, toOffset: step.to, reason: step.reason };
  return { kind: 'activity', id: step.id, startOffset: step.start, finishOffset: step.finish, ...(step.via ? { via: step.via } : {}) };
}

function resourceLoad(resourceId: string, capacity: number, weeks: readonly WeekBucket[], result: PlanResult) {
  const booked = bookedUnitsBySlot(resourceId, result);
  return {
    resource: resourceId,
    periods: runLengths(booked),
    perWeek: weeks.map((w) => {
      let used = 0;
      let available = 0;
      for (let slot = w.from; slot < w.to; slot++) {
        used += booked[slot] ?? 0;
        available += capacity * result.calendar.rate(resourceId, slot);
      }
      return { week: w.monday, used: round2(used), available: round2(available), utilisation: available > 0 ? round2(used / available) : null };
    }),
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

/** The deadline is inclusive: work may use the whole deadline day. */
