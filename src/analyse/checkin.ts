/**
 * What a check-in would say if a period goes exactly as planned: the seed's "Week X Status"
 * pre-filled from the schedule, and each person's first focus for the daily standup.
 */
import type { PlanPeriod, PlanIndex } from '../plan/index.js';
import type { Driver } from '../schedule/index.js';
import type { PlanResult } from './result.js';

export interface CheckinItem {
  readonly activity: string;
  readonly people: readonly string[];
  /** Planned share of the activity's worked slots done by the end of the period, 0..100. */
  readonly percent: number;
}

export interface PlannedCheckin {
  readonly period: PlanPeriod;
  readonly completed: readonly CheckinItem[];
  readonly inProgress: readonly CheckinItem[];
  /**
   * Work of this or the next period that depends on an external item, with what really holds its
   * start (the external, or another cause such as its person's shift).
   */
  readonly waiting: readonly { readonly activity: string; readonly on: string; readonly drivenBy: Driver }[];
  /** Risks affecting the work of this or the next period. */
  readonly risks: readonly string[];
  /** Work starting in the next period. */
  readonly next: readonly string[];
  /** Gates and external items due in this or the next period: what stakeholders must provide. */
  readonly decisions: readonly string[];
  readonly externals: readonly string[];
}

function workedBefore(segments: readonly (readonly [number, number])[], slot: number): number {
  return segments.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, slot) - a), 0);
}

export function plannedCheckin(result: PlanResult, index: PlanIndex, periods: readonly PlanPeriod[], number: number): PlannedCheckin {
  const period = periods[number - 1];
  const next = periods[number];
  const horizon = next?.to ?? period.to;
  const staffed = result.schedule.activities.filter((s) => s.assignees.length > 0 && s.finish > s.start);
  const touching = staffed.filter((s) => s.start < period.to && s.finish > period.from);
  const item = (s: (typeof staffed)[number]): CheckinItem => {
    const total = workedBefore(s.segments, Infinity);
    return { activity: s.id, people: [...new Set(s.assignees)], percent: total > 0 ? Math.round((workedBefore(s.segments, period.to) / total) * 100) : 100 };
  };
  const soon = result.schedule.activities.filter((s) => s.start < horizon && s.finish >= period.from);
  const soonIds = new Set(soon.map((s) => s.id));
  const typeOf = (id: string) => index.activity.get(id)?.type;
  const waiting = soon
    .filter((s) => typeOf(s.id) === 'task')
    .flatMap((s) => {
      const drivenBy: Driver = index.timing.get(s.id)?.drivenBy ?? { kind: 'none' };
      return (index.activity.get(s.id)?.deps ?? []).filter((d) => typeOf(d.from) === 'external').map((d) => ({ activity: s.id, on: d.from, drivenBy }));
    });
  return {
    period,
    completed: touching.filter((s) => s.finish <= period.to).map(item),
    inProgress: touching.filter((s) => s.finish > period.to).map(item),
    waiting,
    risks: result.model.risks.filter((r) => r.status !== 'closed' && r.affects.some((id) => soonIds.has(id))).map((r) => r.id),
    next: next ? staffed.filter((s) => s.start >= next.from && s.start < next.to).map((s) => s.id) : [],
    decisions: soon.filter((s) => typeOf(s.id) === 'gate' && s.start >= period.from).map((s) => s.id),
    externals: soon.filter((s) => typeOf(s.id) === 'external').map((s) => s.id),
  };
}

export interface Focus {
  readonly slot: number;
  readonly activities: readonly string[];
}

/**
 * Each person's first planned work: the standup's "Today" on their first working day. One pass
 * over the schedule for the whole team, so a big team costs no more than a small one per task.
 */
export function firstFocuses(result: PlanResult): ReadonlyMap<string, Focus> {
  const worked = result.schedule.activities.filter((s) => s.finish > s.start);
  const people = (s: (typeof worked)[number]) => (s.assignees.length > 1 ? new Set(s.assignees) : s.assignees);
  const first = new Map<string, number>();
  for (const s of worked) {
    const slot = s.segments[0]?.[0] ?? s.start;
    for (const r of people(s)) first.set(r, Math.min(first.get(r) ?? Infinity, slot));
  }
  const focus = new Map<string, string[]>();
  for (const s of worked) {
    for (const r of people(s)) {
      const slot = first.get(r)!;
      if (!s.segments.some(([a, b]) => a <= slot && slot < b)) continue;
      const list = focus.get(r) ?? [];
      list.push(s.id);
      focus.set(r, list);
    }
  }
  return new Map([...first].map(([r, slot]) => [r, { slot, activities: focus.get(r) ?? [] }]));
}
