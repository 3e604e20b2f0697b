import { describe, expect, it } from 'vitest';
import { formatCalibrationTable, runCalibration } from './calibration-suite.js';

describe('the calibration suite', () => {
  const result = runCalibration(4, 3, () => {});

  it('forecasts every project at the start and from each snapshot, raw and learned', () => {
    expect(result.rows.map((r) => `${r.when} ${r.forecast}`)).toEqual(['plan start raw', '25% elapsed raw', '25% elapsed learned', '50% elapsed raw', '50% elapsed learned']);
    for (const row of result.rows) {
      expect(row.projects).toBeGreaterThan(0);
      expect(row.projects).toBeLessThanOrEqual(4);
      // Coverage can only grow from P50 to P95.
      expect(row.coverage[0]).toBeLessThanOrEqual(row.coverage[1]);
      expect(row.coverage[1]).toBeLessThanOrEqual(row.coverage[2]);
    }
    expect(formatCalibrationTable(result)).toMatch(/plan start\s+raw\s+4/);
  });

  it('is the same for the same seed', () => {
    expect(runCalibration(4, 3, () => {})).toEqual(result);
  });
});
