import { isKnownZone, knownZones } from '../../calendar/index.js';
import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import type { Path } from '../source-map.js';
import { minutesOf, realHours } from '../shifts.js';
import { didYouMean } from '../suggest.js';
import type { Check, CheckContext } from './context.js';

const HOUR_PLAN_HINT = 'Shifts and rest rules are hours of the clock: set `calendar: { unit: hour }`.';

/**
 * Shifts, rotations, time zones and rest rules: only in hour plans; a shift has a length; every
 * shift, rotation member and time zone named exists; a member keeps one roster; rest leaves time
 * to work.
 */
export const checkShifts: Check = (ctx) => [...dayPlanProblems(ctx), ...shiftProblems(ctx), ...rotationProblems(ctx), ...memberProblems(ctx), ...zoneProblem(ctx.draft.calendar?.timezone, ['calendar', 'timezone'])];

function dayPlanProblems(ctx: CheckContext): Diagnostic[] {
  if (ctx.grid.unit === 'hour') return [];
  const at: Path[] = [...ctx.shifts.map((s) => s.path), ...ctx.rotations.map((r) => r.path)];
  for (const { value: m, path } of ctx.team) {
    for (const key of ['shift', 'max_hours_per_day', 'min_rest'] as const) if (m[key] !== undefined) at.push([...path, key]);
  }
  return at.map((path) => makeDiagnostic('E_CONFLICT', 'shifts, rotations and rest rules need an hour plan; this plan counts whole days', { path, hint: HOUR_PLAN_HINT }));
}

function shiftProblems(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const repeated = repeatedIdAt(ctx.shifts);
  ctx.shifts.forEach(({ value: s, path }, i) => {
    if (minutesOf(s.from) === minutesOf(s.to)) out.push(makeDiagnostic('E_OUT_OF_RANGE', `shift "${s.id}" starts and ends at ${s.from}: a shift needs some hours`, { path: [...path, 'to'], hint: 'A shift ending at or before its start runs past midnight, e.g. from 22:00 to 06:00; give a different end.' }));
    if (repeated.has(i) || s.id === 'off') out.push(makeDiagnostic('E_DUPLICATE_ID', s.id === 'off' ? '"off" names a period off in rotations; a shift cannot take it' : `the shift id "${s.id}" is used twice`, { path: [...path, 'id'] }));
  });
  return out;
}

/** The positions of the entries whose id an earlier entry of the same list already has. */
function repeatedIdAt(entries: readonly { readonly value: { readonly id: string } }[]): Set<number> {
  const seen = new Set<string>();
  const repeated = new Set<number>();
  entries.forEach(({ value }, i) => {
    if (seen.has(value.id)) repeated.add(i);
    seen.add(value.id);
  });
  return repeated;
}

function shiftIds(ctx: CheckContext): Set<string> {
  return new Set(ctx.shifts.map((s) => s.value.id));
}

function shiftRef(ctx: CheckContext, known: ReadonlySet<string>, id: string, path: Path, extra: readonly string[] = []): Diagnostic[] {
  if (known.has(id) || extra.includes(id) || ctx.brokenIds.has(id)) return [];
  return [makeDiagnostic('E_UNKNOWN_REF', `no shift has id "${id}"`, { path, hint: didYouMean(id, [...known, ...extra]) ?? 'Define it under `shifts`.' })];
}

function memberRef(ctx: CheckContext, id: string, path: Path): Diagnostic[] {
  if (ctx.resources.has(id) || ctx.brokenIds.has(id)) return [];
  return [makeDiagnostic('E_UNKNOWN_REF', `no team member or pool has id "${id}"`, { path, hint: didYouMean(id, ctx.resources.keys()) })];
}

function rotationProblems(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rotationOf = new Map<string, string>();
  const repeated = repeatedIdAt(ctx.rotations);
  const known = shiftIds(ctx);
  for (const [i, { value: r, path }] of ctx.rotations.entries()) {
    if (repeated.has(i)) out.push(makeDiagnostic('E_DUPLICATE_ID', `the rotation id "${r.id}" is used twice`, { path: [...path, 'id'] }));
    r.shifts.forEach((id, j) => out.push(...shiftRef(ctx, known, id, [...path, 'shifts', j], ['off'])));
    const days = realHours(r.every) / 24;
    if (!(days >= 1) || Math.abs(days - Math.round(days)) > 1e-9) {
      out.push(makeDiagnostic('E_OUT_OF_RANGE', `a rotation moves on every whole number of days; every ${r.every} is ${Number(days.toFixed(3))} days`, { path: [...path, 'every'], hint: 'Use 1d, 2d or 1w.' }));
    }
    r.members.forEach((id, j) => {
      out.push(...memberRef(ctx, id, [...path, 'members', j]));
      const earlier = rotationOf.get(id);
      if (earlier !== undefined) out.push(makeDiagnostic('E_CONFLICT', `"${id}" is in two rotations ("${earlier}" and "${r.id}")`, { path: [...path, 'members', j], hint: 'A member works one roster: keep them in one rotation.' }));
      rotationOf.set(id, r.id);
    });
  }
  for (const { value: m, path } of ctx.team) {
    const rotation = rotationOf.get(m.id);
    if (m.shift !== undefined && rotation !== undefined) out.push(makeDiagnostic('E_CONFLICT', `"${m.id}" has a shift and is in the rotation "${rotation}"`, { path: [...path, 'shift'], hint: 'A member works one roster: drop `shift` or take them out of the rotation.' }));
  }
  return out;
}

function memberProblems(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const known = shiftIds(ctx);
  for (const { value: m, path } of ctx.team) {
    if (m.shift !== undefined) out.push(...shiftRef(ctx, known, m.shift, [...path, 'shift']));
    out.push(...zoneProblem(m.timezone, [...path, 'timezone']));
    if (m.min_rest !== undefined) {
      const hours = realHours(m.min_rest);
      if (hours >= 24) out.push(makeDiagnostic('E_OUT_OF_RANGE', `a rest of ${m.min_rest} leaves no time to work: every day holds one rest, so min_rest is below 24h`, { path: [...path, 'min_rest'], hint: 'The usual daily rest is 11h.' }));
      const most = m.max_hours_per_day;
      if (hours < 24 && most !== undefined && most > 24 - hours) {
        out.push(makeDiagnostic('E_CONFLICT', `max_hours_per_day ${most} cannot be worked in one stretch with a rest of ${m.min_rest} a day`, { path: [...path, 'max_hours_per_day'], hint: `Work fits ${24 - hours} hours between rests; lower max_hours_per_day or min_rest.` }));
      }
    }
  }
  return out;
}

function zoneProblem(zone: string | undefined, path: Path): Diagnostic[] {
  if (zone === undefined || isKnownZone(zone)) return [];
  return [makeDiagnostic('E_BAD_TIMEZONE', `"${zone}" is not a time zone this Node knows`, { path, hint: didYouMean(zone, knownZones()) ?? 'Use an IANA name such as Europe/Berlin or UTC.' })];
}

/**
 * Roles name people; a role that does not work hands-on keeps its holders to coordination
 * (tasks of kind `coordination`), and a hand-off needs work a skill, not a name, asks for.
 */
export const checkRoles: Check = (ctx) => {
  const out: Diagnostic[] = [];
  const coordinators = new Map<string, string>();
  const repeated = repeatedIdAt(ctx.roles);
  for (const [i, { value: r, path }] of ctx.roles.entries()) {
    if (repeated.has(i)) out.push(makeDiagnostic('E_DUPLICATE_ID', `the role id "${r.id}" is used twice`, { path: [...path, 'id'] }));
    r.people.forEach((id, j) => out.push(...memberRef(ctx, id, [...path, 'people', j])));
    if (!r.hands_on) for (const id of r.people) coordinators.set(id, r.id);
  }
  for (const { value: t, path } of ctx.tasks) {
    const named = t.assignee === undefined ? [] : Array.isArray(t.assignee) ? t.assignee : [t.assignee];
    named.forEach((id, j) => {
      const role = coordinators.get(id);
      if (role === undefined || t.kind === 'coordination') return;
      const at = Array.isArray(t.assignee) ? [...path, 'assignee', j] : [...path, 'assignee'];
      out.push(makeDiagnostic('E_CONFLICT', `"${id}" holds the role "${role}", which coordinates and takes no hands-on work`, { path: at, hint: 'Give the task to someone else, or mark coordination work `kind: coordination`.' }));
    });
    if (t.handoff && (t.assignee !== undefined || (t.demands ?? []).some((d) => d.resource !== undefined) || (t.skills === undefined && t.demands === undefined))) {
      out.push(makeDiagnostic('E_CONFLICT', 'a hand-off passes work to another holder of its skills, so the task names skills, not people', { path: [...path, 'handoff'], hint: 'Replace `assignee` by `skills`, or drop `handoff`.' }));
    }
  }
  return out;
};
