import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import { demandsOf, type DemandView } from '../demands.js';
import type { Check, CheckContext, ResourceRef } from './context.js';

/**
 * Every demand can be met by one resource: someone holds all the skills it lists and has the
 * units it needs; a named assignee who lacks a listed skill is worth a warning.
 */
export const checkSkills: Check = (ctx) => {
  const holders = holdersBySkills(ctx);
  return ctx.tasks.flatMap(({ value: t, path }) => demandsOf(t, path).flatMap((d) => checkDemand(ctx, d, holders)));
};

/**
 * Who holds every skill of a set, found once per set: many demands ask for the same skills.
 * Most ask for one skill, looked up by the skill itself instead of a key spelled out per demand.
 */
function holdersBySkills(ctx: CheckContext): (skills: readonly string[]) => ResourceRef[] {
  const bySkill = new Map<string, ResourceRef[]>();
  const bySet = new Map<string, ResourceRef[]>();
  const holding = (skills: readonly string[]) => [...ctx.resources.values()].filter((r) => skills.every((s) => r.skills.includes(s)));
  return (skills) => {
    const found = skills.length === 1 ? bySkill : bySet;
    const key = skills.length === 1 ? skills[0] : JSON.stringify(skills);
    let holders = found.get(key);
    if (!holders) found.set(key, (holders = holding(skills)));
    return holders;
  };
}

function checkDemand(ctx: CheckContext, d: DemandView, holdersOf: (skills: readonly string[]) => ResourceRef[]): Diagnostic[] {
  if (d.resource !== undefined) {
    const r = ctx.resources.get(d.resource);
    if (!r) return []; // reported by checkReferences
    const out: Diagnostic[] = [];
    const missing = d.skills.filter((s) => !r.skills.includes(s));
    if (missing.length > 0) {
      out.push(makeDiagnostic('W_ASSIGNEE_LACKS_SKILL', `${r.id} does not have ${listSkills(missing)}`, { path: d.path }));
    }
    if (d.units > r.capacity) out.push(overCapacity(d, [r]));
    return out;
  }
  if (d.skills.length === 0 && d.units === 1) return [];
  const holders = holdersOf(d.skills);
  if (holders.length === 0) {
    const nobody = d.skills.filter((s) => ![...ctx.resources.values()].some((r) => r.skills.includes(s)));
    const message =
      nobody.length > 0
        ? `nobody in the team has ${listSkills(nobody)}`
        : `no single team member or pool has all of ${d.skills.join(', ')}`;
    return [makeDiagnostic('E_NO_SKILL', message, { path: d.path })];
  }
  return holders.some((r) => r.capacity >= d.units) ? [] : [overCapacity(d, holders)];
}

function overCapacity(d: DemandView, fitting: readonly ResourceRef[]): Diagnostic {
  const most = Math.max(...fitting.map((r) => r.capacity));
  return makeDiagnostic('E_OVER_CAPACITY', `needs ${d.units} units at once, but the most any fitting resource has is ${most}`, {
    path: d.unitsPath,
  });
}

function listSkills(skills: readonly string[]): string {
  return skills.length === 1 ? `the skill "${skills[0]}"` : `the skills ${skills.map((s) => `"${s}"`).join(', ')}`;
}
