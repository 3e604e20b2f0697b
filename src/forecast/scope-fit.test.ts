import { describe, expect, it } from 'vitest';
import type { Goal, Model } from '../model/index.js';
import { forecastJob, forecastPlan, forecastSteps } from './forecast.js';
import { jobSamplingPlan, runRange, type SimResult } from './runs.js';
import type { Variant } from './setup.js';
import { subsets } from './scope-fit.js';
import { verdict } from './decision.js';
import { forecastModel, planOf } from './test-utils/plans.js';

const options = { iterations: 200, seed: 3, distribution: 'pert', correlation: 0 } as const;

describe('scope fitting', () => {
  it('lists k-subsets in order', () => {
    expect(subsets(4, 2)).toEqual([[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]);
  });

  it('finds the one smallest cut that reaches the target, dependents included', () => {
    // One person does everything in sequence: 3 + 4 + 2 (+1 after it) + 1 = 11 days; the deadline
    // leaves 4. Only {b, c with e} frees 7 days with two cuts; no single cut is enough.
    const model = forecastModel({
      start: '2024-10-14',
      resources: [{ id: 'p1' }],
      tasks: [
        { id: 'a', duration: 3, assignee: 'p1' },
        { id: 'b', duration: 4, assignee: 'p1', priority: 'should' },
        { id: 'c', duration: 2, assignee: 'p1', priority: 'should' },
        { id: 'd', duration: 1, assignee: 'p1', priority: 'could' },
        { id: 'e', duration: 1, assignee: 'p1', priority: 'could', after: ['c'] },
      ],
      deadline: { date: '2024-10-17', hard: true, confidence: 0.9 },
    });
    const fit = forecastPlan(planOf(model), options).scopeFit!;
    expect(fit).toMatchObject({ needed: true, reachesTarget: true, probabilityBefore: 0, probabilityAfter: 1, fixedGoalsAtRisk: [] });
    expect(fit.cuts.map((c) => [c.id, c.dependents])).toEqual([
      ['b', []],
      ['c', ['e']],
    ]);
  });

  it('asks for a date and people when must-haves alone cannot make it, and never cuts a fixed goal', () => {
    const goals: Goal[] = [{ id: 'g', title: 'Launch', fixed: true, success: [], path: ['goals', 0] }];
    const model = forecastModel({
      start: '2024-10-14',
      resources: [{ id: 'p1', skills: ['x'] }],
      tasks: [
        { id: 'a', duration: 3, skills: ['x'] },
        { id: 'b', duration: 3, skills: ['x'] },
        { id: 'c', duration: 1, skills: ['x'], priority: 'could' },
      ],
      goals,
      goalOf: { a: 'g', b: 'g' },
      deadline: { date: '2024-10-16', hard: true, confidence: 0.8 },
    });
    const fit = forecastPlan(planOf(model), options).scopeFit!;
    expect(fit.reachesTarget).toBe(false);
    expect(fit.cuts.map((c) => c.id)).toEqual(['c']);
    expect(fit.dateAtTarget).toEqual({ offset: 6, date: '2024-10-21' });
    // A second x person runs a and b side by side: Mon-Wed Oct 14-16, on the deadline every time.
    // Every run with the second person is on time: 125 runs settle that 80% is reached.
    expect(fit.extraCapacity).toEqual([{ skill: 'x', people: 1, probability: 1, runs: 125, halfWidth: 0.0149 }]);
    expect(fit.bestCapacity).toBeUndefined();
    expect(fit.fixedGoalsAtRisk).toEqual(['g']);
  });

  it('says how close the largest addition of people gets when a chain, not staffing, sets the date', () => {
    const fit = forecastPlan(planOf(chainModel()), options).scopeFit!;
    expect(fit).toMatchObject({ reachesTarget: false, cuts: [], extraCapacity: [], probabilityAfter: 0 });
    // Late in every run: 125 runs settle that 80% is out of reach.
    expect(fit.bestCapacity).toEqual({ skill: 'x', people: 3, probability: 0, runs: 125, halfWidth: 0.0149 });
  });

  it('asks for the fewest people when one extra is not enough but two are', () => {
    // Three parallel five-day tasks and one x person: the week's deadline needs all three at once.
    const model = forecastModel({
      start: '2024-10-14',
      resources: [{ id: 'p1', skills: ['x'] }],
      tasks: [
        { id: 'a', duration: 5, skills: ['x'] },
        { id: 'b', duration: 5, skills: ['x'] },
        { id: 'c', duration: 5, skills: ['x'] },
      ],
      estimates: { a: [4, 5, 5], b: [4, 5, 5], c: [4, 5, 5] },
      deadline: { date: '2024-10-18', hard: true, confidence: 0.8 },
    });
    const fit = forecastPlan(planOf(model), options).scopeFit!;
    expect(fit).toMatchObject({ reachesTarget: false, extraCapacity: [{ skill: 'x', people: 2, probability: 1, runs: 125 }] });
    expect(fit.bestCapacity).toBeUndefined();
  });

  it('asks each skill once, with the most people, when no number of people saves the plan', () => {
    const result = planOf(chainModel());
    const job = forecastJob(result, options);
    const plan = jobSamplingPlan(job);
    const steps = forecastSteps(result, options, plan);
    const asked: Variant[] = [];
    let answer: readonly SimResult[] = [];
    for (let next = steps.next(answer); !next.done; next = steps.next(answer)) {
      asked.push(...next.value.map((r) => r.variant).filter((v) => v.extraPeople.length > 0));
      answer = next.value.map((r) => runRange(job, plan, r, r.from, r.to));
    }
    expect(asked.map((v) => v.extraPeople)).toEqual([[{ skill: 'x', count: 3 }], [{ skill: 'y', count: 3 }]]);
  });

  it('needs nothing when the plan already meets the target', () => {
    const model = forecastModel({ tasks: [{ id: 'a', duration: 2 }], deadline: { date: '2024-12-31', hard: false, confidence: 0.8 } });
    expect(forecastPlan(planOf(model), options).scopeFit).toMatchObject({ needed: false, reachesTarget: true, cuts: [], probabilityBefore: 1, probabilityAfter: 1 });
  });

  it('stops an ask early only when its answer is settled, else runs as many as the plan own run', () => {
    // Two people's worth of x work, one x person: an extra one makes the deadline more or less
    // often depending on how far out it is, so some asks are near the 80% target and some far.
    const seen = new Set<number>();
    for (const date of ['2024-10-21', '2024-10-23', '2024-10-24', '2024-10-25', '2024-10-28']) {
      const model = forecastModel({
        start: '2024-10-14',
        resources: [{ id: 'p1', skills: ['x'] }],
        tasks: [
          { id: 'a', duration: 5, skills: ['x'] },
          { id: 'b', duration: 5, skills: ['x'] },
        ],
        estimates: { a: [3, 5, 12], b: [3, 5, 12] },
        deadline: { date, hard: true, confidence: 0.8 },
      });
      const forecast = forecastPlan(planOf(model), { ...options, iterations: 1000 });
      const fit = forecast.scopeFit!;
      for (const ask of [...(fit.extraCapacity ?? []), ...(fit.bestCapacity ? [fit.bestCapacity] : [])]) {
        seen.add(ask.runs);
        const hits = Math.round(ask.probability * ask.runs);
        if (ask.runs < forecast.iterations) expect(verdict(hits, ask.runs, 0.8)).toBe(ask.probability >= 0.8);
        expect(ask.runs).toBeLessThanOrEqual(forecast.iterations);
      }
    }
    // Some asks settle at the first look, and some need more.
    expect(seen.has(125)).toBe(true);
    expect([...seen].some((runs) => runs > 125)).toBe(true);
  });
});

/** b waits for a (3 + 3 days from Mon Oct 14 ends Mon Oct 21): no number of people makes the Oct 16 deadline. */
function chainModel(): Model {
  return forecastModel({
    start: '2024-10-14',
    resources: [{ id: 'p1', skills: ['x'] }, { id: 'p2', skills: ['y'] }],
    tasks: [
      { id: 'a', duration: 3, skills: ['x'] },
      { id: 'b', duration: 3, skills: ['y'], after: ['a'] },
    ],
    deadline: { date: '2024-10-16', hard: true, confidence: 0.8 },
  });
}
