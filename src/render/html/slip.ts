/** The slip against the baseline: the drift and its causes, what changed, and the activities that moved. */
import type { ItemSlip } from '../../analyse/index.js';
import { amountText, countText } from '../common/format.js';
import { amountWords, calendarDaysText, causeText, isMoved, signed, spiText } from '../common/slip-text.js';
import type { HtmlContext } from './context.js';
import { attrs, esc } from './escape.js';
import { sectionStart, type SectionHead } from './section.js';
import { cell, sortableTable } from './table.js';

export function renderSlip(ctx: HtmlContext, head: SectionHead): string {
  const slip = ctx.a.slip!;
  const slot = ctx.unit === 'hour' ? 'hour' : 'day';
  const d = slip.drift;
  const moved = d.slots === 0 ? 'none' : `${ctx.slots(Math.abs(d.slots))} ${d.slots > 0 ? 'later' : 'earlier'}`;
  const intro =
    `<p data-slip="drift" data-slots="${d.slots}">Compared with the baseline <strong>${esc(slip.baseline.name)}</strong> (planned finish ${esc(ctx.date(slip.finish.baseline.date))}), ` +
    `the plan finishes ${esc(ctx.date(slip.finish.current.date))}: drift <strong class="drift">${esc(moved)}</strong>${d.days === 0 ? '' : ` (${esc(calendarDaysText(d.days))})`}.</p>`;
  const causes =
    d.causes.length === 0
      ? '<p>Nothing on the critical path moved.</p>'
      : `<table class="causes" id="drift-table"><caption>Why the finish moved, along the critical path (the terms add up to the drift)</caption><thead><tr><th scope="col">Cause</th><th scope="col">Activities</th><th scope="col" class="num">Working ${slot}s</th></tr></thead><tbody>` +
        d.causes.map((c) => `<tr${attrs({ 'data-kind': c.kind })}><td>${causeText(ctx, c, slip)}</td><td>${c.ids.map((id) => `${ctx.title(id)} (<code>${esc(id)}</code>)`).join(', ')}</td><td class="num">${esc(signed(c.slots))}</td></tr>`).join('') +
        `</tbody><tfoot><tr><th scope="row" colspan="2">Drift</th><td class="num">${esc(signed(d.slots))}</td></tr></tfoot></table>`;
  const spi = `<p data-slip="spi"><strong>Schedule performance index (SPI)</strong>: ${esc(spiText(slip.spi, ctx.workUnit))}</p>`;
  return `${sectionStart(head)}${intro}${causes}${changes(ctx, slot)}${spi}${movedTable(ctx, slot)}</section>`;
}

function changes(ctx: HtmlContext, slot: string): string {
  const slip = ctx.a.slip!;
  const work = (n: number | null) => (n === null ? 'work not recorded' : `${amountText(n)} ${ctx.workUnit}s`);
  const list = (key: string, title: string, items: readonly string[]) => `<h3>${esc(title)}</h3>${items.length === 0 ? '<p>None.</p>' : `<ul data-slip="${key}">${items.join('')}</ul>`}`;
  return [
    list('added', 'Work added since the baseline', slip.added.map((w) => `<li data-id="${esc(w.id)}">${esc(w.title)} (<code>${esc(w.id)}</code>, ${esc(w.priority)}): ${esc(work(w.work))}</li>`)),
    list('removed', 'Work removed since the baseline', slip.removed.map((w) => `<li data-id="${esc(w.id)}">${esc(w.title)} (<code>${esc(w.id)}</code>, ${esc(w.priority)}): ${esc(work(w.work))}; ${w.reason === 'wont' ? "now won't have" : 'gone from the spec'}</li>`)),
    list('reestimated', 'Re-estimated since the baseline', slip.reestimated.map((r) => `<li data-id="${esc(r.id)}">${esc(r.title)} (<code>${esc(r.id)}</code>): ${esc(amountWords(r.before, ctx.workUnit, slot))} before, ${esc(amountWords(r.after, ctx.workUnit, slot))} now</li>`)),
  ].join('');
}

function movedTable(ctx: HtmlContext, slot: string): string {
  const slip = ctx.a.slip!;
  const moved = slip.items.filter(isMoved);
  if (moved.length === 0) return `<p>Every one of the ${slip.items.length} activities in both plans keeps its baseline dates.</p>`;
  const rows = moved.map((i: ItemSlip) => [
    cell(`<code>${esc(i.id)}</code>`, i.id),
    cell(ctx.title(i.id)),
    cell(esc(i.type)),
    cell(esc(ctx.date(i.start.baseline.date)), i.start.baseline.offset),
    cell(esc(ctx.date(i.start.current.date)), i.start.current.offset),
    cell(esc(signed(i.start.slots)), i.start.slots),
    cell(esc(signed(i.start.days)), i.start.days),
    cell(esc(ctx.date(i.finish.baseline.date)), i.finish.baseline.offset),
    cell(esc(ctx.date(i.finish.current.date)), i.finish.current.offset),
    cell(esc(signed(i.finish.slots)), i.finish.slots),
    cell(esc(signed(i.finish.days)), i.finish.days),
  ]);
  const columns = [
    { label: 'Id' },
    { label: 'Activity' },
    { label: 'Type' },
    { label: 'Baseline start' },
    { label: 'Start' },
    { label: `Δ start (working ${slot}s)`, numeric: true },
    { label: 'Δ start (days)', numeric: true },
    { label: 'Baseline finish' },
    { label: 'Finish' },
    { label: `Δ finish (working ${slot}s)`, numeric: true },
    { label: 'Δ finish (days)', numeric: true },
  ];
  const caption = `${countText(moved.length, 'activity', 'activities')} moved; the other ${slip.items.length - moved.length} of the ${slip.items.length} in both plans keep their baseline dates`;
  return sortableTable('slip-table', caption, columns, rows, (i) => attrs({ 'data-id': moved[i].id }));
}
