import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../diag/line-index.js';
import { checkSource } from './check.js';
import { runPlanSync } from './pipeline.js';

/** Two demands of 2 units on a pool of 3: valid to the loader, but no slot can hold both. */
const overfilledPool = `plan: Pool
start: 2024-10-15
team:
  - { id: testers, skills: [qa], capacity: 3 }
tasks:
  - { id: warm-up, duration: 1d, skills: [qa] }
  - id: load-test
    duration: 2d
    demands:
      - { resource: testers, units: 2 }
      - { resource: testers, units: 2 }
`;

const lineOf = (text: string, range: readonly [number, number] | undefined) => (range ? createLineIndex(text).position(range[0]).line : 0);

describe('checkSource', () => {
  it('finds what compiling finds, at the activity it names', () => {
    const checked = checkSource({ text: overfilledPool });
    expect(checked.model).toBeUndefined();
    expect(checked.diagnostics.map((d) => [d.code, lineOf(overfilledPool, d.range)])).toEqual([['E_UNSCHEDULABLE', 7]]);
  });

  it('gives the model of a spec that compiles', () => {
    const checked = checkSource({ text: overfilledPool.replace('capacity: 3', 'capacity: 4') });
    expect(checked.diagnostics).toEqual([]);
    expect(checked.model?.activities.map((a) => a.id)).toEqual(['warm-up', 'load-test']);
  });
});

describe('the pipeline', () => {
  it('points a diagnostic raised after loading at the activity it names, as check does', () => {
    const run = runPlanSync({ text: overfilledPool }, { iterations: 0 });
    expect(run.result).toBeUndefined();
    expect(run.diagnostics).toEqual(checkSource({ text: overfilledPool }).diagnostics);
  });
});
