/** Words for the slip facts that the Markdown plan and the HTML report share. */
import type { DriftCause, ItemSlip, SchedulePerformance, SlipAnalysis, WorkAmount } from '../../analyse/index.js';
import type { BaseContext } from './context.js';
import { driverText } from './driver-text.js';
import { amountText, formatDate, noun } from './format.js';

/** "+3", "-2", "0": a variance as both documents print it. */
export function signed(n: number): string {
  const shown = amountText(n, 2);
  return n > 0 ? `+${shown}` : shown;
}

/** Each cause in words, for a term that moves the finish later (`true`) or earlier. */
const CAUSE_WORDS: Record<DriftCause['kind'], (later: boolean) => string> = {
  'plan-start': (later) => `the plan starts ${later ? 'later' : 'earlier'}`,
  start: (later) => (later ? 'waits longer after the work before it (a link, a person busy elsewhere, a calendar wait or freeze)' : 'waits less after the work before it'),
  're-estimated': () => 're-estimated',
  duration: (later) => `takes ${later ? 'longer' : 'less time'} on the same estimate (its people, their time off, a freeze)`,
  done: (later) => `took ${later ? 'longer' : 'less time'} than planned (done)`,
  'in-progress': (later) => `in progress, ${later ? 'later' : 'sooner'} than planned`,
  blocked: () => 'blocked',
  added: () => 'work added since the baseline',
  'baseline-finish': () => 'the baseline ended with other work, now removed or finishing earlier',
};

/**
 * A cause in words, escaped by the context: a re-estimate says from what to what, in the plan's
 * work unit; a longer wait says what the activity waits for now.
 */
export function causeText(ctx: BaseContext, cause: DriftCause, slip: SlipAnalysis): string {
  const slotUnit = ctx.unit === 'hour' ? 'hour' : 'day';
  const r = cause.kind === 're-estimated' ? slip.reestimated.find((x) => x.id === cause.ids[0]) : undefined;
  if (r) return `re-estimated from ${amountWords(r.before, ctx.workUnit, slotUnit)} to ${amountWords(r.after, ctx.workUnit, slotUnit)}`;
  const item = cause.kind === 'start' && cause.driver && cause.slots > 0 ? slip.items.find((i) => i.id === cause.ids[0]) : undefined;
  if (item && cause.driver) return `waits longer after the work before it; it now waits for ${driverText(ctx, cause.driver, item.start.current.offset)}`;
  return CAUSE_WORDS[cause.kind](cause.slots > 0);
}

/** "+1 calendar day", "-3 calendar days". */
export function calendarDaysText(days: number): string {
  return `${signed(days)} calendar ${noun(days, 'day')}`;
}

/** "4 person-days of effort (3 / 4 / 7)" or "5 days". */
export function amountWords(w: WorkAmount, workUnit: string, slotUnit: string): string {
  const range = w.estimate ? ` (${amountText(w.estimate.optimistic)} / ${amountText(w.estimate.likely)} / ${amountText(w.estimate.pessimistic)})` : '';
  return w.mode === 'effort' ? `${amountText(w.amount)} ${workUnit}s of effort${range}` : `${amountText(w.amount)} ${slotUnit}s${range}`;
}

/** The SPI sentence: the value with what it was measured on, or why there is none. */
export function spiText(spi: SchedulePerformance, workUnit: string): string {
  const when = `as of ${formatDate(spi.asOf.date)}${spi.basis === 'plan-start' ? ", the plan's start" : ''}`;
  const status = spi.basis === 'plan-start' ? ' Without a status file nothing is recorded done.' : '';
  if (spi.value === null) return `n/a ${when}: the baseline planned no work to be done by then.${status}`;
  return `${amountText(spi.value, 2)} ${when}: ${amountText(spi.earned)} of the ${amountText(spi.planned)} ${workUnit}s of baseline work planned by then are done (1 is on schedule, below 1 behind).${status}`;
}

/** Whether an activity's start or finish moved since the baseline; the documents list only these. */
export function isMoved(i: ItemSlip): boolean {
  return i.start.slots !== 0 || i.finish.slots !== 0 || i.start.days !== 0 || i.finish.days !== 0;
}
