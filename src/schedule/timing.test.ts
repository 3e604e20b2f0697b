import { describe, expect, it } from 'vitest';
import { scheduleModel } from './schedule.js';
import { buildModel } from './testing/build-model.js';
import { analyseTiming } from './timing.js';
import type { Schedule } from './types.js';

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
    expect(t.criticalPaths).toEqual([['t1', 't2']]);
    expect(t.activities.filter((a) => a.critical).map((a) => a.id)).toEqual(['t1', 't2']);
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
    const last = t.criticalPaths[0][t.criticalPaths[0].length - 1];
    expect(s.activities.find((a) => a.id === last)?.finish).toBe(s.makespan);
    expect(t.activities.every((a) => a.totalFloat >= 0 && a.freeFloat >= 0 && a.freeFloat <= a.totalFloat)).toBe(true);
  });
});
