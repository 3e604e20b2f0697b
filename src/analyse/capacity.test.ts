import { describe, expect, it } from 'vitest';
import { analyseBuffer } from '../plan/buffer.js';
import { analyseCapacity } from './capacity.js';
import { indexPlan } from '../plan/plan-index.js';
import type { PlanResult } from './result.js';
import { buildPlan, type PlanInput } from './test-utils/build-plan.js';

const capacity = (result: PlanResult) => analyseCapacity(result, indexPlan(result), analyseBuffer(result));

/** A Mon-Fri sprint of one week (deadline Fri 2024-10-18) with a half-time person and a day off. */
const sprint: PlanInput = {
  deadline: { date: '2024-10-18', hard: true, confidence: 0.8 },
  resources: [{ id: 'p' }, { id: 'q', availability: 0.5 }, { id: 'r', timeOff: [{ from: '2024-10-14', to: '2024-10-14' }] }],
  activities: [
    { id: 'core', assignee: 'p', at: [0, 5] },
    { id: 'nice', assignee: 'r', priority: 'should', at: [1, 5] },
    { id: 'extra', assignee: 'q', priority: 'could', effort: 2, at: [0, 4] },
    { id: 'late', assignee: 'p', at: [5, 7] },
    { id: 'later', priority: 'wont' },
  ],
};

describe('analyseCapacity', () => {
  it('measures the team’s capacity to the deadline against work by priority', () => {
    const c = capacity(buildPlan(sprint));
    // p 5 + q 2.5 + r 4 (one day off) = 11.5 person-days in the week.
    expect(c).toEqual({ horizon: 'deadline', horizonEnd: 5, capacity: 11.5, must: 7, should: 4, could: 2, committed: 13, lateMusts: ['late'] });
  });

  it('uses the plan’s length without a deadline', () => {
    const c = capacity(buildPlan({ ...sprint, deadline: undefined }));
    expect([c.horizon, c.horizonEnd, c.lateMusts]).toEqual(['plan', 7, []]);
  });

  it('leaves out slots a freeze closes to all work', () => {
    const freezes = [{ name: 'Freeze', from: '2024-10-15', to: '2024-10-15', blocks: 'all' as const, path: [] }];
    const c = capacity(buildPlan({ ...sprint, calendar: { unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: [], freezes } }));
    expect(c.capacity).toBe(11.5 - 2.5);
  });
});
