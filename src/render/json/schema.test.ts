import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../../api/index.js';
import { planSchemaProblems } from './test-utils/plan-schema.js';
import { planJsonSchema } from './schema.js';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const launch = JSON.parse(runPlanSync({ text: read('examples/launch.yaml') }, { formats: ['json'], iterations: 200 }).outputs[0].text) as Record<string, unknown>;

describe('the JSON Schema of the plan document', () => {
  it('is the zod schema\'s, as committed in docs/execplan-plan.schema.json', () => {
    expect(JSON.parse(read('docs/execplan-plan.schema.json'))).toEqual(planJsonSchema());
  });

  it('accepts the launch example\'s plan, forecast included', () => {
    expect(launch.forecast).not.toBeNull();
    expect(planSchemaProblems(launch)).toEqual([]);
  });

  it('accepts a plan without a forecast or a deadline', () => {
    const doc = JSON.parse(runPlanSync({ text: 'plan: p\nstart: 2024-10-14\ntasks: [{ id: a, duration: 1d }]\n' }, { formats: ['json'], iterations: 0 }).outputs[0].text) as unknown;
    expect(planSchemaProblems(doc)).toEqual([]);
  });

  it('rejects a field it does not know, wherever it is', () => {
    const tasks = launch.tasks as Record<string, unknown>[];
    expect(planSchemaProblems({ ...launch, extra: 1 })).toEqual(['/: must NOT have additional properties (extra)']);
    expect(planSchemaProblems({ ...launch, tasks: [{ ...tasks[0], colour: 'red' }, ...tasks.slice(1)] })).toEqual(['/tasks/0: must NOT have additional properties (colour)']);
  });

  it('rejects a document without a field it lists', () => {
    const { finish: _finish, ...summary } = launch.summary as Record<string, unknown>;
    expect(planSchemaProblems({ ...launch, summary })).toEqual(["/summary: must have required property 'finish'"]);
  });

  it('rejects a date that is not one', () => {
    expect(planSchemaProblems({ ...launch, summary: { ...(launch.summary as object), finish: 'Dec 12' } })).toEqual(['/summary/finish: must match pattern "^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?$"']);
  });
});
