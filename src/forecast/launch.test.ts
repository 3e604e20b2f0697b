/** Facts about the launch example's forecast (examples/launch.yaml through the real pipeline). */
import { describe, expect, it } from 'vitest';
import { planExample } from '../render/md/test-utils/examples.js';

const result = planExample('launch');
const f = result.forecast!;

describe('the launch forecast', () => {
  it('runs by default, seeded by the plan', () => {
    expect(f).toBeDefined();
    expect(f).toMatchObject({ seed: 1, distribution: 'pert', targetConfidence: 0.9 });
    // The cap is 2,000; the percentiles are precise enough after the second batch.
    expect(f.iterations).toBe(1000);
    expect(f.precision).toMatchObject({ converged: true, cap: 2000 });
    expect(f.deterministic.offset).toBe(result.schedule.makespan);
  });

  it('has ascending percentiles at or after the deterministic finish', () => {
    const offsets = f.percentiles.map((p) => p.offset);
    expect(f.percentiles.map((p) => p.p)).toEqual([0.5, 0.8, 0.9, 0.95]);
    expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
    expect(offsets[0]).toBeGreaterThanOrEqual(f.deterministic.offset);
    expect(f.buffer.toP80).toBe(offsets[1] - f.deterministic.offset);
  });

  it('finds the zero-buffer plan unlikely to make the deadline, and cuts cannot fix it', () => {
    expect(f.onTimeProbability).toBeLessThan(0.1);
    const fit = f.scopeFit!;
    expect(fit.needed).toBe(true);
    expect(fit.reachesTarget).toBe(false);
    expect(fit.cuts.map((c) => c.id).sort()).toEqual(['away-status', 'cursors', 'mobile-web']);
    expect(fit.probabilityAfter).toBeGreaterThanOrEqual(fit.probabilityBefore);
    expect(fit.dateAtTarget!.offset).toBeGreaterThan(f.deterministic.offset);
    // The holiday freeze decides the finish in most runs, so no fixed goal's work is critical in half of them.
    expect(fit.fixedGoalsAtRisk).toEqual([]);
  });

  it('ranks every risk with a delay range, largest P80 impact first', () => {
    const impacts = f.riskDrivers.map((d) => d.p80Impact);
    expect([...impacts].sort((a, b) => b - a)).toEqual(impacts);
    expect(f.riskDrivers.map((d) => d.riskId)).toContain('ot-library');
    expect(f.riskDrivers.find((d) => d.riskId === 'ot-library')!.probability).toBe(0.3);
  });

  it('counts the work after the holiday freeze critical in every run, the work before it only when it reaches the freeze', () => {
    const criticality = (id: string) => f.tasks.find((t) => t.id === id)!.criticality;
    for (const id of ['feedback-fixes', 'final-deploy', 'retrospective']) expect(criticality(id)).toBe(1);
    // A run whose rollout ends days before the freeze waits for the freeze, not for the work before it.
    expect(criticality('rollout-100')).toBeLessThan(1);
    expect(criticality('arch-gate')).toBeGreaterThan(0);
    expect(criticality('arch-gate')).toBeLessThanOrEqual(criticality('rollout-10'));
  });
});
