import { describe, expect, it } from 'vitest';
import { firstFocus, plannedCheckin } from './checkin.js';
import { planPeriods, indexPlan } from '../plan/index.js';
import { launchPlan } from './test-utils/launch-fixture.js';

describe('plannedCheckin', () => {
  const result = launchPlan();
  const periods = planPeriods(result);

  it('pre-fills week 1 with the work planned to finish and to be under way', () => {
    const c = plannedCheckin(result, indexPlan(result), periods, 1);
    expect(c.completed.map((i) => [i.activity, i.people, i.percent])).toEqual([
      ['ot-spike', ['be1'], 100],
      ['ws-poc', ['be2'], 100],
      ['ux-research', ['fe1'], 100],
    ]);
    expect(c.inProgress).toEqual([]);
    expect(c.next).toEqual(['arch', 'ws-server', 'presence', 'editor']);
    expect(c.risks).toEqual(['ot-lib']);
    expect(c.decisions).toEqual(['arch-gate']);
  });

  it('gives the planned share done of work that runs on', () => {
    const c = plannedCheckin(result, indexPlan(result), periods, 3);
    expect(c.inProgress.find((i) => i.activity === 'presence')).toMatchObject({ percent: 60 });
  });

  it('names the work waiting on an external item and the external itself', () => {
    const c = plannedCheckin(result, indexPlan(result), periods, 6);
    expect(c.externals).toEqual(['security-review']);
    const last = plannedCheckin(result, indexPlan(result), periods, 7);
    expect(last.waiting).toEqual([{ activity: 'rollout-10', on: 'security-review', drivenBy: { kind: 'link', from: 'security-review', type: 'FS', lag: 0 } }]);
  });
});

describe('firstFocus', () => {
  it('is the work a person starts with', () => {
    expect(firstFocus(launchPlan(), 'fe2')).toEqual({ slot: 13, activities: ['cursors'] });
    expect(firstFocus(launchPlan(), 'nobody')).toBeUndefined();
  });
});
