/**
 * Date axes for the HTML charts: which ticks to draw and where their labels go, so that labels
 * never run together or leave the SVG. The tick size is the finest nice step (hours 1/2/3/6/12,
 * days 1/2, weeks 1/2, months, quarters, years) whose labels, at their estimated width, fit
 * between neighbouring ticks. Hour ticks show the time, with the date on a second line on the
 * first tick and wherever the day changes, so a long hour axis neither repeats nor drops it.
 *
 * Two kinds of axis share this. The Gantt chart is drawn in calendar time (minutes since the
 * epoch), so its ticks fall exactly on boundaries. The forecast charts are drawn in slot offsets,
 * which skip nights and weekends, so their ticks are the first offset past each boundary.
 */
import { MINUTES_PER_DAY, dayFromCivil } from '../../calendar/index.js';
import { SHORT_MONTH_NAMES } from '../common/format.js';

export type TickUnit = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Tick {
  /** Where the tick is, in the axis's own measure: minutes since the epoch, or a slot offset. */
  readonly at: number;
  /** The line next to the chart: the time on hour axes ("14:00"), otherwise a date or a period. */
  readonly label: string;
  /** Hour axes only: the date ("Mar 12"), on the first tick and where the day changes. */
  readonly day?: string;
}

/** A label where it is drawn: its centre and estimated width, in px. */
export interface PlacedLabel {
  readonly text: string;
  readonly x: number;
  readonly width: number;
}

export interface PlacedTick {
  readonly at: number;
  /** The tick's own position, in px (its label may sit beside it at the SVG's edges). */
  readonly x: number;
  readonly label: PlacedLabel;
  readonly day?: PlacedLabel;
}

export interface Axis {
  readonly unit: TickUnit;
  /** Units per tick (e.g. 6 for every six hours). */
  readonly step: number;
  readonly ticks: readonly PlacedTick[];
}

/** How an axis maps onto the SVG. */
export interface Ruler {
  /** The pixel position of a value on the axis. */
  x(at: number): number;
  /** Labels stay between these, in px (the SVG's edges). */
  readonly left: number;
  readonly right: number;
}

/** The charts' tick font size, in px (style.ts: `svg text`). */
export const TICK_FONT_PX = 11;
/** Space kept between neighbouring labels, in px. */
export const LABEL_GAP = 8;
/**
 * Average glyph width as a share of the font size: on the generous side of common sans-serif
 * fonts (DejaVu Sans, the widest usual fallback, averages about 0.56 on dates and times), since
 * the reader's font is not known when the report is written.
 */
const GLYPH_EM = 0.62;
const BOLD_GLYPH_EM = 0.68;

/** The estimated width of a line of chart text, in px. */
export function textWidth(text: string, fontPx = TICK_FONT_PX, bold = false): number {
  return text.length * fontPx * (bold ? BOLD_GLYPH_EM : GLYPH_EM);
}

/** A label of estimated width centred on `x`, moved inwards as little as needed to stay within [left, right]. */
export function placeLabel(text: string, x: number, left: number, right: number, width = textWidth(text)): PlacedLabel {
  const centre = Math.min(Math.max(x, left + width / 2), right - width / 2);
  return { text, x: centre, width };
}

/** Whether `b`, to the right of `a`, starts at least a gap after `a` ends. */
function clearOf(a: PlacedLabel, b: PlacedLabel): boolean {
  return a.x + a.width / 2 + LABEL_GAP <= b.x - b.width / 2;
}

/** Whether labels in left-to-right order keep their distance from each other. */
export function spacedOut(labels: readonly PlacedLabel[]): boolean {
  return labels.every((b, i) => i === 0 || clearOf(labels[i - 1], b));
}

interface Step {
  readonly unit: TickUnit;
  readonly step: number;
  /** Roughly how long one tick is, in minutes, to skip hopelessly fine steps without drawing them. */
  readonly minutes: number;
}

const MONTH_MINUTES = 30.44 * MINUTES_PER_DAY;

/** Nice tick sizes, finest first. */
const STEPS: readonly Step[] = [
  ...[1, 2, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, minutes: 60 * step })),
  ...[1, 2].map((step) => ({ unit: 'day' as const, step, minutes: MINUTES_PER_DAY * step })),
  ...[1, 2].map((step) => ({ unit: 'week' as const, step, minutes: 7 * MINUTES_PER_DAY * step })),
  { unit: 'month', step: 1, minutes: MONTH_MINUTES },
  { unit: 'quarter', step: 1, minutes: 3 * MONTH_MINUTES },
  ...[1, 2, 5, 10].map((step) => ({ unit: 'year' as const, step, minutes: 12 * MONTH_MINUTES * step })),
];

const UNIT_ORDER: readonly TickUnit[] = ['hour', 'day', 'week', 'month', 'quarter', 'year'];

/** Steps no finer than `finest` (a day plan has nothing to show at hour ticks). */
function stepsFrom(finest: TickUnit): readonly Step[] {
  const rank = UNIT_ORDER.indexOf(finest);
  return STEPS.filter((s) => UNIT_ORDER.indexOf(s.unit) >= rank);
}

const MONTHS_PER: Partial<Record<TickUnit, number>> = { month: 1, quarter: 3, year: 12 };

/** Which tick period an instant falls in: ticks go where this number changes. */
function periodOf(s: Step, at: number): number {
  if (s.unit === 'hour') return Math.floor(at / (60 * s.step));
  const day = Math.floor(at / MINUTES_PER_DAY);
  if (s.unit === 'day') return Math.floor(day / s.step);
  // 1970-01-01 was a Thursday: weeks counted from the Monday before it.
  if (s.unit === 'week') return Math.floor(Math.floor((day + 3) / 7) / s.step);
  const d = new Date(at * 60_000);
  return Math.floor((d.getUTCFullYear() * 12 + d.getUTCMonth()) / (MONTHS_PER[s.unit]! * s.step));
}

/** The instant a tick period begins. */
function periodStart(s: Step, period: number): number {
  if (s.unit === 'hour') return period * 60 * s.step;
  if (s.unit === 'day') return period * s.step * MINUTES_PER_DAY;
  if (s.unit === 'week') return (period * s.step * 7 - 3) * MINUTES_PER_DAY;
  const month = period * MONTHS_PER[s.unit]! * s.step;
  // By arithmetic, not Date.UTC, which would read the years 0-99 as 1900-1999.
  return dayFromCivil(Math.floor(month / 12), (month % 12) + 1, 1) * MINUTES_PER_DAY;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Four digits, as dates write years: 0024, not 24. */
const yearText = (d: Date) => String(d.getUTCFullYear()).padStart(4, '0');

function dayText(d: Date): string {
  return `${SHORT_MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}`;
}

/** Labels for ticks at the given instants, in order. */
function labelled(unit: TickUnit, points: readonly { at: number; instant: number }[]): Tick[] {
  let lastDay = '';
  return points.map(({ at, instant }, i) => {
    const d = new Date(instant * 60_000);
    const month = SHORT_MONTH_NAMES[d.getUTCMonth()];
    switch (unit) {
      case 'hour': {
        const day = dayText(d);
        const newDay = day !== lastDay;
        lastDay = day;
        const label = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
        return newDay ? { at, label, day } : { at, label };
      }
      case 'day':
      case 'week':
        return { at, label: dayText(d) };
      case 'month':
        return { at, label: i === 0 || d.getUTCMonth() === 0 ? `${month} ${yearText(d)}` : month };
      case 'quarter':
        return { at, label: `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${yearText(d)}` };
      case 'year':
        return { at, label: yearText(d) };
    }
  });
}

function placed(ticks: readonly Tick[], ruler: Ruler): PlacedTick[] {
  return ticks.map((t) => {
    const x = ruler.x(t.at);
    const label = placeLabel(t.label, x, ruler.left, ruler.right);
    return t.day === undefined ? { at: t.at, x, label } : { at: t.at, x, label, day: placeLabel(t.day, x, ruler.left, ruler.right) };
  });
}

/** Whether no label says the same as the one before it (one "12:00" a day tells the reader nothing). */
function unrepeated(labels: readonly PlacedLabel[]): boolean {
  return labels.every((b, i) => i === 0 || labels[i - 1].text !== b.text);
}

/** Whether each line of labels (times, and the dates above or below them) keeps its distance and says something new. */
function legible(ticks: readonly PlacedTick[]): boolean {
  const times = ticks.map((t) => t.label);
  return spacedOut(times) && unrepeated(times) && spacedOut(ticks.flatMap((t) => (t.day ? [t.day] : [])));
}

/** The narrowest a label can be (four characters, "2024"): finer steps cannot fit. */
const MIN_LABEL_PX = textWidth('0000') + LABEL_GAP;

/** The finest step whose labels fit; the coarsest when none does. */
function firstLegible(steps: readonly Step[], pxPerMinute: number, ticksFor: (s: Step) => Tick[], ruler: Ruler): Axis {
  let axis: Axis | undefined;
  for (const s of steps) {
    if (s.minutes * pxPerMinute < MIN_LABEL_PX && s !== steps[steps.length - 1]) continue;
    axis = { unit: s.unit, step: s.step, ticks: placed(ticksFor(s), ruler) };
    if (legible(axis.ticks)) return axis;
  }
  return axis!;
}

/**
 * The axis of a chart drawn in calendar time, from `from` to `to` (minutes since the epoch):
 * ticks on exact hour, day, week, month, quarter or year boundaries, none finer than `finest`.
 */
export function timeAxis(from: number, to: number, ruler: Ruler, finest: TickUnit = 'hour'): Axis {
  const span = Math.max(1, to - from);
  const pxPerMinute = Math.abs(ruler.x(from + span) - ruler.x(from)) / span;
  const ticksFor = (s: Step) => {
    const points: { at: number; instant: number }[] = [];
    let period = periodOf(s, from);
    if (periodStart(s, period) < from) period++;
    for (let at = periodStart(s, period); at <= to; at = periodStart(s, ++period)) points.push({ at, instant: at });
    return labelled(s.unit, points);
  };
  return firstLegible(stepsFrom(finest), pxPerMinute, ticksFor, ruler);
}

/**
 * The axis of a chart drawn in slot offsets, from `lo` to `hi`: a tick at each whole offset
 * whose instant (`instantOf`, minutes since the epoch) starts a new hour, day, week... period,
 * labelled with that instant. Slots skip non-working time, so ticks need not be evenly spaced.
 * Hour ticks go only on their exact hour: in office hours the first offset of a day ends at
 * 10:00, and a tick there would crowd the 12:00 one of a three-hour step.
 */
export function offsetAxis(lo: number, hi: number, instantOf: (offset: number) => number, ruler: Ruler, finest: TickUnit = 'hour'): Axis {
  const first = Math.ceil(lo);
  const instants = new Map<number, number>();
  for (let o = first - 1; o <= Math.floor(hi); o++) instants.set(o, instantOf(o));
  const ticksFor = (s: Step) => {
    const points: { at: number; instant: number }[] = [];
    for (let o = first; o <= Math.floor(hi); o++) {
      const instant = instants.get(o)!;
      const period = periodOf(s, instant);
      const onTime = s.unit !== 'hour' || instant === periodStart(s, period);
      if (onTime && period !== periodOf(s, instants.get(o - 1)!)) points.push({ at: o, instant });
    }
    return labelled(s.unit, points);
  };
  // Slots skip nights and weekends, so calendar time says nothing about the pixels between
  // ticks: every step is tried (a forecast spans a few hundred slots at most).
  return firstLegible(stepsFrom(finest), Infinity, ticksFor, ruler);
}

/** A label for a band of marker labels: drawn beside `x`, on the side `align` names. */
export interface BandLabel {
  readonly text: string;
  readonly x: number;
  readonly align: 'start' | 'end' | 'middle';
  readonly width: number;
}

export interface StackedLabel extends PlacedLabel {
  readonly align: BandLabel['align'];
  /** 0 for the first line of the band, 1 for the next, and so on. */
  readonly level: number;
}

/**
 * Marker labels (deadline, delivery, freezes, percentiles) stacked into as few lines as they
 * need: each goes on the first line where it keeps its distance from the labels already there.
 * The result is in the order given.
 */
export function stackLabels(labels: readonly BandLabel[], left: number, right: number): StackedLabel[] {
  const boxes = labels.map((l) => {
    const centre = l.align === 'start' ? l.x + l.width / 2 : l.align === 'end' ? l.x - l.width / 2 : l.x;
    return { ...placeLabel(l.text, centre, left, right, l.width), align: l.align };
  });
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a].x - boxes[a].width / 2 - (boxes[b].x - boxes[b].width / 2) || a - b);
  /** Where each line's labels end so far, in px. */
  const lineEnds: number[] = [];
  const levels: number[] = [];
  for (const i of order) {
    const box = boxes[i];
    let level = lineEnds.findIndex((end) => end + LABEL_GAP <= box.x - box.width / 2);
    if (level < 0) level = lineEnds.length;
    lineEnds[level] = box.x + box.width / 2;
    levels[i] = level;
  }
  return boxes.map((b, i) => ({ ...b, level: levels[i] }));
}

/** The x and anchor that draw a stacked label in its box: its own side when it could keep it. */
export function anchorOf(l: StackedLabel): { x: number; anchor: 'start' | 'end' | 'middle' } {
  if (l.align === 'start') return { x: l.x - l.width / 2, anchor: 'start' };
  if (l.align === 'end') return { x: l.x + l.width / 2, anchor: 'end' };
  return { x: l.x, anchor: 'middle' };
}
