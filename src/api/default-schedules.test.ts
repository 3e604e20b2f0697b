import { describe, expect, it } from 'vitest';
import { generateProject } from '../bench/generate.js';
import { defaultSchedules } from './options.js';
import { planModel } from './plan.js';

describe('defaultSchedules', () => {
  it('gives small plans 1,000 schedules, then 250,000 activity-schedules, then fewer above 1,000 activities', () => {
    expect([56, 250, 251, 1_000, 1_001, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 300_000].map(defaultSchedules)).toEqual([1_000, 1_000, 996, 250, 249, 88, 22, 7, 5, 5, 2, 1]);
  });
  it('is the budget a plan run uses when none is given, and a given one wins', () => {
    const model = generateProject({ tasks: 2_000, seed: 1 });
    expect(planModel(model, { iterations: 0, formats: [] }).result?.options.schedules).toBe(88);
    expect(planModel(model, { iterations: 0, formats: [], schedules: 3 }).result?.options.schedules).toBe(3);
  });
  it('is the budget every format states, from the one run', () => {
    const outcome = planModel(generateProject({ tasks: 2_000, seed: 1 }), { iterations: 0, formats: ['md', 'json', 'html'] });
    const text = (format: string) => outcome.outputs?.find((o) => o.format === format)?.text ?? '';
    expect(text('md')).toContain('search budget 88 schedules, seed 1');
    expect(text('html')).toContain('search budget 88 schedules, seed 1');
    expect(JSON.parse(text('json')).plan.schedules).toBe(88);
  });
});
