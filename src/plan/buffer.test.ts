import { describe, expect, it } from 'vitest';
import { analyseBuffer } from './buffer.js';
import { buildPlan, type PlanInput } from '../analyse/test-utils/build-plan.js';
import { launchInput, launchPlan } from '../analyse/test-utils/launch-fixture.js';

/** Mon 2024-10-14 start: one week is slots 0-4. */
function plan(over: Partial<PlanInput>, finish = 5): PlanInput {
  return { start: '2024-10-14', activities: [{ id: 'a', assignee: 'p', at: [0, finish] }], resources: [{ id: 'p' }], ...over };
}

describe('analyseBuffer', () => {
  it('measures the launch fixture against the last deployable day before a Sunday deadline', () => {
    const b = analyseBuffer(launchPlan());
    expect(b.finish).toBe('2024-12-11');
    expect(b.effectiveDelivery).toEqual({ date: '2024-12-13', slotsBeforeDeadline: 0, freezes: ['Holiday freeze'] });
    // Dec 12 and Dec 13 are left; 43 working slots to Dec 13, 5 of them frozen.
    expect(b.bufferSlots).toBe(2);
    expect(b.bufferPercent).toBeCloseTo((2 / 38) * 100, 6);
    expect(b.onTime).toBe(true);
  });

  it('delivers by deliver_by when the spec keeps days free before the deadline', () => {
    const deadline = { date: '2024-12-15', hard: true, confidence: 0.9, deliverBy: '2024-12-12' };
    const b = analyseBuffer(buildPlan({ ...launchInput, deadline }));
    // Thu Dec 12 ends delivery: Fri Dec 13 is held back, so one slot (Dec 12) of buffer is left.
    expect(b.effectiveDelivery).toEqual({ date: '2024-12-12', slotsBeforeDeadline: 1, freezes: ['Holiday freeze'], deliverBy: '2024-12-12' });
    expect(b.bufferSlots).toBe(1);
  });

  it('moves delivery before a freeze that covers the deadline', () => {
    const b = analyseBuffer(buildPlan({ ...launchInput, deadline: { date: '2024-12-06', hard: true, confidence: 0.9 }, activities: [{ id: 'a', at: [0, 30] }] }));
    expect(b.effectiveDelivery?.date).toBe('2024-11-29');
    expect(b.effectiveDelivery?.slotsBeforeDeadline).toBe(5);
    expect(b.bufferSlots).toBe(3);
  });

  it('counts frozen slots as buffer when the freeze blocks only deploys', () => {
    const freezes = [{ name: 'No deploys', from: '2024-10-21', to: '2024-10-25', blocks: ['deploy'], path: [] }];
    const b = analyseBuffer(buildPlan(plan({ deadline: { date: '2024-10-25', hard: false, confidence: 0.8 }, calendar: { unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: [], freezes } })));
    expect(b.effectiveDelivery?.date).toBe('2024-10-18');
    expect(b.bufferSlots).toBe(0);
  });

  it('has no effective delivery when a deploy freeze ends well before the deadline', () => {
    const freezes = [{ name: 'No deploys', from: '2024-10-15', to: '2024-10-15', blocks: ['deploy'], path: [] }];
    const b = analyseBuffer(buildPlan(plan({ deadline: { date: '2024-10-25', hard: false, confidence: 0.8 }, calendar: { unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: [], freezes } })));
    expect(b.effectiveDelivery).toBeUndefined();
    expect(b.deliveryEnd).toBe(10);
  });

  it('has no effective delivery without a freeze, and the deadline day is inclusive', () => {
    const b = analyseBuffer(buildPlan(plan({ deadline: { date: '2024-10-21', hard: true, confidence: 0.9 } })));
    expect(b.effectiveDelivery).toBeUndefined();
    expect(b.bufferSlots).toBe(1);
    expect(b.bufferPercent).toBeCloseTo((1 / 6) * 100, 6);
  });

  it('is negative by the working days the plan is late', () => {
    const b = analyseBuffer(buildPlan(plan({ deadline: { date: '2024-10-16', hard: true, confidence: 0.9 } })));
    expect(b.bufferSlots).toBe(-2);
    expect(b.onTime).toBe(false);
  });

  it('reports only the dates without a deadline', () => {
    const b = analyseBuffer(buildPlan(plan({})));
    expect(b).toEqual({ start: '2024-10-14', finish: '2024-10-18', makespan: 5 });
  });

  it('counts hours in an around-the-clock plan with a deadline time', () => {
    const b = analyseBuffer(
      buildPlan({
        start: '2024-10-14T08:00',
        calendar: { unit: 'hour', workweek: [0, 1, 2, 3, 4, 5, 6], hours: [0, 24], holidays: [], freezes: [] },
        deadline: { date: '2024-10-14T20:00', hard: true, confidence: 0.9 },
        resources: [{ id: 'p' }],
        activities: [{ id: 'a', assignee: 'p', at: [0, 10] }],
      }),
    );
    expect(b.finish).toBe('2024-10-14T18:00');
    expect(b.bufferSlots).toBe(2);
  });

  it('does not change the result it reads', () => {
    const result = launchPlan();
    const before = JSON.stringify(result);
    analyseBuffer(result);
    expect(JSON.stringify(result)).toBe(before);
  });
});
