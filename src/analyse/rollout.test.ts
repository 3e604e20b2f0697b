import { describe, expect, it } from 'vitest';
import { indexPlan } from '../plan/index.js';
import type { PlanResult } from './result.js';
import { analyseRollout } from './rollout.js';
import { buildPlan } from './test-utils/build-plan.js';
import { launchInput, launchPlan } from './test-utils/launch-fixture.js';

const rollout = (result: PlanResult) => analyseRollout(result, indexPlan(result));

describe('analyseRollout', () => {
  it('dates each stage from the work that enables it', () => {
    const r = rollout(launchPlan());
    expect(r.stages.map((s) => [s.stage.percent, s.start, s.finish, s.frozenBy])).toEqual([
      [10, '2024-11-29', '2024-11-29', undefined],
      [100, '2024-12-09', '2024-12-09', undefined],
    ]);
    expect(r.rollback).toHaveLength(2);
  });

  it('finds nothing scheduled in the launch fixture’s freeze', () => {
    const r = rollout(launchPlan());
    expect(r.freezes).toEqual([{ name: 'Holiday freeze', from: '2024-12-02', to: '2024-12-06', blocks: 'all', slots: [33, 38], during: [], violations: [], externals: [] }]);
    expect(r.respectsFreezes).toBe(true);
  });

  it('reports a stage and other work that break a freeze', () => {
    const activities = launchInput.activities.map((a) => (a.id === 'rollout-100' ? { ...a, at: [34, 35] as [number, number] } : a));
    const r = rollout(buildPlan({ ...launchInput, activities }));
    expect(r.stages[1].frozenBy).toBe('Holiday freeze');
    expect(r.freezes[0].violations).toEqual(['rollout-100']);
    expect(r.respectsFreezes).toBe(false);
  });

  it('lists external items in a freeze apart from team work that breaks it', () => {
    const activities = launchInput.activities.map((a) => (a.id === 'security-review' ? { ...a, at: [30, 35] as [number, number] } : a));
    const r = rollout(buildPlan({ ...launchInput, activities }));
    expect(r.freezes[0]).toMatchObject({ during: ['security-review'], violations: [], externals: ['security-review'] });
    expect(r.respectsFreezes).toBe(true);
  });

  it('lets work a deploy freeze does not block run through it', () => {
    const freezes = [{ name: 'No deploys', from: '2024-10-15', to: '2024-10-16', blocks: ['deploy'], path: [] }];
    const r = rollout(
      buildPlan({
        calendar: { unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: [], freezes },
        resources: [{ id: 'p' }],
        activities: [{ id: 'code', assignee: 'p', at: [0, 4] }],
      }),
    );
    expect(r.freezes[0]).toMatchObject({ slots: [1, 3], during: ['code'], violations: [], externals: [] });
  });
});
