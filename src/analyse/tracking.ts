/**
 * Where a re-planned plan stands (docs/tracking.md), computed once for every format: the weekly
 * check-in of the status's week filled from the status (completed with who, in progress with
 * the share done, blocked with the blocker, risks that occurred or are rising, next week from the
 * re-plan, asks derived from a failed gate, a fired breaker or a must-have past the delivery
 * date), each person's standup around the status's day, and the circuit breakers.
 */
import { periodOfSlot, type PlanIndex, type PlanPeriod } from '../plan/index.js';
import { remainingOf, type ScheduledActivity } from '../schedule/index.js';
import type { Breaker } from './breakers.js';
import type { Outlook } from './outlook.js';
import type { PlanResult } from './result.js';
import type { SlipProgress } from './slip/index.js';

export interface TrackedItem {
  readonly activity: string;
  readonly people: readonly string[];
}

export type Ask =
  | { readonly kind: 'gate-failed'; readonly gate: string; readonly onFail: string; readonly note?: string }
  | { readonly kind: 'breaker-fired'; readonly gate: string; readonly action: string }
  /** Must-haves the re-plan finishes after the delivery date: how many, and the last of them. */
  | { readonly kind: 'musts-late'; readonly count: number; readonly last: string; readonly finish: string; readonly delivery: string };

export interface StatusCheckin {
  /** The week (or day, in hour plans) holding the status's day. */
  readonly period: PlanPeriod;
  readonly completed: readonly (TrackedItem & { readonly done: string })[];
  readonly inProgress: readonly (TrackedItem & { readonly percent: number })[];
  readonly blocked: readonly (TrackedItem & { readonly reason: string; readonly until?: string })[];
  readonly risks: readonly { readonly risk: string; readonly state: 'occurred' | 'rising'; readonly delay?: number; readonly note?: string }[];
  /** Work the re-plan starts in the next period. */
  readonly next: readonly TrackedItem[];
  readonly asks: readonly Ask[];
}

export interface Standup {
  readonly person: string;
  /** Worked in the last slot before the status's day ends (what the status records). */
  readonly yesterday: readonly string[];
  /** Worked in the re-plan's first slot. */
  readonly today: readonly string[];
  readonly blockers: readonly string[];
}

/** Where one activity stands by the status: its state, the share of its work done (0..1), and whether it has started. */
export interface ActivityProgress {
  readonly state: 'done' | 'in-progress' | 'blocked';
  readonly share: number;
  readonly started: boolean;
}

export interface TrackingAnalysis {
  readonly asOf: string;
  /** Every activity the status reports, by id. */
  readonly activities: ReadonlyMap<string, ActivityProgress>;
  /** The re-plan's first slot. */
  readonly from: number;
  readonly done: number;
  readonly inProgress: number;
  readonly blocked: number;
  readonly checkin: StatusCheckin;
  readonly standups: readonly Standup[];
  readonly gates: readonly { readonly gate: string; readonly state: 'passed' | 'failed'; readonly on: string; readonly note?: string }[];
}

const worksIn = (s: ScheduledActivity, slot: number) => s.segments.some(([a, b]) => a <= slot && slot < b);

export function analyseTracking(result: PlanResult, index: PlanIndex, periods: readonly PlanPeriod[], outlook: Outlook, breakers: readonly Breaker[]): TrackingAnalysis | undefined {
  const tracking = result.tracking;
  if (!tracking || periods.length === 0) return undefined;
  const { status, progress } = tracking;
  const from = progress.from;
  const period = periodOfSlot(periods, Math.max(0, from - 1));
  const next = periods[period.number];
  const people = (id: string) => index.scheduled.get(id)?.assignees ?? [];
  const tasks = status.tasks.filter((t) => index.scheduled.has(t.id));
  const inPeriod = (slot: number) => slot > period.from && slot <= period.to;
  const pinOf = (id: string) => progress.pinned.find((p) => p.id === id);
  const completed = tasks.filter((t) => pinOf(t.id)?.finish !== undefined && inPeriod(pinOf(t.id)!.finish!)).map((t) => ({ activity: t.id, people: people(t.id), done: t.done ?? status.asOf }));
  const going = tasks.filter((t) => t.started !== undefined && pinOf(t.id)?.finish === undefined);
  const inProgress = going.map((t) => ({ activity: t.id, people: people(t.id), percent: percentDone(t.percent, from - pinOf(t.id)!.start, remainingOf(index.activity.get(t.id)!, t)) }));
  const blocked = tasks.filter((t) => t.state === 'blocked').map((t) => ({ activity: t.id, people: people(t.id), reason: t.blocked ?? '', ...(t.until ? { until: t.until } : {}) }));
  const nextWork = next ? result.schedule.activities.filter((s) => s.start >= next.from && s.start < next.to && s.assignees.length > 0).map((s) => ({ activity: s.id, people: s.assignees })) : [];
  const touched = new Set([...going, ...status.tasks.filter((t) => t.state === 'blocked')].map((t) => t.id).concat(nextWork.map((n) => n.activity)));
  const risks = [
    ...status.risks.filter((r) => r.state === 'occurred').map((r) => ({ risk: r.id, state: 'occurred' as const, ...(r.delay !== undefined ? { delay: r.delay } : {}), ...(r.note ? { note: r.note } : {}) })),
    ...result.model.risks.filter((r) => !status.risks.some((s) => s.id === r.id) && r.status !== 'closed' && r.affects.some((id) => touched.has(id))).map((r) => ({ risk: r.id, state: 'rising' as const })),
  ];
  const activities = new Map<string, ActivityProgress>();
  for (const p of progress.pinned) if (p.finish !== undefined) activities.set(p.id, { state: 'done', share: 1, started: true });
  for (const t of inProgress) activities.set(t.activity, { state: 'in-progress', share: t.percent / 100, started: true });
  for (const t of tasks.filter((x) => x.state === 'blocked')) activities.set(t.id, { state: 'blocked', share: activities.get(t.id)?.share ?? 0, started: pinOf(t.id) !== undefined });
  return {
    asOf: status.asOf,
    activities,
    from,
    done: progress.pinned.filter((p) => p.finish !== undefined && index.activity.get(p.id)?.type !== 'gate').length,
    inProgress: going.length,
    blocked: blocked.length,
    checkin: { period, completed, inProgress, blocked, risks, next: nextWork, asks: asksOf(result, index, outlook, breakers) },
    standups: standupsOf(result, from, blocked),
    gates: status.gates.map((g) => ({ gate: g.id, state: g.state, on: g.on, ...(g.note ? { note: g.note } : {}) })),
  };
}

/** What the status reports, as the slip against a baseline reads it (its SPI and drift causes). */
export function slipProgressOf(tracking: TrackingAnalysis): SlipProgress {
  return { asOf: tracking.asOf, activities: tracking.activities };
}

/** The share done: as the status says, or the time worked against the time worked and the work left. */
function percentDone(given: number | undefined, worked: number, remaining: number): number {
  if (given !== undefined) return Math.round(given);
  return worked + remaining > 0 ? Math.round((100 * worked) / (worked + remaining)) : 100;
}

function asksOf(result: PlanResult, index: PlanIndex, outlook: Outlook, breakers: readonly Breaker[]): Ask[] {
  const status = result.tracking!.status;
  const failed = status.gates.filter((g) => g.state === 'failed').map((g): Ask => ({ kind: 'gate-failed', gate: g.id, onFail: index.activity.get(g.id)?.gate?.onFail ?? '', ...(g.note ? { note: g.note } : {}) }));
  const fired = breakers.filter((b) => b.fired).map((b): Ask => ({ kind: 'breaker-fired', gate: b.gate, action: b.action }));
  const delivery = outlook.delivery;
  const late = delivery ? result.schedule.activities.filter((s) => s.finish > delivery.end && index.activity.get(s.id)?.priority === 'must' && index.activity.get(s.id)?.type === 'task') : [];
  const last = late.reduce<ScheduledActivity | undefined>((m, s) => (!m || s.finish > m.finish ? s : m), undefined);
  const musts: Ask[] = last && delivery ? [{ kind: 'musts-late', count: late.length, last: last.id, finish: result.calendar.slotEnd(last.finish - 1), delivery: delivery.date }] : [];
  return [...failed, ...fired, ...musts];
}

function standupsOf(result: PlanResult, from: number, blocked: readonly (TrackedItem & { reason: string })[]): Standup[] {
  const staffed = result.schedule.activities.filter((s) => s.assignees.length > 0);
  return result.model.resources.map((r) => {
    const mine = staffed.filter((s) => s.assignees.includes(r.id));
    return {
      person: r.id,
      yesterday: from > 0 ? mine.filter((s) => worksIn(s, from - 1)).map((s) => s.id) : [],
      today: mine.filter((s) => worksIn(s, from)).map((s) => s.id),
      blockers: blocked.filter((b) => b.people.includes(r.id)).map((b) => b.activity),
    };
  });
}
