import { describe, expect, it } from 'vitest';
import { generateProject } from '../bench/generate.js';
import { defaultSchedules } from './options.js';
import { planModel } from './plan.js';

describe('defaultSchedules', () => {
  it('gives small plans 1,000 schedules and bigger ones 250,000 activity-schedules', () => {
    expect([56, 250, 251, 1_000, 5_000, 20_000, 100_000, 300_000].map(defaultSchedules)).toEqual([1_000, 1_000, 996, 250, 50, 12, 2, 1]);
  });
  it('is the budget a plan run uses when none is given, and a given one wins', () => {
    const model = generateProject({ tasks: 2_000, seed: 1 });
    expect(planModel(model, { iterations: 0, formats: [] }).result?.options.schedules).toBe(125);
    expect(planModel(model, { iterations: 0, formats: [], schedules: 3 }).result?.options.schedules).toBe(3);
  });
});
