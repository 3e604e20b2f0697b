/**
 * Smoke tests of the bench on tiny sizes: real outcomes (checker-clean schedules, known PSPLIB
 * values), never timings. The full runs are `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runConstrainedCase } from './constrained-suite.js';
import { solvePsplibInstance } from './psplib-instance.js';
import { listPsplibJobs } from './psplib-suite.js';

import { PSPLIB_FIXTURES, SHARED_PSPLIB, hasSharedPsplib } from '../psplib/test-utils/data.js';

describe('PSPLIB bench pieces', () => {
  it('schedules j301_1 checker-clean, no shorter than its optimum 43, with LB0 38', () => {
    const file = PSPLIB_FIXTURES + 'j301_1.sm';
    const job = { set: 'j30', file, name: 'j301_1', key: '1_1', budgets: [1, 50], seed: 1 };
    const outcome = solvePsplibInstance(job, readFileSync(file, 'utf8'));
    expect(outcome.errors).toEqual([]);
    expect(outcome.lb0).toBe(38);
    expect(outcome.outcomes.map((o) => o.budget)).toEqual([1, 50]);
    for (const o of outcome.outcomes) {
      expect(o.violations).toBe(0);
      expect(o.makespan).toBeGreaterThanOrEqual(43);
    }
    // More schedules never make it worse.
    expect(outcome.outcomes[1].makespan).toBeLessThanOrEqual(outcome.outcomes[0].makespan ?? 0);
  });

  it.runIf(hasSharedPsplib)('lists all instances, or one per fourth parameter group in quick mode', () => {
    expect(listPsplibJobs(SHARED_PSPLIB, ['j30'], [1000], 1, false)).toHaveLength(480);
    const quick = listPsplibJobs(SHARED_PSPLIB, ['j30', 'j120'], [1000], 1, true);
    expect(quick.map((j) => j.name).slice(0, 3)).toEqual(['j1201_1', 'j1205_1', 'j1209_1']);
    expect(quick).toHaveLength(27);
  });

  it.runIf(hasSharedPsplib)('samples every Nth instance of each set in parameter and instance order', () => {
    const sample = listPsplibJobs(SHARED_PSPLIB, ['j30'], [1000], 1, false, 7);
    expect(sample).toHaveLength(69);
    expect(sample.map((j) => j.name).slice(0, 3)).toEqual(['j301_1', 'j301_8', 'j302_5']);
  });
});

describe('constrained bench on a small generated project', () => {
  it('schedules 150 tasks checker-clean', () => {
    const result = runConstrainedCase(150, 1, 1, 1);
    expect(result.errors).toEqual([]);
    expect(result.violations).toBe(0);
    expect(result.people).toBe(8);
    expect(result.makespan).toBeGreaterThan(0);
  });
});
