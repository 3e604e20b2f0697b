import { describe, expect, it } from 'vitest';
import { forecastJob } from './forecast.js';
import { jobSamplingPlan, runRange } from './runs.js';
import { BASE_VARIANT } from './setup.js';
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
const all = runRange(job, plan, { variant: BASE_VARIANT, detail: false, from: 0, to: 400 }, 0, 400).makespans;

describe('runRange with stopBelow', () => {
  it('stops at the first iteration after which the on-time share over all 400 can no longer reach the target', () => {
    // A delivery end at the median leaves about half the runs late: past 40 late runs, 90% is out of reach.
    const deliveryEnd = [...all].sort((a, b) => a - b)[200];
    const stopped = runRange(job, plan, { variant: BASE_VARIANT, detail: false, from: 0, to: 400, stopBelow: { deliveryEnd, target: 0.9 } }, 0, 400);
    let late = 0;
    let expected = 0;
    while (late <= 40) if (all[expected++] > deliveryEnd) late++;
    expect(stopped.stopped).toBe(true);
    expect(stopped.makespans.length).toBe(expected);
    expect([...stopped.makespans]).toEqual([...all.slice(0, expected)]);
  });

  it('runs every iteration when the target stays within reach', () => {
    const latest = Math.max(...all);
    const full = runRange(job, plan, { variant: BASE_VARIANT, detail: false, from: 0, to: 400, stopBelow: { deliveryEnd: latest, target: 0.9 } }, 0, 400);
    expect(full.stopped).toBeUndefined();
    expect([...full.makespans]).toEqual([...all]);
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
