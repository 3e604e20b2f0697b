/** Wording shared by the summary's capacity line and the allocation section's capacity table. */
import type { DocContext } from './context.js';

/** The date the capacity is counted to, as a noun. */
export function capacityTarget(ctx: DocContext): string {
  if (ctx.a.capacity.horizon !== 'deadline') return 'the end of the plan';
  return ctx.a.buffer.effectiveDelivery ? 'the effective delivery date' : 'the deadline';
}

/** Whether the must-haves finish by the target in the schedule; when not, by how much and which chain decides it. */
export function mustsText(ctx: DocContext): string {
  const c = ctx.a.capacity;
  if (c.mustsFit) return `the must-haves finish by ${capacityTarget(ctx)} on likely estimates`;
  const chain = c.mustChain.map(ctx.title).join(' → ');
  return `the must-haves do not fit: on likely estimates they finish ${ctx.slots(c.mustLateBy)} after ${capacityTarget(ctx)}, held by the chain ${chain}`;
}

/** The span the capacity is counted over. */
export function capacityHorizon(ctx: DocContext): string {
  if (ctx.a.capacity.horizon !== 'deadline') return 'over the plan';
  return ctx.a.buffer.effectiveDelivery ? 'to the effective delivery date' : 'to the deadline';
}

/** Whether work is more than the capacity; the margin absorbs rounding in sums of fractional availability. */
export function exceedsCapacity(work: number, capacity: number): boolean {
  return work > capacity + 1e-9;
}
