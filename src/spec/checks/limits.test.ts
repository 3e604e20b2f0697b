/**
 * Each limit at its edge (accepted) and one step past it (E_LIMIT at the value or element that
 * crosses it). Positions in files are covered by the golden fixtures and test/limits.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../calendar/index.js';
import { emptyModel } from '../../model/index.js';
import { loadSpec } from '../load.js';
import { MAX_UNITS } from '../limits.js';

const HEAD = 'plan: t\nstart: 2024-10-15\n';
const TASK = 'tasks: [{ id: a, duration: 1d }]\n';

/** What the loader reports, but the advice that a span runs in whole slots (checks/granularity.ts). */
function found(text: string): { code: string; path: string }[] {
  return loadSpec(text)
    .diagnostics.filter((d) => d.code !== 'W_ROUNDED_UP')
    .map((d) => ({ code: d.code, path: (d.path ?? []).join('.') }));
}

const limitAt = (path: string) => [{ code: 'E_LIMIT', path }];

/** Working slots of the horizon of a plan starting 2024-10-15, Monday to Friday. */
const DAYS = buildCalendar(emptyModel('', '2024-10-15', { unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: [], freezes: [] })).horizon;
const HOURS = buildCalendar(emptyModel('', '2024-10-15T09:00', { unit: 'hour', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: [], freezes: [] })).horizon;

describe('spans: at most the working slots of the horizon', () => {
  it('counts the horizon with the plan calendar: 50 years of weekdays', () => {
    expect(DAYS).toBe(13_044);
    expect(HOURS).toBe(8 * 1_304);
  });
  it.each([
    ['a duration in slots', (n: number) => `tasks: [{ id: a, duration: ${n} }]`, 'tasks.0.duration'],
    ['a duration in days', (n: number) => `tasks: [{ id: a, duration: ${n}d }]`, 'tasks.0.duration'],
    ['effort', (n: number) => `team: [{ id: p }]\ntasks: [{ id: a, effort: ${n}d, assignee: p }]`, 'tasks.0.effort'],
    ['the pessimistic value of an estimate', (n: number) => `tasks: [{ id: a, estimate: [1d, 2d, ${n}d] }]`, 'tasks.0.estimate.2'],
    ['an external duration', (n: number) => `external: [{ id: e, duration: ${n}d }]\n${TASK}`, 'external.0.duration'],
    ['a lag', (n: number) => `tasks: [{ id: a, duration: 1d }, { id: b, duration: 1d, after: [{ task: a, lag: ${n}d }] }]`, 'tasks.1.after.0.lag'],
    ['a lead', (n: number) => `tasks: [{ id: a, duration: 1d }, { id: b, duration: 1d, after: [{ task: a, type: SS, lag: -${n}d }] }]`, 'tasks.1.after.0.lag'],
    ['a risk delay', (n: number) => `${TASK}risks: [{ id: r, title: r, owner: o, mitigation: m, affects: [a], delay: [1d, 2d, ${n}d] }]`, 'risks.0.delay.2'],
    ['a trigger span', (n: number) => `${TASK}gates: [{ id: g, after: [a], trigger: { task: a, exceeds: ${n}d, action: cut } }]`, 'gates.0.trigger.exceeds'],
  ])('%s', (_, body, path) => {
    expect(found(`${HEAD}${body(DAYS)}\n`)).toEqual([]);
    expect(found(`${HEAD}${body(DAYS + 1)}\n`)).toEqual(limitAt(path));
  });
  it('counts weeks and hours in the plan unit', () => {
    expect(found(`${HEAD}tasks: [{ id: a, duration: ${Math.floor(DAYS / 5)}w }]\n`)).toEqual([]);
    expect(found(`${HEAD}tasks: [{ id: a, duration: ${Math.floor(DAYS / 5) + 1}w }]\n`)).toEqual(limitAt('tasks.0.duration'));
    expect(found(`${HEAD}tasks: [{ id: a, duration: ${DAYS * 8 + 1}h }]\n`)).toEqual(limitAt('tasks.0.duration'));
  });
  it('counts working hours in an hour plan', () => {
    const head = 'plan: t\nstart: 2024-10-15T09:00\ncalendar: { unit: hour }\n';
    expect(found(`${head}tasks: [{ id: a, duration: ${HOURS}h }]\n`)).toEqual([]);
    expect(found(`${head}tasks: [{ id: a, duration: ${HOURS + 1} }]\n`)).toEqual(limitAt('tasks.0.duration'));
  });
  it('refuses numbers no 32-bit slot count holds', () => {
    expect(found(`${HEAD}tasks: [{ id: a, duration: 4294967297 }, { id: b, duration: 1e308 }]\n`)).toEqual([...limitAt('tasks.0.duration'), ...limitAt('tasks.1.duration')]);
  });
});

describe('plan dates', () => {
  it('starts between 0001-01-01 and 9998-12-31', () => {
    for (const start of ['0001-01-01', '9998-12-31']) expect(found(`plan: t\nstart: ${start}\n${TASK}`)).toEqual([]);
    for (const start of ['0000-12-31', '9999-01-01', '0000-02-29']) expect(found(`plan: t\nstart: ${start}\n${TASK}`)).toEqual(limitAt('start'));
  });
  it('has its deadline inside the horizon: 50 years in a day plan, 5 in an hour plan', () => {
    expect(found(`${HEAD}deadline: 2074-10-14\n${TASK}`)).toEqual([]);
    expect(found(`${HEAD}deadline: 2074-10-15\n${TASK}`)).toEqual(limitAt('deadline'));
    expect(found(`${HEAD}deadline: { date: 9999-12-31 }\n${TASK}`)).toEqual(limitAt('deadline.date'));
    const hours = 'plan: t\nstart: 2024-10-15T09:00\ncalendar: { unit: hour }\n';
    expect(found(`${hours}deadline: 2029-10-14T17:00\n${TASK}`)).toEqual([]);
    expect(found(`${hours}deadline: 2029-10-15T09:00\n${TASK}`)).toEqual(limitAt('deadline'));
  });
  it('takes year 0 as a leap year and reads periods beyond the horizon', () => {
    const body = 'calendar: { holidays: [0000-02-29] }\nteam: [{ id: p, time_off: [{ from: 2025-01-01, to: 9999-12-31 }] }]\ntasks: [{ id: a, effort: 1d, assignee: p }]\n';
    expect(found(`plan: t\nstart: 0001-01-01\n${body}`)).toEqual([]);
    expect(found(`plan: t\nstart: 0001-01-01\ncalendar: { holidays: [0100-02-29] }\n${TASK}`)).toEqual([{ code: 'E_BAD_DATE', path: 'calendar.holidays.0' }]);
  });
});

describe('units', () => {
  it('caps pool capacity and demand units', () => {
    const ok = `team: [{ id: crowd, capacity: ${MAX_UNITS} }]\ntasks: [{ id: a, duration: 1d, demands: [{ resource: crowd, units: ${MAX_UNITS} }] }]\n`;
    expect(found(HEAD + ok)).toEqual([]);
    const over = `team: [{ id: crowd, capacity: ${MAX_UNITS + 1} }]\ntasks: [{ id: a, duration: 1d, demands: [{ resource: crowd, units: ${MAX_UNITS + 1} }] }]\n`;
    expect(found(HEAD + over)).toEqual([...limitAt('team.0.capacity'), ...limitAt('tasks.0.demands.0.units')]);
  });
});

describe('people and days too small to plan with', () => {
  it('needs an availability of at least 1%', () => {
    expect(found(`${HEAD}team: [{ id: p, availability: 1% }]\ntasks: [{ id: a, effort: 1d, assignee: p }]\n`)).toEqual([]);
    expect(found(`${HEAD}team: [{ id: p, availability: 0.0000000001 }]\ntasks: [{ id: a, effort: 1d, assignee: p }]\n`)).toEqual(limitAt('team.0.availability'));
  });
  it('needs a day of work of at least an hour', () => {
    expect(found(`${HEAD}calendar: { hours_per_day: 1 }\n${TASK}`)).toEqual([]);
    expect(found(`${HEAD}calendar: { hours_per_day: 0.5 }\n${TASK}`)).toEqual(limitAt('calendar.hours_per_day'));
    expect(found(`${HEAD}calendar: { hours: [9.2, 9.8] }\n${TASK}`)).toEqual(limitAt('calendar.hours'));
  });
  it('needs a whole working hour in an hour plan', () => {
    expect(found(`${HEAD}calendar: { unit: hour, hours: [9.5, 11] }\n${TASK}`)).toEqual([]);
    expect(found(`${HEAD}calendar: { unit: hour, hours: [9.2, 10.1] }\n${TASK}`)).toEqual([{ code: 'E_BAD_CALENDAR', path: 'calendar.hours' }]);
  });
});
