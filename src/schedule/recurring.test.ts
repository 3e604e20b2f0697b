import { describe, expect, it } from 'vitest';
import type { Model, Recurring } from '../model/index.js';
import { checkSchedule } from './check.js';
import { scheduleModel } from './schedule.js';
import { buildModel } from './testing/build-model.js';
import type { Schedule } from './types.js';

function recurring(r: Partial<Recurring> & Pick<Recurring, 'id' | 'every' | 'duration' | 'from' | 'to'>): Recurring {
  return { title: r.id, assignees: [], skills: [], untilFinish: false, path: ['recurring', 0], ...r };
}

function scheduled(model: Model): Schedule {
  const result = scheduleModel(model, { schedules: 40, seed: 3 });
  if (!result.schedule) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.schedule;
}

// An incident around the clock from 02:00: slot k is 02:00 + k hours.
const roundTheClock = { unit: 'hour' as const, workweek: [0, 1, 2, 3, 4, 5, 6] as const, hours: [0, 24] as const };

describe('recurring work', () => {
  // A customer update every 2 hours, 30 minutes each, by the communications lead, from 02:00
  // to 10:00: occurrences at slots 0, 2, 4 and 6, each taking half of that hour. Three hours of
  // FAQ writing need the lead's whole hour, three in a row: slots 1, 3 and 5 are free but never
  // two in a row, so it runs from the hour after the last update, 09:00-12:00: slots 7-10.
  const base = buildModel({
    start: '2024-03-12T02:00',
    calendar: { ...roundTheClock, workweek: [...roundTheClock.workweek], hours: [0, 24] },
    resources: [{ id: 'comms', skills: ['comms'] }],
    tasks: [{ id: 'faq', effort: 3, assignee: 'comms' }],
  });
  const model: Model = { ...base, recurring: [recurring({ id: 'update', every: 2, duration: 0.5, assignees: ['comms'], from: '2024-03-12T02:00', to: '2024-03-12T10:00' })] };

  it('takes capacity from the responder in every period, and the checker sees each occurrence', () => {
    const schedule = scheduled(model);
    expect(schedule.occurrences?.map((o) => [o.index, o.start, o.finish, o.share, o.assignees.join()])).toEqual([
      [0, 0, 1, 0.5, 'comms'],
      [1, 2, 3, 0.5, 'comms'],
      [2, 4, 5, 0.5, 'comms'],
      [3, 6, 7, 0.5, 'comms'],
    ]);
    const faq = schedule.activities.find((a) => a.id === 'faq')!;
    expect([faq.start, faq.finish]).toEqual([7, 10]);
    expect(checkSchedule(model, schedule)).toEqual([]);
    // Without the updates the FAQ starts at once.
    expect(scheduled(base).activities[0]).toMatchObject({ start: 0, finish: 3 });
  });

  it('reports a dropped occurrence, a moved one, and work over the capacity an update takes', () => {
    const schedule = scheduled(model);
    const rules = (s: Schedule) => checkSchedule(model, s).map((v) => `${v.rule}:${v.activity}:${v.slot ?? ''}`);
    expect(rules({ ...schedule, occurrences: schedule.occurrences!.slice(1) })).toEqual(['missing:update:0']);
    const moved = schedule.occurrences!.map((o) => (o.index === 1 ? { ...o, start: 3, finish: 4 } : o));
    expect(rules({ ...schedule, occurrences: moved })).toContain('work:update:3');
    const early = schedule.activities.map((a) => (a.id === 'faq' ? { ...a, start: 1, finish: 4, segments: [[1, 4]] as const } : a));
    expect(rules({ ...schedule, activities: early })).toEqual(['capacity:faq:2']);
  });

  it('rotates work by skill: whoever is working and has done the fewest, then by id', () => {
    // Updates every hour for 4 hours; b is off 03:00-04:00 (slot 1). a, then a (b is off), then
    // b twice (a has done two).
    const rota = buildModel({
      start: '2024-03-12T02:00',
      calendar: { ...roundTheClock, workweek: [...roundTheClock.workweek], hours: [0, 24] },
      resources: [
        { id: 'a', skills: ['comms'] },
        { id: 'b', skills: ['comms'], timeOff: [{ from: '2024-03-12T03:00', to: '2024-03-12T04:00' }] },
      ],
      tasks: [{ id: 'wrap-up', duration: 1, assignee: 'a' }],
    });
    const withRota: Model = { ...rota, recurring: [recurring({ id: 'update', every: 1, duration: 1, skills: ['comms'], from: '2024-03-12T02:00', to: '2024-03-12T06:00' })] };
    const schedule = scheduled(withRota);
    expect(schedule.occurrences?.map((o) => o.assignees.join())).toEqual(['a', 'a', 'b', 'b']);
    expect(schedule.activities[0]).toMatchObject({ start: 2, finish: 3 });
    expect(checkSchedule(withRota, schedule)).toEqual([]);
  });

  it('ends work without its own end with the plan', () => {
    // The fix takes slots 0-5; updates every 2 hours "for the plan's life" stop with it: 0, 2, 4.
    const short = buildModel({
      start: '2024-03-12T02:00',
      calendar: { ...roundTheClock, workweek: [...roundTheClock.workweek], hours: [0, 24] },
      resources: [{ id: 'comms' }, { id: 'sre' }],
      tasks: [{ id: 'fix', duration: 5, assignee: 'sre' }],
    });
    const life: Model = { ...short, recurring: [recurring({ id: 'update', every: 2, duration: 0.5, assignees: ['comms'], from: '2024-03-12T02:00', to: '2024-03-13T02:00', untilFinish: true })] };
    const schedule = scheduled(life);
    expect(schedule.makespan).toBe(5);
    expect(schedule.occurrences!.map((o) => o.start)).toEqual([0, 2, 4]);
    expect(checkSchedule(life, schedule)).toEqual([]);
  });
});
