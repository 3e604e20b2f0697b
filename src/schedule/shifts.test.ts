import { describe, expect, it } from 'vitest';
import type { Model } from '../model/index.js';
import { loadSpec } from '../spec/index.js';
import { checkSchedule } from './check.js';
import { scheduleModel } from './schedule.js';
import type { Schedule, ScheduledActivity } from './types.js';

function model(text: string): Model {
  const loaded = loadSpec(text);
  if (!loaded.model) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  return loaded.model;
}

function scheduled(m: Model): Schedule {
  const result = scheduleModel(m, { schedules: 30, seed: 5 });
  if (!result.schedule) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return result.schedule;
}

function at(s: Schedule, id: string): ScheduledActivity {
  return s.activities.find((a) => a.id === id)!;
}

/** Slot k of these plans is the start plus k hours: 24/7, UTC. */
const HOUR_PLAN = 'calendar: { unit: hour, hours: "24/7" }';

describe('shift patterns and hand-offs', () => {
  // a works 08:00-16:00, b 16:00-24:00. Twelve hours of effort from 08:00 on Monday: a works
  // slots 0-7 (08:00-16:00), and when a's shift ends b takes over for slots 8-11 (16:00-20:00).
  const spec = `plan: hand-off
start: 2024-03-11T08:00
${HOUR_PLAN}
shifts:
  - { id: day, from: "08:00", to: "16:00" }
  - { id: evening, from: "16:00", to: "00:00" }
team:
  - { id: a, skills: [ops], shift: day }
  - { id: b, skills: [ops], shift: evening }
tasks:
  - { id: long, skills: [ops], effort: 12h, handoff: true }
`;

  it('hands long work to the next shift, and the checker verifies each part', () => {
    const m = model(spec);
    const s = scheduled(m);
    const long = at(s, 'long');
    expect([long.start, long.finish, long.assignees]).toEqual([0, 12, ['a']]);
    expect(long.crews).toEqual([
      { from: 0, to: 8, assignees: ['a'] },
      { from: 8, to: 12, assignees: ['b'] },
    ]);
    expect(checkSchedule(m, s)).toEqual([]);
  });

  it('without hand-offs the work pauses overnight and a finishes it the next morning', () => {
    const m = model(spec.replace('handoff: true', 'splittable: true'));
    const s = scheduled(m);
    const long = at(s, 'long');
    // a: 08:00-16:00 on Monday (slots 0-7), then 08:00-12:00 on Tuesday (slots 24-27); or b
    // from 16:00 (8 + 8 on two evenings) finishes later. So a, paused over the night.
    expect(long.segments).toEqual([
      [0, 8],
      [24, 28],
    ]);
    expect(long.crews).toBeUndefined();
    expect(checkSchedule(m, s)).toEqual([]);
  });

  it('reads a shift in the worker’s own time zone', () => {
    // Tokyo is UTC+9: b's 16:00-24:00 there is 07:00-15:00 in the plan (UTC). From 00:00 on
    // Monday, b's two hours start at 07:00: slot 7.
    const m = model(`plan: zones
start: 2024-03-11T00:00
${HOUR_PLAN}
shifts: [{ id: evening, from: "16:00", to: "00:00" }]
team: [{ id: b, shift: evening, timezone: Asia/Tokyo }]
tasks: [{ id: t, assignee: b, duration: 2h }]
`);
    const s = scheduled(m);
    expect([at(s, 't').start, at(s, 't').finish]).toEqual([7, 9]);
    expect(checkSchedule(m, s)).toEqual([]);
  });

  it('rotates members through shifts', () => {
    // From Monday: x on day (08-20) and y on night (20-08), swapping every day. y's task from
    // 08:00 on Monday waits for y's night shift: 20:00, slot 12.
    const m = model(`plan: rotation
start: 2024-03-11T08:00
${HOUR_PLAN}
shifts:
  - { id: day, from: "08:00", to: "20:00" }
  - { id: night, from: "20:00", to: "08:00" }
rotations: [{ id: rota, shifts: [day, night], every: 1d, members: [x, y] }]
team: [{ id: x }, { id: y }]
tasks:
  - { id: t, assignee: y, duration: 2h }
  - { id: u, assignee: x, duration: 2h, after: [t] }
`);
    const s = scheduled(m);
    expect([at(s, 't').start, at(s, 't').finish]).toEqual([12, 14]);
    // Tuesday x is on night: 20:00 Tuesday is slot 36.
    expect([at(s, 'u').start, at(s, 'u').finish]).toEqual([36, 38]);
    expect(checkSchedule(m, s)).toEqual([]);
  });
});

describe('rest rules', () => {
  it('pushes work to the next shift when it would break the rest', () => {
    // a works 06:00-22:00 with 11 hours of rest: a stretch lasts at most 13 hours. t1 takes
    // 06:00-16:00 (10 hours); t2's 4 hours from 16:00 would make it 14, and any later start
    // that day joins the same stretch, so t2 waits for the next shift: Tuesday 06:00, slot 24.
    const m = model(`plan: rest
start: 2024-03-11T06:00
${HOUR_PLAN}
shifts: [{ id: long, from: "06:00", to: "22:00" }]
team: [{ id: a, shift: long, min_rest: 11h }]
tasks:
  - { id: t1, assignee: a, duration: 10h }
  - { id: t2, assignee: a, duration: 4h, after: [t1] }
`);
    const s = scheduled(m);
    expect([at(s, 't1').start, at(s, 't1').finish]).toEqual([0, 10]);
    expect([at(s, 't2').start, at(s, 't2').finish]).toEqual([24, 28]);
    expect(checkSchedule(m, s)).toEqual([]);
  });

  it('keeps to max_hours_per_day on the worker’s own days', () => {
    // b works at most 8 hours a day. u1 takes 00:00-06:00 on Monday; u2's 4 hours in a row fit
    // only with 2 of them on Monday: 22:00-02:00, slots 22-25.
    const m = model(`plan: max hours
start: 2024-03-11T00:00
${HOUR_PLAN}
team: [{ id: b, max_hours_per_day: 8 }]
tasks:
  - { id: u1, assignee: b, duration: 6h }
  - { id: u2, assignee: b, duration: 4h, after: [u1] }
`);
    const s = scheduled(m);
    expect([at(s, 'u2').start, at(s, 'u2').finish]).toEqual([22, 26]);
    expect(checkSchedule(m, s)).toEqual([]);
  });

  it('pauses splittable work until its worker has rested', () => {
    // No shift, 8 hours a day at most: 12 hours of effort from Monday 00:00 take slots 0-7,
    // then Tuesday 00:00-04:00 (slots 24-27).
    const m = model(`plan: paused
start: 2024-03-11T00:00
${HOUR_PLAN}
team: [{ id: c, max_hours_per_day: 8 }]
tasks: [{ id: w, assignee: c, effort: 12h, splittable: true }]
`);
    const s = scheduled(m);
    expect(at(s, 'w').segments).toEqual([
      [0, 8],
      [24, 28],
    ]);
    expect(checkSchedule(m, s)).toEqual([]);
  });
});

describe('the checker rejects hand-made schedules that break the new rules', () => {
  const base = `plan: rules
start: 2024-03-11T00:00
${HOUR_PLAN}
shifts: [{ id: day, from: "08:00", to: "16:00" }]
roles: [{ id: commander, people: [ic], hands_on: false }]
team:
  - { id: a, skills: [ops], shift: day }
  - { id: r, skills: [ops], min_rest: 8h, max_hours_per_day: 12 }
  - { id: ic, skills: [ops] }
tasks:
  - { id: t, skills: [ops], duration: 2h }
`;
  const m = model(base);
  const one = (a: Partial<ScheduledActivity>): Schedule => {
    const t: ScheduledActivity = { id: 't', start: 8, finish: 10, assignees: ['a'], segments: [[8, 10]], ...a };
    return { activities: [t], makespan: t.finish };
  };

  it('accepts the plain schedule', () => {
    expect(checkSchedule(m, one({}))).toEqual([]);
  });

  it('shift: work outside the worker’s shift', () => {
    expect(checkSchedule(m, one({ start: 2, finish: 4, segments: [[2, 4]] })).map((v) => v.rule)).toEqual(['shift']);
  });

  it('max-hours: more hours on one day than allowed', () => {
    const m2 = model(base.replace('duration: 2h', 'duration: 13h'));
    const s = { activities: [{ id: 't', start: 0, finish: 13, assignees: ['r'], segments: [[0, 13] as const] }], makespan: 13 };
    expect(checkSchedule(m2, s).map((v) => v.rule)).toEqual(['max-hours']);
  });

  it('rest: a stretch without the rest', () => {
    // Two tasks 6 hours apart (less than the 8-hour rest) make one stretch of 0-24: 24 > 16.
    const m2 = model(`${base}  - { id: u, skills: [ops], duration: 9h }\n`);
    const s: Schedule = {
      activities: [
        { id: 't', start: 0, finish: 2, assignees: ['r'], segments: [[0, 2]] },
        { id: 'u', start: 8, finish: 17, assignees: ['r'], segments: [[8, 17]] },
      ],
      makespan: 17,
    };
    expect(checkSchedule(m2, s).map((v) => v.rule)).toEqual(['rest']);
  });

  it('role: hands-on work for a coordinating role', () => {
    expect(checkSchedule(m, one({ start: 0, finish: 2, segments: [[0, 2]], assignees: ['ic'] })).map((v) => v.rule)).toEqual(['role']);
  });

  it('assignment: crews on work that allows no hand-off', () => {
    const crews = [
      { from: 8, to: 9, assignees: ['a'] },
      { from: 9, to: 10, assignees: ['r'] },
    ];
    expect(checkSchedule(m, one({ crews })).map((v) => v.rule)).toEqual(['assignment']);
  });

  it('skill and shift per part of handed-off work', () => {
    const m2 = model(base.replace('duration: 2h', 'duration: 2h, handoff: true').replace('{ id: ic, skills: [ops] }', '{ id: ic, skills: [ops] }\n  - { id: z }'));
    const crews = [
      { from: 8, to: 9, assignees: ['a'] },
      { from: 9, to: 10, assignees: ['z'] },
    ];
    expect(checkSchedule(m2, one({ crews })).map((v) => v.rule)).toEqual(['skill']);
    const late = [
      { from: 15, to: 16, assignees: ['a'] },
      { from: 16, to: 17, assignees: ['a'] },
    ];
    expect(checkSchedule(m2, one({ start: 15, finish: 17, segments: [[15, 17]], crews: late })).map((v) => v.rule)).toEqual(['shift']);
  });
});
