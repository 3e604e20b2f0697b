import { makeDiagnostic, type Diagnostic } from '../../diag/index.js';
import type { Path } from '../source-map.js';
import { didYouMean, Vocabulary } from '../suggest.js';
import { SECTION_NOUN, linkPath, linkTarget, type CheckContext, type Check } from './context.js';

/** Every id used in a reference names an element of the right kind. */
export const checkReferences: Check = (ctx) => {
  const out: Diagnostic[] = [];
  const words = knownWords(ctx);
  const activity = (id: string, path: Path) => {
    const d = activityRef(ctx, words, id, path);
    if (d) out.push(d);
  };
  const resource = (id: string, path: Path) => {
    const d = resourceRef(ctx, words, id, path);
    if (d) out.push(d);
  };
  const goal = (id: string, path: Path) => {
    if (ctx.goals.has(id) || ctx.brokenIds.has(id)) return;
    out.push(makeDiagnostic('E_UNKNOWN_REF', `no goal has id "${id}"`, { path, hint: didYouMean(id, words.goals()) }));
  };

  // The common references, known ids, are told apart before any path is spelled out.
  for (const a of ctx.activityList) {
    a.after.forEach((link, i) => {
      if (!ctx.activities.has(linkTarget(link))) activity(linkTarget(link), linkPath(a, i));
    });
  }
  for (const { value: t, path } of ctx.tasks) {
    if (typeof t.assignee === 'string') {
      if (!ctx.resources.has(t.assignee)) resource(t.assignee, [...path, 'assignee']);
    } else t.assignee?.forEach((id, j) => resource(id, [...path, 'assignee', j]));
    t.demands?.forEach((d, j) => d.resource !== undefined && resource(d.resource, [...path, 'demands', j, 'resource']));
    if (t.goal !== undefined) goal(t.goal, [...path, 'goal']);
  }
  for (const { value: m, path } of ctx.milestones) if (m.goal !== undefined) goal(m.goal, [...path, 'goal']);
  for (const { value: g, path } of ctx.gates) {
    if (g.trigger?.task !== undefined) activity(g.trigger.task, [...path, 'trigger', 'task']);
    if (g.trigger?.gate_fails !== undefined) activity(g.trigger.gate_fails, [...path, 'trigger', 'gate_fails']);
    const risk = g.trigger?.risk_occurs;
    if (risk !== undefined && !ctx.risks.some((r) => r.value.id === risk) && !ctx.brokenIds.has(risk)) {
      out.push(makeDiagnostic('E_UNKNOWN_REF', `no risk has id "${risk}"`, { path: [...path, 'trigger', 'risk_occurs'], hint: didYouMean(risk, ctx.risks.map((r) => r.value.id)) }));
    }
  }
  for (const { value: r, path } of ctx.risks) r.affects.forEach((id, j) => activity(id, [...path, 'affects', j]));
  ctx.draft.rollout?.stages.forEach((s, i) => {
    if (typeof s === 'object' && s.task !== undefined) activity(s.task, ['rollout', 'stages', i, 'task']);
  });
  return out;
};

const ACTIVITY_NOUNS = 'task, external item, gate or milestone';

interface KnownWords {
  readonly activities: () => Vocabulary;
  readonly resources: () => Vocabulary;
  readonly goals: () => Vocabulary;
}

/** Each kind of id indexed once, when the first unknown reference of that kind needs it. */
function knownWords(ctx: CheckContext): KnownWords {
  const once = (words: () => Iterable<string>) => {
    let vocabulary: Vocabulary | undefined;
    return () => (vocabulary ??= new Vocabulary(words()));
  };
  return { activities: once(() => ctx.activities.keys()), resources: once(() => ctx.resources.keys()), goals: once(() => ctx.goals) };
}

function activityRef(ctx: CheckContext, words: KnownWords, id: string, path: Path): Diagnostic | undefined {
  if (ctx.activities.has(id) || ctx.brokenIds.has(id)) return undefined;
  if (ctx.resources.has(id)) {
    return makeDiagnostic('E_UNKNOWN_REF', `"${id}" is a ${SECTION_NOUN.team}, not a ${ACTIVITY_NOUNS}`, {
      path,
      hint: 'Dependencies name work; to say who does a task use `assignee`.',
    });
  }
  return makeDiagnostic('E_UNKNOWN_REF', `no ${ACTIVITY_NOUNS} has id "${id}"`, { path, hint: didYouMean(id, words.activities()) });
}

function resourceRef(ctx: CheckContext, words: KnownWords, id: string, path: Path): Diagnostic | undefined {
  if (ctx.resources.has(id) || ctx.brokenIds.has(id)) return undefined;
  const a = ctx.activities.get(id);
  if (a) {
    return makeDiagnostic('E_UNKNOWN_REF', `"${id}" is a ${SECTION_NOUN[a.section]}, not a team member or pool`, {
      path,
      hint: 'Assignees name people or pools from `team`; to wait for work use `after`.',
    });
  }
  return makeDiagnostic('E_UNKNOWN_REF', `no team member or pool has id "${id}"`, { path, hint: didYouMean(id, words.resources()) });
}
