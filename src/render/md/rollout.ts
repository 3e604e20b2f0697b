/**
 * Staged rollout dates (from the scheduled rollout work), the rollback plan, and each
 * freeze as the seed presents its holiday week: "NO CHANGES", monitoring only.
 */
import type { FreezeWindow } from '../../analyse/index.js';
import type { DocContext } from './context.js';
import { inline, tableRow } from './escape.js';
import { formatDate } from '../common/format.js';

function stages(ctx: DocContext): string[] {
  const { rollout } = ctx.a;
  if (rollout.stages.length === 0) return ['No staged rollout is declared.'];
  const lines = ['| Stage | Date | Work | Health checks |', '|---:|---|---|---|'];
  for (const s of rollout.stages) {
    const unplaced = s.stage.task ? 'not scheduled' : 'no rollout task named';
    const date = s.start ? (s.finish && s.finish !== s.start ? `${formatDate(s.start)} to ${formatDate(s.finish)}` : formatDate(s.start)) : unplaced;
    const work = s.stage.task ? ctx.title(s.stage.task) : '';
    const checks = s.stage.checks.length > 0 ? s.stage.checks.map(inline).join('; ') : 'none declared';
    lines.push(tableRow([`${s.stage.percent}%`, `${date}${s.frozenBy ? ` ⚠️ in ${inline(s.frozenBy)}` : ''}`, work, checks]));
  }
  lines.push('');
  const frozen = rollout.stages.filter((s) => s.frozenBy);
  lines.push(frozen.length === 0 ? '✅ No stage falls in a freeze.' : `⚠️ ${frozen.length === 1 ? '1 stage falls' : `${frozen.length} stages fall`} in a freeze: the schedule must move ${frozen.length === 1 ? 'it' : 'them'}.`);
  lines.push('Each stage goes ahead only if the previous stage\'s checks are healthy; otherwise roll back.');
  return lines;
}

function freezeLines(ctx: DocContext, f: FreezeWindow): string[] {
  const all = f.blocks === 'all';
  const lines = [`### ${inline(f.name)} (${formatDate(f.from)} to ${formatDate(f.to)}): ${all ? 'monitoring only' : 'no deployments'}`, ''];
  if (all) lines.push('NO CHANGES during this window', '', '- Monitoring only', '- On-call rotation', '- Fix only P0 production issues', '- No feature work');
  else lines.push(`Blocks ${f.blocks.map(inline).join(', ')}; other work continues.`, '', '- Nothing ships', '- On-call rotation', '- Fix only P0 production issues');
  lines.push('');
  const team = f.during.filter((id) => !f.violations.includes(id) && !f.externals.includes(id));
  const notes: string[] = [];
  if (f.during.length === 0) notes.push('Scheduled in the window: nothing.');
  else if (team.length > 0) notes.push(`Scheduled in the window: ${team.map(ctx.title).join(', ')}.`);
  else if (f.violations.length === 0) notes.push('Team work scheduled in the window: nothing.');
  if (f.externals.length > 0) notes.push(`External work in the window (no team capacity, but check it should happen now): ${f.externals.map(ctx.title).join(', ')}.`);
  if (f.violations.length > 0) notes.push(`⚠️ Breaks the freeze: ${f.violations.map(ctx.title).join(', ')}.`);
  return [...lines, ...notes.flatMap((n, i) => (i === 0 ? [n] : ['', n]))];
}

export function renderRollout(ctx: DocContext): string {
  const { rollout, buffer } = ctx.a;
  const lines = ['### Staged rollout', '', ...stages(ctx), '', '### Rollback plan', ''];
  lines.push(...(rollout.rollback.length > 0 ? rollout.rollback.map((r) => `- ${inline(r)}`) : ['- No rollback plan declared: say how to undo a bad release, and how fast.']));
  for (const f of rollout.freezes) lines.push('', ...freezeLines(ctx, f));
  if (buffer.effectiveDelivery && buffer.deadline) {
    lines.push('', '### Before the deadline', '');
    lines.push(`- Last deployment window: ${formatDate(buffer.effectiveDelivery.date)}`);
    lines.push(`- After it, until the deadline (${formatDate(buffer.deadline.date)}): emergency fixes only; ideally no changes, monitoring only`);
  }
  return lines.join('\n');
}
