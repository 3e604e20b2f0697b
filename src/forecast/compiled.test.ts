/** The forecast sets up the plan's own runs from the problem the search compiled, and only for that model. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schedulePlan } from '../api/index.js';
import { compileModel } from '../schedule/index.js';
import { loadSpec } from '../spec/index.js';
import { forecastPlan } from './forecast.js';

const loaded = loadSpec(readFileSync(new URL('../../examples/launch.yaml', import.meta.url), 'utf8'));
const plan = schedulePlan(loaded.model!, {}, loaded.diagnostics).plan!;
const options = { iterations: 250, seed: 3 };

describe('the compiled plan the forecast reuses', () => {
  it('is the problem of the very model the search scheduled', () => {
    expect(plan.compiled?.model).toBe(plan.model);
    expect(plan.compiled?.problem.ids).toEqual(compileModel(plan.model).problem!.ids);
  });

  it('gives the forecast a plan compiled again would give', () => {
    expect(forecastPlan(plan, options)).toEqual(forecastPlan({ ...plan, compiled: undefined }, options));
  });

  it('is read: a problem of longer work under the same model changes the runs', () => {
    const longer = { ...plan.model, activities: plan.model.activities.map((a) => (a.work.mode === 'duration' ? { ...a, work: { ...a.work, slots: a.work.slots * 2 } } : a)) };
    const swapped = { ...plan, compiled: { model: plan.model, problem: compileModel(longer).problem! } };
    expect(forecastPlan(swapped, options).percentiles).not.toEqual(forecastPlan(plan, options).percentiles);
  });

  it('is ignored for any other model object, even an equal one', () => {
    const other = { ...plan, compiled: { model: { ...plan.model }, problem: compileModel({ ...plan.model, activities: [] }).problem! } };
    expect(forecastPlan(other, options)).toEqual(forecastPlan(plan, options));
  });
});
