import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import type { EstimateSpec } from '../schema.js';
import type { Path } from '../source-map.js';
import { slotsOf, type Grid } from '../units.js';
import type { Check } from './context.js';

const WORK_FIELDS = ['duration', 'effort', 'estimate'] as const;

/**
 * How long each task takes is stated once, in a way the plan can use: one of duration, effort or
 * estimate; effort only when someone does the work; people given one way only.
 */
export const checkTaskWork: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const { value: t, path } of ctx.tasks) {
    const given = WORK_FIELDS.filter((f) => t[f] !== undefined);
    if (given.length > 1) {
      out.push(
        makeDiagnostic('E_CONFLICT', `a task takes one of duration, effort or estimate; this one has ${given.join(' and ')}`, {
          path: [...path, given[1]],
        }),
      );
    }
    if (given.length === 0) {
      out.push(makeDiagnostic('W_NO_ESTIMATE', `task "${t.id}" has no duration, effort or estimate; it is planned as 1 slot`, { path }));
    }
    if (t.demands && (t.assignee !== undefined || t.skills !== undefined)) {
      const other = t.assignee !== undefined ? 'assignee' : 'skills';
      out.push(
        makeDiagnostic('E_CONFLICT', `a task gives its people either as demands or as ${other}, not both`, {
          path: [...path, 'demands'],
          hint: 'Put the resource or skills inside each demand.',
        }),
      );
    }
    const hasPeople = t.demands !== undefined || t.assignee !== undefined || t.skills !== undefined;
    if (t.effort !== undefined && !hasPeople) {
      out.push(makeDiagnostic('E_EFFORT_NO_PEOPLE', `task "${t.id}" has effort but no skills, assignee or demands`, { path: [...path, 'effort'] }));
    }
  }
  for (const { value: e, path } of ctx.external) {
    if (e.duration !== undefined && e.estimate !== undefined) {
      out.push(makeDiagnostic('E_CONFLICT', 'an external item takes duration or estimate, not both', { path: [...path, 'estimate'] }));
    }
    if (e.duration === undefined && e.estimate === undefined) {
      out.push(makeDiagnostic('W_NO_ESTIMATE', `external item "${e.id}" has no duration or estimate; it is planned as 1 slot`, { path }));
    }
  }
  return out;
};

/** Three-point ranges are ordered optimistic <= likely <= pessimistic, in the plan's units. */
/** A breaker's trigger names one condition; `exceeds` goes with `task`, and only with it. */
export const checkTriggers: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const { value: g, path } of ctx.gates) {
    const t = g.trigger;
    if (!t) continue;
    const at: Path = [...path, 'trigger'];
    const given = (['task', 'gate_fails', 'risk_occurs', 'on_time_below'] as const).filter((k) => t[k] !== undefined);
    if (given.length !== 1) {
      const message = given.length === 0 ? 'a trigger needs a condition: task with exceeds, gate_fails, risk_occurs or on_time_below' : `a trigger has one condition; this one has ${given.join(' and ')}`;
      out.push(makeDiagnostic(given.length === 0 ? 'E_MISSING_KEY' : 'E_CONFLICT', message, { path: given.length === 0 ? at : [...at, given[1]] }));
    } else if ((t.task !== undefined) !== (t.exceeds !== undefined)) {
      out.push(makeDiagnostic('E_MISSING_KEY', t.task !== undefined ? 'a trigger on a task says how long is too long: add exceeds, e.g. exceeds: 1w' : 'exceeds goes with task: the task whose overrun fires the breaker', { path: t.task !== undefined ? at : [...at, 'exceeds'] }));
    }
  }
  return out;
};

export const checkEstimateOrder: Check = (ctx) => {
  const out: Diagnostic[] = [];
  const check = (e: EstimateSpec | undefined, base: Path, key: string): void => {
    if (e === undefined || !Array.isArray(e)) return;
    if (isOrdered(e, ctx.grid)) return;
    out.push(
      makeDiagnostic('E_ESTIMATE_ORDER', `[${e.join(', ')}] is not ordered optimistic <= likely <= pessimistic`, {
        path: [...base, key],
        hint: `Write the smallest first, e.g. [${[...e].sort((a, b) => slotsOf(a, ctx.grid) - slotsOf(b, ctx.grid)).join(', ')}].`,
      }),
    );
  };
  for (const { value: t, path } of ctx.tasks) check(t.estimate, path, 'estimate');
  for (const { value: e, path } of ctx.external) check(e.estimate, path, 'estimate');
  for (const { value: r, path } of ctx.risks) check(r.delay, path, 'delay');
  return out;
};

function isOrdered(e: readonly (string | number)[], grid: Grid): boolean {
  const [o, m, p] = [slotsOf(e[0], grid), slotsOf(e[1], grid), slotsOf(e[2], grid)];
  return o <= m && m <= p;
}
