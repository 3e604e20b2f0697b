/**
 * Staged rollout and freezes: when each stage goes out (from the activity that enables it),
 * whether any scheduled work breaks a freeze, and what runs during each freeze (ideally only
 * monitoring: the seed's "NO CHANGES during this week").
 */
import type { RolloutStage } from '../model/index.js';
import { slotAfter, type PlanIndex } from '../plan/index.js';
import type { PlanResult } from './result.js';

export interface StageTiming {
  readonly stage: RolloutStage;
  /** Dates of the enabling activity, when the stage names one that was scheduled. */
  readonly start?: string;
  readonly finish?: string;
  /** The freeze the stage's activity runs into, if any (a broken schedule). */
  readonly frozenBy?: string;
}

export interface FreezeWindow {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly blocks: 'all' | readonly string[];
  /** Slots [from, to) of the window. */
  readonly slots: readonly [number, number];
  /** Scheduled activities with work inside the window, in schedule order. */
  readonly during: readonly string[];
  /** Team work the freeze blocks that is scheduled in it anyway (the schedule breaks the freeze). */
  readonly violations: readonly string[];
  /**
   * External items in the window. They take no team capacity, so the scheduler may place them
   * in a freeze; the document still shows them (a launch announcement in a freeze needs a look).
   */
  readonly externals: readonly string[];
}

export interface RolloutAnalysis {
  readonly stages: readonly StageTiming[];
  readonly rollback: readonly string[];
  readonly freezes: readonly FreezeWindow[];
  readonly respectsFreezes: boolean;
}

/** The freeze blocking an activity in any of its worked slots. */
function frozenBy(id: string, result: PlanResult, index: PlanIndex): string | undefined {
  const s = index.scheduled.get(id);
  const kind = index.activity.get(id)?.kind;
  for (const [from, to] of s?.segments ?? []) {
    for (let slot = from; slot < to; slot++) {
      const name = result.calendar.freezeAt(slot, kind);
      if (name !== undefined) return name;
    }
  }
  return undefined;
}

export function analyseRollout(result: PlanResult, index: PlanIndex): RolloutAnalysis {
  const stages = (result.model.rollout?.stages ?? []).map((stage): StageTiming => {
    const s = stage.task === undefined ? undefined : index.scheduled.get(stage.task);
    if (!s || stage.task === undefined) return { stage };
    const start = result.calendar.slotStart(s.start);
    const finish = s.finish > s.start ? result.calendar.slotEnd(s.finish - 1) : start;
    const frozen = frozenBy(stage.task, result, index);
    return frozen === undefined ? { stage, start, finish } : { stage, start, finish, frozenBy: frozen };
  });
  const freezes = result.model.calendar.freezes.map((f): FreezeWindow => {
    const from = result.calendar.slotAtOrAfter(f.from.length > 10 || result.calendar.unit === 'day' ? f.from : `${f.from}T00:00`);
    const to = Math.max(from, slotAfter(result, f.to));
    const during = result.schedule.activities
      .filter((s) => s.segments.some(([a, b]) => a < to && b > from))
      .map((s) => s.id);
    const isExternal = (id: string) => index.activity.get(id)?.type === 'external';
    const violations = during.filter((id) => !isExternal(id) && frozenBy(id, result, index) === f.name);
    return { name: f.name, from: f.from, to: f.to, blocks: f.blocks, slots: [from, to], during, violations, externals: during.filter(isExternal) };
  });
  return {
    stages,
    rollback: result.model.rollout?.rollback ?? [],
    freezes,
    respectsFreezes: freezes.every((f) => f.violations.length === 0) && stages.every((s) => s.frozenBy === undefined),
  };
}
