import { describe, expect, it } from 'vitest';
import { firstFocuses, plannedCheckin } from './checkin.js';
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

describe('firstFocuses', () => {
  it('is the work a person starts with', () => {
    const focuses = firstFocuses(launchPlan());
    expect(focuses.get('fe2')).toEqual({ slot: 13, activities: ['cursors'] });
    expect(focuses.get('nobody')).toBeUndefined();
  });
  it('lists every task worked in the first slot, once, and reads paused work by its segments', () => {
    const activity = (id: string, assignees: string[], segments: [number, number][]) => ({ id, assignees, segments, start: segments[0]?.[0] ?? 0, finish: segments.at(-1)?.[1] ?? 0 });
    const schedule = {
      makespan: 9,
      activities: [
        activity('late', ['ann'], [[5, 9]]),
        activity('pair', ['ann', 'bob', 'ann'], [[2, 4]]),
        activity('paused', ['ann'], [[0, 1], [3, 6]]),
        activity('point', ['bob'], []),
        activity('first', ['bob'], [[1, 2]]),
      ],
    };
    const focuses = firstFocuses({ schedule } as unknown as Parameters<typeof firstFocuses>[0]);
    expect(focuses.get('ann')).toEqual({ slot: 0, activities: ['paused'] });
    expect(focuses.get('bob')).toEqual({ slot: 1, activities: ['first'] });
    expect([...focuses.keys()].sort()).toEqual(['ann', 'bob']);
  });
});
