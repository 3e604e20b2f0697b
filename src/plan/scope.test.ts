import { describe, expect, it } from 'vitest';
import { indexPlan } from './plan-index.js';
import type { PlanResult } from '../analyse/index.js';
import { analyseScope } from './scope.js';
import { buildPlan } from '../analyse/test-utils/build-plan.js';
import { launchPlan } from '../analyse/test-utils/launch-fixture.js';

const scope = (result: PlanResult) => analyseScope(result, indexPlan(result));

describe('analyseScope', () => {
  it('lists work by priority and goals by whether they can move', () => {
    const s = scope(launchPlan());
    expect(s.byPriority.should).toEqual(['ux-research', 'cursors', 'mobile-web', 'watch']);
    expect(s.byPriority.could).toEqual(['polish']);
    expect(s.byPriority.must).toContain('security-review');
    expect(s.fixedGoals).toEqual(['launch']);
    expect(s.negotiableGoals).toEqual(['mobile']);
  });

  it('cuts could-haves first, then the latest-finishing should-haves', () => {
    const s = scope(launchPlan());
    expect(s.cutOrder.map((c) => c.id)).toEqual(['polish', 'watch', 'mobile-web', 'cursors', 'ux-research']);
    expect(s.cutOrder.find((c) => c.id === 'cursors')).toMatchObject({ dependents: ['mobile-web'], work: 9 });
  });

  it('breaks a finish tie by the least float, then the most work', () => {
    const result = buildPlan({
      resources: [{ id: 'p' }, { id: 'q' }, { id: 'r' }],
      activities: [
        { id: 'roomy', assignee: 'p', priority: 'should', at: [0, 4], float: 5 },
        { id: 'tight', assignee: 'q', priority: 'should', at: [2, 4], float: 1 },
        { id: 'big', assignee: 'r', priority: 'should', at: [0, 4], float: 1 },
      ],
    });
    expect(scope(result).cutOrder.map((c) => c.id)).toEqual(['big', 'tight', 'roomy']);
  });

  it('keeps should-haves that a must-have needs or that serve a fixed goal', () => {
    const result = buildPlan({
      goals: [{ id: 'core', title: 'Core', fixed: true, success: [], path: [] }],
      resources: [{ id: 'p' }],
      activities: [
        { id: 'enabler', assignee: 'p', priority: 'should', at: [0, 1] },
        { id: 'core-task', assignee: 'p', at: [1, 2], after: ['enabler'] },
        { id: 'core-extra', assignee: 'p', priority: 'should', goal: 'core', at: [2, 3] },
        { id: 'later', priority: 'wont' },
      ],
    });
    const s = scope(result);
    expect(s.cutOrder).toEqual([]);
    expect(s.kept).toEqual([
      { id: 'enabler', reason: { code: 'must-depends', musts: ['core-task'] } },
      { id: 'core-extra', reason: { code: 'fixed-goal', goal: 'core' } },
    ]);
    expect(s.byPriority.wont).toEqual(['later']);
    expect(s.unscheduled).toEqual([]);
  });
});
