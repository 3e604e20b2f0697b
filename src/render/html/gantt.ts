/**
 * The Gantt chart as inline SVG: a group per phase, a row per scheduled activity (a bar per
 * worked segment, a diamond for gates and milestones), dependency arrows, the critical path in
 * its own colour, non-working time, holidays and freezes shaded, the deadline as a line, and a
 * date axis from ./axis.ts. Each row carries `data-task` and `data-critical` for tests and tools.
 * The x axis is calendar time (so weekends and freezes take their real width), in minutes.
 *
 * Top to bottom: the axis labels, a band for the labels of the deadline, delivery and freeze
 * markers (stacked on as many lines as they need, so they never sit on a row), then the rows.
 */
import { gateSlotDate, type ItemSlip } from '../../analyse/index.js';
import { formatDay, MINUTES_PER_DAY, parseInstant, periodEndInstant, weekdayOf } from '../../calendar/index.js';
import type { Activity } from '../../model/index.js';
import type { ScheduledActivity } from '../../schedule/index.js';
import { activityDates, finishDate, nameOf } from '../../plan/index.js';
import { anchorOf, stackLabels, textWidth, timeAxis, type Axis, type BandLabel, type StackedLabel } from './axis.js';
import { remembered } from '../common/context.js';
import { driverText } from '../common/driver-text.js';
import { signed } from '../common/slip-text.js';
import { amountCountText, amountText, countText, round1 } from '../common/format.js';
import type { HtmlContext } from './context.js';
import { attrs, esc } from './escape.js';

const LABEL_W = 250;
const CHART_W = 960;
const RIGHT_W = 180;
/** Height of a line of header text (axis labels, marker labels), in px. */
const LINE_H = 14;
/** Space above the first line of axis labels and below the marker band, in px. */
const HEADER_PAD = 4;
const ROW_H = 20;
const PHASE_H = 24;
const BAR_H = 12;
/** Past this many runs of non-working time (a long hour plan) only holidays and freezes are shaded. */
const MAX_SHADED_RUNS = 600;
const LABEL_CHARS = 34;
const WHO_CHARS = 30;
const FREEZE_CHARS = 24;
/** Font sizes of the marker and freeze labels (style.ts). */
const MARKER_FONT_PX = 10.5;
const FREEZE_FONT_PX = 10;

interface Span {
  readonly from: number;
  readonly to: number;
}

/** Where an activity sits on the time axis, in minutes. */
interface Placed {
  readonly s: ScheduledActivity;
  readonly a: Activity | undefined;
  readonly y: number;
  readonly start: number;
  readonly end: number;
  readonly point: boolean;
}

function clip(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, chars - 1)}\u2026` : text;
}

function chartSpan(ctx: HtmlContext): Span {
  const { result, buffer } = ctx.a;
  const start = parseInstant(result.calendar.slotStart(0));
  const ends = [periodEndInstant(finishDate(result))];
  if (buffer.deadline) ends.push(periodEndInstant(buffer.deadline.date));
  if (ctx.a.slip) ends.push(periodEndInstant(ctx.a.slip.finish.baseline.date));
  const to = Math.max(...ends);
  // A baseline that started earlier widens the chart to the left, so its bars are whole.
  const from = ctx.a.slip ? Math.min(start, parseInstant(ctx.a.slip.baseline.start)) : start;
  const pad = Math.max(60, Math.round((to - from) * 0.02));
  return { from, to: to + pad };
}

/** Instants (minutes) of slots on the time axis; thousands of bars share a few hundred slots, so each is read once. */
interface SlotInstants {
  /** Where the slot's work begins. */
  start(slot: number): number;
  /** Where the slot's work ends. */
  end(slot: number): number;
  /** Where a gate or milestone decided after work ending at `offset` sits. */
  point(offset: number): number;
}

function slotInstants(ctx: HtmlContext): SlotInstants {
  const result = ctx.a.result;
  const cal = result.calendar;
  return {
    start: remembered((slot: number) => parseInstant(cal.slotStart(slot))),
    end: remembered((slot: number) => periodEndInstant(cal.slotEnd(slot))),
    point: remembered((offset: number) => (offset > 0 ? periodEndInstant(gateSlotDate(result, offset)) : parseInstant(cal.slotStart(0)))),
  };
}

function place(ctx: HtmlContext, s: ScheduledActivity, y: number, at: SlotInstants): Placed {
  const a = ctx.a.index.activity.get(s.id);
  if (s.finish <= s.start) {
    const point = at.point(s.start);
    return { s, a, y, start: point, end: point, point: true };
  }
  return { s, a, y, start: at.start(s.start), end: at.end(s.finish - 1), point: false };
}

function tooltip(ctx: HtmlContext, p: Placed, critical: boolean): string {
  const { s, a } = p;
  const dates = ctx.a.dates.get(s.id) ?? activityDates(s, ctx.a.result.calendar);
  const timing = ctx.a.index.timing.get(s.id);
  const lines = [`${ctx.title(s.id)} (${esc(s.id)})`];
  if (a?.type === 'external') lines.push(`External${a.owner ? `: ${esc(a.owner)}` : ''}`);
  if (a?.type === 'gate' || a?.type === 'milestone') lines.push(`${a.type === 'gate' ? 'Gate' : 'Milestone'} on ${ctx.date(gateSlotDate(ctx.a.result, s.start))}`);
  else lines.push(`${ctx.date(dates.start)} to ${ctx.date(dates.finish)} (${ctx.slots(s.finish - s.start)})`);
  if (a?.work.mode === 'effort') lines.push(`Effort: ${amountCountText(a.work.amount, ctx.workUnit)}`);
  if (a?.estimate) lines.push(`Estimate: ${amountText(a.estimate.optimistic)} / ${amountText(a.estimate.likely)} / ${amountText(a.estimate.pessimistic)} (optimistic / likely / pessimistic)`);
  if (timing) lines.push(`Float: ${ctx.slots(timing.totalFloat)} total, ${ctx.slots(timing.freeFloat)} free`);
  if (timing && timing.drivenBy.kind !== 'start') lines.push(`Waits for: ${driverText(ctx, timing.drivenBy, s.start)}`);
  if (s.assignees.length > 0) lines.push(`Assigned: ${s.assignees.map(ctx.person).join(', ')}`);
  if (a) lines.push(`Priority: ${a.priority}${critical ? '; on the critical path' : ''}`);
  return lines.join('\n');
}

/** The SVG's vertical layout above the rows, in px. */
interface Header {
  /** Lines of axis labels: two when hour ticks carry their date above the time. */
  readonly axisLines: number;
  /** Where the axis labels end and the marker band begins. */
  readonly axisBottom: number;
  /** Where the first row begins. */
  readonly rowsTop: number;
}

/** The baseline of the `line`-th line of header text below `top`. */
const baseline = (top: number, line: number) => top + LINE_H * (line + 1) - 3;

function headerOf(axis: Axis, band: ReadonlyMap<string, StackedLabel>): Header {
  const axisLines = axis.ticks.some((t) => t.day) ? 2 : 1;
  const axisBottom = HEADER_PAD + LINE_H * axisLines;
  const bandLines = Math.max(0, ...[...band.values()].map((l) => l.level + 1));
  return { axisLines, axisBottom, rowsTop: axisBottom + LINE_H * bandLines + HEADER_PAD };
}

export function renderGantt(ctx: HtmlContext): string {
  const { a } = ctx;
  const span = chartSpan(ctx);
  const px = (m: number) => LABEL_W + ((m - span.from) / (span.to - span.from)) * CHART_W;
  // Positions are rounded as the SVG writes them, and kept as numbers: thousands of bars and
  // arrows compute with them, and a round trip through text for each cost more than drawing.
  const x = (m: number) => round1(px(m));
  const width = LABEL_W + CHART_W + RIGHT_W;
  const axis = timeAxis(span.from, span.to, { x: px, left: 0, right: width }, a.result.model.calendar.unit === 'day' ? 'day' : 'hour');
  const band = bandLabels(ctx, span, px, width);
  const header = headerOf(axis, band);
  const placed = new Map<string, Placed>();
  const baselineOf = new Map((a.slip?.items ?? []).map((i) => [i.id, i]));
  const at = slotInstants(ctx);
  const groups: string[] = [];
  let y = header.rowsTop;
  for (const phase of a.phases) {
    const rows: string[] = [];
    const top = y;
    y += PHASE_H;
    for (const id of phase.activities) {
      const s = a.index.scheduled.get(id)!;
      const p = place(ctx, s, y, at);
      placed.set(id, p);
      rows.push(rowOf(ctx, p, x, at, baselineOf.get(id)));
      y += ROW_H;
    }
    const inPhase = phase.activities.map((id) => placed.get(id)!);
    const from = inPhase.reduce((min, p) => Math.min(min, p.start), Infinity);
    const to = inPhase.reduce((max, p) => Math.max(max, p.end), -Infinity);
    const name = phase.title;
    groups.push(
      `<g class="phase"${attrs({ 'data-phase': name, role: 'group', 'aria-label': `Phase: ${name}${phase.purpose !== undefined ? `. Goal: ${phase.purpose}` : ''}` })}>` +
        `<text class="phase-name" x="4" y="${top + 16}">${phase.purpose !== undefined ? `<title>${esc(`Goal: ${phase.purpose}`)}</title>` : ''}${esc(clip(name, LABEL_CHARS))}</text>` +
        `<path class="phase-span" d="M${amountText(x(from))} ${top + 14}h${amountText(x(to) - x(from))}"/>` +
        rows.join('') +
        '</g>',
    );
  }
  const height = y + 8;
  const parts = [
    `<svg class="gantt" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="gantt-title gantt-desc" data-axis-unit="${axis.unit}" data-axis-step="${axis.step}">`,
    '<title id="gantt-title">Gantt chart</title>',
    `<desc id="gantt-desc">${countText(a.result.schedule.activities.length, 'scheduled activity', 'scheduled activities')} grouped by phase, from ${esc(ctx.date(a.buffer.start))} to ${esc(ctx.date(a.buffer.finish))}; critical work is drawn in the critical colour with a heavy outline. The task table lists the same activities.</desc>`,
    '<defs><marker id="arrow" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L6 3L0 6z" class="arrowhead"/></marker>' +
      '<marker id="arrow-crit" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L6 3L0 6z" class="arrowhead crit"/></marker>' +
      '<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path d="M0 0V6" class="hatch"/></pattern></defs>',
    shading(ctx, span, x, header, band, height),
    axisOf(axis, header, height),
    `<g class="deps" aria-hidden="true">${arrows(ctx, placed, x)}</g>`,
    ...groups,
    markers(ctx, x, header, band, height),
    '</svg>',
  ];
  return parts.join('\n');
}

/** Grid lines from the axis down, with each tick's time (or date) and, above it, its day. */
function axisOf(axis: Axis, header: Header, height: number): string {
  const labelY = baseline(HEADER_PAD, header.axisLines - 1);
  const ticks = axis.ticks.map((t) => {
    const grid = `<path class="grid" d="M${amountText(t.x)} ${header.axisBottom}V${height}"/>`;
    const day = t.day ? `<text class="tick day" x="${amountText(t.day.x)}" y="${baseline(HEADER_PAD, 0)}">${esc(t.day.text)}</text>` : '';
    return `${grid}${day}<text class="tick" x="${amountText(t.label.x)}" y="${labelY}">${esc(t.label.text)}</text>`;
  });
  return `<g class="axis" aria-hidden="true">${ticks.join('')}</g>`;
}

/**
 * The labels of the delivery and deadline lines and of the freezes that begin inside the chart,
 * stacked in the header band, by key: `delivery`, `deadline` and `freeze N` (N indexes the
 * calendar's freezes). Delivery reads to the left of its line and the others to the right, so
 * a delivery just before the deadline keeps both labels on one line.
 */
function bandLabels(ctx: HtmlContext, span: Span, px: (m: number) => number, width: number): Map<string, StackedLabel> {
  const { buffer } = ctx.a;
  const keys: string[] = [];
  const labels: BandLabel[] = [];
  const add = (key: string, label: BandLabel) => {
    keys.push(key);
    labels.push(label);
  };
  const marker = (text: string) => textWidth(text, MARKER_FONT_PX, true);
  if (buffer.effectiveDelivery) add('delivery', { text: 'delivery', x: px(periodEndInstant(buffer.effectiveDelivery.date)) - 3, align: 'end', width: marker('delivery') });
  if (buffer.deadline) add('deadline', { text: 'Deadline', x: px(periodEndInstant(buffer.deadline.date)) + 3, align: 'start', width: marker('Deadline') });
  ctx.a.result.model.calendar.freezes.forEach((f, i) => {
    const from = parseInstant(f.from);
    if (from < span.from || from >= span.to) return;
    const text = clip(f.name, FREEZE_CHARS);
    add(`freeze ${i}`, { text, x: px(from) + 3, align: 'start', width: textWidth(text, FREEZE_FONT_PX) });
  });
  const stacked = stackLabels(labels, 0, width);
  return new Map(keys.map((k, i) => [k, stacked[i]]));
}

/** A stacked label as SVG text, on its line of the band. */
function bandText(l: StackedLabel, header: Header, cls: string): string {
  const { x, anchor } = anchorOf(l);
  return `<text class="${cls}" x="${amountText(x)}" y="${baseline(header.axisBottom, l.level)}" text-anchor="${anchor}">${esc(l.text)}</text>`;
}

/** The top of a band label's line, where its marker line starts. */
const lineTop = (l: StackedLabel, header: Header) => header.axisBottom + LINE_H * l.level;

/** The baseline's bar (or point) for a row, thin under the current one: where the work was planned before. */
function baselineShape(ctx: HtmlContext, item: ItemSlip, mid: number, x: (m: number) => number): string {
  const tip = `<title>Baseline: ${esc(ctx.date(item.start.baseline.date))} to ${esc(ctx.date(item.finish.baseline.date))}; finish ${esc(signed(item.finish.slots))} ${esc(ctx.unit === 'hour' ? 'working hours' : 'working days')} since</title>`;
  const y = mid + BAR_H / 2 + 1;
  if (item.type === 'gate' || item.type === 'milestone') {
    const date = item.start.baseline.date;
    const at = x(date === ctx.a.slip!.baseline.start ? parseInstant(date) : periodEndInstant(date));
    return `<path class="baseline-point" d="M${amountText(at - 3)} ${y}h6"${attrs({ 'data-baseline': date })}>${tip}</path>`;
  }
  const x1 = x(parseInstant(item.start.baseline.date));
  const x2 = x(periodEndInstant(item.finish.baseline.date));
  return `<rect class="baseline-bar" x="${amountText(x1)}" y="${y}" width="${amountText(Math.max(2, x2 - x1))}" height="3"${attrs({ 'data-baseline': `${item.start.baseline.date}/${item.finish.baseline.date}` })}>${tip}</rect>`;
}

function rowOf(ctx: HtmlContext, p: Placed, x: (m: number) => number, at: SlotInstants, baseline?: ItemSlip): string {
  const { s, a } = p;
  const critical = ctx.a.index.critical.has(s.id);
  const mid = p.y + ROW_H / 2;
  const type = a?.type ?? 'task';
  const label = `<text class="label" x="14" y="${mid + 4}">${esc(clip(a?.title ?? s.id, LABEL_CHARS))}</text>`;
  let shape: string;
  let right: number;
  if (p.point) {
    const cx = x(p.start);
    shape = `<path class="diamond" d="M${amountText(cx)} ${mid - 7}l7 7l-7 7l-7-7z"/>`;
    right = cx + 10;
  } else {
    const bars = s.segments.map(([from, to]) => {
      const x1 = x(at.start(from));
      const x2 = x(at.end(to - 1));
      return `<rect class="bar" x="${amountText(x1)}" y="${mid - BAR_H / 2}" width="${amountText(Math.max(2, x2 - x1))}" height="${BAR_H}" rx="2"/>`;
    });
    const gaps = s.segments.length > 1 ? `<path class="pause" d="M${amountText(x(p.start))} ${mid}H${amountText(x(p.end))}"/>` : '';
    shape = gaps + bars.join('');
    right = x(p.end) + 4;
  }
  const names = s.assignees.map((r) => nameOf(r, ctx.a.index));
  const who = esc(clip(names.length > 0 ? names.join(', ') : a?.type === 'external' && a.owner ? a.owner : '', WHO_CHARS));
  const whoText = who ? `<text class="who" x="${amountText(right + 2)}" y="${mid + 4}">${who}</text>` : '';
  const rowAttrs = attrs({ class: `row ${type}${critical ? ' crit' : ''}`, 'data-task': s.id, 'data-critical': critical ? 'true' : 'false', 'data-type': type });
  const was = baseline ? baselineShape(ctx, baseline, mid, x) : '';
  return `<g${rowAttrs}><title>${tooltip(ctx, p, critical)}</title>${label}${was}${shape}${whoText}</g>`;
}

function arrows(ctx: HtmlContext, placed: ReadonlyMap<string, Placed>, x: (m: number) => number): string {
  const out: string[] = [];
  // A link is drawn critical when a critical chain steps along it.
  const chainLinks = new Set(ctx.a.criticalPath.chains.flatMap((c) => c.flatMap((s) => (s.kind === 'activity' && s.via?.kind === 'link' ? [`${s.via.from}\u0000${s.id}`] : []))));
  // Most links lead to work no chain steps into; only those that do need the pair looked up.
  const chainTargets = new Set(ctx.a.criticalPath.chains.flatMap((c) => c.flatMap((s) => (s.kind === 'activity' && s.via?.kind === 'link' ? [s.id] : []))));
  for (const succ of placed.values()) {
    for (const d of succ.a?.deps ?? []) {
      const pred = placed.get(d.from);
      if (!pred) continue;
      const px = x(d.type === 'SS' || d.type === 'SF' ? pred.start : pred.end);
      const sx = x(d.type === 'FS' || d.type === 'SS' ? succ.start : succ.end) - (succ.point ? 7 : 0);
      const py = pred.y + ROW_H / 2;
      const sy = succ.y + ROW_H / 2;
      const crit = chainTargets.has(succ.s.id) && chainLinks.has(`${d.from}\u0000${succ.s.id}`);
      out.push(`<path class="dep${crit ? ' crit' : ''}" d="M${amountText(px)} ${py}h4V${sy}H${amountText(sx)}"/>`);
    }
  }
  return out.join('');
}

/** Non-working time, holidays and freezes as full-height bands. */
function shading(ctx: HtmlContext, span: Span, x: (m: number) => number, header: Header, band: ReadonlyMap<string, StackedLabel>, height: number): string {
  const { calendar } = ctx.a.result.model;
  const holidays = new Set(calendar.holidays);
  const runs: { cls: string; from: number; to: number }[] = [];
  const add = (cls: string, from: number, to: number) => {
    const last = runs[runs.length - 1];
    if (last && last.cls === cls && last.to === from) last.to = to;
    else runs.push({ cls, from, to });
  };
  const [h0, h1] = calendar.hours;
  for (let day = Math.floor(span.from / MINUTES_PER_DAY); day * MINUTES_PER_DAY < span.to; day++) {
    const at = day * MINUTES_PER_DAY;
    if (holidays.has(formatDay(day))) add('holiday', at, at + MINUTES_PER_DAY);
    else if (!(calendar.workweek as readonly number[]).includes(weekdayOf(day))) add('off', at, at + MINUTES_PER_DAY);
    else if (calendar.unit === 'hour' && (h0 > 0 || h1 < 24)) {
      if (h0 > 0) add('off', at, at + h0 * 60);
      if (h1 < 24) add('off', at + h1 * 60, at + MINUTES_PER_DAY);
    }
  }
  const shown = runs.length > MAX_SHADED_RUNS ? runs.filter((r) => r.cls === 'holiday') : runs;
  const area = (cls: string, from: number, to: number, inner = '') => {
    const x1 = x(Math.max(from, span.from));
    const x2 = x(Math.min(to, span.to));
    return x2 > x1 ? `<rect class="${cls}" x="${amountText(x1)}" y="${header.rowsTop}" width="${amountText(x2 - x1)}" height="${height - header.rowsTop}">${inner}</rect>` : '';
  };
  const bands = shown.map((r) => area(r.cls, r.from, r.to, r.cls === 'holiday' ? '<title>Holiday</title>' : ''));
  const freezes = calendar.freezes.map((f, i) => {
    const blocks = f.blocks === 'all' ? 'all work' : f.blocks.map(esc).join(', ');
    const tip = `<title>${esc(f.name)}: ${esc(f.from)} to ${esc(f.to)}, blocks ${blocks}</title>`;
    const name = band.get(`freeze ${i}`);
    return area('freeze', parseInstant(f.from), periodEndInstant(f.to), tip) + (name ? bandText(name, header, 'freeze-name') : '');
  });
  return `<g class="shading">${bands.join('')}${freezes.join('')}</g>`;
}

function markers(ctx: HtmlContext, x: (m: number) => number, header: Header, band: ReadonlyMap<string, StackedLabel>, height: number): string {
  const { buffer } = ctx.a;
  const out: string[] = [];
  const delivery = band.get('delivery');
  if (buffer.effectiveDelivery && delivery) {
    const at = amountText(x(periodEndInstant(buffer.effectiveDelivery.date)));
    out.push(
      `<g class="delivery"${attrs({ 'data-delivery': buffer.effectiveDelivery.date })}><title>Effective delivery: ${esc(ctx.date(buffer.effectiveDelivery.date))}</title>` +
        `<path d="M${at} ${lineTop(delivery, header)}V${height}"/>${bandText(delivery, header, 'marker-label')}</g>`,
    );
  }
  const deadline = band.get('deadline');
  if (buffer.deadline && deadline) {
    const at = amountText(x(periodEndInstant(buffer.deadline.date)));
    out.push(
      `<g class="deadline"${attrs({ 'data-deadline': buffer.deadline.date })}><title>Deadline: ${esc(ctx.date(buffer.deadline.date))} (${buffer.deadline.hard ? 'hard' : 'flexible'})</title>` +
        `<path d="M${at} ${lineTop(deadline, header)}V${height}"/>${bandText(deadline, header, 'marker-label')}</g>`,
    );
  }
  return out.join('');
}
