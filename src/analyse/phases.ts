/**
 * Phases as the seed presents them: "Phase 2: Foundation (Week 3-4)" with the work per person
 * per period, deliverables, parallel streams, the gates that fall in it and a risk watch.
 *
 * An activity belongs to its `phase`. Gates, milestones and external items without one belong
 * to the phase of their first predecessor that has one (a security review "after internal
 * beta" sits in the beta phase). Anything else without a phase goes to the unphased work,
 * titled so it is not mistaken for a phase or for the "other work" of people's commitments.
 * Phases are ordered by when their work starts, then by first mention in the spec. A phase the
 * spec declares (`phases:`) brings its title, its own goal and its deliverables.
 */
import type { Activity } from '../model/index.js';
import type { ScheduledActivity } from '../schedule/index.js';
import { periodKind, periodOfSlot, periodRange, planPeriods, type PlanPeriod, indexPlan, type PlanIndex, offsetDate } from '../plan/index.js';
import type { PlanResult } from './result.js';
import { parallelismOf, streamsOf, type Parallelism, type Stream } from './streams.js';

export interface PhaseGate {
  readonly id: string;
  readonly type: 'gate' | 'milestone';
  /** The decision is taken at the end of the work before it: the end of the previous slot. */
  readonly date: string;
  readonly slot: number;
  readonly period: number;
}

export interface CircuitBreaker {
  /** The gate carrying the trigger. */
  readonly gate: string;
  readonly task: string;
  /** Working slots the task may take before the breaker trips. */
  readonly exceeds: number;
  readonly action: string;
}

/** The title of the work without a phase. */
export const UNPHASED_TITLE = 'Unphased work';

export interface PhaseAnalysis {
  /** The phase's id (or label, in specs that do not declare phases); undefined for work without a phase. */
  readonly name?: string;
  /** What the documents call it: the declared title, the label, or UNPHASED_TITLE. */
  readonly title: string;
  /** The declared phase's own goal, when it has one. */
  readonly purpose?: string;
  /** What the declared phase hands over, as the spec lists it. */
  readonly declaredDeliverables: readonly string[];
  readonly firstPeriod: number;
  readonly lastPeriod: number;
  /** "Week 3-4" or "Day 1". */
  readonly label: string;
  readonly start: string;
  readonly finish: string;
  /** Scheduled activities of the phase in start order. */
  readonly activities: readonly string[];
  readonly streams: readonly Stream[];
  /** Scheduled activities without people (external work), in start order. */
  readonly unstaffed: readonly string[];
  readonly deliverables: readonly { readonly activity: string; readonly text: string }[];
  readonly parallelism: Parallelism;
  readonly gates: readonly PhaseGate[];
  readonly breakers: readonly CircuitBreaker[];
  /** Risks affecting activities of the phase, in spec order. */
  readonly risks: readonly string[];
  /** Goals the phase's activities serve, in spec order. */
  readonly goals: readonly string[];
}

/** The phase an activity belongs to, under the rule in the module comment. */
export function phaseOf(a: Activity, index: PlanIndex, seen?: Set<string>): string | undefined {
  if (a.phase !== undefined || a.type === 'task') return a.phase;
  // Only work without a phase of its own searches, and only it needs a record of where it has been.
  const visited = seen ?? new Set<string>();
  if (visited.has(a.id)) return a.phase;
  visited.add(a.id);
  for (const d of a.deps) {
    const pred = index.activity.get(d.from);
    const phase = pred && phaseOf(pred, index, visited);
    if (phase !== undefined) return phase;
  }
  return undefined;
}

export function gateSlotDate(result: PlanResult, slot: number): string {
  return offsetDate(result.calendar, slot);
}

/** `index` and `periods` default to the plan's own; analysePlan passes the ones it already built. */
export function analysePhases(result: PlanResult, index: PlanIndex = indexPlan(result), periods: readonly PlanPeriod[] = planPeriods(result)): PhaseAnalysis[] {
  const groups = new Map<string | undefined, ScheduledActivity[]>();
  for (const a of result.model.activities) {
    const s = index.scheduled.get(a.id);
    if (!s) continue;
    const key = phaseOf(a, index);
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const firstStart = (key: string | undefined) => groups.get(key)!.reduce((first, s) => Math.min(first, s.start), Infinity);
  // Sorted as entries: Array.prototype.sort puts an undefined element (the unphased work) last
  // without asking the comparator.
  const order = [...groups.keys()].map((key, k) => ({ key, k, start: firstStart(key) })).sort((a, b) => a.start - b.start || a.k - b.k);
  const triggers = breakerTriggers(result);
  return order.map(({ key }) => phaseAnalysis(key, groups.get(key)!, periods, index, result, triggers));
}

/** Every gate's trigger on a task's length, in spec order, read once for all phases. */
function breakerTriggers(result: PlanResult): CircuitBreaker[] {
  return result.model.activities.flatMap((a) => {
    const t = a.gate?.trigger;
    return t && 'task' in t ? [{ gate: a.id, task: t.task, exceeds: t.exceeds, action: t.action }] : [];
  });
}

function phaseAnalysis(
  name: string | undefined,
  scheduled: readonly ScheduledActivity[],
  periods: readonly PlanPeriod[],
  index: PlanIndex,
  result: PlanResult,
  triggers: readonly CircuitBreaker[],
): PhaseAnalysis {
  const inOrder = [...scheduled].sort((a, b) => a.start - b.start || a.finish - b.finish);
  const ids = new Set(inOrder.map((s) => s.id));
  const start = inOrder.reduce((first, s) => Math.min(first, s.start), Infinity);
  const finish = inOrder.reduce((last, s) => Math.max(last, s.finish), -Infinity);
  const first = periodOfSlot(periods, start).number;
  const last = periodOfSlot(periods, Math.max(start, finish - 1)).number;
  const streams = streamsOf(inOrder, periods);
  const activityOf = (id: string) => index.activity.get(id);
  const gates = inOrder
    .filter((s) => activityOf(s.id)?.type === 'gate' || activityOf(s.id)?.type === 'milestone')
    .map((s) => ({
      id: s.id,
      type: activityOf(s.id)!.type as 'gate' | 'milestone',
      date: gateSlotDate(result, s.start),
      slot: s.start,
      period: periodOfSlot(periods, Math.max(0, s.start - 1)).number,
    }));
  const breakers = triggers.filter((t) => ids.has(t.task));
  const declared = name === undefined ? undefined : result.model.phases?.find((p) => p.id === name);
  return {
    name,
    title: declared?.title ?? name ?? UNPHASED_TITLE,
    ...(declared?.goal !== undefined ? { purpose: declared.goal } : {}),
    declaredDeliverables: declared?.deliverables ?? [],
    firstPeriod: first,
    lastPeriod: last,
    label: periodRange(periodKind(result), first, last),
    start: result.calendar.slotStart(start),
    finish: finish > start ? result.calendar.slotEnd(finish - 1) : result.calendar.slotStart(start),
    activities: inOrder.map((s) => s.id),
    streams,
    unstaffed: inOrder.filter((s) => s.assignees.length === 0 && s.finish > s.start).map((s) => s.id),
    deliverables: inOrder.flatMap((s) => {
      const text = activityOf(s.id)?.deliverable;
      return text ? [{ activity: s.id, text }] : [];
    }),
    parallelism: parallelismOf(streams),
    gates,
    breakers,
    risks: result.model.risks.filter((r) => r.affects.some((id) => ids.has(id))).map((r) => r.id),
    goals: goalsServed(result, inOrder, index),
  };
}

function goalsServed(result: PlanResult, activities: readonly ScheduledActivity[], index: PlanIndex): string[] {
  const served = new Set(activities.map((s) => index.activity.get(s.id)?.goal));
  return result.model.goals.filter((g) => served.has(g.id)).map((g) => g.id);
}
