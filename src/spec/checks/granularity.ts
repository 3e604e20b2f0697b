import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import type { Path } from '../source-map.js';
import { slotsOf, type Grid } from '../units.js';
import type { Check } from './context.js';

/** Slots counted as whole: a tolerance keeps 0.1 * 30 = 3. */
const WHOLE = 1e-9;

function unitName(grid: Grid): string {
  return grid.unit === 'day' ? 'working day' : 'hour';
}

/**
 * A fixed span longer than one slot runs in whole slots, rounded up. Work below one slot is
 * packed exactly (docs/scheduling.md) and effort stays exact, so only the fraction of a longer
 * fixed span loses time; this says where, and how much.
 */
function roundedUp(value: string | number, path: Path, grid: Grid): Diagnostic | undefined {
  const exact = slotsOf(value, grid);
  if (!Number.isFinite(exact) || exact <= 1 + WHOLE) return undefined;
  const whole = Math.ceil(exact - WHOLE);
  if (whole - exact < WHOLE) return undefined;
  const unit = unitName(grid);
  const slots = (n: number): string => `${Number(n.toFixed(3))} ${unit}${n === 1 ? '' : 's'}`;
  const message = `${value} is ${slots(exact)}; a fixed span longer than a ${unit} runs in whole ${unit}s, so it takes ${slots(whole)}`;
  return makeDiagnostic('W_ROUNDED_UP', message, { path });
}

export const checkGranularity: Check = (ctx) => {
  const out: Diagnostic[] = [];
  const add = (d: Diagnostic | undefined): void => void (d && out.push(d));
  const fixed = [...ctx.tasks.filter((e) => e.value.demands === undefined && e.value.assignee === undefined && e.value.skills === undefined), ...ctx.external];
  for (const { value: t, path } of ctx.tasks) if (t.duration !== undefined) add(roundedUp(t.duration, [...path, 'duration'], ctx.grid));
  for (const { value: e, path } of ctx.external) if (e.duration !== undefined) add(roundedUp(e.duration, [...path, 'duration'], ctx.grid));
  // An estimate is a fixed span when nobody does the work; its likely value is the plan's.
  for (const { value: v, path } of fixed) {
    if (v.estimate === undefined) continue;
    if (Array.isArray(v.estimate)) add(roundedUp(v.estimate[1], [...path, 'estimate', 1], ctx.grid));
    else add(roundedUp(v.estimate as string | number, [...path, 'estimate'], ctx.grid));
  }
  return out;
};
