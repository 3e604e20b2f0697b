import { describe, expect, it } from 'vitest';
import { scheduleModel } from './schedule.js';
import { buildModel } from './testing/build-model.js';
import { analyseTiming } from './timing.js';
import { buildCalendar } from '../calendar/index.js';
import { checkSchedule } from './check.js';
import type { CriticalChain, Schedule } from './types.js';

/** A chain in short: activity ids, `~reason` for waits, `<via` for how an activity joins the one before. */
function sketch(chain: CriticalChain): string[] {
  return chain.map((s) => {
    if (s.kind === 'wait') {
      const r = s.reason;
      const what = r.kind === 'calendar' ? `${r.resource} ${r.cause}` : r.kind === 'freeze' ? r.freeze : r.kind;
      return `~${what} [${s.from},${s.to})`;
    }
    return s.via ? `${s.id} <${s.via.kind === 'link' ? s.via.type : `handoff ${s.via.resource}`}` : s.id;
  });
}

describe('analyseTiming', () => {
  // dev does t1 then t2 (a hand-over, no link between them); ops does t3 alone; t4 follows t3 by SS+1.
  const model = buildModel({
    resources: [{ id: 'dev' }, { id: 'ops' }],
    tasks: [
      { id: 't1', duration: 2, assignee: 'dev' },
      { id: 't2', duration: 2, assignee: 'dev' },
      { id: 't3', duration: 1, assignee: 'ops' },
      { id: 't4', type: 'milestone', after: [{ from: 't3', type: 'SS', lag: 1 }] },
    ],
  });
  const schedule: Schedule = {
    makespan: 4,
    activities: [
      { id: 't1', start: 0, finish: 2, assignees: ['dev'], segments: [[0, 2]] },
      { id: 't2', start: 2, finish: 4, assignees: ['dev'], segments: [[2, 4]] },
      { id: 't3', start: 0, finish: 1, assignees: ['ops'], segments: [[0, 1]] },
      { id: 't4', start: 1, finish: 1, assignees: [], segments: [] },
    ],
  };

  it('makes both sides of a resource hand-over critical', () => {
    const t = analyseTiming(model, schedule);
    expect(t.chains.map(sketch)).toEqual([['t1', 't2 <handoff dev']]);
    expect(t.activities.filter((a) => a.critical).map((a) => a.id)).toEqual(['t1', 't2']);
    expect(t.activities.find((a) => a.id === 't2')?.drivenBy).toEqual({ kind: 'handoff', from: 't1', resource: 'dev' });
  });

  it('gives exact floats through an SS link', () => {
    const t = Object.fromEntries(analyseTiming(model, schedule).activities.map((a) => [a.id, a]));
    // t4 may slip to 4; then t3 may start at 3 (SS+1), finishing at 4.
    expect(t.t4).toMatchObject({ earlyStart: 1, lateStart: 4, totalFloat: 3, freeFloat: 3 });
    expect(t.t3).toMatchObject({ earlyStart: 0, earlyFinish: 1, lateStart: 3, lateFinish: 4, totalFloat: 3, freeFloat: 0 });
    expect(t.t1).toMatchObject({ totalFloat: 0, freeFloat: 0, lateFinish: 2 });
  });

  it('agrees with the scheduler on a scheduled plan: the critical path ends at the makespan', () => {
    const s = scheduleModel(model, { schedules: 20, seed: 3 }).schedule as Schedule;
    const t = analyseTiming(model, s);
    const last = t.chains[0][t.chains[0].length - 1];
    expect(last.kind === 'activity' && last.finish).toBe(s.makespan);
    expect(t.activities.every((a) => a.totalFloat >= 0 && a.freeFloat >= 0 && a.freeFloat <= a.totalFloat)).toBe(true);
  });

  it('lists a path once when a link and a hand-over join the same pair', () => {
    const linked = buildModel({
      resources: [{ id: 'dev' }],
      tasks: [
        { id: 'x', duration: 1, assignee: 'dev' },
        { id: 'y', duration: 1, assignee: 'dev', after: ['x'] },
      ],
    });
    const s: Schedule = {
      makespan: 2,
      activities: [
        { id: 'x', start: 0, finish: 1, assignees: ['dev'], segments: [[0, 1]] },
        { id: 'y', start: 1, finish: 2, assignees: ['dev'], segments: [[1, 2]] },
      ],
    };
    expect(analyseTiming(linked, s).chains.map(sketch)).toEqual([['x', 'y <FS']]);
  });

  describe('around a freeze', () => {
    // Mon 2024-01-01 start; a freeze blocks all work Wed-Thu (slots 2, 3). a runs Mon-Tue, b waits
    // out the freeze to Fri (slot 4), c follows Mon-Tue (5-6). d is free-standing, 1 slot.
    const frozen = buildModel({
      start: '2024-01-01',
      calendar: { freezes: [{ name: 'Offsite', from: '2024-01-03', to: '2024-01-04', blocks: 'all', path: [] }] },
      tasks: [
        { id: 'a', duration: 2 },
        { id: 'b', duration: 1, after: ['a'] },
        { id: 'c', duration: 2, after: ['b'] },
        { id: 'd', duration: 1 },
      ],
    });
    const s: Schedule = {
      makespan: 7,
      activities: [
        { id: 'a', start: 0, finish: 2, assignees: [], segments: [[0, 2]] },
        { id: 'b', start: 4, finish: 5, assignees: [], segments: [[4, 5]] },
        { id: 'c', start: 5, finish: 7, assignees: [], segments: [[5, 7]] },
        { id: 'd', start: 0, finish: 1, assignees: [], segments: [[0, 1]] },
      ],
    };
    const timing = analyseTiming(frozen, s, buildCalendar(frozen));
    const byId = Object.fromEntries(timing.activities.map((a) => [a.id, a]));

    it('gives no float to work whose slip would land in the freeze', () => {
      // a may not end later than slot 2: finishing at 3 or 4 would put it in the freeze.
      expect(byId.a).toMatchObject({ lateStart: 0, lateFinish: 2, totalFloat: 0, critical: true });
      expect(byId.b).toMatchObject({ totalFloat: 0, critical: true });
    });

    it('lets free-standing work slip only to a slot outside the freeze', () => {
      // d may end at 7 (run in slot 6), the makespan.
      expect(byId.d).toMatchObject({ lateStart: 6, lateFinish: 7, totalFloat: 6 });
    });

    it('runs the critical path through the freeze, once, as a wait', () => {
      expect(timing.chains.map(sketch)).toEqual([['a', '~Offsite [2,4)', 'b <FS', 'c <FS']]);
      expect(byId.b.drivenBy).toEqual({ kind: 'freeze', freeze: 'Offsite' });
    });
  });

  describe('across a person’s time off', () => {
    // Mon 2024-01-01 start. Pat does a (Mon-Tue, slots 0-1), is off Wed (slot 2), then does b
    // (Thu-Fri, 3-4): no link, only the hand-over. Sam does d (Mon-Thu, 0-3) meanwhile.
    const away = buildModel({
      start: '2024-01-01',
      resources: [{ id: 'pat', timeOff: [{ from: '2024-01-03', to: '2024-01-03' }] }, { id: 'sam' }],
      tasks: [
        { id: 'a', duration: 2, assignee: 'pat' },
        { id: 'b', duration: 2, assignee: 'pat' },
        { id: 'd', duration: 4, assignee: 'sam' },
      ],
    });
    const s: Schedule = {
      makespan: 5,
      activities: [
        { id: 'a', start: 0, finish: 2, assignees: ['pat'], segments: [[0, 2]] },
        { id: 'b', start: 3, finish: 5, assignees: ['pat'], segments: [[3, 5]] },
        { id: 'd', start: 0, finish: 4, assignees: ['sam'], segments: [[0, 4]] },
      ],
    };
    const timing = analyseTiming(away, s);
    const byId = Object.fromEntries(timing.activities.map((a) => [a.id, a]));

    it('is a schedule the checker accepts', () => expect(checkSchedule(away, s)).toEqual([]));

    it('gives no float to work whose slip would run into the time off', () => {
      // a slipped one day would need Wed, when Pat is off, so it would end Fri and push b to the next week.
      expect(byId.a).toMatchObject({ totalFloat: 0, freeFloat: 0, critical: true, lateFinish: 2 });
      expect(byId.d).toMatchObject({ totalFloat: 1, critical: false });
    });

    it('hands over across the time off, with the wait in the chain', () => {
      expect(timing.chains.map(sketch)).toEqual([['a', '~pat off [2,3)', 'b <handoff pat']]);
      expect(byId.b.drivenBy).toEqual({ kind: 'calendar', resource: 'pat', cause: 'off' });
    });
  });

  describe('when a person’s time off, not the work before, sets the start', () => {
    // Mon 2024-01-01 start. Sam does x (Mon, slot 0); y follows x but Pat is away Mon-Wed (0-2),
    // so y runs Thu (3). x could slip two days without moving y.
    const waiting = buildModel({
      start: '2024-01-01',
      resources: [{ id: 'pat', timeOff: [{ from: '2024-01-01', to: '2024-01-03' }] }, { id: 'sam' }],
      tasks: [
        { id: 'x', duration: 1, assignee: 'sam' },
        { id: 'y', duration: 1, assignee: 'pat', after: ['x'] },
      ],
    });
    const s = scheduleModel(waiting, { schedules: 5, seed: 1 }).schedule as Schedule;
    const timing = analyseTiming(waiting, s);
    const byId = Object.fromEntries(timing.activities.map((a) => [a.id, a]));

    it('leaves the work before it its float', () => {
      expect([s.activities.map((a) => [a.id, a.start, a.finish]), s.makespan]).toEqual([[['x', 0, 1], ['y', 3, 4]], 4]);
      expect(byId.x).toMatchObject({ totalFloat: 2, freeFloat: 2, critical: false });
    });

    it('starts the chain at the plan start with the wait for the person', () => {
      expect(byId.y.drivenBy).toEqual({ kind: 'calendar', resource: 'pat', cause: 'off' });
      expect(timing.chains.map(sketch)).toEqual([['~pat off [0,3)', 'y']]);
    });
  });
});

describe('analyseTiming on a gap nothing explains', () => {
  // t3 may start a slot before t1 (SS-1) but r0 does them one after the other: the critical
  // activities loop back, and a chain reaches a gap neither a calendar nor a freeze explains.
  const model = buildModel({
    resources: [{ id: 'r0', skills: ['web'] }, { id: 'r1' }],
    tasks: [
      { id: 't0', duration: 1 },
      { id: 't1', duration: 4, skills: [], after: [{ from: 't0', type: 'FS', lag: 1 }] },
      { id: 't2', duration: 1 },
      { id: 't3', duration: 1, skills: ['web'], after: [{ from: 't1', type: 'SS', lag: -1 }] },
      { id: 't4', duration: 1 },
    ],
  });

  it('names the gap as unexplained instead of failing', () => {
    const s = scheduleModel(model, { schedules: 1, seed: 0 }).schedule as Schedule;
    expect(checkSchedule(model, s)).toEqual([]);
    const t = analyseTiming(model, s);
    const last = t.chains[0][t.chains[0].length - 1];
    expect(t.chains.length).toBeGreaterThan(0);
    expect(last.kind === 'activity' ? last.finish : last.to).toBe(s.makespan);
  });
});
