/**
 * Shifts, rotations, rest rules and roles from the spec to the model: each team member's roster
 * (a shift pattern, or their place in a rotation), their time zone and rest rules in real hours.
 * Only called on a valid spec, so references resolve.
 */
import type { Resource, RestRules, Role, Roster, Shift } from '../model/index.js';
import type { DurationSpec, MemberSpec, Spec } from './schema.js';
import { weekdayNumber } from './units.js';

const EVERY_DAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Minutes after midnight of HH:MM. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Real hours in a duration: rest is time on the clock, whatever the working hours, so `1d` is
 * 24 hours and `1w` 168; a plain number is hours. NaN when malformed.
 */
export function realHours(d: DurationSpec | string | number): number {
  if (typeof d === 'number') return d;
  const m = /^(\d+(?:\.\d+)?)([hdw])$/.exec(d);
  if (!m) return NaN;
  return Number(m[1]) * (m[2] === 'h' ? 1 : m[2] === 'd' ? 24 : 168);
}

export function shiftsOf(spec: Spec): Shift[] {
  return spec.shifts.map((s, i) => ({
    id: s.id,
    title: s.title ?? s.id,
    days: [...new Set((s.days ?? EVERY_DAY).map(weekdayNumber))].sort((a, b) => a - b),
    from: minutesOf(s.from),
    to: minutesOf(s.to),
    path: ['shifts', i],
  }));
}

/** The roster of one member: their shift pattern, or their turn in a rotation. */
export function rosterOf(m: MemberSpec, spec: Spec, shifts: readonly Shift[]): Roster | undefined {
  const byId = new Map(shifts.map((s) => [s.id, s]));
  if (m.shift !== undefined) {
    const shift = byId.get(m.shift);
    return shift && { cycle: [shift], every: 1, from: spec.start.slice(0, 10), offset: 0, source: { kind: 'shift', id: shift.id } };
  }
  const rotation = spec.rotations.find((r) => r.members.includes(m.id));
  if (!rotation) return undefined;
  return {
    cycle: rotation.shifts.map((id) => (id === 'off' ? undefined : byId.get(id))),
    every: Math.max(1, Math.round(realHours(rotation.every) / 24)),
    from: (rotation.from ?? spec.start).slice(0, 10),
    offset: rotation.members.indexOf(m.id),
    source: { kind: 'rotation', id: rotation.id },
  };
}

export function restOf(m: MemberSpec): RestRules | undefined {
  if (m.max_hours_per_day === undefined && m.min_rest === undefined) return undefined;
  return {
    ...(m.max_hours_per_day !== undefined ? { maxHoursPerDay: m.max_hours_per_day } : {}),
    ...(m.min_rest !== undefined ? { minRest: realHours(m.min_rest) } : {}),
  };
}

/** The shift-related fields of a resource, absent when the member sets none. */
export function dutyOf(m: MemberSpec, spec: Spec, shifts: readonly Shift[]): Partial<Pick<Resource, 'roster' | 'timezone' | 'rest'>> {
  const roster = rosterOf(m, spec, shifts);
  const rest = restOf(m);
  return { ...(roster ? { roster } : {}), ...(m.timezone !== undefined ? { timezone: m.timezone } : {}), ...(rest ? { rest } : {}) };
}

export function rolesOf(spec: Spec): Role[] {
  return spec.roles.map((r, i) => ({
    id: r.id,
    title: r.title ?? r.id,
    people: r.people,
    handsOn: r.hands_on,
    ...(r.duties !== undefined ? { duties: r.duties } : {}),
    path: ['roles', i],
  }));
}
