/**
 * Scope flexibility in the seed's Must / Should / Won't form, plus the cut order if
 * the plan slips (the rule is in src/analyse/scope.ts).
 */
import { periodKind, periodOfSlot, periodRange } from '../../plan/index.js';
import type { DocContext } from './context.js';
import { amountCountText, capitalised, formatDate } from '../common/format.js';

/** Long must-have lists (generated or imported plans) are cut short. */
const MAX_LISTED = 25;

function listed(ctx: DocContext, ids: readonly string[], describe: (id: string) => string = ctx.title): string[] {
  const shown = ids.slice(0, MAX_LISTED).map((id) => `- ${describe(id)}`);
  return ids.length > MAX_LISTED ? [...shown, `- and ${ids.length - MAX_LISTED} more`] : shown;
}

export function renderScope(ctx: DocContext): string {
  const { scope, index, result } = ctx.a;
  const kind = periodKind(result);
  const where = (id: string) => {
    const s = index.scheduled.get(id);
    if (!s) return ' (not scheduled)';
    const first = periodOfSlot(ctx.a.periods, s.start).number;
    const last = periodOfSlot(ctx.a.periods, Math.max(s.start, s.finish - 1)).number;
    return ` (${periodRange(kind, first, last)})`;
  };
  const lines = ['### Must have', '', '✅ **Non-negotiable**:', ''];
  lines.push(...scope.fixedGoals.map((id) => `- ${ctx.goal(id)} (fixed goal)`));
  lines.push(...listed(ctx, scope.byPriority.must));
  const flexible = [...scope.byPriority.should, ...scope.byPriority.could];
  lines.push('', '### Should have (target for launch)', '', '⚠️ **Flexible** (can drop if needed):', '');
  lines.push(...scope.negotiableGoals.map((id) => `- ${ctx.goal(id)} (negotiable goal)`));
  lines.push(...listed(ctx, flexible, (id) => `${ctx.title(id)}${index.activity.get(id)?.priority === 'could' ? ' (could have)' : ''}${where(id)}`));
  if (flexible.length === 0 && scope.negotiableGoals.length === 0) lines.push('- Nothing: every item is a must-have.');
  lines.push('', "### Won't have (post-launch)", '', '❌ **Explicitly out of scope**:', '');
  lines.push(...(scope.byPriority.wont.length > 0 ? listed(ctx, scope.byPriority.wont) : ['- Nothing declared.']));
  lines.push('', '### If the plan slips: cut order', '');
  lines.push('Could-haves go before should-haves; within each, the latest-finishing first, then the one with the least float, then the biggest. Work that depends on a cut item goes with it.', '');
  scope.cutOrder.forEach((c, i) => {
    const s = index.scheduled.get(c.id)!;
    const deps = c.dependents.length > 0 ? `, taking ${c.dependents.map(ctx.title).join(', ')} with it` : '';
    lines.push(`${i + 1}. ${ctx.title(c.id)} (${c.priority}, finishes ${formatDate(result.calendar.slotEnd(Math.max(s.start, s.finish - 1)))}, frees ${amountCountText(c.work, ctx.workUnit)}${deps})`);
  });
  if (scope.cutOrder.length === 0) lines.push('Nothing can be cut without touching a must-have.');
  if (result.forecast?.scopeFit?.needed) lines.push('', `${capitalised(ctx.outline.ref('cuts'))} gives the cuts the Monte Carlo forecast recommends to reach the target confidence.`);
  if (scope.kept.length > 0 || scope.unscheduled.length > 0) lines.push('');
  for (const k of scope.kept) {
    const why = k.reason.code === 'fixed-goal' ? `it serves the fixed goal ${ctx.goal(k.reason.goal)}` : `must-have work depends on it (${k.reason.musts.map(ctx.title).join(', ')})`;
    lines.push(`- Kept: ${ctx.title(k.id)}, because ${why}`);
  }
  if (scope.unscheduled.length > 0) lines.push(`- Already left out of the schedule: ${scope.unscheduled.map(ctx.title).join(', ')}`);
  return lines.join('\n');
}
