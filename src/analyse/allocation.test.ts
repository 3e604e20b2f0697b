import { describe, expect, it } from 'vitest';
import { analyseAllocation, planWorkBySlot } from './allocation.js';
import { weekdayCalendar } from '../schedule/testing/build-model.js';
import { buildPlan } from './test-utils/build-plan.js';
import { launchPlan } from './test-utils/launch-fixture.js';

// The test plans start on Monday 2024-10-14: slots 0-4 are Mon-Fri of that week, 5-9 the next.
const halfTime = { from: '2024-10-14', to: '2024-10-18', load: 0.5, note: 'Support rota' };

describe('planWorkBySlot', () => {
  it('runs effort work at the person’s rate and stops at the effort', () => {
    const result = buildPlan({ resources: [{ id: 'p', commitments: [halfTime] }], activities: [{ id: 'a', assignee: 'p', effort: 1.5, at: [0, 3] }] });
    expect(planWorkBySlot('p', result)).toEqual([0.5, 0.5, 0.5]);
  });

  it('counts only the share of an effort task’s last slot that its effort needs', () => {
    // 1.2 days of effort at 50%: two half days, then 0.2 of the third.
    const result = buildPlan({ resources: [{ id: 'p', commitments: [halfTime] }], activities: [{ id: 'a', assignee: 'p', effort: 1.2, at: [0, 3] }] });
    const work = planWorkBySlot('p', result);
    expect(work.slice(0, 2)).toEqual([0.5, 0.5]);
    expect(work[2]).toBeCloseTo(0.2, 9);
  });

  it('gives fixed-duration work the person’s rate, as the scheduler books them for the whole slot', () => {
    const result = buildPlan({ resources: [{ id: 'p', commitments: [halfTime] }], activities: [{ id: 'a', assignee: 'p', at: [1, 3] }] });
    expect(planWorkBySlot('p', result)).toEqual([0, 0.5, 0.5]);
  });

  it('keeps a full-time crew member at their own rate while a part-timer sets the pace', () => {
    // 1 day of effort at the part-timer's 50% takes 2 days; p is booked for both at 100%.
    const result = buildPlan({ resources: [{ id: 'p' }, { id: 'q', commitments: [halfTime] }], activities: [{ id: 'a', assignee: ['p', 'q'], effort: 1, at: [0, 2] }] });
    expect(planWorkBySlot('p', result)).toEqual([1, 1]);
    expect(planWorkBySlot('q', result)).toEqual([0.5, 0.5]);
  });

  it('books nothing for gates and external items', () => {
    const result = buildPlan({
      resources: [{ id: 'p' }],
      activities: [
        { id: 'review', type: 'external', owner: 'Security team', at: [0, 3] },
        { id: 'go', type: 'gate', at: [3, 3] },
      ],
    });
    expect(planWorkBySlot('p', result)).toEqual([0, 0, 0]);
  });
});

describe('analyseAllocation', () => {
  const week = (a: ReturnType<typeof analyseAllocation>, i = 0) => a.resources[0].periods[i];

  it('reads a 50% person doing 2.5 days of effort in a 5-day week as 100%, part-time', () => {
    const result = buildPlan({ resources: [{ id: 'p', availability: 0.5 }], activities: [{ id: 'a', assignee: 'p', effort: 2.5, at: [0, 5] }] });
    const a = analyseAllocation(result);
    expect(week(a)).toMatchObject({ working: 5, available: 2.5, work: 2.5, utilisation: 1, overAllocated: false, peakPercent: 100 });
    expect(week(a).takenBy).toEqual([{ kind: 'part-time', availability: 0.5 }]);
    expect(a.overAllocated).toEqual([]);
  });

  it('reads a person half taken by a commitment, fully used by fixed-duration work, as 100% of their time', () => {
    const result = buildPlan({ resources: [{ id: 'p', commitments: [halfTime] }], activities: [{ id: 'a', assignee: 'p', at: [0, 5] }] });
    const a = analyseAllocation(result);
    expect(week(a)).toMatchObject({ working: 5, available: 2.5, work: 2.5, other: 2.5, utilisation: 1, overAllocated: false });
    expect(week(a).takenBy).toEqual([{ kind: 'commitment', load: 0.5, note: 'Support rota' }]);
  });

  it('flags a person booked twice in one slot, over 100%, in the over-allocation list', () => {
    const result = buildPlan({
      resources: [{ id: 'p' }, { id: 'q' }],
      activities: [
        { id: 'a', assignee: 'p', at: [0, 5] },
        { id: 'b', assignee: 'p', at: [2, 3] },
        { id: 'c', assignee: 'q', at: [0, 5] },
      ],
    });
    const a = analyseAllocation(result);
    // Six days of work in five days of time; Wednesday holds two.
    expect(week(a)).toMatchObject({ available: 5, work: 6, utilisation: 1.2, overAllocated: true, peakPercent: 200 });
    expect(a.resources[1].periods[0]).toMatchObject({ utilisation: 1, overAllocated: false });
    expect(a.overAllocated).toEqual(['p']);
  });

  it('leaves time off out of available time and flags work booked in it', () => {
    const result = buildPlan({
      resources: [{ id: 'p', timeOff: [{ from: '2024-10-17', to: '2024-10-18' }] }, { id: 'q', timeOff: [{ from: '2024-10-14', to: '2024-10-14' }] }],
      activities: [
        { id: 'a', assignee: 'p', at: [0, 2] },
        { id: 'b', assignee: 'q', at: [0, 2] },
      ],
    });
    const [p, q] = analyseAllocation(result).resources;
    expect(p.periods[0]).toMatchObject({ working: 2, available: 2, work: 2, utilisation: 1, overAllocated: false });
    // The week is cut at the makespan (slot 2), so Thursday and Friday are not in it.
    expect(q.periods[0]).toMatchObject({ working: 2, available: 1, work: 2, utilisation: 2, overAllocated: true });
    expect(q.periods[0].takenBy).toEqual([{ kind: 'time-off' }]);
  });

  it('has no available time, and flags work, in a freeze that stops all work', () => {
    const result = buildPlan({
      calendar: weekdayCalendar({ freezes: [{ name: 'Freeze', from: '2024-10-21', to: '2024-10-25', blocks: 'all', path: [] }] }),
      resources: [{ id: 'p' }],
      activities: [
        { id: 'a', assignee: 'p', at: [0, 5] },
        { id: 'b', assignee: 'p', at: [5, 6] },
      ],
    });
    const a = analyseAllocation(result);
    expect(week(a, 1)).toMatchObject({ working: 0, available: 0, work: 1, utilisation: undefined, overAllocated: true, frozen: true });
    expect(a.resources[0].utilisation).toBeCloseTo(6 / 5, 9);
  });

  it('measures a pool against all its units and flags more units than it has', () => {
    const result = buildPlan({
      resources: [{ id: 'pool', capacity: 2 }],
      activities: [
        { id: 'a', assignee: ['pool', 'pool'], at: [0, 4] },
        { id: 'b', assignee: 'pool', at: [4, 5] },
        { id: 'c', assignee: ['pool', 'pool'], at: [4, 5] },
      ],
    });
    const [pool] = analyseAllocation(result).resources;
    // 2 units for four days, then 3 units on Friday: 11 of 10 unit-days.
    expect(pool.periods[0]).toMatchObject({ working: 10, available: 10, work: 11, utilisation: 1.1, overAllocated: true, peakPercent: 150 });
  });

  it('measures a pool that is half used against all its units', () => {
    const result = buildPlan({ resources: [{ id: 'pool', capacity: 2 }], activities: [{ id: 'a', assignee: 'pool', at: [0, 5] }] });
    const [pool] = analyseAllocation(result).resources;
    expect([pool.utilisation, pool.available, pool.overAllocated]).toEqual([0.5, 10, false]);
  });

  it('counts an hour plan per day, and per calendar week for the JSON', () => {
    const result = buildPlan({ start: '2024-10-14T09:00', calendar: weekdayCalendar({ unit: 'hour' }), resources: [{ id: 'p' }], activities: [{ id: 'a', assignee: 'p', at: [0, 10] }] });
    const a = analyseAllocation(result);
    expect(a.resources[0].periods.map((d) => [d.available, d.work])).toEqual([
      [8, 8],
      [2, 2],
    ]);
    expect(a.weeks.map((w) => w.monday)).toEqual(['2024-10-14']);
    expect(a.resources[0].weeks.map((w) => [w.available, w.work, w.utilisation])).toEqual([[10, 10, 1]]);
  });

  it('gives team totals that match the schedule', () => {
    const a = analyseAllocation(launchPlan());
    const scheduled = launchPlan().schedule.activities.filter((s) => s.assignees.length > 0);
    // Fixed-duration tasks count a slot per day, except the editor's first day, Friday Oct 25,
    // which fe1 gives half (other work takes the rest); ux-research is 2 days of effort.
    const expected = scheduled.reduce((sum, s) => sum + (s.id === 'ux-research' ? 2 : s.finish - s.start), 0) - 0.5;
    expect(a.planned).toBeCloseTo(expected, 9);
    expect(a.resources.reduce((sum, r) => sum + r.periods.reduce((x, w) => x + w.work, 0), 0)).toBeCloseTo(expected, 9);
    expect(a.periods).toHaveLength(9);
    expect(a.weeks).toHaveLength(9);
    expect(a.slotsPerPeriod).toBe(5);
  });

  it('reads the launch fixture’s fe1 as full while half committed, and over-allocated where polish meets the editor', () => {
    const fe1 = analyseAllocation(launchPlan()).resources.find((r) => r.id === 'fe1')!;
    expect(fe1.periods[0]).toMatchObject({ working: 4, available: 2, work: 2, utilisation: 1, overAllocated: false });
    expect(fe1.periods[1]).toMatchObject({ working: 5, available: 2.5, work: 0.5, utilisation: 0.2, overAllocated: false });
    expect(fe1.periods[3]).toMatchObject({ working: 5, available: 5, work: 6, utilisation: 1.2, overAllocated: true, peakPercent: 200 });
    expect(fe1.weeks).toBe(fe1.periods);
  });
});
