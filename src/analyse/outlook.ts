/**
 * The headline facts of a plan, computed once: the verdict and its reason, the planned and the
 * forecast finish, the deadline and the effective delivery date with the margin to each, and the
 * chance of delivering in time with the date it is measured against. Every output states these
 * from this one value, so no two outputs can disagree on them.
 *
 * The date the plan is measured against is the effective delivery date: the deadline itself, or
 * earlier when a freeze stops shipping before it or the spec's `deliver_by` asks for a day in
 * hand. The chance of finishing in time is measured against the same date.
 */
import type { FinishPoint } from '../forecast/index.js';
import { MIN_BUFFER_PERCENT, type BufferAnalysis } from '../plan/index.js';
import type { PlanResult } from './result.js';

/** Target confidence when neither the deadline nor the forecast sets one. */
const DEFAULT_TARGET = 0.8;

export type VerdictStatus = 'on-track' | 'at-risk' | 'late' | 'no-deadline';

export type VerdictReason =
  /** The planned finish comes after the effective delivery date. */
  | 'finish-after-delivery'
  /** The plan fits on likely estimates, but too few simulated runs deliver in time. */
  | 'p-on-time-below-target'
  /** The plan fits, but keeps less than MIN_BUFFER_PERCENT of its time in reserve. */
  | 'thin-buffer'
  /** Enough simulated runs deliver in time (the forecast ran). */
  | 'p-on-time-meets-target'
  /** The plan fits with a buffer of at least MIN_BUFFER_PERCENT (no forecast ran). */
  | 'buffer-holds'
  | 'no-deadline';

export interface Verdict {
  readonly status: VerdictStatus;
  readonly reason: VerdictReason;
}

export interface ForecastFinish extends FinishPoint {
  /** `forecast`: the finish at the target confidence over the simulated runs; `plan`: the likely-estimate schedule's. */
  readonly basis: 'forecast' | 'plan';
  /** The confidence of a forecast finish (0.9 for P90). */
  readonly p?: number;
  readonly iterations?: number;
}

export type DeliveryReason = 'deadline' | 'freeze' | 'deliver-by';

export interface Delivery {
  /** Date (day plans) or datetime (hour plans) by which the plan must be delivered. */
  readonly date: string;
  /** The slot after the last one that counts. */
  readonly end: number;
  /** Why it is this date: the deadline itself, a freeze before it, or the spec's deliver_by. */
  readonly reason: DeliveryReason;
  /** Freezes that stop shipping on or before the deadline. */
  readonly freezes: readonly string[];
  /** Working slots between the delivery date and the deadline. */
  readonly slotsBeforeDeadline: number;
}

export interface Outlook {
  readonly verdict: Verdict;
  readonly start: string;
  /** The finish of the schedule on likely estimates: the plan every table and chart shows. */
  readonly plannedFinish: FinishPoint;
  /** The finish to expect: at the target confidence when the forecast ran, else the planned one. */
  readonly forecastFinish: ForecastFinish;
  readonly targetConfidence: number;
  readonly deadline?: { readonly date: string; readonly hard: boolean; readonly end: number };
  readonly delivery?: Delivery;
  /** Open working slots from the planned finish to the delivery date and to the deadline; negative when late. */
  readonly margins?: { readonly toDelivery: number; readonly toDeadline: number; readonly bufferPercent?: number };
  /** The planned finish comes by the delivery date. */
  readonly onTime?: boolean;
  /** Share of simulated runs that finish by the delivery date, and that date. */
  readonly pOnTime?: { readonly probability: number; readonly by: string; readonly target: number };
}

export function analyseOutlook(result: PlanResult, buffer: BufferAnalysis): Outlook {
  const plannedFinish = { offset: buffer.makespan, date: buffer.finish };
  const f = result.forecast;
  const targetConfidence = f?.targetConfidence ?? result.model.deadline?.confidence ?? DEFAULT_TARGET;
  const atTarget = f?.percentiles.find((p) => Math.abs(p.p - targetConfidence) < 1e-9);
  const forecastFinish: ForecastFinish = f && atTarget
    ? { offset: atTarget.offset, date: atTarget.date, basis: 'forecast', p: atTarget.p, iterations: f.iterations }
    : { ...plannedFinish, basis: 'plan' };
  const base = { start: buffer.start, plannedFinish, forecastFinish, targetConfidence };
  const delivery = deliveryOf(buffer);
  if (!buffer.deadline || !delivery || buffer.bufferSlots === undefined || buffer.slotsToDeadline === undefined || buffer.deadlineEnd === undefined) {
    return { ...base, verdict: { status: 'no-deadline', reason: 'no-deadline' } };
  }
  const pOnTime = f?.onTimeProbability !== undefined ? { probability: f.onTimeProbability, by: delivery.date, target: targetConfidence } : undefined;
  return {
    ...base,
    verdict: verdictOf(buffer.bufferSlots, buffer.bufferPercent, pOnTime),
    deadline: { ...buffer.deadline, end: buffer.deadlineEnd },
    delivery,
    margins: { toDelivery: buffer.bufferSlots, toDeadline: buffer.slotsToDeadline, ...(buffer.bufferPercent !== undefined ? { bufferPercent: buffer.bufferPercent } : {}) },
    onTime: buffer.bufferSlots >= 0,
    ...(pOnTime ? { pOnTime } : {}),
  };
}

/** Late beats at risk beats on track; the forecast, when there is one, outranks the buffer. */
function verdictOf(bufferSlots: number, bufferPercent: number | undefined, pOnTime: Outlook['pOnTime']): Verdict {
  if (bufferSlots < 0) return { status: 'late', reason: 'finish-after-delivery' };
  if (pOnTime) {
    return pOnTime.probability < pOnTime.target ? { status: 'at-risk', reason: 'p-on-time-below-target' } : { status: 'on-track', reason: 'p-on-time-meets-target' };
  }
  if ((bufferPercent ?? 0) < MIN_BUFFER_PERCENT) return { status: 'at-risk', reason: 'thin-buffer' };
  return { status: 'on-track', reason: 'buffer-holds' };
}

function deliveryOf(buffer: BufferAnalysis): Delivery | undefined {
  if (!buffer.deadline || buffer.deliveryEnd === undefined || buffer.deadlineEnd === undefined) return undefined;
  const e = buffer.effectiveDelivery;
  if (!e) return { date: buffer.deadline.date, end: buffer.deliveryEnd, reason: 'deadline', freezes: [], slotsBeforeDeadline: 0 };
  return { date: e.date, end: buffer.deliveryEnd, reason: e.deliverBy !== undefined ? 'deliver-by' : 'freeze', freezes: e.freezes, slotsBeforeDeadline: e.slotsBeforeDeadline };
}
