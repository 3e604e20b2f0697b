/**
 * Resource allocation per person per period, as a table (the seed lists it per
 * person; a table reads better past a few weeks), then the seed's totals: team-weeks available
 * vs planned, and who is over-allocated.
 */
import type { PeriodLoad, ResourceAllocation } from '../../analyse/allocation.js';
import type { DocContext } from './context.js';
import { amountCountText, amountText, capitalised, percentText, shareText, shortDate } from '../common/format.js';
import { capacityHorizon, exceedsCapacity } from './capacity-text.js';
import { loadText } from '../common/load-text.js';
import { tableRow } from './escape.js';

function cell(load: PeriodLoad): string {
  const other = load.percent !== undefined && load.other > 0 ? ` (${shareText(load.other / load.working)} other)` : '';
  return `${loadText(load, '⚠️')}${other}`;
}

function total(r: ResourceAllocation): string {
  if (r.percent === undefined) return 'off';
  const plan = r.working > 0 ? shareText(r.plan / r.working) : '0%';
  return `${r.overAllocated ? '⚠️ ' : ''}${percentText(r.percent)} (plan ${plan})`;
}

/** Sprint planning's question: does the committed work fit the capacity before the date? */
function capacityTable(ctx: DocContext): string[] {
  const c = ctx.a.capacity;
  const unitName = `${ctx.workUnit}s`;
  const horizon = capacityHorizon(ctx);
  const share = (x: number) => (c.capacity > 0 ? shareText(x / c.capacity) : '');
  const lines = ['### Capacity vs committed work', '', `| | ${capitalised(unitName)} | Share of capacity |`, '|---|---:|---:|'];
  lines.push(`| Capacity ${horizon} | ${amountText(c.capacity)} | 100% |`);
  lines.push(`| Must have | ${amountText(c.must)} | ${share(c.must)} |`);
  lines.push(`| Should have | ${amountText(c.should)} | ${share(c.should)} |`);
  lines.push(`| Could have | ${amountText(c.could)} | ${share(c.could)} |`);
  lines.push(`| **Committed** | **${amountText(c.committed)}** | **${share(c.committed)}** |`, '');
  const over = c.committed - c.capacity;
  if (exceedsCapacity(c.committed, c.capacity)) {
    const mustFit = exceedsCapacity(c.must, c.capacity) ? 'even the must-haves alone do not fit' : 'the must-haves alone fit';
    lines.push(`⚠️ ${amountCountText(over, ctx.workUnit)} more than fits ${horizon}; ${mustFit}. ${capitalised(ctx.outline.ref('scope'))} gives the cut order.`);
  } else lines.push(`✅ The committed work fits ${horizon}, with ${amountCountText(-over, ctx.workUnit)} to spare.`);
  return lines;
}

export function renderAllocation(ctx: DocContext): string {
  const { allocation, periods } = ctx.a;
  const perPeriod = allocation.slotsPerPeriod;
  const unitName = ctx.unit === 'hour' ? 'person-hours' : 'person-weeks';
  const convert = (slots: number) => amountText(ctx.unit === 'hour' ? slots : slots / perPeriod);
  const amount = (slots: number) => amountCountText(ctx.unit === 'hour' ? slots : slots / perPeriod, unitName.slice(0, -1));
  const lines: string[] = [];
  if (allocation.resources.length === 0) return [...lines, 'No team is declared.'].join('\n');
  lines.push(
    `Share of each person's working time taken by this plan plus their other commitments${ctx.unit === 'hour' ? ', per day' : ', per week'}. ⚠️ marks more work than time in some ${ctx.unit === 'hour' ? 'hour' : 'day'}.`,
    '',
  );
  const head = periods.map((p) => `${p.label} (${shortDate(ctx.a.result.calendar.slotStart(p.from))})`);
  lines.push(`| ${ctx.unit === 'hour' ? 'Responder' : 'Person'} | ${head.join(' | ')} | Total | Planned (${unitName}) |`);
  lines.push(`|---|${periods.map(() => '---:').join('|')}|---:|---:|`);
  for (const r of allocation.resources) {
    lines.push(tableRow([ctx.person(r.id), ...r.periods.map(cell), total(r), convert(r.plan)]));
  }
  const teamPlan = periods.map((_, i) => {
    const working = allocation.resources.reduce((n, r) => n + r.periods[i].working, 0);
    const busy = allocation.resources.reduce((n, r) => n + r.periods[i].plan + r.periods[i].other, 0);
    return working > 0 ? shareText(busy / working) : allocation.resources[0].periods[i].frozen ? 'freeze' : 'off';
  });
  lines.push(`| **${ctx.teamWord}** | ${teamPlan.join(' | ')} | | **${convert(allocation.planned)}** |`);
  lines.push('');
  const share = allocation.available > 0 ? ` (${shareText(allocation.planned / allocation.available)} of what is available)` : '';
  lines.push(`- Available to this plan: ${amount(allocation.available)} (working time less time off, freezes and other commitments)`);
  lines.push(`- Planned work: ${amount(allocation.planned)}${share}`);
  if (allocation.other > 0) lines.push(`- Other commitments: ${amount(allocation.other)}`);
  const over = allocation.resources.filter((r) => r.overAllocated);
  if (over.length === 0) lines.push('- Nobody is over-allocated.');
  for (const r of over) {
    const where = r.periods.filter((p) => p.overAllocated);
    const peak = Math.max(...where.map((p) => p.peakPercent));
    lines.push(`- ⚠️ ${ctx.person(r.id)} is over-allocated in ${where.map((p) => periods[p.period - 1].label).join(', ')} (up to ${percentText(peak)} of their time on a ${ctx.unit === 'hour' ? 'slot' : 'day'})`);
  }
  lines.push('', ...capacityTable(ctx));
  return lines.join('\n');
}
