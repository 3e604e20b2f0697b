import { describe, expect, it } from 'vitest';
import { analyseAllocation, planWorkBySlot } from './allocation.js';
import { buildPlan } from './test-utils/build-plan.js';
import { launchPlan } from './test-utils/launch-fixture.js';

const halfTime = { from: '2024-10-14', to: '2024-10-18', load: 0.5 };

describe('planWorkBySlot', () => {
  it('runs effort work at the person’s rate and stops at the effort', () => {
    const result = buildPlan({ resources: [{ id: 'p', commitments: [halfTime] }], activities: [{ id: 'a', assignee: 'p', effort: 1.5, at: [0, 3] }] });
    expect(planWorkBySlot('p', result)).toEqual([0.5, 0.5, 0.5]);
  });

  it('books fixed-duration work in full whatever the rate', () => {
    const result = buildPlan({ resources: [{ id: 'p', commitments: [halfTime] }], activities: [{ id: 'a', assignee: 'p', at: [1, 3] }] });
    expect(planWorkBySlot('p', result)).toEqual([0, 1, 1]);
  });
});

describe('analyseAllocation', () => {
  it('adds other commitments to plan work over working time, per week', () => {
    const result = buildPlan({
      resources: [{ id: 'p', commitments: [halfTime] }],
      activities: [
        { id: 'a', assignee: 'p', effort: 2.5, at: [0, 5] },
        { id: 'b', assignee: 'p', at: [5, 8] },
      ],
    });
    const [p] = analyseAllocation(result).resources;
    expect(p.periods.map((w) => [w.working, w.plan, w.other, w.percent])).toEqual([
      [5, 2.5, 2.5, 100],
      [3, 3, 0, 100],
    ]);
    expect(p.overAllocated).toBe(false);
    expect(p.percent).toBe(100);
  });

  it('flags a person whose fixed-duration work runs into their other commitments', () => {
    const result = buildPlan({ resources: [{ id: 'p', commitments: [halfTime] }], activities: [{ id: 'a', assignee: 'p', at: [0, 5] }] });
    const a = analyseAllocation(result);
    expect(a.resources[0].periods[0].percent).toBe(150);
    expect(a.overAllocated).toEqual(['p']);
  });

  it('leaves time off out of working time and flags work booked in it', () => {
    const result = buildPlan({
      resources: [{ id: 'p', timeOff: [{ from: '2024-10-17', to: '2024-10-18' }] }, { id: 'q', timeOff: [{ from: '2024-10-14', to: '2024-10-14' }] }],
      activities: [
        { id: 'a', assignee: 'p', at: [0, 2] },
        { id: 'b', assignee: 'q', at: [0, 2] },
      ],
    });
    const [p, q] = analyseAllocation(result).resources;
    expect([p.working, p.plan, p.overAllocated]).toEqual([0 + 2, 2, false]);
    expect([q.working, q.plan, q.overAllocated]).toEqual([1, 2, true]);
  });

  it('gives team totals that match the schedule', () => {
    const a = analyseAllocation(launchPlan());
    const scheduled = launchPlan().schedule.activities.filter((s) => s.assignees.length > 0);
    // Every assigned task is fixed-duration except ux-research (2 slots of effort).
    const expected = scheduled.reduce((sum, s) => sum + (s.id === 'ux-research' ? 2 : s.finish - s.start), 0);
    expect(a.planned).toBeCloseTo(expected, 9);
    expect(a.resources.reduce((sum, r) => sum + r.periods.reduce((x, w) => x + w.plan, 0), 0)).toBeCloseTo(expected, 9);
    expect(a.periods).toHaveLength(9);
    expect(a.slotsPerPeriod).toBe(5);
  });

  it('spots the launch fixture’s Friday clash of other work and the editor', () => {
    const fe1 = analyseAllocation(launchPlan()).resources.find((r) => r.id === 'fe1')!;
    expect(fe1.periods[0]).toMatchObject({ working: 4, plan: 2, other: 2, percent: 100, overAllocated: false });
    expect(fe1.periods[1]).toMatchObject({ working: 5, plan: 1, other: 2.5, percent: 70, overAllocated: true });
  });

  it('measures a pool against all its units', () => {
    const result = buildPlan({ resources: [{ id: 'pool', capacity: 2 }], activities: [{ id: 'a', assignee: 'pool', at: [0, 5] }] });
    const [pool] = analyseAllocation(result).resources;
    expect(pool.percent).toBe(50);
    expect(pool.available).toBe(10);
  });
});
