import { describe, expect, it } from 'vitest';
import { forecastBuffer, MIN_BUFFER_SHARE, type BufferInputs } from './buffer.js';
import { forecastModel } from './test-utils/plans.js';

describe('forecastBuffer', () => {
  const model = forecastModel({ start: '2024-10-14', resources: [{ id: 'p1', skills: ['x'] }], tasks: [{ id: 'a', duration: 20, skills: ['x'] }] });
  const inputs: BufferInputs = { model, criticalChains: [['a']], deterministic: 20, p50: 21, p80: 23, p95: 25, atTarget: 23, target: 0.8, deliveryEnd: 21, bufferSlots: 1, slotWord: 'working day' };

  it('holds a tenth of the plan in reserve, as the plan analysis asks', () => {
    expect(MIN_BUFFER_SHARE).toBe(0.1);
  });

  it('warns when the buffer before the deadline is below a tenth of the plan', () => {
    expect(forecastBuffer(inputs).warnings).toEqual(["The buffer before the deadline is 5% of the plan's length, below the 10% a plan should hold."]);
    expect(forecastBuffer({ ...inputs, bufferSlots: 2 }).warnings).toEqual([]);
  });
});
