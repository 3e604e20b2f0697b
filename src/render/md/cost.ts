/** The plan's cost: planned and forecast, the budget check with what drives it, per phase and per week. */
import { budgetText, moneyText } from '../common/cost-text.js';
import type { DocContext } from './context.js';
import { inline, tableRow } from './escape.js';

export function renderCost(ctx: DocContext): string {
  const cost = ctx.a.cost;
  if (!cost) return 'Nothing in this plan has a rate or a cost.';
  const money = (minor: number) => inline(moneyText(minor, cost.currency));
  const lines = [`- **Planned cost**: ${money(cost.planned)} (labour ${money(cost.labour)}, fixed costs ${money(cost.fixed)})`];
  const f = cost.forecast;
  lines.push(f ? `- **Forecast cost**: P50 ${money(f.p50)}, P80 ${money(f.p80)}, P95 ${money(f.p95)}` : '- **Forecast cost**: not computed (no forecast)');
  const b = cost.budget;
  if (!b) lines.push('- **Budget**: not stated');
  else {
    const drivers = b.drivers.map((d) => `${ctx.title(d.id)} (${money(d.amount)})`).join(', ');
    lines.push(`- **Budget**: ${b.over ? '⚠️ ' : ''}${inline(budgetText(cost, b))}${b.over ? `; the largest costs: ${drivers}` : ''}`);
  }
  if (cost.unrated.length > 0) lines.push(`- **Not priced**: ${cost.unrated.map(ctx.person).join(', ')} (no rate)`);
  lines.push('', '| Phase | Planned cost |', '|---|---:|');
  for (const p of cost.byPhase) lines.push(tableRow([inline(p.title), money(p.amount)]));
  lines.push('', '| Week | Planned cost |', '|---|---:|');
  for (const w of cost.byWeek) if (w.amount !== 0) lines.push(tableRow([`${w.title} (${w.key})`, money(w.amount)]));
  return lines.join('\n');
}
