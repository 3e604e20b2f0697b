/**
 * Circuit breakers evaluated: each gate's trigger against the status and the forecast. A task
 * overrun fires when the task has taken more working slots than its bound (done: from its
 * recorded start to its finish; in progress: to the status's day), and is `projected` when the
 * re-plan has it end past the bound; a gate trigger fires when the status records the gate
 * failed; a risk trigger when it records the risk occurred; an on-time trigger when the
 * forecast's chance of delivering in time is below its level. Without a status only the on-time
 * trigger can fire.
 */
import type { Activity, Trigger } from '../model/index.js';
import type { PlanIndex } from '../plan/index.js';
import type { Outlook } from './outlook.js';
import type { PlanResult } from './result.js';

export type BreakerCondition =
  | { readonly kind: 'overrun'; readonly task: string; readonly exceeds: number; readonly taken?: number; readonly projected?: number }
  | { readonly kind: 'gate-failed'; readonly gate: string }
  | { readonly kind: 'risk-occurred'; readonly risk: string }
  | { readonly kind: 'on-time-below'; readonly level: number; readonly probability?: number };

export interface Breaker {
  /** The gate carrying the trigger. */
  readonly gate: string;
  readonly condition: BreakerCondition;
  readonly fired: boolean;
  /** Not fired yet, but the re-plan has the task run past its bound. */
  readonly projected: boolean;
  readonly action: string;
}

export function evaluateBreakers(result: PlanResult, index: PlanIndex, outlook: Outlook): Breaker[] {
  return result.model.activities.flatMap((a) => (a.gate?.trigger && index.scheduled.has(a.id) ? [evaluate(a, a.gate.trigger, result, index, outlook)] : []));
}

function evaluate(gate: Activity, t: Trigger, result: PlanResult, index: PlanIndex, outlook: Outlook): Breaker {
  const base = { gate: gate.id, action: t.action, projected: false };
  const status = result.tracking?.status;
  if ('task' in t) {
    const pin = result.tracking?.progress.pinned.find((p) => p.id === t.task);
    const s = index.scheduled.get(t.task);
    const from = result.tracking?.progress.from ?? 0;
    const taken = pin ? (pin.finish ?? from) - pin.start : undefined;
    const projected = s && pin ? s.finish - s.start : undefined;
    const condition: BreakerCondition = { kind: 'overrun', task: t.task, exceeds: t.exceeds, ...(taken !== undefined ? { taken } : {}), ...(projected !== undefined ? { projected } : {}) };
    const fired = taken !== undefined && taken > t.exceeds;
    return { ...base, condition, fired, projected: !fired && projected !== undefined && projected > t.exceeds };
  }
  if ('gateFails' in t) return { ...base, condition: { kind: 'gate-failed', gate: t.gateFails }, fired: status?.gates.some((g) => g.id === t.gateFails && g.state === 'failed') ?? false };
  if ('riskOccurs' in t) return { ...base, condition: { kind: 'risk-occurred', risk: t.riskOccurs }, fired: status?.risks.some((r) => r.id === t.riskOccurs && r.state === 'occurred') ?? false };
  const p = outlook.pOnTime?.probability;
  return { ...base, condition: { kind: 'on-time-below', level: t.onTimeBelow, ...(p !== undefined ? { probability: p } : {}) }, fired: p !== undefined && p < t.onTimeBelow };
}
