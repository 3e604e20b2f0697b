import { describe, expect, it } from 'vitest';
import { offsetDate } from './plan-dates.js';
import { launchPlan } from '../analyse/test-utils/launch-fixture.js';

describe('offsetDate', () => {
  const { calendar } = launchPlan();

  it('gives the plan start for offset 0, when no slot comes before it', () => {
    expect(offsetDate(calendar, 0)).toBe(calendar.slotStart(0));
  });

  it('gives the end of the last slot before the offset, not the next working morning', () => {
    expect(offsetDate(calendar, 4)).toBe(calendar.slotEnd(3));
    expect(offsetDate(calendar, 4)).toBe('2024-10-18');
  });
});
