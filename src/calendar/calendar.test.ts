import { describe, expect, it } from 'vitest';
import { buildModel } from '../schedule/testing/build-model.js';
import { buildCalendar } from './calendar.js';
import { freezeMask, rateAt, resourceRates } from './rates.js';

const dayPlan = (start: string, holidays: string[] = []) =>
  buildCalendar(buildModel({ start, calendar: { holidays }, tasks: [] }));

describe('buildCalendar, day plans', () => {
  it('puts slot 0 on the start when it is a working day', () => {
    expect(dayPlan('2024-10-14').slotStart(0)).toBe('2024-10-14');
  });
  it('puts slot 0 on the Monday when the plan starts on a Saturday', () => {
    expect(dayPlan('2024-10-12').slotStart(0)).toBe('2024-10-14');
  });
  it('returns the Monday when a slot lands after a Friday', () => {
    const cal = dayPlan('2024-10-14');
    expect(cal.slotStart(4)).toBe('2024-10-18');
    expect(cal.slotStart(5)).toBe('2024-10-21');
  });
  it('skips holidays', () => {
    const cal = dayPlan('2024-11-25', ['2024-11-28']);
    expect(cal.slotStart(3)).toBe('2024-11-29');
    expect(cal.slotAtOrAfter('2024-11-28')).toBe(3);
  });
  it('ends a day slot on its own date', () => {
    expect(dayPlan('2024-10-14').slotEnd(2)).toBe('2024-10-16');
  });
  it('maps a weekend date to the following Monday slot', () => {
    const cal = dayPlan('2024-10-14');
    expect(cal.slotAtOrAfter('2024-10-19')).toBe(5);
    expect(cal.slotAtOrAfter('2024-10-21')).toBe(5);
  });
  it('counts slots before the start as negative', () => {
    const cal = dayPlan('2024-10-14');
    expect(cal.slotAtOrAfter('2024-10-11')).toBe(-1);
    expect(cal.slotStart(-1)).toBe('2024-10-11');
  });
  it('round-trips every slot of two years', () => {
    const cal = dayPlan('2024-01-01', ['2024-12-25', '2025-01-01']);
    for (let s = 0; s < 520; s++) expect(cal.slotAtOrAfter(cal.slotStart(s))).toBe(s);
  });
  it('maps a freeze with a date-only end to the slots of every day it covers', () => {
    const model = buildModel({
      start: '2024-11-25',
      calendar: { freezes: [{ name: 'Holiday freeze', from: '2024-12-02', to: '2024-12-06', blocks: 'all', path: [] }] },
      tasks: [],
    });
    const cal = buildCalendar(model);
    expect(cal.freezes[0]).toMatchObject({ from: 5, to: 10 });
    expect(cal.freezeAt(9, 'code')).toBe('Holiday freeze');
    expect(cal.freezeAt(10, 'code')).toBeUndefined();
  });
  it('blocks only the listed kinds', () => {
    const model = buildModel({
      calendar: { freezes: [{ name: 'No deploys', from: '2024-10-14', to: '2024-10-15', blocks: ['deploy'], path: [] }] },
      tasks: [],
    });
    const cal = buildCalendar(model);
    expect(cal.freezeAt(0, 'deploy')).toBe('No deploys');
    expect(cal.freezeAt(0, undefined)).toBeUndefined();
    expect(Array.from(freezeMask(cal, 'deploy') ?? [])).toEqual([1, 1]);
    expect(freezeMask(cal, 'code')).toBeUndefined();
  });
});

describe('buildCalendar, hour plans', () => {
  const hourPlan = (start: string, hours: [number, number], workweek = [1, 2, 3, 4, 5]) =>
    buildCalendar(buildModel({ start, calendar: { unit: 'hour', hours, workweek: workweek as never }, tasks: [] }));

  it('numbers working hours of working days', () => {
    const cal = hourPlan('2024-10-14', [9, 17]);
    expect(cal.slotStart(0)).toBe('2024-10-14T09:00');
    expect(cal.slotEnd(7)).toBe('2024-10-14T17:00');
    expect(cal.slotStart(8)).toBe('2024-10-15T09:00');
  });
  it('starts at the next whole working hour of a datetime start', () => {
    const cal = hourPlan('2024-10-14T10:30', [9, 17]);
    expect(cal.slotStart(0)).toBe('2024-10-14T11:00');
    expect(cal.slotAtOrAfter('2024-10-14T16:59')).toBe(6);
    expect(cal.slotAtOrAfter('2024-10-14T17:00')).toBe(6);
  });
  it('runs around the clock on a 24/7 calendar, across the weekend', () => {
    const cal = hourPlan('2024-10-18T22:00', [0, 24], [0, 1, 2, 3, 4, 5, 6]);
    expect(cal.slotStart(0)).toBe('2024-10-18T22:00');
    expect(cal.slotStart(2)).toBe('2024-10-19T00:00');
    expect(cal.slotEnd(25)).toBe('2024-10-20T00:00');
  });
  it('ignores daylight saving: 2024-03-31 has 24 slots', () => {
    const cal = hourPlan('2024-03-31', [0, 24], [0, 1, 2, 3, 4, 5, 6]);
    expect(cal.slotStart(24)).toBe('2024-04-01T00:00');
  });
});

describe('resourceRates', () => {
  it('is 0 during time off, reduced by commitments and steady afterwards', () => {
    const model = buildModel({
      resources: [
        {
          id: 'ann',
          availability: 0.8,
          timeOff: [{ from: '2024-10-16', to: '2024-10-16' }],
          commitments: [{ from: '2024-10-14', to: '2024-10-15', load: 0.5 }],
        },
      ],
      tasks: [],
    });
    const cal = buildCalendar(model);
    const p = resourceRates(model.resources[0], cal);
    expect([0, 1, 2, 3].map((s) => rateAt(p, s))).toEqual([0.4, 0.4, 0, 0.8]);
    expect(rateAt(p, 1000)).toBe(0.8);
  });
  it('does not mutate the model', () => {
    const model = buildModel({ resources: [{ id: 'a', timeOff: [{ from: '2024-10-14', to: '2024-10-20' }] }], tasks: [] });
    const before = JSON.stringify(model);
    resourceRates(model.resources[0], buildCalendar(model));
    expect(JSON.stringify(model)).toBe(before);
  });
});
