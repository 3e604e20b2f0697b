/**
 * The schedule performance index, earned-value style, with the baseline as the budget: each
 * baseline activity is worth the person-slots it booked (a baseline written before the JSON
 * recorded work: its span times its people), planned to be earned evenly over its baseline span.
 */
import type { Baseline, BaselineActivity } from '../../model/index.js';
import type { PlanCalendar } from '../../calendar/index.js';
import { baselineMoments, startOffset } from './moments.js';
import type { Moment, SchedulePerformance, SlipProgress } from './types.js';

export function schedulePerformance(calendar: PlanCalendar, baseline: Baseline, progress: SlipProgress | undefined): SchedulePerformance {
  const asOf: Moment = progress ? { date: progress.asOf, offset: startOffset(calendar, progress.asOf) } : { date: calendar.slotStart(0), offset: 0 };
  let planned = 0;
  let earned = 0;
  for (const b of baseline.activities) {
    const worth = budgetOf(b);
    if (worth === 0) continue;
    const { start, finish } = baselineMoments(calendar, b);
    planned += worth * plannedShare(asOf.offset, start.offset, finish.offset);
    earned += worth * (progress?.activities.get(b.id)?.share ?? 0);
  }
  return { value: planned > 0 ? round2(earned / planned) : null, earned: round2(earned), planned: round2(planned), asOf, basis: progress ? 'status' : 'plan-start' };
}

function budgetOf(b: BaselineActivity): number {
  return b.work ? b.work.booked : (b.finishOffset - b.startOffset) * b.assignees.length;
}

/** The share of its span an activity planned over [start, finish) has passed at `at`. */
function plannedShare(at: number, start: number, finish: number): number {
  if (finish <= start) return at >= finish ? 1 : 0;
  return Math.min(1, Math.max(0, (at - start) / (finish - start)));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
