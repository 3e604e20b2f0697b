import { describe, expect, it } from 'vitest';
import { buildModel } from '../schedule/testing/build-model.js';
import { buildCalendar } from './calendar.js';
import { parseDay, weekdayOf } from './dates.js';
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

describe('the horizon', () => {
  const weekdays = (from: string, to: string) => {
    let n = 0;
    for (let d = parseDay(from); d <= parseDay(to); d++) if (weekdayOf(d) >= 1 && weekdayOf(d) <= 5) n++;
    return n;
  };

  it('ends 50 years after the start of a day plan', () => {
    const cal = dayPlan('2024-10-14');
    expect(cal.horizonEnd).toBe('2074-10-13');
    expect(cal.horizon).toBe(weekdays('2024-10-14', '2074-10-13'));
    expect(cal.slotStart(cal.horizon - 1) <= '2074-10-13').toBe(true);
  });
  it('ends 5 years after the start of an hour plan', () => {
    const cal = buildCalendar(buildModel({ start: '2024-10-14', calendar: { unit: 'hour', hours: [9, 17] }, tasks: [] }));
    expect(cal.horizonEnd).toBe('2029-10-13');
    expect(cal.horizon).toBe(8 * weekdays('2024-10-14', '2029-10-13'));
  });
  it('ends on 9998-12-31 at the latest, and dates nothing after 9999-12-31', () => {
    const cal = dayPlan('9990-01-01');
    expect(cal.horizonEnd).toBe('9998-12-31');
    expect(cal.slotStart(cal.horizon)).toBe('9999-01-01');
    expect(cal.slotEnd(cal.horizon + 1_000)).toBe('9999-12-31');
    expect(dayPlan('0001-01-01').slotStart(-1_000)).toBe('0000-01-01');
  });
  it('reads a date past the horizon as its end, without growing toward it', () => {
    const cal = dayPlan('2024-10-14');
    expect(cal.slotAtOrAfter('9999-12-31')).toBe(cal.horizon);
    expect(cal.periodSlots('2024-10-21', '9999-12-31')).toEqual([5, cal.horizon]);
    // Far past the horizon (only a chart's margin asks) a slot reads as the calendar's last day.
    expect(cal.slotStart(cal.horizon + 1_000_000)).toBe('2075-10-15');
  });
  it('reads a date long before the start as a year before it', () => {
    const cal = dayPlan('2024-10-14');
    expect(cal.slotAtOrAfter('0001-01-01')).toBe(-weekdays('2023-10-14', '2024-10-13'));
  });
  it('is built for any start in 0000-9999, reading any date, without throwing', () => {
    for (const start of ['0000-01-01', '0000-01-03', '9999-12-26', '9999-12-31']) {
      for (const unit of ['day', 'hour'] as const) {
        const cal = buildCalendar(buildModel({ start, calendar: { unit, holidays: ['0000-01-04', '9999-12-30'] }, tasks: [] }));
        expect(cal.periodSlots('0000-01-01', '9999-12-31')[0]).toBeLessThanOrEqual(0);
        expect(cal.slotAtOrAfter('9999-12-31')).toBe(cal.horizon);
        expect(cal.slotStart(0) >= '0000-01-01' && cal.slotStart(cal.horizon + 10) <= '9999-12-31T23:59').toBe(true);
      }
    }
  });
  it('counts years 0000-0099 as written', () => {
    const cal = dayPlan('0024-10-15');
    expect(cal.slotStart(0)).toBe('0024-10-15');
    expect(cal.horizonEnd).toBe('0074-10-14');
  });
  it('keeps a leave or commitment until 9999 as a steady rate, not one rate per slot to 9999', () => {
    const model = buildModel({
      start: '2024-10-14',
      calendar: { unit: 'hour', hours: [0, 24], workweek: [0, 1, 2, 3, 4, 5, 6] },
      resources: [
        { id: 'gone', timeOff: [{ from: '2024-10-16', to: '9999-12-31' }] },
        { id: 'busy', commitments: [{ from: '2024-10-14', to: '9999-12-31', load: 0.5 }] },
      ],
      tasks: [],
    });
    const cal = buildCalendar(model);
    const gone = resourceRates(model.resources[0], cal);
    expect(gone).toMatchObject({ steady: 0, peak: 1 });
    expect(gone.dense.length).toBe(48);
    const busy = resourceRates(model.resources[1], cal);
    expect(busy).toMatchObject({ steady: 0.5, peak: 0.5 });
    expect(busy.dense.length).toBe(0);
  });
  it('stops a freeze until 9999 at the horizon', () => {
    const model = buildModel({ start: '2024-10-14', calendar: { unit: 'hour', freezes: [{ name: 'f', from: '2024-10-21', to: '9999-12-31', blocks: 'all', path: [] }] }, tasks: [] });
    const cal = buildCalendar(model);
    expect(cal.freezes[0]).toMatchObject({ from: 40, to: cal.horizon });
    expect(freezeMask(cal, undefined)?.length).toBe(cal.horizon);
  });
});
