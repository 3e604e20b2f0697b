import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analyse/index.js';
import { FORMAT_NAMES, findFormat, outputFormats } from './formats.js';
import { planFile } from './html/test-utils/plans.js';

describe('the output formats', () => {
  it('are listed once each, by name', () => {
    expect(outputFormats.map((f) => f.name)).toEqual([...FORMAT_NAMES]);
    for (const name of FORMAT_NAMES) expect(findFormat(name).name).toBe(name);
  });

  it('render the same text from the same analysis, whichever order they run in', () => {
    const analysis = analysePlan(planFile('examples/incident.yaml'));
    const forward = outputFormats.map((f) => f.render(analysis));
    const backward = [...outputFormats].reverse().map((f) => f.render(analysis)).reverse();
    expect(backward).toEqual(forward);
  });
});
