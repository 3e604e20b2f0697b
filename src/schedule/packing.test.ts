import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/index.js';
import { checkSchedule } from './check.js';
import { packedShare, packedWork } from './packing.js';
import { scheduleModel } from './schedule.js';
import { buildModel } from './testing/build-model.js';
import type { Schedule } from './types.js';

const options = { schedules: 50, seed: 1 };

function scheduled(model: Parameters<typeof scheduleModel>[0]): Schedule {
  const result = scheduleModel(model, options);
  if (!result.schedule) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.schedule;
}

/** Units of `who` booked per slot, from the schedule's own segments and shares. */
function bookedBySlot(schedule: Schedule, who: string): number[] {
  const booked = new Array<number>(schedule.makespan).fill(0);
  for (const a of schedule.activities) {
    if (!a.assignees.includes(who)) continue;
    for (const [from, to] of a.segments) for (let s = from; s < to; s++) booked[s] += a.share ?? 1;
  }
  return booked;
}

describe('packedWork', () => {
  it('packs fixed work below one slot exactly', () => {
    expect(packedWork(0.25, true, 1)).toBe(0.25);
  });
  it('leaves work of one slot or more in whole slots', () => {
    expect(packedWork(1, true, 1)).toBe(0);
    expect(packedWork(1.5, true, 1)).toBe(0);
  });
  it('packs effort only when the slowest working rate finishes it in one slot', () => {
    expect(packedWork(0.25, false, 0.5)).toBe(0.25);
    expect(packedWork(0.75, false, 0.5)).toBe(0);
  });
  it('gives effort the share of the slot its crew needs at its rate', () => {
    expect(packedShare(0.25, false, 0.5)).toBe(0.5);
    expect(packedShare(0.25, true, 0.5)).toBe(0.25);
  });
});

describe('work below one slot in a day plan', () => {
  // One person, an 8-hour day: 4h + 2h + 3h of fixed work and one day of effort.
  // 0.5 + 0.25 fit one day; 0.375 more would make 1.125, so the three short tasks need two
  // days and the day of effort a third: 3 days, not the 4 whole days rounding up would take.
  const model = buildModel({
    start: '2025-03-03',
    resources: [{ id: 'pat' }],
    tasks: [
      { id: 'design', duration: 0.5, assignee: 'pat' },
      { id: 'retro', duration: 0.25, assignee: 'pat' },
      { id: 'review', duration: 0.375, assignee: 'pat' },
      { id: 'build', effort: 1, assignee: 'pat' },
    ],
  });

  it('shares a day between a 2-hour task and other work, and the checker agrees', () => {
    const schedule = scheduled(model);
    expect(schedule.makespan).toBe(3);
    const retro = schedule.activities.find((a) => a.id === 'retro')!;
    expect(retro.finish - retro.start).toBe(1);
    expect(retro.share).toBe(0.25);
    const sameDay = schedule.activities.filter((a) => a.id !== 'retro' && a.start === retro.start);
    expect(sameDay.length).toBeGreaterThan(0);
    const booked = bookedBySlot(schedule, 'pat');
    expect(booked.reduce((a, b) => a + b, 0)).toBeCloseTo(2.125, 9);
    for (const b of booked) expect(b).toBeLessThanOrEqual(1 + 1e-9);
    expect(checkSchedule(model, schedule)).toEqual([]);
  });

  it('gives two hours of effort by a half-time person half of their day, so two fit one day', () => {
    const half = buildModel({
      start: '2025-03-03',
      resources: [{ id: 'sam', availability: 0.5 }],
      tasks: [
        { id: 'standup-notes', effort: 0.25, assignee: 'sam' },
        { id: 'triage', effort: 0.25, assignee: 'sam' },
      ],
    });
    const schedule = scheduled(half);
    expect(schedule.makespan).toBe(1);
    expect(schedule.activities.map((a) => a.share)).toEqual([0.5, 0.5]);
    expect(checkSchedule(half, schedule)).toEqual([]);
  });

  it('keeps 2h exact when loading a day plan, so a five-person retrospective costs 1.25 person-days', () => {
    const text = [
      'plan: Retro',
      'start: 2025-03-03',
      'team:',
      '  - { id: a, name: A }',
      '  - { id: b, name: B }',
      'tasks:',
      '  - { id: retro, title: Retrospective, assignee: [a, b], duration: 2h }',
      '  - { id: fix, title: Fix, assignee: a, duration: 6h }',
    ].join('\n');
    const loaded = loadSpec(text);
    if (!loaded.model) throw new Error('does not load');
    expect(loaded.model.activities[0].work).toEqual({ mode: 'duration', slots: 0.25 });
    const schedule = scheduled(loaded.model);
    // 2h + 6h is a's whole day: both on day 0.
    expect(schedule.makespan).toBe(1);
    expect(checkSchedule(loaded.model, schedule)).toEqual([]);
  });
});

describe('the checker on packed work', () => {
  const model = buildModel({
    start: '2025-03-03',
    resources: [{ id: 'pat' }],
    tasks: [
      { id: 'short', duration: 0.25, assignee: 'pat' },
      { id: 'long', duration: 1, assignee: 'pat' },
    ],
  });

  it('reports a share smaller than the work needs', () => {
    const schedule: Schedule = {
      activities: [
        { id: 'short', start: 0, finish: 1, assignees: ['pat'], segments: [[0, 1]], share: 0.125 },
        { id: 'long', start: 1, finish: 2, assignees: ['pat'], segments: [[1, 2]] },
      ],
      makespan: 2,
    };
    expect(checkSchedule(model, schedule).map((v) => `${v.rule}:${v.activity}`)).toEqual(['work:short']);
  });

  it('reports a whole-slot task sharing the slot of packed work as over capacity', () => {
    const schedule: Schedule = {
      activities: [
        { id: 'short', start: 0, finish: 1, assignees: ['pat'], segments: [[0, 1]], share: 0.25 },
        { id: 'long', start: 0, finish: 1, assignees: ['pat'], segments: [[0, 1]] },
      ],
      makespan: 1,
    };
    expect(checkSchedule(model, schedule).map((v) => `${v.rule}:${v.resource}:${v.slot}`)).toEqual(['capacity:pat:0']);
  });

  it('reports a share on work of a whole slot', () => {
    const schedule: Schedule = {
      activities: [
        { id: 'short', start: 0, finish: 1, assignees: ['pat'], segments: [[0, 1]], share: 0.25 },
        { id: 'long', start: 1, finish: 2, assignees: ['pat'], segments: [[1, 2]], share: 0.5 },
      ],
      makespan: 2,
    };
    expect(checkSchedule(model, schedule).map((v) => `${v.rule}:${v.activity}`)).toEqual(['work:long']);
  });
});
