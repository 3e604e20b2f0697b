import { describe, expect, it } from 'vitest';
import { forecastJob } from './forecast.js';
import { jobSamplingPlan, runRange } from './runs.js';
import { BASE_VARIANT, forecastMemo } from './setup.js';
import { forecastModel, planOf } from './test-utils/plans.js';

const model = forecastModel({
  start: '2024-10-14',
  resources: [{ id: 'p1', skills: ['x'] }],
  tasks: [
    { id: 'a', duration: 5, skills: ['x'] },
    { id: 'b', duration: 4, skills: ['x'], after: ['a'] },
  ],
  estimates: { a: [3, 5, 9], b: [2, 4, 8] },
});
const result = planOf(model);
const job = forecastJob(result, { iterations: 400, seed: 3, distribution: 'pert', correlation: 0 });
const plan = jobSamplingPlan(job);

describe('runRange with a memo', () => {
  it('gives a variant with an extra person the same runs when its re-plan comes from the memo', () => {
    const variant = { ...BASE_VARIANT, extraPeople: [{ skill: 'x', count: 1 }] };
    const request = { variant, detail: false, from: 0, to: 400 };
    const fresh = runRange(job, plan, request, 0, 400);
    const memo = forecastMemo();
    const looks = [runRange(job, plan, request, 0, 150, memo), runRange(job, plan, request, 150, 400, memo)];
    expect(memo.replans.size).toBe(1);
    expect([...looks[0].makespans, ...looks[1].makespans]).toEqual([...fresh.makespans]);
    expect(fresh.unavailable).toBeUndefined();
    expect(fresh.makespans.length).toBe(400);
  });
});

describe('runRange with the plan own finishes (same)', () => {
  const risky = forecastModel({
    start: '2024-10-14',
    resources: [{ id: 'p1', skills: ['x'] }, { id: 'p2', skills: ['x'] }],
    tasks: [
      { id: 'a', duration: 5, skills: ['x'] },
      { id: 'b', duration: 4, skills: ['x'], after: ['a'] },
      { id: 'c', duration: 6, skills: ['x'] },
    ],
    estimates: { a: [3, 5, 9], b: [2, 4, 8], c: [4, 6, 12] },
    risks: [
      { probability: 0.3, affects: ['b'], delay: { optimistic: 1, likely: 2, pessimistic: 4 } },
      { probability: 0.5, affects: ['c'], delay: { optimistic: 2, likely: 3, pessimistic: 6 } },
    ],
  });
  const riskyJob = forecastJob(planOf(risky), { iterations: 300, seed: 5, distribution: 'pert', correlation: 0.2 });
  const riskyPlan = jobSamplingPlan(riskyJob);
  const own = runRange(riskyJob, riskyPlan, { variant: BASE_VARIANT, detail: false, from: 0, to: 300 }, 0, 300).makespans;

  it('gives each risk-off variant exactly the finishes it gives when every iteration is scheduled again', () => {
    for (const risk of riskyPlan.risks) {
      const variant = { ...BASE_VARIANT, withoutRisks: [risk.id] };
      const scheduled = runRange(riskyJob, riskyPlan, { variant, detail: false, from: 0, to: 300 }, 0, 300);
      const reused = runRange(riskyJob, riskyPlan, { variant, detail: false, from: 0, to: 300, same: own }, 0, 300);
      const split = [runRange(riskyJob, riskyPlan, { variant, detail: false, from: 0, to: 300, same: own }, 0, 120), runRange(riskyJob, riskyPlan, { variant, detail: false, from: 0, to: 300, same: own }, 120, 300)];
      expect([...reused.makespans]).toEqual([...scheduled.makespans]);
      expect([...split[0].makespans, ...split[1].makespans]).toEqual([...scheduled.makespans]);
      expect(reused.failed).toBe(scheduled.failed);
      // The risk moved some runs: the reuse is not the plan's own run copied whole.
      expect([...scheduled.makespans]).not.toEqual([...own]);
    }
  });
});
