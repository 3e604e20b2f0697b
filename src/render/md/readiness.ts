/** The seed's Quick Checklist, evaluated on this plan, with the reason for each. */
import type { DocContext } from './context.js';
import { inline } from './escape.js';

export function renderReadiness(ctx: DocContext): string {
  const results = ctx.a.readiness;
  const passed = results.filter((r) => r.pass).length;
  return [
    ...results.map((r) => `- [${r.pass ? 'x' : ' '}] ${inline(r.title)}: ${inline(r.reason)}`),
    '',
    `**${passed} of ${results.length} pass.**`,
  ].join('\n');
}
