import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedulePlan } from '../api/index.js';
import type { Model } from '../model/index.js';
import { planInput, toModel } from '../schedule/testing/random-plans.js';
import { forecastJob } from './forecast.js';
import { jobSamplingPlan, runRange, type SimRequest } from './runs.js';
import { BASE_VARIANT, forecastMemo, type Variant } from './setup.js';
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

describe('runRange with a memo that keeps set-up problems', () => {
  /** A random plan with a three-point estimate on every task and a risk on the first one. */
  const withEstimates = (model: Model): Model => {
    const tasks = model.activities.filter((a) => a.type === 'task' && a.priority !== 'wont');
    return {
      ...model,
      activities: model.activities.map((a) => {
        const amount = a.work.mode === 'effort' ? a.work.amount : a.work.slots;
        return a.type === 'task' && amount >= 1 ? { ...a, estimate: { optimistic: Math.max(1, amount - 1), likely: amount, pessimistic: amount * 2 + 1 } } : a;
      }),
      risks: tasks.length > 0 ? [{ id: 'r1', title: 'Risk', impact: 'high', likelihood: 'medium', status: 'open', probability: 0.4, affects: [tasks[0].id], delay: { optimistic: 1, likely: 2, pessimistic: 5 }, path: ['risks', 0] }] : [],
    };
  };

  it('gives every request of a forecast the runs a fresh set-up gives, whether problems are kept or evicted', () => {
    let compared = 0;
    fc.assert(
      fc.property(planInput, (input) => {
        const model = withEstimates(toModel(input));
        const planned = schedulePlan(model, { schedules: input.schedules, seed: input.seed }).plan;
        if (!planned) return;
        const job = forecastJob(planned, { iterations: 60, seed: input.seed, distribution: 'pert', correlation: 0.3 });
        const plan = jobSamplingPlan(job);
        const flexible = model.activities.find((a) => a.priority === 'should' || a.priority === 'could');
        const skill = model.activities.flatMap((a) => a.demands.flatMap((d) => d.skills))[0];
        const variants: Variant[] = [
          BASE_VARIANT,
          { ...BASE_VARIANT, withoutRisks: plan.risks.map((r) => r.id) },
          ...(flexible ? [{ ...BASE_VARIANT, cut: [flexible.id] }] : []),
          ...(skill ? [{ ...BASE_VARIANT, extraPeople: [{ skill, count: 1 }] }] : []),
          BASE_VARIANT,
        ];
        const requests = variants.flatMap((variant, v): SimRequest[] => [
          { variant, detail: v === 0, from: 0, to: 30 },
          { variant, detail: v === 0, from: 30, to: 60 },
        ]);
        const fresh = requests.map((r) => runRange(job, plan, r, r.from, r.to));
        for (const memo of [forecastMemo(), forecastMemo(undefined, 1)]) {
          const kept = requests.map((r) => runRange(job, plan, r, r.from, r.to, memo));
          kept.forEach((k, q) => {
            expect(k.unavailable).toBe(fresh[q].unavailable);
            expect([...k.makespans]).toEqual([...fresh[q].makespans]);
            expect(k.failed).toBe(fresh[q].failed);
            expect(k.critical && [...k.critical]).toEqual(fresh[q].critical && [...fresh[q].critical]);
            expect(k.samples && [...k.samples]).toEqual(fresh[q].samples && [...fresh[q].samples]);
          });
          // The plan's own problem serves the risk switched off; a memo of one activity's worth keeps two problems.
          expect(memo.problems.size).toBe(memo.keptActivities === 1 ? Math.min(2, new Set(variants.map((v) => JSON.stringify([v.cut, v.extraPeople]))).size) : new Set(variants.map((v) => JSON.stringify([v.cut, v.extraPeople]))).size);
        }
        compared++;
      }),
      { numRuns: Number(process.env.PLAN_RUNS ?? 100), seed: Number(process.env.PLAN_SEED ?? 20241014) },
    );
    expect(compared).toBeGreaterThan(20);
  }, 120_000);
});
