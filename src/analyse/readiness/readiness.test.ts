import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis.js';
import { launchPlan } from '../test-utils/launch-fixture.js';
import { checkReadiness } from './readiness.js';

describe('checkReadiness', () => {
  it('evaluates the seed’s twelve checklist items in the seed’s order', () => {
    const results = checkReadiness(analysePlan(launchPlan()));
    expect(results.map((r) => [r.id, r.pass])).toEqual([
      ['goals-defined', true],
      ['constraints-documented', true],
      ['critical-path', true],
      ['parallel-workstreams', true],
      ['risks-mitigated', true],
      ['balanced-allocation', false],
      ['buffer', false],
      ['scope-flexibility', true],
      ['circuit-breakers', true],
      ['external-dependencies', true],
      ['check-in-cadence', true],
      ['rollback-plan', true],
    ]);
    expect(results.every((r) => r.reason.length > 0)).toBe(true);
  });
});
