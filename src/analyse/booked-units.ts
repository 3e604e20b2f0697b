/** How many units of a resource the schedule books in each slot. */
import type { PlanResult } from './result.js';

export function bookedUnitsBySlot(resourceId: string, result: PlanResult): number[] {
  const booked = new Array<number>(result.schedule.makespan).fill(0);
  const demandsById = new Map(result.model.activities.map((a) => [a.id, a.demands]));
  for (const s of result.schedule.activities) {
    const demands = demandsById.get(s.id) ?? [];
    s.assignees.forEach((assignee, i) => {
      if (assignee !== resourceId) return;
      const units = demands[i]?.units ?? 1;
      for (const [from, to] of s.segments) for (let slot = from; slot < to; slot++) booked[slot] += units;
    });
  }
  return booked;
}
