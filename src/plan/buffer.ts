/**
 * The buffer between the forecast finish and the date the plan must be delivered by.
 *
 * - The deadline is inclusive: work may use the whole deadline day (or runs up to the deadline's
 *   time when it has one).
 * - Effective delivery: when a freeze that blocks deploys (or all work) starts on or before the
 *   deadline, nothing can ship while it holds, so the plan must be delivered by the last working
 *   slot at or before the deadline in which deploys are allowed (the seed's "Effective delivery:
 *   Dec 12" for a Dec 15 deadline after a Dec 1-8 freeze). `deadline.deliver_by` moves it
 *   earlier still (a day kept free for emergencies).
 * - Buffer: working slots between the finish and the delivery date in which work is allowed
 *   (a freeze that blocks all work is no buffer), negative when the plan is late.
 * - Buffer percent: the buffer over the open working slots from the start to the delivery date, i.e.
 *   the share of the available time held in reserve (the seed's checklist asks for 10-20%).
 */
import { LAST_PLAN_DATE, addDays } from '../calendar/index.js';
import { finishDate } from './plan-dates.js';
import type { ScheduledPlan } from './scheduled-plan.js';

/** Below this share of the available time the buffer is too thin (the seed asks 10-20%). */
export const MIN_BUFFER_PERCENT = 10;

/** The freeze kind that stands for shipping. */
export const DEPLOY_KIND = 'deploy';

export interface EffectiveDelivery {
  /** Date (day plans) or datetime (hour plans) by which the plan must be delivered. */
  readonly date: string;
  /** Working slots the delivery date falls before the deadline's end. */
  readonly slotsBeforeDeadline: number;
  /** The freezes that start on or before the deadline and block deploys. */
  readonly freezes: readonly string[];
  /** The spec's own `deadline.deliver_by`, when it set the date. */
  readonly deliverBy?: string;
}

export interface BufferAnalysis {
  readonly start: string;
  readonly finish: string;
  /** Slots of the schedule (its length in working days or hours). */
  readonly makespan: number;
  readonly deadline?: { readonly date: string; readonly hard: boolean };
  readonly effectiveDelivery?: EffectiveDelivery;
  /** The slot after the last one that counts for the deadline (the effective delivery's end). */
  readonly deliveryEnd?: number;
  /** The slot after the deadline itself (a date deadline includes its whole day). */
  readonly deadlineEnd?: number;
  /** Working slots of buffer before the delivery date (negative: late by that much). */
  readonly bufferSlots?: number;
  /** Working slots between the finish and the deadline itself (negative: late by that much). */
  readonly slotsToDeadline?: number;
  readonly bufferPercent?: number;
  readonly onTime?: boolean;
}

/**
 * The first slot after a date: a date is inclusive (the whole day), a datetime exclusive. A date
 * after the last day any plan reaches (a freeze until 9999-12-31) is past every slot alike, and is
 * read as that day, so the day after it still has four digits.
 */
export function slotAfter(result: ScheduledPlan, date: string): number {
  if (date.length > 10) return result.calendar.slotAtOrAfter(date);
  const next = addDays(date > LAST_PLAN_DATE ? LAST_PLAN_DATE : date, 1);
  return result.calendar.slotAtOrAfter(result.calendar.unit === 'hour' ? `${next}T00:00` : next);
}

function effectiveDelivery(result: ScheduledPlan, deadline: string, deliverBy: string | undefined, end: number): { delivery?: EffectiveDelivery; end: number } {
  const freezes = result.model.calendar.freezes
    .filter((f) => f.from.slice(0, 10) <= deadline.slice(0, 10))
    .filter((f) => f.blocks === 'all' || f.blocks.includes(DEPLOY_KIND))
    .map((f) => f.name);
  if (freezes.length === 0 && deliverBy === undefined) return { end };
  let last = deliverBy === undefined ? end - 1 : Math.min(end, slotAfter(result, deliverBy)) - 1;
  while (last >= 0 && result.calendar.freezeAt(last, DEPLOY_KIND) !== undefined) last--;
  if (last < 0) return { end };
  const date = result.calendar.slotEnd(last);
  // Only a date earlier than the deadline is worth a line: a freeze that ends well before the
  // deadline leaves the deadline itself as the delivery date.
  if (!isBefore(date, deadline)) return { end };
  const delivery = { date, slotsBeforeDeadline: end - (last + 1), freezes, ...(deliverBy === undefined ? {} : { deliverBy }) };
  return { delivery, end: last + 1 };
}

/** Whether a delivery date (a day, or the end instant of an hour slot) comes before the deadline. */
function isBefore(date: string, deadline: string): boolean {
  if (date.length === 10) return date < deadline.slice(0, 10);
  return date < (deadline.length === 10 ? `${addDays(deadline, 1)}T00:00` : deadline);
}

export function analyseBuffer(result: ScheduledPlan): BufferAnalysis {
  const { makespan } = result.schedule;
  const base = { start: result.calendar.slotStart(0), finish: finishDate(result), makespan };
  const deadline = result.model.deadline;
  if (!deadline) return base;
  const deadlineEnd = slotAfter(result, deadline.date);
  const { delivery, end } = effectiveDelivery(result, deadline.date, deadline.deliverBy, deadlineEnd);
  const open = openSlots(result, 0, end);
  const bufferSlots = margin(result, makespan, end);
  return {
    ...base,
    deadline: { date: deadline.date, hard: deadline.hard },
    ...(delivery ? { effectiveDelivery: delivery } : {}),
    deliveryEnd: end,
    deadlineEnd,
    bufferSlots,
    slotsToDeadline: margin(result, makespan, deadlineEnd),
    bufferPercent: open > 0 ? (bufferSlots / open) * 100 : undefined,
    onTime: makespan <= end,
  };
}

/** Open working slots from the finish to an end slot; when the finish is later, the slots it overruns, negated. */
function margin(result: ScheduledPlan, finish: number, end: number): number {
  return finish > end ? end - finish : openSlots(result, finish, end);
}

/** Working slots in [from, to) in which a freeze does not block all work. */
function openSlots(result: ScheduledPlan, from: number, to: number): number {
  let n = 0;
  for (let slot = from; slot < to; slot++) if (result.calendar.freezeAt(slot, undefined) === undefined) n++;
  return n;
}
