/**
 * The binding dates of activities (`not_before`, `on`, `due`) in slots, and what compile can
 * tell about them before any schedule: an `on` date that is not working time, a date past the
 * horizon, and a `due` or `on` date the links before the item make impossible even with every
 * person free (a warning naming the chain, so the plan still shows how late the item comes).
 */
import type { WorkCalendar } from '../calendar/index.js';
import { makeDiagnostic, type Diagnostic } from '../diag/index.js';
import type { Activity } from '../model/index.js';
import { FF, FS, SS, type CpmNetwork } from './cpm.js';

/** No due date: the scheduler's arrays hold this instead. */
export const NO_DUE = -1;

export interface CompiledDates {
  /** Earliest start slot per activity (0 when none): `not_before`, or `on`. */
  readonly release: Int32Array;
  /**
   * The slot by which the activity should finish (NO_DUE when none): its `due` date, or for an
   * `on` event the start it must keep plus its span, so the scheduler favours both alike.
   */
  readonly due: Int32Array;
  readonly diagnostics: readonly Diagnostic[];
}

/** The first slot after a `due` date: a date-only due includes its whole day. */
export function dueSlot(calendar: WorkCalendar, due: string): number {
  return calendar.periodSlots(due, due)[1];
}

/**
 * Where an `on` date puts an item's start: work starts on the day; an item without work (a
 * milestone) is reached, as every milestone is, at the end of the work before it, so at the end
 * of its day.
 */
export function onSlot(calendar: WorkCalendar, on: string, point: boolean): number {
  return point ? calendar.periodSlots(on, on)[1] : calendar.slotAtOrAfter(on);
}

/** Whether the slot the date stands for starts on that date (day plans) or at that time (hour plans). */
export function isWorkingDate(calendar: WorkCalendar, date: string): boolean {
  const start = calendar.slotStart(calendar.slotAtOrAfter(date));
  return start.slice(0, date.length) === date;
}

/** Slots of every activity's dates; `span` is each one's estimated span, for `on` events. */
export function compileDates(activities: readonly Activity[], calendar: WorkCalendar, span: Int32Array): CompiledDates {
  const n = activities.length;
  const release = new Int32Array(n);
  const due = new Int32Array(n).fill(NO_DUE);
  const diagnostics: Diagnostic[] = [];
  activities.forEach((a, j) => {
    const d = a.dates;
    if (!d) return;
    if (d.notBefore !== undefined) release[j] = Math.max(0, calendar.slotAtOrAfter(d.notBefore));
    if (d.on !== undefined) release[j] = Math.max(0, onSlot(calendar, d.on, span[j] === 0));
    if (d.on !== undefined && !isWorkingDate(calendar, d.on)) {
      const message = `'${a.id}' is fixed on ${d.on}, which is not working time in the plan's calendar.`;
      diagnostics.push({ code: 'E_UNSCHEDULABLE', severity: 'error', message, hint: 'Move `on` to a working day (or hour), or add the day to calendar.workweek.', path: [...a.path, 'on'] });
    }
    if (d.on !== undefined) due[j] = release[j] + span[j];
    if (d.due !== undefined) due[j] = due[j] === NO_DUE ? dueSlot(calendar, d.due) : Math.min(due[j], dueSlot(calendar, d.due));
  });
  return { release, due, diagnostics };
}

/**
 * Items whose `due` or `on` date the links before them make impossible: a forward pass over the
 * network with each activity's shortest possible span (`low`) and the releases, then for each
 * missed date the chain of tight links back to where it starts.
 */
export function unreachableDates(activities: readonly Activity[], net: CpmNetwork, order: Int32Array, low: Int32Array, release: Int32Array, calendar: WorkCalendar): Diagnostic[] {
  const n = net.n;
  const es = new Int32Array(n);
  const ef = new Int32Array(n);
  const via = new Int32Array(n).fill(-1);
  for (const j of order) {
    let s = release[j];
    for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) {
      const i = net.predIndex[e];
      const t = net.linkType[e];
      const bound = t === FS ? ef[i] + net.lag[e] : t === SS ? es[i] + net.lag[e] : t === FF ? ef[i] + net.lag[e] - low[j] : es[i] + net.lag[e] - low[j];
      if (bound > s) {
        s = bound;
        via[j] = i;
      }
    }
    es[j] = s;
    ef[j] = s + low[j];
  }
  const out: Diagnostic[] = [];
  activities.forEach((a, j) => {
    const d = a.dates;
    if (!d) return;
    const finishDate = (f: number) => (f > 0 ? calendar.slotEnd(f - 1) : calendar.slotStart(0));
    // Built only for a missed date: walking every dated item's chain would be quadratic.
    const chain = () => {
      const steps: string[] = [];
      for (let k = via[j]; k >= 0; k = via[k]) steps.push(`${activities[k].id} (${finishDate(ef[k])})`);
      return [...steps.reverse(), a.id].join(' → ');
    };
    if (d.on !== undefined && es[j] > release[j]) {
      out.push(unreachable(a, 'on', `'${a.id}' is fixed on ${d.on}, but the work before it can start it no earlier than ${calendar.slotStart(es[j])}: ${chain()}.`));
    }
    if (d.due !== undefined && ef[j] > dueSlot(calendar, d.due)) {
      out.push(unreachable(a, 'due', `'${a.id}' is due by ${d.due}, but the work before it can finish it no earlier than ${finishDate(ef[j])}: ${chain()}.`));
    }
  });
  return out;
}

function unreachable(a: Activity, field: 'on' | 'due', message: string): Diagnostic {
  return makeDiagnostic('W_DATE_UNREACHABLE', message, { path: [...a.path, field] });
}

/** Stands for "no due date" in dueLateFinish: later than any slot. */
export const NO_DUE_BOUND = 0x3fffffff;

/**
 * The latest finish due dates allow each activity: its own due slot, and for the work before a
 * dated item the latest finish that still lets the item meet it (a backward pass over the links
 * with the compiled spans). NO_DUE_BOUND where no due date lies ahead.
 */
export function dueLateFinish(net: CpmNetwork, order: Int32Array, due: Int32Array): Int32Array {
  const d = net.duration;
  const lf = Int32Array.from(due, (v) => (v >= 0 ? v : NO_DUE_BOUND));
  for (let k = order.length - 1; k >= 0; k--) {
    const j = order[k];
    if (lf[j] === NO_DUE_BOUND) continue;
    const ls = lf[j] - d[j];
    for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) {
      const i = net.predIndex[e];
      const t = net.linkType[e];
      const late = t === FS ? ls - net.lag[e] : t === SS ? ls - net.lag[e] + d[i] : t === FF ? lf[j] - net.lag[e] : lf[j] - net.lag[e] + d[i];
      if (late < lf[i]) lf[i] = late;
    }
  }
  return lf;
}
