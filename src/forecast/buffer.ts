/**
 * Contingency: how much time the deterministic plan needs on top of itself to reach each
 * confidence, how much the deadline leaves, and a critical-chain project buffer.
 *
 * The critical-chain buffer is the root of the sum of squares (Leach's SSQ method) of the
 * spreads (pessimistic - likely) of the estimated work on a critical chain: the buffer that
 * protects the chain's finish without adding up every task's worst case. Parallel critical
 * chains each end at the finish, so the buffer is sized for the one that needs the most.
 */
import { MIN_BUFFER_PERCENT } from '../plan/index.js';
import type { Model } from '../model/index.js';
import type { Buffer } from './types.js';

/** A plan should hold at least this share of its length in reserve: the plan analysis's threshold. */
export const MIN_BUFFER_SHARE = MIN_BUFFER_PERCENT / 100;

export interface BufferInputs {
  readonly model: Model;
  /** The activities of each critical chain, from the plan start to the finish. */
  readonly criticalChains: readonly (readonly string[])[];
  readonly deterministic: number;
  readonly p50: number;
  readonly p80: number;
  readonly p95: number;
  /** Percentile at the target confidence. */
  readonly atTarget: number;
  readonly target: number;
  /** The slot after the last one that counts for the deadline; undefined without a deadline. */
  readonly deliveryEnd?: number;
  /** Open working slots between the deterministic finish and the delivery date. */
  readonly bufferSlots?: number;
  readonly onTimeProbability?: number;
  readonly slotWord: string;
}

export function criticalChainBuffer(model: Model, chains: readonly (readonly string[])[]): number {
  const byId = new Map(model.activities.map((a) => [a.id, a]));
  let most = 0;
  for (const chain of chains) {
    let squares = 0;
    for (const id of chain) {
      const e = byId.get(id)?.estimate;
      if (e) squares += (e.pessimistic - e.likely) ** 2;
    }
    most = Math.max(most, squares);
  }
  return Math.ceil(Math.sqrt(most) - 1e-9);
}

export function forecastBuffer(x: BufferInputs): Buffer {
  const criticalChain = criticalChainBuffer(x.model, x.criticalChains);
  const warnings: string[] = [];
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  const slots = (n: number) => `${n} ${x.slotWord}${n === 1 ? '' : 's'}`;
  const shareOfPlan = x.bufferSlots !== undefined && x.deterministic > 0 ? x.bufferSlots / x.deterministic : undefined;
  if (shareOfPlan !== undefined && shareOfPlan < MIN_BUFFER_SHARE) {
    warnings.push(`The buffer before the delivery date is ${pct(Math.max(0, shareOfPlan))} of the plan's length, below the ${MIN_BUFFER_PERCENT}% a plan should hold.`);
  }
  if (x.onTimeProbability !== undefined && x.onTimeProbability < x.target) {
    warnings.push(`The chance of finishing by the delivery date is ${pct(x.onTimeProbability)}, below the target confidence of ${pct(x.target)}.`);
  }
  if (x.bufferSlots !== undefined && criticalChain > Math.max(0, x.bufferSlots)) {
    warnings.push(`The critical chain needs a project buffer of ${slots(criticalChain)}; the delivery date leaves ${slots(Math.max(0, x.bufferSlots))}.`);
  }
  return {
    toP50: x.p50 - x.deterministic,
    toP80: x.p80 - x.deterministic,
    toP95: x.p95 - x.deterministic,
    ...(x.deliveryEnd !== undefined ? { atTargetToDeadline: x.deliveryEnd - x.atTarget } : {}),
    criticalChain,
    ...(shareOfPlan !== undefined ? { shareOfPlan: Math.round(shareOfPlan * 1000) / 1000 } : {}),
    warnings,
  };
}
