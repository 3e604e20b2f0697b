import { describe, expect, it } from 'vitest';
import { chooseAxis } from './axis.js';
import { parseInstant as minutesOf, periodEndInstant as endOf } from '../../calendar/dates.js';

const axisFor = (from: string, to: string, maxTicks = 16) => chooseAxis(minutesOf(from), endOf(to), maxTicks);

describe('chooseAxis', () => {
  it('uses hours for a 2-day incident, with the date on the first tick and at midnight', () => {
    const axis = axisFor('2024-03-04T08:00', '2024-03-06T08:00');
    expect(axis.unit).toBe('hour');
    expect(axis.step).toBe(3);
    expect(axis.ticks[0]).toEqual({ at: minutesOf('2024-03-04T09:00'), label: 'Mar 4 09:00' });
    expect(axis.ticks.map((t) => t.label)).toContain('Mar 5 00:00');
    expect(axis.ticks.map((t) => t.label)).toContain('15:00');
  });

  it('uses days for a two-week sprint', () => {
    const axis = axisFor('2024-10-14', '2024-10-25');
    expect(axis.unit).toBe('day');
    expect(axis.ticks.map((t) => t.label).slice(0, 3)).toEqual(['Oct 14', 'Oct 15', 'Oct 16']);
    expect(axis.ticks.length).toBe(13);
  });

  it('uses weeks, on Mondays, for a ten-week launch', () => {
    const axis = axisFor('2024-10-15', '2024-12-15');
    expect(axis.unit).toBe('week');
    expect(axis.ticks[0].label).toBe('Oct 21');
    expect(axis.ticks.every((t) => new Date(t.at * 60_000).getUTCDay() === 1)).toBe(true);
  });

  it('uses months for a two-quarter plan, naming the year on the first tick and in January', () => {
    const axis = axisFor('2024-10-01', '2025-03-31');
    expect(axis.unit).toBe('month');
    expect(axis.ticks.map((t) => t.label)).toEqual(['Oct 2024', 'Nov', 'Dec', 'Jan 2025', 'Feb', 'Mar', 'Apr']);
  });

  it('uses quarters for a multi-year programme', () => {
    const axis = axisFor('2024-01-01', '2026-12-31');
    expect(axis.unit).toBe('quarter');
    expect(axis.ticks[0].label).toBe('Q1 2024');
    expect(axis.ticks[4].label).toBe('Q1 2025');
  });

  it('keeps every tick inside the span, in order', () => {
    const from = minutesOf('2024-10-15');
    const to = endOf('2024-12-15');
    const ticks = chooseAxis(from, to, 16).ticks;
    expect(ticks.every((t, i) => t.at >= from && t.at <= to && (i === 0 || t.at > ticks[i - 1].at))).toBe(true);
  });
});
