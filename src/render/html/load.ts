/**
 * Resource load: each person's share of their available time taken by this plan, per week (per
 * day in hour plans), from src/analyse/allocation.ts. Over-allocated periods get their own colour
 * and a marker, so they do not depend on colour alone.
 */
import type { PeriodLoad } from '../../analyse/index.js';
import { percentText, shareText, shortDate } from '../common/format.js';
import { availabilityText, loadText } from '../common/load-text.js';
import { recurringCells } from '../common/recurring-text.js';
import { HANDOFF_HEADS, ROLE_HEADS, WORKER_HEADS, handoffCells, roleCells, workerCells } from '../common/shift-text.js';
import type { HtmlContext } from './context.js';
import { attrs, esc } from './escape.js';
import { sectionStart, type SectionHead } from './section.js';

function level(load: PeriodLoad): string {
  if (load.overAllocated) return 'over';
  if (load.utilisation === undefined) return load.frozen ? 'frozen' : 'off';
  return `l${Math.min(4, Math.floor((load.utilisation * 100) / 25))}`;
}

export function renderLoad(ctx: HtmlContext, head: SectionHead): string {
  const { allocation, periods, result } = ctx.a;
  if (allocation.resources.length === 0) return `${sectionStart(head)}<p>No team is declared.</p></section>`;
  const per = ctx.unit === 'hour' ? 'day' : 'week';
  const periodHeads = periods.map((p) => `<th scope="col" title="${esc(p.label)}">${esc(shortDate(result.calendar.slotStart(p.from)))}</th>`).join('');
  const rows = allocation.resources.map((r) => {
    const cells = r.periods.map((l) => {
      const over = l.overAllocated ? `over-allocated in ${periods[l.period - 1].label}, up to ${percentText(l.peakPercent)} of their available time on a ${ctx.unit === 'hour' ? 'slot' : 'day'}` : '';
      const availability = availabilityText(l, esc);
      return `<td class="${level(l)}"${over ? attrs({ title: `${r.name}: ${over}` }) : ''}>${loadText(l, '\u25B2')}${availability ? ` <small>(${availability})</small>` : ''}</td>`;
    });
    const total = r.utilisation === undefined ? 'off' : shareText(r.utilisation);
    return `<tr${attrs({ 'data-resource': r.id, 'data-over': r.overAllocated })}><th scope="row">${ctx.person(r.id)}</th>${cells.join('')}<td class="total">${r.overAllocated ? '\u25B2 ' : ''}${total}</td></tr>`;
  });
  const over = allocation.resources.filter((r) => r.overAllocated);
  const summary =
    over.length === 0 ? '<p>Nobody is over-allocated.</p>' : `<p class="warn">\u25B2 Over-allocated: ${over.map((r) => ctx.person(r.id)).join(', ')}.</p>`;
  const legend =
    '<p class="legend" aria-hidden="true"><span class="l0">0-24%</span><span class="l1">25-49%</span><span class="l2">50-74%</span><span class="l3">75-99%</span><span class="l4">100%</span><span class="over">\u25B2 over-allocated</span><span class="frozen">freeze</span></p>';
  return [
    sectionStart(head),
    `<p>Share of each ${ctx.unit === 'hour' ? 'responder' : 'person'}'s available time (working time less time off, freezes and other commitments) taken by this plan, per ${per}: 100% is fully used; "of 50%: ..." gives the share of working time left for the plan and what took the rest.</p>`,
    legend,
    `<div class="scroll"><table class="load"><caption>Load per ${per}</caption><thead><tr><th scope="col">${ctx.unit === 'hour' ? 'Responder' : 'Person'}</th>${periodHeads}<th scope="col">Total</th></tr></thead><tbody>`,
    rows.join('\n'),
    '</tbody></table></div>',
    summary,
    recurringTable(ctx),
    shiftTables(ctx),
    '</section>',
  ].join('\n');
}

/** Roles, work and rest against each worker's rules, and every hand-off. Cells come escaped. */
function shiftTables(ctx: HtmlContext): string {
  const { roles, workers, handoffs } = ctx.a.shifts;
  const table = (kind: string, caption: string, heads: readonly string[], rows: readonly (readonly string[])[]): string => {
    if (rows.length === 0) return '';
    const head = heads.map((h) => `<th scope="col">${h}</th>`).join('');
    const body = rows.map((r) => `<tr><th scope="row">${r[0]}</th>${r.slice(1).map((c) => `<td>${c}</td>`).join('')}</tr>`);
    return [`<div class="scroll"><table class="${kind}"><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>`, ...body, '</tbody></table></div>'].join('\n');
  };
  return [
    table('roles', 'Roles', ROLE_HEADS, roles.map((r) => roleCells(ctx, r))),
    table('rest', 'Shifts and rest', WORKER_HEADS, workers.map((w) => workerCells(ctx, w))),
    table('handoffs', 'Hand-offs', HANDOFF_HEADS, handoffs.map((h) => handoffCells(ctx, h).map((c, k) => (k === 1 ? esc(c) : c)))),
  ]
    .filter(Boolean)
    .join('\n');
}

/** Recurring work, one row per item however often it comes back; its time is in the load above. */
function recurringTable(ctx: HtmlContext): string {
  if (ctx.a.recurring.length === 0) return '';
  const head = ['Work', 'Every', 'Takes', 'Done by', 'Occurrences', 'First', 'Last'].map((h) => `<th scope="col">${h}</th>`).join('');
  const rows = ctx.a.recurring.map((r) => {
    const c = recurringCells(ctx, r);
    return `<tr${attrs({ 'data-recurring': r.id })}><th scope="row">${c.title}</th><td>${esc(c.every)}</td><td>${esc(c.takes)}</td><td>${c.people}</td><td class="num">${c.occurrences}</td><td>${esc(c.first)}</td><td>${esc(c.last)}</td></tr>`;
  });
  return [`<div class="scroll"><table class="recurring"><caption>Recurring work</caption><thead><tr>${head}</tr></thead><tbody>`, ...rows, '</tbody></table></div>'].join('\n');
}
