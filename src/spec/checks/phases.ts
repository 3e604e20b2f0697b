/**
 * Declared phases: their ids are unique, and once a spec declares `phases`, every activity's
 * `phase` names one of them by id. A spec without `phases` keeps free phase labels.
 */
import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import { didYouMean } from '../suggest.js';
import type { Check } from './context.js';

export const checkPhases: Check = (ctx) => {
  const declared = ctx.draft.phases ?? [];
  if (declared.length === 0 || ctx.brokenSections.has('phases')) return [];
  const out: Diagnostic[] = [];
  const ids = new Set<string>();
  declared.forEach((p, i) => {
    if (ids.has(p.id)) out.push(makeDiagnostic('E_DUPLICATE_ID', `two phases have id "${p.id}"`, { path: ['phases', i, 'id'], hint: 'Give each phase its own id.' }));
    ids.add(p.id);
  });
  const labelled = [...ctx.tasks, ...ctx.external, ...ctx.gates, ...ctx.milestones];
  for (const { value, path } of labelled) {
    if (value.phase === undefined || ids.has(value.phase)) continue;
    const byTitle = declared.find((p) => p.title === value.phase);
    const hint = byTitle ? `phases are named by id here: did you mean "${byTitle.id}"?` : didYouMean(value.phase, ids);
    out.push(makeDiagnostic('E_UNKNOWN_REF', `no phase has id "${value.phase}"`, { path: [...path, 'phase'], ...(hint ? { hint } : {}) }));
  }
  return out;
};
