import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../api/index.js';
import { generateProject } from '../bench/generate.js';
import type { PlanPeriod } from '../plan/index.js';
import type { ScheduledActivity } from '../schedule/index.js';
import { parallelismOf, peakParallelism, streamsOf } from './streams.js';
import { launchPlan } from './test-utils/launch-fixture.js';
import { planPeriods } from '../plan/index.js';

const weeks: PlanPeriod[] = [
  { number: 1, label: 'Week 1', first: '2024-10-14', from: 0, to: 5 },
  { number: 2, label: 'Week 2', first: '2024-10-21', from: 5, to: 10 },
  { number: 3, label: 'Week 3', first: '2024-10-28', from: 10, to: 15 },
];

const work = (id: string, assignees: string[], ...segments: [number, number][]): ScheduledActivity => ({
  id,
  start: segments[0][0],
  finish: segments[segments.length - 1][1],
  assignees,
  segments,
});

describe('streamsOf', () => {
  it('cuts work that runs across weeks into a piece per week, with its days inside each week', () => {
    const [stream] = streamsOf([work('build', ['ann'], [3, 12])], weeks);
    expect(stream.items.map((i) => [i.period, i.from, i.to, i.first, i.last])).toEqual([
      [1, 3, 5, 4, 5],
      [2, 5, 10, 1, 5],
      [3, 10, 12, 1, 2],
    ]);
  });

  it('leaves out the part of the work past the last period', () => {
    const [stream] = streamsOf([work('late', ['ann'], [13, 18])], weeks);
    expect(stream.items.map((i) => [i.from, i.to])).toEqual([[13, 15]]);
  });

  it('gives a person named twice on one activity one piece per week', () => {
    const [stream] = streamsOf([work('pair', ['ann', 'ann'], [0, 2])], weeks);
    expect(stream.items).toHaveLength(1);
  });
});

describe('parallelismOf', () => {
  it('counts a person once in a slot where two of their pieces of work meet', () => {
    const streams = streamsOf([work('a', ['ann'], [0, 4]), work('b', ['ann'], [2, 6]), work('c', ['bob'], [5, 7])], weeks);
    expect(parallelismOf(streams)).toEqual({ peak: 2, parallel: ['ann', 'bob'] });
  });

  it('has a peak of 0 and nobody in parallel without work', () => {
    expect(parallelismOf([])).toEqual({ peak: 0, parallel: [] });
  });
});

describe('peakParallelism', () => {
  const peakOfStreams = (activities: readonly ScheduledActivity[], periods: readonly PlanPeriod[]) => parallelismOf(streamsOf(activities, periods)).peak;

  it('is the peak of the streams on the launch plan', () => {
    const plan = launchPlan();
    const periods = planPeriods(plan);
    expect(peakParallelism(plan.schedule.activities, periods)).toBe(peakOfStreams(plan.schedule.activities, periods));
    expect(peakParallelism(plan.schedule.activities, periods)).toBeGreaterThan(1);
  });

  it('is the peak of the streams on a generated plan of a hundred tasks', () => {
    const run = runPlanSync({ model: generateProject({ tasks: 100, seed: 3 }) }, { iterations: 0, schedules: 2 });
    const plan = run.result!;
    const periods = planPeriods(plan);
    expect(peakParallelism(plan.schedule.activities, periods)).toBe(peakOfStreams(plan.schedule.activities, periods));
  });

  it('counts only work inside the periods', () => {
    expect(peakParallelism([work('a', ['ann'], [14, 20]), work('b', ['bob'], [15, 20])], weeks)).toBe(1);
  });
});
