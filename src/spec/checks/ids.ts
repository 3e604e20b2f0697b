import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import type { Path } from '../source-map.js';
import { fieldName } from '../issues.js';
import { SECTION_NOUN, type Check } from './context.js';

interface Owner {
  readonly id: string;
  readonly noun: string;
  readonly path: Path;
}

/**
 * Ids are unique across tasks, external items, gates, milestones and the team (they share one
 * namespace, so `after` and `assignee` are never ambiguous); goals and risks each have their own.
 */
export const checkDuplicateIds: Check = (ctx) => {
  const network: Owner[] = [
    ...ctx.activityList.map((a) => ({ id: a.id, noun: SECTION_NOUN[a.section], path: a.path })),
    ...ctx.team.map(({ value: m, path }) => ({ id: m.id, noun: m.capacity === undefined ? 'team member' : 'pool', path })),
  ];
  const goals = ctx.goalList.map(({ value: g, path }) => ({ id: g.id, noun: 'goal', path }));
  const risks = ctx.risks.map(({ value: r, path }) => ({ id: r.id, noun: 'risk', path }));
  // The later one in the document is the duplicate, whatever the order of sections.
  // Positions are looked up only when an id repeats: a spec without duplicates never needs them.
  const inDocumentOrder = (owners: Owner[]): Owner[] =>
    new Set(owners.map((o) => o.id)).size === owners.length ? [] : owners.map((o, i) => ({ o, at: ctx.documentOrder(o.path), i })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.o);
  return [...duplicatesIn(inDocumentOrder(network)), ...duplicatesIn(inDocumentOrder(goals)), ...duplicatesIn(inDocumentOrder(risks))];
};

function duplicatesIn(owners: readonly Owner[]): Diagnostic[] {
  const first = new Map<string, Owner>();
  const out: Diagnostic[] = [];
  for (const o of owners) {
    const earlier = first.get(o.id);
    if (!earlier) {
      first.set(o.id, o);
      continue;
    }
    out.push(
      makeDiagnostic('E_DUPLICATE_ID', `duplicate id "${o.id}": the ${earlier.noun} at ${fieldName(earlier.path)} already uses it`, {
        path: [...o.path, 'id'],
      }),
    );
  }
  return out;
}
