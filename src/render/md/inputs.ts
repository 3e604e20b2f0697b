/** The inputs recap in the seed's Goals / Constraints / Known Risks form. */
import type { DocContext } from './context.js';
import { inline } from './escape.js';
import { formatDate, shareText, SHORT_DAY_NAMES } from '../common/format.js';

function goals(ctx: DocContext): string[] {
  const { goals } = ctx.a.result.model;
  if (goals.length === 0) return ['- No goals declared.'];
  return goals.flatMap((g) => [
    `- **${inline(g.title)}** (${g.fixed ? 'fixed' : 'negotiable'})`,
    ...(g.success.length > 0 ? g.success.map((s) => `  - Success: ${inline(s)}`) : ['  - Success: not defined']),
  ]);
}

function workweekText(days: readonly number[]): string {
  if (days.length === 7) return 'every day';
  return days.map((d) => SHORT_DAY_NAMES[d]).join(', ');
}

function constraints(ctx: DocContext): string[] {
  const { model } = ctx.a.result;
  const { calendar, deadline, constraints: c } = model;
  const hours = calendar.unit === 'hour' ? `, ${calendar.hours[0] === 0 && calendar.hours[1] === 24 ? 'around the clock' : `${calendar.hours[0]}:00-${calendar.hours[1]}:00`}` : '';
  const lines = [
    `- **Timeline**: ${formatDate(model.start)} ${deadline ? `to ${formatDate(deadline.date)} (${deadline.hard ? 'hard deadline' : 'flexible deadline'})` : 'on, no deadline'}; works ${workweekText(calendar.workweek)}${hours}`,
    ...calendar.freezes.map((f) => `  - ${inline(f.name)}: ${formatDate(f.from)} to ${formatDate(f.to)}, ${f.blocks === 'all' ? 'no work and no deployments' : `blocks ${f.blocks.map(inline).join(', ')}`}`),
    ...(calendar.holidays.length > 0 ? [`  - Holidays: ${calendar.holidays.join(', ')}`] : []),
  ];
  const team = model.resources.map((r) => `${inline(r.name)}${r.role ? ` (${inline(r.role)})` : ''}${r.capacity > 1 ? ` x${r.capacity}` : ''}`);
  lines.push(`- **${ctx.teamWord}**: ${team.length > 0 ? team.join(', ') : 'none declared'}`);
  for (const r of model.resources) {
    if (r.availability < 1) lines.push(`  - ${inline(r.name)} gives this plan ${shareText(r.availability)} of their time`);
    for (const cm of r.commitments) lines.push(`  - ${inline(r.name)}: ${shareText(cm.load)} ${cm.note ? inline(cm.note) : 'other commitments'}, ${cm.from} to ${cm.to}`);
    for (const off of r.timeOff) lines.push(`  - ${inline(r.name)}: time off ${off.from} to ${off.to}`);
  }
  const externals = model.activities.filter((a) => a.type === 'external');
  const externalText = externals.map((a) => `${inline(a.title)}${a.owner ? ` (${inline(a.owner)})` : ''}${a.work.mode === 'duration' ? `, ${ctx.slots(a.work.slots)} turnaround` : ''}`);
  lines.push(`- **External**: ${externalText.length > 0 ? externalText.join('; ') : 'none'}`);
  lines.push(`- **Budget**: ${c.budget ? `${c.budget.amount} ${inline(c.budget.currency)}${c.budget.for ? ` for ${inline(c.budget.for)}` : ''}` : 'not stated'}`);
  lines.push(`- **Quality bars**: ${c.quality.length > 0 ? c.quality.map(inline).join('; ') : 'none stated'}`);
  for (const note of c.notes) lines.push(`- ${inline(note)}`);
  return lines;
}

function risks(ctx: DocContext): string[] {
  const { risks: list } = ctx.a.result.model;
  if (list.length === 0) return ['- None declared.'];
  return list.map((r) => `- ${inline(r.title)} (impact ${r.impact}, likelihood ${r.likelihood})`);
}

export function renderInputs(ctx: DocContext): string {
  return ['### Goals', '', ...goals(ctx), '', '### Constraints', '', ...constraints(ctx), '', '### Known risks', '', ...risks(ctx)].join('\n');
}
