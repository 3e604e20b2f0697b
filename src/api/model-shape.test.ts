import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PSPLIB_FIXTURES } from '../psplib/test-utils/data.js';
import { contendedPlanInput, planInput, toContendedModel, toModel } from '../schedule/testing/random-plans.js';
import { loadSpec, parsePsplib } from './index.js';
import { modelShapeProblem } from './model-shape.js';

const examples = new URL('../../examples/', import.meta.url);

describe('the shape of a model built in code', () => {
  it('holds for every model the loaders build and the random models the tests build', () => {
    const models = [
      ...readdirSync(examples).filter((f) => f.endsWith('.yaml') && !f.endsWith('.status.yaml')).map((f) => loadSpec(readFileSync(new URL(f, examples), 'utf8')).model!),
      ...['j301_1.sm', 'j1201_1.sm'].map((f) => parsePsplib(readFileSync(join(PSPLIB_FIXTURES, f), 'utf8')).model!),
      ...fc.sample(planInput, { numRuns: 100, seed: 7 }).map(toModel),
      ...fc.sample(contendedPlanInput, { numRuns: 50, seed: 7 }).map(toContendedModel),
    ];
    expect(models.length).toBeGreaterThan(150);
    for (const model of models) expect(modelShapeProblem(model, 'model'), model.name).toBeUndefined();
  });

  it('names the path of the first problem', () => {
    const model = loadSpec(readFileSync(new URL('launch.yaml', examples), 'utf8')).model!;
    const broken = { ...model, activities: model.activities.map((a, i) => (i === 2 ? { ...a, demands: [{ skills: [], units: -1 }] } : a)) };
    expect(modelShapeProblem(broken, 'model')).toMatch(/^model\.activities\[2\]\.demands\[0\]\.units/);
  });
});
