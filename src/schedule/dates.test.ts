import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/index.js';
import type { Model } from '../model/index.js';
import { checkSchedule } from './check.js';
import { scheduleModel } from './schedule.js';
import { buildModel } from './testing/build-model.js';
import { analyseTiming } from './timing.js';
import type { Schedule } from './types.js';

// Mon 14 Oct 2024 is slot 0: Tue 15 = 1, Wed 16 = 2, Thu 17 = 3, Fri 18 = 4, Mon 21 = 5.
function plan(model: Model, schedules = 50): Schedule {
  const result = scheduleModel(model, { schedules, seed: 1 });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const schedule = result.schedule as Schedule;
  expect(checkSchedule(model, schedule)).toEqual([]);
  return schedule;
}

const spans = (s: Schedule) => Object.fromEntries(s.activities.map((a) => [a.id, [a.start, a.finish]]));

describe('date constraints in the scheduler', () => {
  it('delays a chain by a not-before date and names the date as what held it', () => {
    const model = buildModel({
      resources: [{ id: 'dev' }],
      tasks: [
        { id: 'prep', duration: 2, assignee: 'dev', dates: { notBefore: '2024-10-16' } },
        { id: 'load', duration: 1, assignee: 'dev', after: ['prep'] },
        { id: 'done', type: 'milestone', after: ['load'] },
      ],
    });
    const s = plan(model);
    // Without the date prep would run Mon-Tue; it starts Wednesday and pushes the chain by two days.
    expect(spans(s)).toEqual({ prep: [2, 4], load: [4, 5], done: [5, 5] });
    const timing = analyseTiming(model, s, buildCalendar(model));
    expect(timing.activities.find((a) => a.id === 'prep')?.drivenBy).toEqual({ kind: 'date', constraint: 'not-before' });
    expect(timing.chains[0][0]).toEqual({ kind: 'wait', from: 0, to: 2, reason: { kind: 'date', constraint: 'not-before' } });
  });

  it('puts a task due earlier before one of the same class that would come first by id', () => {
    const tasks = [
      { id: 'a', duration: 3, assignee: 'dev' },
      { id: 'b', duration: 3, assignee: 'dev' },
    ];
    const free = buildModel({ resources: [{ id: 'dev' }], tasks });
    expect(spans(plan(free, 1))).toEqual({ a: [0, 3], b: [3, 6] });
    // b is due by the end of Wednesday (slot 3): it goes first, from the priority rule alone and after the search.
    const dated = buildModel({ resources: [{ id: 'dev' }], tasks: [tasks[0], { ...tasks[1], dates: { due: '2024-10-16' } }] });
    expect(spans(plan(dated, 1))).toEqual({ a: [3, 6], b: [0, 3] });
    expect(spans(plan(dated, 50))).toEqual({ a: [3, 6], b: [0, 3] });
  });

  it('holds a fixed-date milestone and external item to their day', () => {
    const model = buildModel({
      tasks: [
        { id: 'build', duration: 1 },
        { id: 'vendor', type: 'external', duration: 1, dates: { on: '2024-10-17' } },
        { id: 'event', type: 'milestone', after: ['build'], dates: { on: '2024-10-18' } },
      ],
    });
    // The milestone is reached at the end of Friday, slot 5, as milestones are at the end of the work before them.
    expect(spans(plan(model))).toEqual({ build: [0, 1], vendor: [3, 4], event: [5, 5] });
  });

  it('refuses an on date that is not a working day', () => {
    const model = buildModel({ tasks: [{ id: 'event', type: 'milestone', dates: { on: '2024-10-19' } }] });
    const result = scheduleModel(model, { schedules: 1, seed: 1 });
    expect(result.schedule).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([['E_UNSCHEDULABLE', ['tasks', 0, 'on']]]);
  });

  it('warns when the links before an item make its due date impossible, naming the chain', () => {
    const model = buildModel({
      tasks: [
        { id: 'a', duration: 3 },
        { id: 'b', duration: 2, after: ['a'], dates: { due: '2024-10-16' } },
      ],
    });
    const result = scheduleModel(model, { schedules: 1, seed: 1 });
    expect(result.diagnostics).toEqual([
      {
        code: 'W_DATE_UNREACHABLE',
        severity: 'warning',
        message: "'b' is due by 2024-10-16, but the work before it can finish it no earlier than 2024-10-18: a (2024-10-16) → b.",
        hint: expect.any(String),
        path: ['tasks', 1, 'due'],
      },
    ]);
    expect(spans(result.schedule as Schedule)).toEqual({ a: [0, 3], b: [3, 5] });
  });
});

describe('date constraints in the checker', () => {
  it('reports a start before a not-before or on date', () => {
    const model = buildModel({
      tasks: [
        { id: 'a', duration: 1, dates: { notBefore: '2024-10-16' } },
        { id: 'b', type: 'milestone', dates: { on: '2024-10-17' } },
      ],
    });
    const early: Schedule = {
      activities: [
        { id: 'a', start: 1, finish: 2, assignees: [], segments: [[1, 2]] },
        { id: 'b', start: 2, finish: 2, assignees: [], segments: [] },
      ],
      makespan: 2,
    };
    expect(checkSchedule(model, early).map((v) => `${v.rule}:${v.activity}`)).toEqual(['date:a', 'date:b']);
  });
});
