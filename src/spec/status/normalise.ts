/**
 * A valid status file to the Status the planner reads: dates as in the model, amounts in working
 * slots of the plan's grid, one state per entry. Only called when the checks found no error.
 */
import type { HistoryEntry, Model, Status, TaskStatus } from '../../model/index.js';
import { slotsOf, type Grid } from '../units.js';
import type { HistoryEntrySpec, StatusSpec, TaskStatusSpec } from './schema.js';

/** The grid the model's durations were read on. */
export function gridOfModel(model: Model): Grid {
  const [from, to] = model.calendar.hours;
  return { unit: model.calendar.unit, workweek: model.calendar.workweek, hours: model.calendar.hours, hoursPerDay: model.calendar.hoursPerDay ?? (to > from ? to - from : 8) };
}

const iso = (d: string): string => d.replace(' ', 'T');

export function toStatus(spec: StatusSpec, model: Model): Status {
  const grid = gridOfModel(model);
  return {
    asOf: iso(spec.as_of),
    tasks: Object.entries(spec.tasks).map(([id, t]) => taskOf(id, t, grid)),
    gates: Object.entries(spec.gates).map(([id, g]) => ({
      id,
      state: g.passed !== undefined ? ('passed' as const) : ('failed' as const),
      on: iso((g.passed ?? g.failed)!),
      ...(g.note !== undefined ? { note: g.note } : {}),
      path: ['gates', id],
    })),
    risks: Object.entries(spec.risks).map(([id, r]) => {
      const state = r.occurred !== undefined ? ('occurred' as const) : r.mitigated !== undefined ? ('mitigated' as const) : ('closed' as const);
      const on = r.occurred ?? r.mitigated ?? r.closed;
      return {
        id,
        state,
        ...(on !== undefined ? { on: iso(on) } : {}),
        ...(r.delay !== undefined ? { delay: slotsOf(r.delay, grid) } : {}),
        ...(r.note !== undefined ? { note: r.note } : {}),
        path: ['risks', id],
      };
    }),
    ...(spec.history.length > 0 ? { history: spec.history.map((h, k) => historyOf(h, k, grid)) } : {}),
  };
}

function historyOf(h: HistoryEntrySpec, k: number, grid: Grid): HistoryEntry {
  return {
    by: typeof h.by === 'string' ? [h.by] : h.by,
    estimate: slotsOf(h.estimate, grid),
    actual: slotsOf(h.actual, grid),
    ...(h.plan !== undefined ? { plan: h.plan } : {}),
    ...(h.task !== undefined ? { task: h.task } : {}),
    path: ['history', k],
  };
}

function taskOf(id: string, t: TaskStatusSpec, grid: Grid): TaskStatus {
  const state = t.done !== undefined ? 'done' : t.blocked !== undefined ? 'blocked' : 'in-progress';
  const percent = t.percent === undefined ? undefined : typeof t.percent === 'number' ? t.percent : Number(t.percent.slice(0, -1));
  const optional = {
    started: t.started === undefined ? undefined : iso(t.started),
    done: t.done === undefined ? undefined : iso(t.done),
    remaining: t.remaining === undefined ? undefined : slotsOf(t.remaining, grid),
    percent,
    blocked: t.blocked,
    until: t.until === undefined ? undefined : iso(t.until),
    effort: t.effort === undefined ? undefined : slotsOf(t.effort, grid),
    by: t.by === undefined ? undefined : typeof t.by === 'string' ? [t.by] : t.by,
    note: t.note,
  };
  const defined = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
  return { id, state, ...defined, path: ['tasks', id] };
}
