/**
 * Risks execplan finds in the plan itself, beyond the ones the spec declares. Each is data (a
 * code and its facts); the renderer words it. The thresholds are the seed's: a buffer of at least
 * 10%, nobody over-allocated, a go/no-go decision early enough to change course.
 */
import type { Level } from '../model/index.js';
import type { AllocationAnalysis } from './allocation.js';
import { MIN_BUFFER_PERCENT, slotAfter, type BufferAnalysis, upstreamOf, workOf, type PlanIndex } from '../plan/index.js';
import type { CapacityAnalysis } from './capacity.js';
import type { PlanResult } from './result.js';

/** A gate taken after this share of the work it steers comes too late to change course. */
export const LATE_GATE_WORK_PERCENT = 50;
/** Work of these kinds may run after a freeze without being a risk (it is no feature work). */
const AFTER_FREEZE_OK_KINDS = new Set(['monitoring']);

export type DetectedRisk =
  | { readonly code: 'over-allocated'; readonly resource: string; readonly periods: readonly number[]; readonly peakPercent: number }
  | { readonly code: 'single-critical-owner'; readonly resource: string; readonly tasks: readonly string[] }
  | { readonly code: 'external-on-critical-path'; readonly activity: string }
  | { readonly code: 'low-buffer'; readonly bufferSlots: number; readonly bufferPercent: number; readonly hard: boolean }
  | { readonly code: 'late-musts'; readonly tasks: readonly string[] }
  | { readonly code: 'must-after-freeze'; readonly freeze: string; readonly tasks: readonly string[] }
  | { readonly code: 'late-gate'; readonly gate: string; readonly workBeforePercent: number; readonly slack?: number };

export type DetectedRiskEntry = DetectedRisk & { readonly id: string; readonly impact: Level; readonly likelihood: Level };

function overAllocated(allocation: AllocationAnalysis): DetectedRiskEntry[] {
  return allocation.resources
    .filter((r) => r.overAllocated)
    .map((r) => {
      const over = r.periods.filter((p) => p.overAllocated);
      return {
        code: 'over-allocated',
        id: `detected-over-allocated-${r.id}`,
        resource: r.id,
        periods: over.map((p) => p.period),
        peakPercent: Math.max(...over.map((p) => p.peakPercent)),
        impact: 'medium',
        likelihood: 'high',
      };
    });
}

function singleCriticalOwner(result: PlanResult, index: PlanIndex): DetectedRiskEntry[] {
  const staffed = result.schedule.activities
    .filter((s) => index.critical.has(s.id) && s.assignees.length > 0)
    .sort((a, b) => a.start - b.start || a.finish - b.finish)
    .map((s) => s.id);
  const people = new Set(staffed.flatMap((id) => index.scheduled.get(id)!.assignees));
  if (staffed.length < 2 || people.size !== 1 || result.model.resources.length < 2) return [];
  const [resource] = people;
  return [{ code: 'single-critical-owner', id: 'detected-single-critical-owner', resource, tasks: staffed, impact: 'high', likelihood: 'medium' }];
}

function externalsOnCriticalPath(index: PlanIndex): DetectedRiskEntry[] {
  return [...index.critical]
    .filter((id) => index.activity.get(id)?.type === 'external')
    .map((id) => ({ code: 'external-on-critical-path', id: `detected-external-${id}`, activity: id, impact: 'high', likelihood: 'medium' }));
}

function lowBuffer(result: PlanResult, buffer: BufferAnalysis): DetectedRiskEntry[] {
  if (buffer.bufferSlots === undefined || buffer.bufferPercent === undefined) return [];
  if (buffer.bufferPercent >= MIN_BUFFER_PERCENT) return [];
  const hard = result.model.deadline?.hard ?? false;
  return [
    {
      code: 'low-buffer',
      id: 'detected-low-buffer',
      bufferSlots: buffer.bufferSlots,
      bufferPercent: buffer.bufferPercent,
      hard,
      impact: hard ? 'high' : 'medium',
      likelihood: 'high',
    },
  ];
}

function lateMusts(capacity: CapacityAnalysis): DetectedRiskEntry[] {
  if (capacity.horizon !== 'deadline' || capacity.lateMusts.length === 0) return [];
  return [{ code: 'late-musts', id: 'detected-late-musts', tasks: capacity.lateMusts, impact: 'high', likelihood: 'high' }];
}

/**
 * Must-have work after a freeze that stops all work (the seed's holiday freeze) is squeezed
 * between the freeze and the deadline. Freezes that only stop deploys are left out: deploys
 * waiting for the end of a deploy freeze are the point of it.
 */
function mustAfterFreeze(result: PlanResult, index: PlanIndex): DetectedRiskEntry[] {
  const { makespan } = result.schedule;
  return result.model.calendar.freezes.flatMap((f, i) => {
    if (f.blocks !== 'all') return [];
    const end = slotAfter(result, f.to);
    if (end >= makespan) return [];
    const tasks = result.schedule.activities
      .filter((s) => s.start >= end && s.finish > s.start)
      .filter((s) => {
        const a = index.activity.get(s.id);
        return a?.priority === 'must' && a.type === 'task' && !AFTER_FREEZE_OK_KINDS.has(a.kind ?? '');
      })
      .map((s) => s.id);
    if (tasks.length === 0) return [];
    return [{ code: 'must-after-freeze', id: `detected-after-freeze-${i + 1}`, freeze: f.name, tasks, impact: 'high', likelihood: 'medium' }];
  });
}

/**
 * A gate is too late to act on when most of the work it steers is already done when it is taken,
 * or when no slack is left to carry out its on-fail action (its float plus the buffer to the
 * delivery date is zero or less). The work it steers is everything that does not feed the
 * decision: the work the gate waits on has to come first, but parallel and later work is what a
 * "no-go" would change, so a gate after most of it (over LATE_GATE_WORK_PERCENT) has lost its
 * point. Work is counted pro rata for activities running across the gate.
 */
function lateGates(result: PlanResult, index: PlanIndex, buffer: BufferAnalysis): DetectedRiskEntry[] {
  const works = result.schedule.activities.map((s) => ({ s, w: workOf(s, index.activity.get(s.id)) }));
  return result.schedule.activities
    .filter((g) => index.activity.get(g.id)?.type === 'gate')
    .flatMap((g): DetectedRiskEntry[] => {
      const feeds = upstreamOf(g.id, index);
      let total = 0;
      let before = 0;
      for (const { s, w } of works) {
        if (s.id === g.id || feeds.has(s.id)) continue;
        total += w;
        if (s.finish <= g.start) before += w;
        else if (s.start < g.start) before += (w * (g.start - s.start)) / (s.finish - s.start);
      }
      const workBeforePercent = total > 0 ? (before / total) * 100 : 0;
      const float = index.timing.get(g.id)?.totalFloat ?? 0;
      const slack = buffer.bufferSlots === undefined ? undefined : float + buffer.bufferSlots;
      if (workBeforePercent <= LATE_GATE_WORK_PERCENT && (slack === undefined || slack > 0)) return [];
      const entry = { code: 'late-gate', id: `detected-late-gate-${g.id}`, gate: g.id, workBeforePercent, impact: 'high', likelihood: 'medium' } as const;
      return [slack === undefined ? entry : { ...entry, slack }];
    });
}

export function detectRisks(
  result: PlanResult,
  index: PlanIndex,
  allocation: AllocationAnalysis,
  buffer: BufferAnalysis,
  capacity: CapacityAnalysis,
): DetectedRiskEntry[] {
  return [
    ...overAllocated(allocation),
    ...singleCriticalOwner(result, index),
    ...externalsOnCriticalPath(index),
    ...lowBuffer(result, buffer),
    ...lateMusts(capacity),
    ...mustAfterFreeze(result, index),
    ...lateGates(result, index, buffer),
  ];
}
