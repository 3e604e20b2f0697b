/** Launch criteria as a checklist (with the quality bars) and post-launch metrics. */
import type { DocContext } from './context.js';
import { inline } from './escape.js';

export function renderMetrics(ctx: DocContext): string {
  const { metrics, constraints, goals } = ctx.a.result.model;
  // Without declared launch criteria, the fixed goals' success criteria and the quality bars are
  // what the launch must meet.
  const checklist = metrics.launch.length > 0 ? metrics.launch : [...new Set([...goals.filter((g) => g.fixed).flatMap((g) => g.success), ...constraints.quality])];
  const lines = ['### Launch criteria (must meet to launch)', ''];
  lines.push(...(checklist.length > 0 ? checklist.map((c) => `- [ ] ${inline(c)}`) : ['No launch criteria declared.']));
  lines.push('', '### Success metrics (post-launch)', '');
  if (metrics.post.length === 0) lines.push('No post-launch metrics declared.');
  metrics.post.forEach((group, i) => {
    if (i > 0) lines.push('');
    const head = group.name ? `**${inline(group.name)}**${group.horizon ? ` (${inline(group.horizon)})` : ''}:` : group.horizon ? `**${inline(group.horizon)}**:` : '';
    if (head) lines.push(head);
    lines.push(...group.items.map((item) => `- ${inline(item)}`));
  });
  return lines.join('\n');
}
