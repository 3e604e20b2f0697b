/**
 * The risks ranked by how much they move the P80 finish, each measured by running
 * the forecast again without it on the same random draws.
 */
import type { DocContext } from './context.js';
import { inline, tableRow } from './escape.js';
import { notForecast } from './confidence.js';
import { noun, round1, shareText, wholeText } from '../common/format.js';

export function renderRiskDrivers(ctx: DocContext): string {
  const f = ctx.a.result.forecast;
  if (!f) return notForecast();
  const lines: string[] = [];
  const simulated = new Set(f.riskDrivers.map((d) => d.riskId));
  const others = ctx.a.result.model.risks.filter((r) => !simulated.has(r.id));
  if (f.riskDrivers.length === 0) lines.push('No risk has a delay range on scheduled work, so no risk event is simulated.');
  else {
    lines.push(`Each risk is measured by running the same ${wholeText(f.iterations)} ${noun(f.iterations, 'run')} without it (same random draws): how much later the P80 finish and the mean finish are with the risk.`, '');
    const withDeadline = f.onTimeProbability !== undefined;
    lines.push(`| risk | probability | P80 impact | mean impact |${withDeadline ? ' chance on time without it |' : ''}`);
    lines.push(`|---|---|---|---|${withDeadline ? '---|' : ''}`);
    for (const d of f.riskDrivers) {
      const without = withDeadline ? [d.onTimeWithout !== undefined ? shareText(d.onTimeWithout) : ''] : [];
      lines.push(tableRow([inline(d.title), shareText(d.probability), ctx.slots(d.p80Impact), ctx.slots(round1(d.meanImpact ?? 0)), ...without]));
    }
  }
  if (others.length > 0) {
    lines.push('', `Not simulated (closed, no delay range, or nothing scheduled affected): ${others.map((r) => inline(r.title)).join(', ')}.`);
  }
  return lines.join('\n');
}
