import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import { ID_PATTERN } from '../schema.js';
import { didYouMean, Vocabulary } from '../suggest.js';
import type { Check } from './context.js';

/** An empty plan is valid but almost certainly not intended. */
export const checkHasTasks: Check = (ctx) =>
  ctx.draft.tasks !== undefined && ctx.draft.tasks.length === 0 && !ctx.brokenSections.has('tasks')
    ? [makeDiagnostic('W_NO_TASKS', 'the plan has no tasks', { path: ['tasks'] })]
    : [];

/** Risks that nobody watches, or that nothing reduces, are the ones that surprise. */
export const checkRiskOwnership: Check = (ctx) => {
  const out: Diagnostic[] = [];
  let team: Vocabulary | undefined;
  for (const { value: r, path } of ctx.risks) {
    if (r.status === 'closed') continue;
    if (r.owner === undefined || r.owner.trim() === '') {
      out.push(makeDiagnostic('W_RISK_NO_OWNER', `risk "${r.id}" has no owner`, { path }));
    } else if (ID_PATTERN.test(r.owner) && !ctx.resources.has(r.owner)) {
      // Free text is fine ("Product Manager"); a near miss of a team id is probably a typo.
      const hint = didYouMean(r.owner, (team ??= new Vocabulary(ctx.resources.keys())));
      if (hint) out.push(makeDiagnostic('W_UNKNOWN_OWNER', `risk owner "${r.owner}" is not a team member`, { path: [...path, 'owner'], hint }));
    }
    if (r.mitigation === undefined || r.mitigation.trim() === '') {
      out.push(makeDiagnostic('W_RISK_NO_MITIGATION', `risk "${r.id}" has no mitigation`, { path }));
    }
  }
  return out;
};

/** A go/no-go point that does not say what "no" means decides nothing. */
export const checkGateActions: Check = (ctx) =>
  ctx.gates.flatMap(({ value: g, path }) =>
    g.on_fail === undefined && g.trigger === undefined
      ? [makeDiagnostic('W_GATE_NO_ON_FAIL', `gate "${g.id}" does not say what happens if it fails`, { path })]
      : [],
  );

/** A freeze that blocks a kind no task has blocks nothing: usually a typo. */
export const checkFreezeKinds: Check = (ctx) => {
  if (ctx.brokenSections.has('tasks')) return [];
  const kinds = new Set(ctx.tasks.flatMap(({ value: t }) => (t.kind === undefined ? [] : [t.kind])));
  const out: Diagnostic[] = [];
  const known = new Vocabulary(kinds);
  ctx.draft.calendar?.freezes.forEach((f, i) => {
    if (f.blocks === 'all') return;
    f.blocks.forEach((kind, j) => {
      if (kinds.has(kind)) return;
      out.push(
        makeDiagnostic('W_FREEZE_UNKNOWN_KIND', `freeze "${f.name}" blocks kind "${kind}", but no task has that kind`, {
          path: ['calendar', 'freezes', i, 'blocks', j],
          hint: didYouMean(kind, known),
        }),
      );
    });
  });
  return out;
};
