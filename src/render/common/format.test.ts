import { describe, expect, it } from 'vitest';
import { amountCountText, amountText, capitalised, countText, dateText, formatDate, percentileLabel, round1, shareText, SHORT_DAY_NAMES } from './format.js';

describe('number wording', () => {
  it('counts in the singular for one and the plural otherwise', () => {
    expect(countText(1, 'activity', 'activities')).toBe('1 activity');
    expect(countText(3, 'activity', 'activities')).toBe('3 activities');
    expect(countText(1000, 'schedule')).toBe('1,000 schedules');
    expect(countText(2.5, 'day')).toBe('2.5 days');
    expect(countText(0, 'run')).toBe('0 runs');
    expect(countText(1, 'working day')).toBe('1 working day');
    expect(countText(1, 'person', 'people')).toBe('1 person');
  });

  it('counts an amount by the number it shows', () => {
    expect(amountCountText(1, 'person-day')).toBe('1 person-day');
    expect(amountCountText(0.98, 'person-day')).toBe('1 person-day');
    expect(amountCountText(2.5, 'person-day')).toBe('2.5 person-days');
    expect(amountCountText(0.5, 'person-week')).toBe('0.5 person-weeks');
  });

  it('words a share of one as a whole percentage', () => {
    expect(shareText(0.873)).toBe('87%');
    expect(shareText(1)).toBe('100%');
  });

  it('labels a percentile by its whole percent', () => {
    expect(percentileLabel(0.8)).toBe('P80');
    expect(percentileLabel(0.95)).toBe('P95');
  });

  it('keeps at most the asked decimals and drops trailing zeros', () => {
    expect(amountText(28.44)).toBe('28.4');
    expect(amountText(3)).toBe('3');
    expect(amountText(0.456, 2)).toBe('0.46');
    expect(amountText(12.6, 0)).toBe('13');
  });

  it('rounds to one decimal as a number', () => {
    expect(round1(2.46)).toBe(2.5);
    expect(round1(4)).toBe(4);
  });
});

describe('date and word tables', () => {
  it('drops the "T" of a datetime and keeps a plain date as it is', () => {
    expect(dateText('2024-10-15T14:00')).toBe('2024-10-15 14:00');
    expect(dateText('2024-10-15')).toBe('2024-10-15');
  });

  it('puts the short weekday before the date', () => {
    expect(formatDate('2024-10-15T14:00')).toBe('Tue 2024-10-15 14:00');
    expect(SHORT_DAY_NAMES).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
  });

  it('capitalises the first letter only', () => expect(capitalised('medium')).toBe('Medium'));
});
