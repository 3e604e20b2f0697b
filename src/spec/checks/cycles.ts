import { makeDiagnostic } from '../../diag/index.js';
import { findCycles } from '../../graph/index.js';
import { linkPath, linkTarget, type Check } from './context.js';

/**
 * Dependencies must not loop. Edges run from predecessor to successor, so the reported path
 * reads in execution order: `a -> b -> a` says a comes before b and b before a. The diagnostic
 * points at the `after` entry of the cycle's first edge.
 */
export const checkCycles: Check = (ctx) => {
  const successors = new Map<string, string[]>();
  for (const a of ctx.activities.values()) {
    for (const link of a.after) {
      const from = linkTarget(link);
      if (!ctx.activities.has(from)) continue;
      const list = successors.get(from) ?? [];
      list.push(a.id);
      successors.set(from, list);
    }
  }
  const cycles = findCycles([...ctx.activities.keys()], (id) => successors.get(id) ?? []);
  return cycles.map((cycle) => {
    const [from, to] = cycle;
    const successor = ctx.activities.get(to)!;
    const i = successor.after.findIndex((link) => linkTarget(link) === from);
    return makeDiagnostic('E_CYCLE', `dependency cycle: ${cycle.join(' -> ')}`, {
      path: linkPath(successor, i),
      hint: `Remove one of these dependencies; as written, none of ${[...new Set(cycle)].join(', ')} can ever start.`,
    });
  });
};
