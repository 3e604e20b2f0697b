/**
 * The Gantt chart's date axis: ticks of one unit and step, chosen so that the chart has at most
 * `maxTicks` of them, from hours (a 2-day incident) to quarters (a plan of several quarters).
 * The smallest unit that fits wins, so a chart is as precise as its width allows.
 */
import { MINUTES_PER_DAY } from '../../calendar/dates.js';
import { SHORT_MONTH_NAMES } from '../common/format.js';

const dateOf = (minutes: number): Date => new Date(minutes * 60_000);

export type TickUnit = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Tick {
  /** Minutes since the epoch. */
  readonly at: number;
  readonly label: string;
}

export interface Axis {
  readonly unit: TickUnit;
  /** Units per tick (e.g. 6 for every six hours). */
  readonly step: number;
  readonly ticks: readonly Tick[];
}

/** Candidate tick sizes, finest first, with their approximate length in minutes. */
const CANDIDATES: readonly { unit: TickUnit; step: number; minutes: number }[] = [
  { unit: 'hour', step: 1, minutes: 60 },
  { unit: 'hour', step: 2, minutes: 120 },
  { unit: 'hour', step: 3, minutes: 180 },
  { unit: 'hour', step: 6, minutes: 360 },
  { unit: 'hour', step: 12, minutes: 720 },
  { unit: 'day', step: 1, minutes: MINUTES_PER_DAY },
  { unit: 'week', step: 1, minutes: 7 * MINUTES_PER_DAY },
  { unit: 'month', step: 1, minutes: 30.44 * MINUTES_PER_DAY },
  { unit: 'quarter', step: 1, minutes: 91.31 * MINUTES_PER_DAY },
  { unit: 'year', step: 1, minutes: 365.25 * MINUTES_PER_DAY },
];

export function chooseAxis(from: number, to: number, maxTicks: number): Axis {
  const span = Math.max(1, to - from);
  const pick = CANDIDATES.find((c) => span / c.minutes <= maxTicks) ?? CANDIDATES[CANDIDATES.length - 1];
  return { unit: pick.unit, step: pick.step, ticks: ticksOf(pick.unit, pick.step, from, to) };
}

function ticksOf(unit: TickUnit, step: number, from: number, to: number): Tick[] {
  const ticks: Tick[] = [];
  for (let at = firstTick(unit, step, from); at <= to; at = nextTick(unit, step, at)) {
    ticks.push({ at, label: labelOf(unit, at, ticks.length === 0) });
  }
  return ticks;
}

function firstTick(unit: TickUnit, step: number, from: number): number {
  if (unit === 'hour') return Math.ceil(from / (60 * step)) * 60 * step;
  const day = Math.ceil(from / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  if (unit === 'day') return day;
  if (unit === 'week') {
    // 1970-01-01 was a Thursday: Mondays are the days d with (d + 3) % 7 === 0.
    const d = day / MINUTES_PER_DAY;
    return (d + ((7 - ((d + 3) % 7)) % 7)) * MINUTES_PER_DAY;
  }
  const start = dateOf(from);
  const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  let month = start.getUTCMonth() - (start.getUTCMonth() % months);
  let at = Date.UTC(start.getUTCFullYear(), month, 1) / 60_000;
  while (at < from) {
    month += months;
    at = Date.UTC(start.getUTCFullYear(), month, 1) / 60_000;
  }
  return at;
}

function nextTick(unit: TickUnit, step: number, at: number): number {
  if (unit === 'hour') return at + 60 * step;
  if (unit === 'day') return at + MINUTES_PER_DAY * step;
  if (unit === 'week') return at + 7 * MINUTES_PER_DAY * step;
  const d = dateOf(at);
  const months = (unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12) * step;
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1) / 60_000;
}

function labelOf(unit: TickUnit, at: number, first: boolean): string {
  const d = dateOf(at);
  const month = SHORT_MONTH_NAMES[d.getUTCMonth()];
  const day = `${month} ${d.getUTCDate()}`;
  switch (unit) {
    case 'hour': {
      const time = `${String(d.getUTCHours()).padStart(2, '0')}:00`;
      return first || d.getUTCHours() === 0 ? `${day} ${time}` : time;
    }
    case 'day':
    case 'week':
      return day;
    case 'month':
      return first || d.getUTCMonth() === 0 ? `${month} ${d.getUTCFullYear()}` : month;
    case 'quarter':
      return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;
    case 'year':
      return String(d.getUTCFullYear());
  }
}
