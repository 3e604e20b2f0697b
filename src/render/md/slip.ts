/** The slip against the baseline: how far the finish moved and why, what changed, and what moved. */
import type { ItemSlip } from '../../analyse/index.js';
import { amountText, countText, formatDate } from '../common/format.js';
import { amountWords, calendarDaysText, causeText, isMoved, signed, spiText } from '../common/slip-text.js';
import type { DocContext } from './context.js';
import { code, inline, tableRow } from './escape.js';

export function renderSlip(ctx: DocContext): string {
  const slip = ctx.a.slip!;
  const slot = ctx.unit === 'hour' ? 'hour' : 'day';
  const lines = [headline(ctx), ''];
  lines.push(`**Why the finish moved**, along the critical path (the terms add up to the drift):`, '');
  if (slip.drift.causes.length === 0) lines.push('Nothing on the critical path moved.');
  else {
    lines.push(tableRow(['#', 'Cause', 'Activities', `Working ${slot}s`]), '|---|---|---|---|');
    slip.drift.causes.forEach((c, i) => lines.push(tableRow([String(i + 1), causeText(ctx, c, slip), c.ids.map((id) => `${code(id)} ${ctx.title(id)}`).join(', '), signed(c.slots)])));
    lines.push(tableRow(['', '**Drift**', '', `**${signed(slip.drift.slots)}**`]));
  }
  lines.push('', ...changes(ctx), '', `**Schedule performance index (SPI)**: ${spiText(slip.spi, ctx.workUnit)}`, '', ...movedTable(ctx, slot));
  return lines.join('\n');
}

function headline(ctx: DocContext): string {
  const slip = ctx.a.slip!;
  const d = slip.drift;
  const seed = slip.baseline.seed !== undefined ? `, seed ${slip.baseline.seed}` : '';
  const base = `Compared with the baseline **${inline(slip.baseline.name)}** (start ${formatDate(slip.baseline.start)}, planned finish ${formatDate(slip.finish.baseline.date)}${seed})`;
  if (d.slots === 0 && d.days === 0) return `${base}: the plan still finishes ${formatDate(slip.finish.current.date)}. **No drift.**`;
  const way = d.slots > 0 ? 'later' : 'earlier';
  return `${base}: the plan now finishes ${formatDate(slip.finish.current.date)}, **${ctx.slots(Math.abs(d.slots))} ${way}** (${calendarDaysText(d.days)}).`;
}

function changes(ctx: DocContext): string[] {
  const slip = ctx.a.slip!;
  const work = (n: number | null) => (n === null ? 'not recorded' : amountText(n));
  const heading = (title: string, none: boolean) => `**${title}**:${none ? ' none.' : ''}`;
  const lines = [heading('Work added since the baseline', slip.added.length === 0)];
  if (slip.added.length > 0) {
    lines.push('', tableRow(['Id', 'Title', 'Priority', `Work (${ctx.workUnit}s)`]), '|---|---|---|---|');
    for (const w of slip.added) lines.push(tableRow([code(w.id), inline(w.title), w.priority, work(w.work)]));
  }
  lines.push('', heading('Work removed since the baseline', slip.removed.length === 0));
  if (slip.removed.length > 0) {
    lines.push('', tableRow(['Id', 'Title', 'Priority', `Work (${ctx.workUnit}s)`, 'Why']), '|---|---|---|---|---|');
    for (const w of slip.removed) lines.push(tableRow([code(w.id), inline(w.title), w.priority, work(w.work), w.reason === 'wont' ? "now won't have" : 'gone from the spec']));
  }
  lines.push('', heading('Re-estimated since the baseline', slip.reestimated.length === 0));
  if (slip.reestimated.length > 0) {
    const slot = ctx.unit === 'hour' ? 'hour' : 'day';
    lines.push('', tableRow(['Id', 'Title', 'Before', 'Now']), '|---|---|---|---|');
    for (const r of slip.reestimated) lines.push(tableRow([code(r.id), inline(r.title), amountWords(r.before, ctx.workUnit, slot), amountWords(r.after, ctx.workUnit, slot)]));
  }
  return lines;
}

/** Every activity whose start or finish moved; the rest keep their baseline dates. */
function movedTable(ctx: DocContext, slot: string): string[] {
  const slip = ctx.a.slip!;
  const moved = slip.items.filter(isMoved);
  const kept = slip.items.length - moved.length;
  const head = `**Moved since the baseline**: ${countText(moved.length, 'activity', 'activities')}; the other ${kept} of the ${slip.items.length} in both plans keep their baseline dates.`;
  if (moved.length === 0) return [head];
  const delta = (v: ItemSlip['start']) => `${signed(v.slots)} / ${signed(v.days)}`;
  const rows = moved.map((i) => tableRow([code(i.id), ctx.title(i.id), i.type, formatDate(i.start.baseline.date), formatDate(i.start.current.date), delta(i.start), formatDate(i.finish.baseline.date), formatDate(i.finish.current.date), delta(i.finish)]));
  return [head, '', tableRow(['Id', 'Activity', 'Type', 'Baseline start', 'Start', `Δ start (working ${slot}s / days)`, 'Baseline finish', 'Finish', `Δ finish (working ${slot}s / days)`]), '|---|---|---|---|---|---|---|---|---|', ...rows];
}
