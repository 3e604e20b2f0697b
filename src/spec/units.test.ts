import { describe, expect, it } from 'vitest';
import { gridOf, percentOf, shareOf, slotsOf, wholeSlots } from './units.js';

const dayPlan = gridOf({ unit: 'day', holidays: [], freezes: [] });
const hourPlan = gridOf({ unit: 'hour', holidays: [], freezes: [] });
const roundTheClock = gridOf({ unit: 'hour', hours: '24/7', holidays: [], freezes: [] });

describe('gridOf', () => {
  it('defaults to a Monday-Friday week of 9 to 17', () => {
    expect(dayPlan).toEqual({ unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], hoursPerDay: 8 });
  });
  it('makes "24/7" every day, all day', () => {
    expect(roundTheClock).toEqual({ unit: 'hour', workweek: [0, 1, 2, 3, 4, 5, 6], hours: [0, 24], hoursPerDay: 24 });
  });
  it('keeps an explicit work week on a 24/7 calendar', () => {
    expect(gridOf({ unit: 'hour', hours: '24/7', workweek: ['sat', 'sun'], holidays: [], freezes: [] }).workweek).toEqual([0, 6]);
  });
  it('lets hours_per_day override the span of the working hours', () => {
    expect(gridOf({ unit: 'day', hours: [9, 18], hours_per_day: 7.5, holidays: [], freezes: [] }).hoursPerDay).toBe(7.5);
  });
});

describe('slotsOf', () => {
  it('counts a week as the work-week days in a day plan', () => {
    expect(slotsOf('2w', dayPlan)).toBe(10);
    expect(slotsOf('2w', gridOf({ unit: 'day', workweek: ['mon', 'tue', 'wed', 'thu'], holidays: [], freezes: [] }))).toBe(8);
  });
  it('turns hours into a share of a working day in a day plan', () => {
    expect(slotsOf('4h', dayPlan)).toBe(0.5);
  });
  it('turns days into working hours in an hour plan', () => {
    expect(slotsOf('1d', hourPlan)).toBe(8);
    expect(slotsOf('1d', roundTheClock)).toBe(24);
    expect(slotsOf('1w', roundTheClock)).toBe(7 * 24);
  });
  it('reads plain numbers as slots and keeps signs of lags', () => {
    expect(slotsOf(3, dayPlan)).toBe(3);
    expect(slotsOf('-2d', dayPlan)).toBe(-2);
    expect(slotsOf('1.5d', dayPlan)).toBe(1.5);
  });
});

describe('wholeSlots', () => {
  it('rounds a partial slot up, since half a day of waiting still takes the day', () => {
    expect(wholeSlots(0.5)).toBe(1);
    expect(wholeSlots(2)).toBe(2);
  });
  it('does not round up float noise', () => {
    expect(wholeSlots(0.1 * 30)).toBe(3);
  });
  it('rounds a lead away from zero', () => {
    expect(wholeSlots(-0.5)).toBe(-1);
  });
});

describe('shares', () => {
  it('reads percentages and fractions alike', () => {
    expect(shareOf('50%')).toBe(0.5);
    expect(shareOf(0.25)).toBe(0.25);
  });
  it('reads rollout stages as percent', () => {
    expect(percentOf(25)).toBe(25);
    expect(percentOf('10%')).toBe(10);
  });
});

describe('wholeSlots on zero', () => {
  it('gives +0, not -0, so models compare equal', () => {
    expect(Object.is(wholeSlots(0), 0)).toBe(true);
  });
});
