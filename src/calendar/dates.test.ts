import { describe, expect, it } from 'vitest';
import { civilFromDay, dayFromCivil, daysInMonth, formatDay, formatInstant, isDateOnly, isLeapYear, parseDay, parseInstant, periodEndInstant, weekdayOf } from './dates.js';

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

describe('four-digit years', () => {
  /** The day number Date computes for a date, with the year set exactly (setUTCFullYear takes 0-99 literally). */
  const byDate = (year: number, month: number, day: number) => {
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    return Math.round(d.getTime() / 86_400_000);
  };

  it('keeps years 0000-0099 as written', () => {
    expect(formatDay(parseDay('0024-10-15'))).toBe('0024-10-15');
    expect(formatInstant(parseInstant('0099-12-31T23:00'))).toBe('0099-12-31T23:00');
    expect(parseDay('0024-10-15')).toBe(byDate(24, 10, 15));
  });
  it('counts year 0 as a leap year and 100 as not', () => {
    expect(isLeapYear(0)).toBe(true);
    expect(isLeapYear(100)).toBe(false);
    expect(isLeapYear(400)).toBe(true);
    expect(daysInMonth(0, 2)).toBe(29);
    expect(formatDay(parseDay('0000-02-29'))).toBe('0000-02-29');
    expect(parseDay('0000-03-01') - parseDay('0000-02-28')).toBe(2);
    expect(() => parseDay('0100-02-29')).toThrow(RangeError);
  });
  it('reaches 9999-12-31 and no further', () => {
    expect(formatDay(parseDay('9999-12-31'))).toBe('9999-12-31');
    expect(parseDay('9999-12-31')).toBe(byDate(9999, 12, 31));
    expect(() => formatDay(parseDay('9999-12-31') + 1)).toThrow(RangeError);
    expect(() => formatDay(parseDay('0000-01-01') - 1)).toThrow(RangeError);
  });
  it('agrees with Date on the first day of every month of years 0-9999', () => {
    const wrong: string[] = [];
    for (let year = 0; year <= 9999; year += 7) {
      for (let month = 1; month <= 12; month++) {
        const day = byDate(year, month, 1);
        const back = civilFromDay(day);
        if (dayFromCivil(year, month, 1) !== day || back.year !== year || back.month !== month || back.day !== 1) wrong.push(`${year}-${month}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it('gives the weekday of dates in year 0 (0000-01-01 was a Saturday, as 2000-01-01)', () => {
    expect(weekdayOf(parseDay('0000-01-01'))).toBe(6);
  });
});
