/** Wording shared by the summary's capacity line and the allocation section's capacity table. */
import type { DocContext } from './context.js';

/** The span the capacity is counted over. */
export function capacityHorizon(ctx: DocContext): string {
  if (ctx.a.capacity.horizon !== 'deadline') return 'over the plan';
  return ctx.a.buffer.effectiveDelivery ? 'to the effective delivery date' : 'to the deadline';
}

/** Whether work is more than the capacity; the margin absorbs rounding in sums of fractional availability. */
export function exceedsCapacity(work: number, capacity: number): boolean {
  return work > capacity + 1e-9;
}
