import { describe, expect, it } from 'vitest';
import { clockTime, linkLag, mspdiDateTime, mspdiDuration } from './time.js';

describe('MSPDI time values', () => {
  it('writes clock times', () => expect([clockTime(9), clockTime(17.5)]).toEqual(['09:00:00', '17:30:00']));
  it('puts a day plan date at the given hour, and keeps a date-time as it is', () => {
    expect(mspdiDateTime('2024-10-15', 9)).toBe('2024-10-15T09:00:00');
    expect(mspdiDateTime('2024-03-12T17:00', 9)).toBe('2024-03-12T17:00:00');
    expect(mspdiDateTime('2024-03-12T24:00', 9)).toBe('2024-03-13T00:00:00');
  });
  it('writes durations in hours and minutes', () => expect([mspdiDuration(24 * 60), mspdiDuration(90), mspdiDuration(0)]).toEqual(['PT24H0M0S', 'PT1H30M0S', 'PT0H0M0S']));
  it('counts a 2-day lag on 8-hour days as 9600 tenths of a minute', () => expect(linkLag(2, { unit: 'day', minutesPerSlot: 480, dayStart: 9, dayEnd: 17 })).toBe(9600));
  it('counts a 1-hour lead as -600', () => expect(linkLag(-1, { unit: 'hour', minutesPerSlot: 60, dayStart: 0, dayEnd: 24 })).toBe(-600));
});
