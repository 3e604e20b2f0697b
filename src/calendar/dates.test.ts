import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant, isDateOnly, parseDay, parseInstant, periodEndInstant, weekdayOf } from './dates.js';

describe('dates', () => {
  it('reads a date as UTC midnight', () => {
    expect(formatDay(parseDay('2024-10-15'))).toBe('2024-10-15');
    expect(parseInstant('2024-10-15') % 1440).toBe(0);
  });
  it('keeps the time of a datetime and ignores a trailing Z', () => {
    expect(formatInstant(parseInstant('2024-10-15T09:30'))).toBe('2024-10-15T09:30');
    expect(formatInstant(parseInstant('2024-10-15T09:30:00Z'))).toBe('2024-10-15T09:30');
  });
  it('gives the weekday of a day number (2024-10-15 was a Tuesday)', () => {
    expect(weekdayOf(parseDay('2024-10-15'))).toBe(2);
    expect(weekdayOf(parseDay('1969-12-28'))).toBe(0);
  });
  it('ends a date-only period at the next midnight and a datetime at itself', () => {
    expect(formatInstant(periodEndInstant('2024-12-08'))).toBe('2024-12-09T00:00');
    expect(formatInstant(periodEndInstant('2024-12-08T12:00'))).toBe('2024-12-08T12:00');
  });
  it('is not shifted by daylight saving (2024-03-31 in Europe, 2024-03-10 in the US)', () => {
    expect(parseDay('2024-04-01') - parseDay('2024-03-30')).toBe(2);
    expect(parseInstant('2024-03-11T00:00') - parseInstant('2024-03-10T00:00')).toBe(1440);
  });
  it('tells plain dates from datetimes', () => {
    expect(isDateOnly('2024-10-15')).toBe(true);
    expect(isDateOnly('2024-10-15T10:00')).toBe(false);
  });
  it('rejects what is not a date', () => {
    expect(() => parseInstant('next tuesday')).toThrow(RangeError);
  });
});
