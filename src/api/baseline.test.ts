import { describe, expect, it } from 'vitest';
import { analysePlan, runPlanSync } from './index.js';
import { ExecplanError } from './errors.js';

const SPEC = 'plan: Small\nstart: 2024-10-14\ntasks:\n  - { id: a, duration: 2d }\n';

describe('the baseline option', () => {
  it('gives the analysis a slip, and its diagnostics name the baseline file', () => {
    const baseline = runPlanSync({ text: SPEC }, { formats: ['json'], iterations: 0 }).outputs[0].text;
    expect(runPlanSync({ text: SPEC }, { formats: [], iterations: 0, baseline: { text: baseline } }).analysis!.slip!.drift.slots).toBe(0);
    const bad = runPlanSync({ text: SPEC }, { formats: ['md'], iterations: 0, baseline: { text: '{"format": "x"}', name: 'old.json' } });
    expect(bad.diagnostics.map((d) => [d.code, d.file])).toEqual([['E_BASELINE_FORMAT', 'old.json']]);
    expect([bad.result, bad.outputs]).toEqual([undefined, []]);
  });

  it('refuses anything but { text, name? } as an option', () => {
    for (const baseline of ['x', { text: 3 }, { text: '{}', extra: 1 }, null]) {
      expect(runPlanSync({ text: SPEC }, { baseline } as never).diagnostics.map((d) => d.code)).toEqual(['E_BAD_OPTION']);
    }
  });

  it('analysePlan refuses a result whose baseline is not one, with a code', () => {
    const result = runPlanSync({ text: SPEC }, { formats: [], iterations: 0 }).result!;
    for (const baseline of [null, 'x', { name: 'x', start: 'soon', finish: '2024-10-15', makespan: 2, criticalPath: [], unscheduled: [], activities: [] }]) {
      expect(() => analysePlan({ ...result, baseline } as never)).toThrow(ExecplanError);
    }
  });
});
