import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import { findCycles } from '../../graph/index.js';
import { linkPath, linkTarget, type Check, type CheckContext } from './context.js';

/**
 * Dependencies must not loop. Edges run from predecessor to successor, so the reported path
 * reads in execution order: `a -> b -> a` says a comes before b and b before a. The diagnostic
 * points at the `after` entry of the cycle's first edge.
 */
export const checkCycles: Check = (ctx) => (hasCycle(ctx) ? cycleDiagnostics(ctx) : []);

/**
 * Whether the links loop at all: Kahn's topological sort on numbered activities, which a spec
 * of thousands of tasks passes in a few milliseconds. Only a spec with a cycle pays for finding
 * and naming it.
 */
function hasCycle(ctx: CheckContext): boolean {
  const number = new Map<string, number>();
  for (const id of ctx.activities.keys()) number.set(id, number.size);
  const successors: number[][] = Array.from({ length: number.size }, () => []);
  const waitingFor = new Int32Array(number.size);
  for (const a of ctx.activities.values()) {
    const to = number.get(a.id)!;
    for (const link of a.after) {
      const from = number.get(linkTarget(link));
      if (from === undefined) continue;
      successors[from].push(to);
      waitingFor[to]++;
    }
  }
  const ready: number[] = [];
  waitingFor.forEach((n, i) => n === 0 && ready.push(i));
  let ordered = 0;
  while (ready.length > 0) {
    const next = ready.pop()!;
    ordered++;
    for (const to of successors[next]) if (--waitingFor[to] === 0) ready.push(to);
  }
  return ordered < number.size;
}

function cycleDiagnostics(ctx: CheckContext): Diagnostic[] {
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
}
