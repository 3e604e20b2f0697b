/**
 * Confidence, from the Monte Carlo forecast (src/forecast/types.ts): the finish-date histogram
 * and S-curve with P50/P80/P95 and the deadline marked, the risk drivers as a tornado, the tasks
 * that most often end up critical, and the recommended scope cuts. Without a forecast only the
 * deterministic cut order is shown, with a note that the forecast was not run.
 *
 * The charts' x axis is slot offsets, labelled by ./axis.ts with dates (and in hour plans with
 * the hour, since their finish distribution is per hour); the percentile labels stack above the
 * plot and the deadline's label sits below the axis labels.
 */
import { offsetDate, slotWord } from '../../plan/index.js';
import { precisionText, runsPrecisionText } from '../common/precision-text.js';
import { parseInstant } from '../../calendar/index.js';
import type { Forecast } from '../../forecast/index.js';
import { amountCountText, amountText, countText, noun, percentileLabel, round1, shareText, shortDate, timeOf, wholeText } from '../common/format.js';
import { anchorOf, offsetAxis, stackLabels, textWidth, type Axis, type StackedLabel } from './axis.js';
import { biasTexts, learningMoveText } from '../common/tracking-text.js';
import type { HtmlContext } from './context.js';
import { attrs, esc } from './escape.js';
import { sectionStart, type SectionHead } from './section.js';

const W = 560;
const H = 240;
/** Margins around the plot; the top one grows with the lines of percentile labels. */
const M = { left: 44, right: 16, bottom: 58 };
/** Height of a line of axis or marker text, in px. */
const LINE_H = 14;
const MARKER_FONT_PX = 10.5;
const MARKED = [0.5, 0.8, 0.95];
const MAX_CUTS = 10;
const MAX_TASKS = 10;

interface DateLine {
  readonly key: 'deadline' | 'delivery';
  readonly title: string;
  readonly offset: number;
  readonly label: StackedLabel;
  readonly line: number;
}

interface Scale {
  readonly lo: number;
  readonly hi: number;
  x(offset: number): number;
}

/** What both charts share: the x scale and axis, and the percentile labels above the plot. */
interface Frame {
  readonly s: Scale;
  readonly axis: Axis;
  /** Where the plot begins, below the percentile labels. */
  readonly top: number;
  readonly percentiles: readonly { readonly label: StackedLabel; readonly p: Forecast['percentiles'][number] }[];
  /** The deadline and, when it comes first, the effective delivery date: labelled below the axis labels, stacked apart. */
  readonly dateLines: readonly DateLine[];
}

function scaleOf(f: Forecast, dateLines: readonly number[]): Scale {
  const offsets = [f.deterministic.offset, ...f.histogram.flatMap((b) => [b.from, b.to]), ...f.cumulative.map((c) => c.offset), ...f.percentiles.map((p) => p.offset), ...dateLines];
  const lo = Math.min(...offsets);
  const hi = Math.max(lo + 1, ...offsets);
  const pad = Math.max(1, (hi - lo) * 0.03);
  const from = lo - pad;
  const to = hi + pad;
  return { lo: from, hi: to, x: (o) => M.left + ((o - from) / (to - from)) * (W - M.left - M.right) };
}

/** The calendar date a finish offset stands for (the last worked slot before it). */
function dateAt(ctx: HtmlContext, offset: number): string {
  return offsetDate(ctx.a.result.calendar, offset);
}

/** A finish offset as a short date, with the hour in hour plans ("Mar 13 14:00"). */
function pointText(ctx: HtmlContext, offset: number): string {
  const iso = dateAt(ctx, offset);
  return ctx.a.result.model.calendar.unit === 'hour' ? `${shortDate(iso)} ${timeOf(iso)}` : shortDate(iso);
}

/** The baseline of the `line`-th line of text below the plot. */
const belowPlot = (line: number) => H - M.bottom + 16 + LINE_H * line;

/** P50, P80 and P95, each labelled to the right of its line, stacked where they would collide. */
function percentileLabels(f: Forecast, s: Scale): Frame['percentiles'] {
  const marked = f.percentiles.filter((p) => MARKED.some((m) => Math.abs(m - p.p) < 1e-9));
  const labels = stackLabels(
    marked.map((p) => {
      const text = percentileLabel(p.p);
      return { text, x: s.x(p.offset) + 2, align: 'start' as const, width: textWidth(text, MARKER_FONT_PX, true) };
    }),
    0,
    W,
  );
  return marked.map((p, i) => ({ p, label: labels[i] }));
}

function frameOf(ctx: HtmlContext, f: Forecast): Frame {
  const { deadline, delivery } = ctx.a.outlook;
  // The chance of finishing in time is measured to the delivery date, so when it comes before the
  // deadline it gets a line and a name of its own.
  const lines = [
    ...(deadline ? [{ key: 'deadline' as const, text: 'Deadline', title: `Deadline: ${ctx.date(deadline.date)}`, offset: deadline.end }] : []),
    ...(delivery && delivery.reason !== 'deadline' ? [{ key: 'delivery' as const, text: 'Delivery', title: `Effective delivery: ${ctx.date(delivery.date)}`, offset: delivery.end }] : []),
  ];
  const s = scaleOf(f, lines.map((l) => l.offset));
  const finest = ctx.a.result.model.calendar.unit === 'hour' ? 'hour' : 'day';
  const axis = offsetAxis(s.lo, s.hi, (o) => parseInstant(dateAt(ctx, o)), { x: s.x, left: 0, right: W }, finest);
  const percentiles = percentileLabels(f, s);
  const levels = Math.max(1, ...percentiles.map(({ label }) => label.level + 1));
  const labels = stackLabels(lines.map((l) => ({ text: l.text, x: s.x(l.offset), align: 'middle' as const, width: textWidth(l.text, MARKER_FONT_PX, true) })), 0, W);
  const first = axis.ticks.some((t) => t.day) ? 2 : 1;
  const dateLines = lines.map((l, i) => ({ key: l.key, title: l.title, offset: l.offset, label: labels[i], line: first + labels[i].level }));
  return { s, axis, top: 4 + LINE_H * levels, percentiles, dateLines };
}

function xAxis(frame: Frame): string {
  const y = H - M.bottom;
  return frame.axis.ticks
    .map((t) => {
      const day = t.day ? `<text class="tick day" x="${amountText(t.day.x)}" y="${belowPlot(1)}">${esc(t.day.text)}</text>` : '';
      return `<path class="grid" d="M${amountText(t.x)} ${frame.top}V${y + 4}"/><text class="tick" x="${amountText(t.label.x)}" y="${belowPlot(0)}">${esc(t.label.text)}</text>${day}`;
    })
    .join('');
}

/** A marker label as SVG text at baseline `y`. */
function markerText(l: StackedLabel, y: number): string {
  const { x, anchor } = anchorOf(l);
  return `<text x="${amountText(x)}" y="${y}" text-anchor="${anchor}" class="marker-label">${esc(l.text)}</text>`;
}

function markers(ctx: HtmlContext, frame: Frame): string {
  const y0 = frame.top;
  const y1 = H - M.bottom;
  const out = frame.percentiles.map(({ p, label }) => {
    const at = amountText(frame.s.x(p.offset));
    return `<g class="pmark"${attrs({ 'data-marker': label.text })}><title>${label.text}: ${esc(ctx.date(p.date))}</title><path d="M${at} ${y0}V${y1}"/>${markerText(label, y0 - 4 - LINE_H * label.level)}</g>`;
  });
  for (const d of frame.dateLines) {
    const at = amountText(frame.s.x(d.offset));
    const cls = d.key === 'deadline' ? 'deadline' : 'deadline delivery';
    out.push(`<g class="${cls}" data-marker="${d.key}"><title>${esc(d.title)}</title><path d="M${at} ${y0}V${y1}"/>${markerText(d.label, belowPlot(d.line))}</g>`);
  }
  return out.join('');
}

/** When a histogram bin's runs finish: one point for a one-slot bin, else a range. */
function binText(ctx: HtmlContext, from: number, to: number): string {
  const first = pointText(ctx, from + 1);
  const last = pointText(ctx, to);
  return first === last ? first : `${first} to ${last}`;
}

function histogram(ctx: HtmlContext, f: Forecast, frame: Frame): string {
  const { s } = frame;
  const max = Math.max(1, ...f.histogram.map((b) => b.count));
  const y1 = H - M.bottom;
  const h = y1 - frame.top;
  const bars = f.histogram.map((b) => {
    const x1 = s.x(b.from);
    const x2 = s.x(b.to);
    const bh = (b.count / max) * h;
    const share = f.iterations > 0 ? ` (${shareText(b.count / f.iterations)})` : '';
    return `<rect class="hist-bar" x="${amountText(x1)}" y="${amountText(y1 - bh)}" width="${amountText(Math.max(1, x2 - x1 - 1))}" height="${amountText(bh)}"><title>${countText(b.count, 'run')}${share} finish ${esc(binText(ctx, b.from, b.to))}</title></rect>`;
  });
  return svg('histogram', 'Finish-date histogram', `How often each finish date came out in ${wholeText(f.iterations)} simulated ${noun(f.iterations, 'run')}, with P50, P80, P95 and the deadline marked.`, [
    xAxis(frame),
    `<g class="bars">${bars.join('')}</g>`,
    markers(ctx, frame),
  ]);
}

function sCurve(ctx: HtmlContext, f: Forecast, frame: Frame): string {
  const { s } = frame;
  const y1 = H - M.bottom;
  const y = (p: number) => y1 - p * (y1 - frame.top);
  const points: string[] = [`${amountText(s.x(s.lo))},${amountText(y(0))}`];
  let last = 0;
  for (const c of f.cumulative) {
    points.push(`${amountText(s.x(c.offset))},${amountText(y(last))}`, `${amountText(s.x(c.offset))},${amountText(y(c.probability))}`);
    last = c.probability;
  }
  points.push(`${amountText(s.x(s.hi))},${amountText(y(last))}`);
  const grid = [0, 0.5, 0.8, 1]
    .map((p) => `<path class="grid" d="M${M.left} ${amountText(y(p))}H${W - M.right}"/><text class="tick y" x="${M.left - 4}" y="${amountText(y(p) + 4)}">${shareText(p)}</text>`)
    .join('');
  const target = `<path class="target" d="M${M.left} ${amountText(y(f.targetConfidence))}H${W - M.right}"><title>Target confidence ${shareText(f.targetConfidence)}</title></path>`;
  return svg('s-curve', 'Finish-date S-curve', `Probability of finishing by each date; the dashed line is the target confidence of ${shareText(f.targetConfidence)}.`, [
    xAxis(frame),
    grid,
    target,
    `<polyline class="curve" points="${points.join(' ')}"/>`,
    markers(ctx, frame),
  ]);
}

function svg(cls: string, title: string, desc: string, parts: readonly string[]): string {
  return (
    `<figure class="chart"><svg class="${cls}" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${cls}-t ${cls}-d">` +
    `<title id="${cls}-t">${title}</title><desc id="${cls}-d">${desc}</desc>${parts.join('')}</svg><figcaption>${title}</figcaption></figure>`
  );
}

function tornado(ctx: HtmlContext, f: Forecast): string {
  if (f.riskDrivers.length === 0) return '<p>No risk events were simulated (no risk has a delay range).</p>';
  // P80 impact moves in whole slots, so several risks often tie; the thin mean bar tells them apart.
  const max = Math.max(1, ...f.riskDrivers.map((d) => Math.max(d.p80Impact, d.meanImpact ?? 0)));
  const rowH = 24;
  const labelW = 260;
  const barW = 240;
  const valueW = 300;
  const height = f.riskDrivers.length * rowH + 8;
  const width = (impact: number) => Math.max(1, (Math.max(0, impact) / max) * barW);
  const rows = f.riskDrivers.map((d, i) => {
    const y = 4 + i * rowH;
    const p80 = width(d.p80Impact);
    const mean = width(d.meanImpact ?? 0);
    const label = d.title.length > 40 ? `${d.title.slice(0, 39)}\u2026` : d.title;
    const value = `+${ctx.slots(round1(d.p80Impact))} at P80, +${amountText(d.meanImpact ?? 0)} mean; ${shareText(d.probability)} likely`;
    return (
      `<g class="driver"${attrs({ 'data-risk': d.riskId })}><title>${esc(d.title)} (${esc(d.riskId)}): ${esc(value)}</title>` +
      `<text class="label" x="${labelW - 6}" y="${y + 16}">${esc(label)}</text>` +
      `<rect class="driver-bar" x="${labelW}" y="${y + 4}" width="${amountText(p80)}" height="${rowH - 8}"/>` +
      `<rect class="driver-mean" x="${labelW}" y="${y + 10}" width="${amountText(mean)}" height="4"/>` +
      `<text class="value" x="${amountText(labelW + Math.max(p80, mean) + 6)}" y="${y + 16}">${esc(value)}</text></g>`
    );
  });
  return (
    `<figure class="chart"><svg class="tornado" xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + valueW}" height="${height}" viewBox="0 0 ${labelW + barW + valueW} ${height}" role="img" aria-labelledby="tornado-t">` +
    `<title id="tornado-t">Risk drivers: how much later P80 is with each risk</title>${rows.join('')}</svg><figcaption>Risk drivers, largest P80 impact first. Wide bar: how much later P80 is with the risk; thin bar: how much later the mean is.</figcaption></figure>`
  );
}

function criticalTasks(ctx: HtmlContext, f: Forecast): string {
  const top = [...f.tasks].filter((t) => t.criticality > 0).sort((a, b) => b.criticality - a.criticality || a.id.localeCompare(b.id)).slice(0, MAX_TASKS);
  if (top.length === 0) return '';
  const rows = top.map((t) => `<tr><td>${ctx.title(t.id)}</td><td class="num">${shareText(t.criticality)}</td><td class="num">${amountText(t.sensitivity, 2)}</td></tr>`);
  return `<table class="compact"><caption>Most often critical in the simulation</caption><thead><tr><th scope="col">Activity</th><th scope="col" class="num">Critical in</th><th scope="col" class="num">Sensitivity</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function scopeFit(ctx: HtmlContext, f: Forecast): string {
  const fit = f.scopeFit;
  if (!fit) return '';
  if (!fit.needed) return `<p class="ok">\u2714 The plan meets the target confidence (${shareText(f.targetConfidence)}); nothing needs to be cut.</p>`;
  const items = fit.cuts.map((c) => {
    const deps = c.dependents.length > 0 ? `, with ${c.dependents.map(ctx.title).join(', ')}` : '';
    return `<li${attrs({ 'data-cut': c.id })}>${esc(c.title)} (${c.priority}${deps})</li>`;
  });
  const lines = [
    `<p>${fit.reachesTarget ? '\u2714' : '\u26A0'} Recommended cuts take P(on time) from ${shareText(fit.probabilityBefore)} to ${shareText(fit.probabilityAfter)} (${runsPrecisionText(fit.runsAfter, fit.halfWidthAfter)})${fit.reachesTarget ? `, reaching the target of ${shareText(f.targetConfidence)}` : `, short of the target of ${shareText(f.targetConfidence)}`}.</p>`,
    items.length > 0 ? `<ol class="cuts">${items.join('')}</ol>` : '<p>No should- or could-have work can be cut.</p>',
  ];
  if (fit.dateAtTarget) lines.push(`<p>At ${shareText(f.targetConfidence)} confidence the must-haves finish ${esc(ctx.date(fit.dateAtTarget.date))}.</p>`);
  if (fit.extraCapacity && fit.extraCapacity.length > 0) {
    lines.push(`<p>Or add people: ${fit.extraCapacity.map((c) => `${c.people} with ${esc(c.skill)} (${shareText(c.probability)}, ${runsPrecisionText(c.runs, c.halfWidth)})`).join(', or ')}.</p>`);
  } else if (fit.bestCapacity) {
    const b = fit.bestCapacity;
    lines.push(`<p>No single skill with up to ${b.people} extra people reaches the target; the closest, ${b.people} with ${esc(b.skill)}, gives ${shareText(b.probability)} (${runsPrecisionText(b.runs, b.halfWidth)}).</p>`);
  }
  if (fit.fixedGoalsAtRisk.length > 0) {
    const goals = fit.fixedGoalsAtRisk.map(ctx.goal);
    lines.push(`<p class="warn">\u26A0 Reaching the target would cut work of fixed goals: ${goals.join(', ')}.</p>`);
  }
  return lines.join('');
}

/** The deterministic cut order (src/analyse/scope.ts): what goes first if the plan slips. */
function cutOrder(ctx: HtmlContext): string {
  const order = ctx.a.scope.cutOrder;
  if (order.length === 0) return '<p>Nothing can be cut without touching a must-have.</p>';
  const items = order.slice(0, MAX_CUTS).map((c) => {
    const deps = c.dependents.length > 0 ? `, taking ${c.dependents.map(ctx.title).join(', ')} with it` : '';
    return `<li>${ctx.title(c.id)} (${c.priority}, frees ${amountCountText(c.work, ctx.workUnit)}${deps})</li>`;
  });
  const more = order.length > MAX_CUTS ? `<p>and ${order.length - MAX_CUTS} more.</p>` : '';
  return `<ol class="cut-order">${items.join('')}</ol>${more}`;
}

export function renderConfidence(ctx: HtmlContext, head: SectionHead): string {
  const f = ctx.a.result.forecast;
  const cuts = `<h3>If the plan slips: cut order</h3><p>Could-haves before should-haves; the latest-finishing, least-float, biggest first. Work that depends on a cut item goes with it.</p>${cutOrder(ctx)}`;
  if (!f) {
    return `${sectionStart(head)}<p class="note" data-forecast="absent">Forecast not run: the dates above are the deterministic plan, with likely estimates and no risk events.</p>${cuts}</section>`;
  }
  const frame = frameOf(ctx, f);
  const pLine = f.percentiles.map((p) => `${percentileLabel(p.p)} ${esc(ctx.date(p.date))}`).join(', ');
  const p = ctx.a.outlook.pOnTime;
  const onTime = p ? `; P(delivered by ${esc(ctx.date(p.by))}) ${shareText(p.probability)} against a target of ${shareText(p.target)}` : '';
  const warnings = f.buffer.warnings.map((w) => `<li>${esc(w)}</li>`).join('');
  const merges = f.mergePoints.map((m) => `<li>${ctx.title(m.id)}: ${esc(m.note)}</li>`).join('');
  return [
    sectionStart(head, ' data-forecast="present"'),
    `<p>${wholeText(f.iterations)} simulated ${noun(f.iterations, 'run')} (${f.distribution === 'pert' ? 'PERT-beta' : 'triangular'} estimates, seed ${f.seed}${f.correlation ? `, correlation ${amountText(f.correlation, 2)}` : ''}): ${pLine}${onTime}.</p>`,
    `<p class="note" data-precision="${f.precision.converged ? 'converged' : 'cap'}">${esc(precisionText(f, slotWord(ctx.a.result)))}</p>`,
    `<div class="charts">${histogram(ctx, f, frame)}${sCurve(ctx, f, frame)}</div>`,
    `<p>Contingency over the deterministic finish: ${esc(ctx.slots(f.buffer.toP50))} to P50, ${esc(ctx.slots(f.buffer.toP80))} to P80, ${esc(ctx.slots(f.buffer.toP95))} to P95; critical-chain buffer ${esc(ctx.slots(f.buffer.criticalChain))}.</p>`,
    warnings ? `<ul class="warn">${warnings}</ul>` : '',
    '<h3>Risk drivers</h3>',
    tornado(ctx, f),
    criticalTasks(ctx, f),
    merges ? `<h3>Merge points</h3><ul>${merges}</ul>` : '',
    f.learning ? `<h3>Estimates that learn</h3><p data-learning="move">${esc(learningMoveText(f.learning))}</p><ul data-learning="bias">${biasTexts(ctx, f.learning).map((t) => `<li>${t}</li>`).join('')}</ul>` : '',
    '<h3>Recommended scope cuts</h3>',
    scopeFit(ctx, f) || '<p>The forecast made no scope recommendation.</p>',
    cuts,
    '</section>',
  ].join('\n');
}
