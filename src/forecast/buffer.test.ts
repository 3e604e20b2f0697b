import { describe, expect, it } from 'vitest';
import { criticalChainBuffer, forecastBuffer, MIN_BUFFER_SHARE, type BufferInputs } from './buffer.js';
import { forecastPlan } from './forecast.js';
import { forecastModel, planOf } from './test-utils/plans.js';

describe('forecastBuffer', () => {
  const model = forecastModel({ start: '2024-10-14', resources: [{ id: 'p1', skills: ['x'] }], tasks: [{ id: 'a', duration: 20, skills: ['x'] }] });
  const inputs: BufferInputs = { model, criticalChains: [['a']], deterministic: 20, p50: 21, p80: 23, p95: 25, atTarget: 23, target: 0.8, deliveryEnd: 21, bufferSlots: 1, slotWord: 'working day' };

  it('holds a tenth of the plan in reserve, as the plan analysis asks', () => {
    expect(MIN_BUFFER_SHARE).toBe(0.1);
  });

  it('warns when the buffer before the deadline is below a tenth of the plan', () => {
    expect(forecastBuffer(inputs).warnings).toEqual(["The buffer before the delivery date is 5% of the plan's length, below the 10% a plan should hold."]);
    expect(forecastBuffer({ ...inputs, bufferSlots: 2 }).warnings).toEqual([]);
  });
});

describe('the critical-chain project buffer', () => {
  it('is the root of the sum of squares of the spreads on the chain that needs the most', () => {
    const model = forecastModel({ tasks: [{ id: 'a', duration: 5 }, { id: 'b', duration: 5 }, { id: 'c', duration: 10 }], estimates: { a: [4, 5, 8], b: [4, 5, 9], c: [8, 10, 16] } });
    // Chain a-b: sqrt(3² + 4²) = 5; chain c: 6.
    expect(criticalChainBuffer(model, [['a', 'b'], ['c']])).toBe(6);
    expect(criticalChainBuffer(model, [['a', 'b']])).toBe(5);
  });

  it('counts a vendor step on a parallel critical chain, not only the first chain found', () => {
    // The cutover (certain, 10 days) and the vendor's review (5 to 20 days, likely 10) both end the plan.
    const model = forecastModel({
      resources: [{ id: 'ops' }],
      tasks: [
        { id: 'cutover', duration: 10, assignee: 'ops' },
        { id: 'vendor', type: 'external', duration: 10 },
      ],
      estimates: { vendor: [5, 10, 20] },
    });
    const f = forecastPlan(planOf(model), { iterations: 50, seed: 1, distribution: 'pert', correlation: 0 });
    expect(f.buffer.criticalChain).toBe(10);
  });
});
