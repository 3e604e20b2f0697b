import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import { linkPath, linkTarget, type Check } from './context.js';

/**
 * Priorities agree with dependencies: planned work cannot wait for a `wont` item (it is never
 * scheduled), and a must-have waiting for should/could work loses it if that work is cut.
 */
export const checkPriorities: Check = (ctx) => {
  const out: Diagnostic[] = [];
  for (const a of ctx.activityList) {
    if (a.priority === 'wont') continue;
    a.after.forEach((link, i) => {
      const target = ctx.activities.get(linkTarget(link));
      if (!target) return;
      if (target.priority === 'wont') {
        out.push(
          makeDiagnostic('E_DEPENDS_ON_WONT', `"${a.id}" (${a.priority}) depends on "${target.id}", which is marked wont and is never scheduled`, {
            path: linkPath(a, i),
          }),
        );
      } else if (a.priority === 'must' && (target.priority === 'should' || target.priority === 'could')) {
        out.push(makeDiagnostic('W_MUST_AFTER_OPTIONAL', `must-have "${a.id}" depends on "${target.id}", which is ${target.priority} and may be cut`, { path: linkPath(a, i) }));
      }
    });
  }
  return out;
};
