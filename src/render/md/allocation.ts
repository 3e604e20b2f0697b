/**
 * Resource allocation per person per period, as a table (the seed lists it per
 * person; a table reads better past a few weeks), then the seed's totals: team-weeks available
 * vs planned, and who is over-allocated.
 */
import type { PeriodLoad, ResourceAllocation } from '../../analyse/index.js';
import type { DocContext } from './context.js';
import { amountCountText, amountText, capitalised, percentText, shareText, shortDate } from '../common/format.js';
import { recurringCells } from '../common/recurring-text.js';
import { HANDOFF_HEADS, ROLE_HEADS, WORKER_HEADS, handoffCells, roleCells, workerCells } from '../common/shift-text.js';
import { capacityHorizon, capacityTarget, exceedsCapacity, mustsText } from './capacity-text.js';
import { availabilityText, loadText } from '../common/load-text.js';
import { inline, tableRow } from './escape.js';

function cell(load: PeriodLoad): string {
  const availability = availabilityText(load, inline);
  return `${loadText(load, '⚠️')}${availability ? ` (${availability})` : ''}`;
}

function total(r: ResourceAllocation): string {
  if (r.utilisation === undefined) return r.overAllocated ? '⚠️ work in time off' : 'off';
  const share = exceedsCapacity(r.working, r.available) ? ` (of ${shareText(r.available / r.working)})` : '';
  return `${r.overAllocated ? '⚠️ ' : ''}${shareText(r.utilisation)}${share}`;
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
    lines.push(`⚠️ ${amountCountText(over, ctx.workUnit)} more than fits ${horizon}; ${mustsText(ctx)}. ${capitalised(ctx.outline.ref('scope'))} gives the cut order.`);
  } else if (c.doesNotFit.length > 0) {
    lines.push(`⚠️ The committed work is within the capacity ${horizon} (${amountCountText(-over, ctx.workUnit)} to spare), but not all of it finishes in time; ${mustsText(ctx)}.`);
  } else lines.push(`✅ The committed work fits ${horizon}, with ${amountCountText(-over, ctx.workUnit)} to spare.`);
  if (c.doesNotFit.length > 0) lines.push('', ...commitmentLine(ctx));
  return lines;
}

/** What the schedule finishes by the target and what it does not: the line a commitment is drawn at. */
function commitmentLine(ctx: DocContext): string[] {
  const c = ctx.a.capacity;
  const names = (ids: readonly string[]) => {
    const byClass = (['must', 'should', 'could'] as const)
      .map((p) => [p, ids.filter((id) => ctx.a.index.activity.get(id)?.priority === p)] as const)
      .filter(([, of]) => of.length > 0);
    return byClass.length > 0 ? byClass.map(([p, of]) => `${p}: ${of.map(ctx.title).join(', ')}`).join('; ') : 'nothing';
  };
  return [
    `**Commitment line** (the schedule on likely estimates, against ${capacityTarget(ctx)}):`,
    '',
    `- Fits: ${names(c.fits)}`,
    `- Does not fit: ${names(c.doesNotFit)}`,
  ];
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
    `Share of each person's available time (working time less time off, freezes and other commitments) taken by this plan${ctx.unit === 'hour' ? ', per day' : ', per week'}: 100% is fully used. "of 50%: ..." gives the share of working time left for the plan and what took the rest. ⚠️ marks more work than available time in some ${ctx.unit === 'hour' ? 'hour' : 'day'}.`,
    '',
  );
  const head = periods.map((p) => `${p.label} (${shortDate(ctx.a.result.calendar.slotStart(p.from))})`);
  lines.push(`| ${ctx.unit === 'hour' ? 'Responder' : 'Person'} | ${head.join(' | ')} | Total | Planned (${unitName}) |`);
  lines.push(`|---|${periods.map(() => '---:').join('|')}|---:|---:|`);
  for (const r of allocation.resources) {
    lines.push(tableRow([ctx.person(r.id), ...r.periods.map(cell), total(r), convert(r.work)]));
  }
  const teamPlan = periods.map((_, i) => {
    const available = allocation.resources.reduce((n, r) => n + r.periods[i].available, 0);
    const work = allocation.resources.reduce((n, r) => n + r.periods[i].work, 0);
    return available > 0 ? shareText(work / available) : allocation.resources[0].periods[i].frozen ? 'freeze' : 'off';
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
    lines.push(`- ⚠️ ${ctx.person(r.id)} is over-allocated in ${where.map((p) => periods[p.period - 1].label).join(', ')} (up to ${percentText(peak)} of their available time on a ${ctx.unit === 'hour' ? 'slot' : 'day'})`);
  }
  lines.push('', ...recurringTable(ctx), ...shiftTables(ctx), ...capacityTable(ctx));
  return lines.join('\n');
}

/** Roles, work and rest against each worker's rules, and every hand-off: who passes what to whom, and when. */
function shiftTables(ctx: DocContext): string[] {
  const { roles, workers, handoffs } = ctx.a.shifts;
  const table = (title: string, heads: readonly string[], rows: readonly (readonly string[])[]): string[] =>
    rows.length === 0 ? [] : [`### ${title}`, '', tableRow(heads), `|${heads.map(() => '---').join('|')}|`, ...rows.map((r) => tableRow(r)), ''];
  return [
    ...table('Roles', ROLE_HEADS, roles.map((r) => roleCells(ctx, r))),
    ...table('Shifts and rest', WORKER_HEADS, workers.map((w) => workerCells(ctx, w))),
    ...table('Hand-offs', HANDOFF_HEADS, handoffs.map((h) => handoffCells(ctx, h))),
  ];
}

/** Recurring work, one row per item however often it comes back; its time is in the table above. */
function recurringTable(ctx: DocContext): string[] {
  const items = ctx.a.recurring;
  if (items.length === 0) return [];
  const lines = ['### Recurring work', '', '| Work | Every | Takes | Done by | Occurrences | First | Last |', '|---|---|---|---|---:|---|---|'];
  for (const r of items) {
    const c = recurringCells(ctx, r);
    lines.push(tableRow([c.title, c.every, c.takes, c.people, c.occurrences, c.first, c.last]));
  }
  lines.push('');
  return lines;
}
