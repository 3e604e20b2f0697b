import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, mondayOf } from './iso-dates.js';

describe('mondayOf', () => {
  it('returns the same day for a Monday', () => expect(mondayOf('2024-10-14')).toBe('2024-10-14'));
  it('returns the previous Monday for a Sunday', () => expect(mondayOf('2024-10-20')).toBe('2024-10-14'));
  it('crosses a month boundary', () => expect(mondayOf('2024-11-01')).toBe('2024-10-28'));
  it('ignores the time of day of a datetime', () => expect(mondayOf('2024-10-16T23:00')).toBe('2024-10-14'));
});

describe('daysBetween and addDays', () => {
  it('counts whole days across the end of daylight saving time', () => expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2));
  it('is negative when the second date is earlier', () => expect(daysBetween('2024-12-15', '2024-12-12')).toBe(-3));
  it('adds days across a year end', () => expect(addDays('2024-12-30', 3)).toBe('2025-01-02'));
  it('subtracts days across a leap day', () => expect(addDays('2024-03-01', -1)).toBe('2024-02-29'));
  it('reads a datetime as the date it falls on', () => expect(daysBetween('2024-10-14T23:00', '2024-10-15T01:00')).toBe(1));
  it('returns the previous Monday across a year start', () => expect(mondayOf('2025-01-01')).toBe('2024-12-30'));
});

describe('four-digit years', () => {
  it('keeps years 0000-0099 as written', () => {
    expect(mondayOf('0024-10-15')).toBe('0024-10-14');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });
  it('steps over the leap day of year 0 and not over one in year 100', () => {
    expect(addDays('0000-02-28', 1)).toBe('0000-02-29');
    expect(addDays('0100-02-28', 1)).toBe('0100-03-01');
    expect(daysBetween('0000-01-01', '0001-01-01')).toBe(366);
  });
  it('reaches 9999-12-31', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(daysBetween('0000-01-01', '9999-12-31')).toBe(3_652_424);
  });
});
