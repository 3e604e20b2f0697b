import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis.js';
import { buildPlan, type PlanInput } from '../test-utils/build-plan.js';
import { launchPlan } from '../test-utils/launch-fixture.js';
import { bufferIncluded, circuitBreakers, criticalPathIdentified, nobodyOverAllocated, parallelWorkstreams } from './plan-rules.js';

const people = [{ id: 'p', name: 'Pat' }, { id: 'q', name: 'Quinn' }];
const analyse = (input: PlanInput) => analysePlan(buildPlan(input));
const deadline = (date: string) => ({ date, hard: true, confidence: 0.9 });

describe('criticalPathIdentified', () => {
  it('fails when nothing is critical', () => expect(criticalPathIdentified(analyse({ activities: [] })).pass).toBe(false));
  it('names the path and its length', () => {
    const r = criticalPathIdentified(analyse({ resources: people, activities: [{ id: 'a', title: 'Spike', assignee: 'p', at: [0, 2] }, { id: 'b', title: 'Build', assignee: 'p', at: [2, 5] }], criticalPath: ['a', 'b'] }));
    expect(r).toMatchObject({ pass: true, reason: '2 activities over 5 working days: Spike and Build.' });
  });
});

describe('parallelWorkstreams', () => {
  it('fails for a single stream', () => {
    const r = parallelWorkstreams(analyse({ resources: people, activities: [{ id: 'a', assignee: 'p', at: [0, 2] }, { id: 'b', assignee: 'q', at: [2, 4] }] }));
    expect(r.pass).toBe(false);
  });
  it('fails when someone has no work', () => {
    const r = parallelWorkstreams(analyse({ resources: [...people, { id: 'r', name: 'Riley' }], activities: [{ id: 'a', assignee: 'p', at: [0, 2] }, { id: 'b', assignee: 'q', at: [0, 2] }] }));
    expect(r).toMatchObject({ pass: false, reason: 'Up to 2 people work at once, but Riley has no work in the plan.' });
  });
  it('passes when people work side by side', () => {
    expect(parallelWorkstreams(analyse({ resources: people, activities: [{ id: 'a', assignee: 'p', at: [0, 2] }, { id: 'b', assignee: 'q', at: [1, 3] }] })).pass).toBe(true);
  });
});

describe('nobodyOverAllocated', () => {
  it('names the over-allocated person and week', () => {
    expect(nobodyOverAllocated(analysePlan(launchPlan()))).toMatchObject({ pass: false, reason: 'Over-allocated: Frontend Mid 1 in Week 4.' });
  });
  it('passes and names the busiest person', () => {
    const r = nobodyOverAllocated(analyse({ resources: people, activities: [{ id: 'a', assignee: 'p', at: [0, 4] }, { id: 'b', assignee: 'q', at: [0, 2] }] }));
    expect(r).toMatchObject({ pass: true, reason: 'Nobody above 100% in any slot; busiest: Pat at 100% overall.' });
  });
  it('passes a part-timer whose fixed-duration work fills the half of the week they have', () => {
    const commitments = [{ from: '2024-10-14', to: '2024-10-18', load: 0.5 }];
    const r = nobodyOverAllocated(analyse({ resources: [{ id: 'p', name: 'Pat', commitments }], activities: [{ id: 'a', assignee: 'p', at: [0, 5] }] }));
    expect(r).toMatchObject({ pass: true, reason: 'Nobody above 100% in any slot; busiest: Pat at 100% overall.' });
  });
});

describe('bufferIncluded', () => {
  const work = { resources: people, activities: [{ id: 'a', assignee: 'p', at: [0, 9] as [number, number] }] };
  it('fails without a deadline', () => expect(bufferIncluded(analyse(work)).pass).toBe(false));
  it('fails under 10%', () => expect(bufferIncluded(analyse({ ...work, deadline: deadline('2024-10-24') }))).toMatchObject({ pass: false, reason: 'Only 0 working days (0%) before the deadline 2024-10-24: aim for 10-20%.' }));
  it('passes at 10%', () => expect(bufferIncluded(analyse({ ...work, deadline: deadline('2024-10-25') }))).toMatchObject({ pass: true, reason: '1 working day (10%) before the deadline 2024-10-25.' }));
  it('fails when the plan is late', () => expect(bufferIncluded(analyse({ ...work, deadline: deadline('2024-10-23') })).reason).toBe('The forecast finish is 1 working day after the deadline 2024-10-23.'));
});

describe('circuitBreakers', () => {
  const work: PlanInput['activities'] = [
    { id: 'spike', assignee: 'p', at: [0, 2] },
    { id: 'build', assignee: 'p', at: [2, 10], after: ['go'] },
  ];
  it('fails without gates', () => expect(circuitBreakers(analyse({ resources: people, activities: work })).pass).toBe(false));
  it('passes with an early gate that has an on-fail action', () => {
    const r = circuitBreakers(analyse({ resources: people, activities: [...work, { id: 'go', title: 'Go?', type: 'gate', at: [2, 2], float: 2 }] }));
    expect(r).toMatchObject({ pass: true, reason: '1 gate with on-fail actions or triggers; 1 without a trigger tracking can evaluate.' });
  });
  it('fails when the only gate comes after most of the work', () => {
    const r = circuitBreakers(analyse({ resources: people, activities: [...work, { id: 'go', title: 'Go?', type: 'gate', at: [9, 9], float: 2 }] }));
    expect(r).toMatchObject({ pass: false, reason: 'Every gate comes too late to act on: Go?.' });
  });
});
