import { analysePlan } from '../analyse/index.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSchedule, plan, renderJson } from './index.js';

const launch = readFileSync(new URL('../../examples/launch.yaml', import.meta.url), 'utf8');

describe('the library API', () => {
  it('plans spec text in one call, with a checker-clean schedule', () => {
    const { result, diagnostics } = plan(launch, { schedules: 50, seed: 2 });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result).toBeDefined();
    expect(checkSchedule(result!.model, result!.schedule)).toEqual([]);
    expect(result!.schedule.activities.find((a) => a.id === 'security-review')).toMatchObject({ start: expect.any(Number) });
  });

  it('is deterministic for the same text, budget and seed', () => {
    const a = plan(launch, { schedules: 50, seed: 2 }).result!;
    const b = plan(launch, { schedules: 50, seed: 2 }).result!;
    expect(renderJson(analysePlan(b))).toBe(renderJson(analysePlan(a)));
  });

  it('returns positioned diagnostics and no result for a bad spec', () => {
    const { result, diagnostics } = plan('plan: x\nstart: 2024-10-15\ntasks:\n  - { id: a, duration: 1d, after: [b] }\n');
    expect(result).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'E_UNKNOWN_REF', severity: 'error', range: [expect.any(Number), expect.any(Number)] }]);
  });
});
