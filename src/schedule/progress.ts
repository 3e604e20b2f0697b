/**
 * A status (src/model/status.ts) as the re-plan reads it:
 * - `trackedModel`: the model of the work still to do. An in-progress activity's work is what
 *   remains of it (its estimate scaled alike, so the forecast draws only the rest), and it stays
 *   with the people the status names; an occurred risk's real delay is added to its affected work
 *   that is not done, and the risk is no longer drawn (nor is a closed one).
 * - `progressOf`: the pins and waits in slots of the plan's calendar.
 */
import type { WorkCalendar } from '../calendar/index.js';
import type { Activity, Estimate, Model, Risk, Status, TaskStatus, Work } from '../model/index.js';
import type { PinnedActivity, Progress } from './types.js';

export function trackedModel(model: Model, status: Status): Model {
  const byId = new Map(status.tasks.map((t) => [t.id, t]));
  const occurred = new Map(status.risks.map((r) => [r.id, r]));
  const delayOf = (id: string) =>
    model.risks.reduce((sum, r) => {
      const s = occurred.get(r.id);
      return s?.state === 'occurred' && r.affects.includes(id) ? sum + (s.delay ?? r.delay?.likely ?? 0) : sum;
    }, 0);
  return {
    ...model,
    activities: model.activities.map((a) => {
      const t = byId.get(a.id);
      if (!t ? a.priority === 'wont' : isFinished(a, t)) return a;
      const remaining = t && t.started !== undefined ? remainingOf(a, t) : amountOf(a.work);
      const extra = delayOf(a.id);
      const kept = t?.by && t.started !== undefined ? { demands: a.demands.map((d, k) => ({ ...d, resource: t.by![k], skills: [] })) } : {};
      return remaining === amountOf(a.work) && extra === 0 && !kept.demands ? a : { ...resized(a, remaining, extra), ...kept };
    }),
    risks: model.risks.map((r): Risk => {
      const s = occurred.get(r.id);
      return s && s.state !== 'mitigated' ? { ...r, status: 'closed' } : s ? { ...r, status: 'mitigated' } : r;
    }),
  };
}

function amountOf(work: Work): number {
  return work.mode === 'effort' ? work.amount : work.slots;
}

/** Done, or in progress with nothing left to do (100%): the re-plan takes it as done at the status's day. */
export function isFinished(a: Activity, t: TaskStatus): boolean {
  return t.state === 'done' || (t.started !== undefined && remainingOf(a, t) <= 1e-9);
}

/** Work left of an in-progress activity: as the status says, or the share not done yet. */
export function remainingOf(a: Activity, t: TaskStatus): number {
  if (t.remaining !== undefined) return t.remaining;
  return amountOf(a.work) * (1 - (t.percent ?? 0) / 100);
}

/** The activity with `remaining` work (plus `extra`), its three-point range scaled to match. */
function resized(a: Activity, remaining: number, extra: number): Activity {
  const amount = remaining + extra;
  const work: Work = a.work.mode === 'effort' ? { mode: 'effort', amount } : { mode: 'duration', slots: amount };
  const base = amountOf(a.work);
  const scale = (e: Estimate): Estimate => {
    const f = base > 0 ? remaining / base : 0;
    return { optimistic: e.optimistic * f + extra, likely: e.likely * f + extra, pessimistic: e.pessimistic * f + extra };
  };
  const { estimate, ...rest } = a;
  return { ...rest, work, ...(estimate && base > 0 ? { estimate: scale(estimate) } : {}) };
}

/** The slot after a day (the end of a date-only value) or at an instant (a date-time). */
export function slotAfter(calendar: WorkCalendar, date: string): number {
  return date.length > 10 ? calendar.slotAtOrAfter(date) : calendar.periodSlots(date, date)[1];
}

export function progressOf(model: Model, status: Status, calendar: WorkCalendar): Progress {
  const from = slotAfter(calendar, status.asOf);
  const byId = new Map(model.activities.map((a) => [a.id, a]));
  const pinned: PinnedActivity[] = [];
  const waits: { id: string; until: number }[] = [];
  for (const t of status.tasks) {
    const a = byId.get(t.id);
    if (!a || a.priority === 'wont') continue;
    const who = t.by ?? namedPeople(a);
    if (isFinished(a, t)) {
      const finish = t.done !== undefined ? Math.min(from, slotAfter(calendar, t.done)) : from;
      const start = t.started !== undefined ? Math.min(finish, calendar.slotAtOrAfter(t.started)) : Math.max(0, finish - Math.ceil(amountOf(a.work) - 1e-9));
      pinned.push({ id: t.id, start, finish, ...(who ? { assignees: who } : {}) });
      continue;
    }
    if (t.started !== undefined) pinned.push({ id: t.id, start: Math.min(from, calendar.slotAtOrAfter(t.started)), ...(who ? { assignees: who } : {}) });
    if (t.state === 'blocked') waits.push({ id: t.id, until: t.until !== undefined ? Math.max(from, slotAfter(calendar, t.until)) : from });
  }
  for (const g of status.gates) {
    const at = Math.min(from, slotAfter(calendar, g.on));
    pinned.push({ id: g.id, start: at, finish: at, assignees: [] });
  }
  return { from, pinned, waits };
}

/** The people of an activity whose every demand names its resource; undefined when one is by skill. */
function namedPeople(a: Activity): readonly string[] | undefined {
  if (a.type !== 'task') return [];
  return a.demands.every((d) => d.resource !== undefined) ? a.demands.map((d) => d.resource!) : undefined;
}
