import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInstanceFileName, parseSolutionTable } from './solutions.js';
import { PSPLIB_FIXTURES as SOLUTIONS } from './test-utils/data.js';

describe('parseSolutionTable', () => {
  it('reads all 480 proven optima of j30opt.sm, j301_1 being 43', () => {
    const optima = parseSolutionTable(readFileSync(SOLUTIONS + 'j30opt.sm', 'utf8'));
    expect(optima.size).toBe(480);
    expect(optima.get('1_1')).toBe(43);
    expect(optima.get('48_10')).toBe(54);
  });

  it('reads the Latin-1 j120hrs.sm (decoded at the edge) into 600 best known values', () => {
    const best = parseSolutionTable(readFileSync(SOLUTIONS + 'j120hrs.sm', 'latin1'));
    expect(best.size).toBe(600);
    expect(best.get('1_1')).toBe(105);
    expect(best.get('60_10')).toBe(89);
  });

  it('agrees between j30opt.sm and j30hrs.sm', () => {
    const optima = parseSolutionTable(readFileSync(SOLUTIONS + 'j30opt.sm', 'utf8'));
    const hrs = parseSolutionTable(readFileSync(SOLUTIONS + 'j30hrs.sm', 'latin1'));
    expect([...hrs.entries()].sort()).toEqual([...optima.entries()].sort());
  });

  it('skips header blocks and column titles', () => {
    expect(parseSolutionTable('Average CPU-Time : 28.97\nParamter Instance Makespan\n---\n3  4  55  0.1\n')).toEqual(new Map([['3_4', 55]]));
  });
});

describe('parseInstanceFileName', () => {
  it('splits set, parameter group and instance', () => {
    expect(parseInstanceFileName('j3012_7.sm')).toEqual({ set: 30, parameter: 12, instance: 7, key: '12_7' });
    expect(parseInstanceFileName('j12060_10.sm')).toEqual({ set: 120, parameter: 60, instance: 10, key: '60_10' });
  });
  it('returns undefined for other names', () => {
    expect(parseInstanceFileName('j30opt.sm')).toBeUndefined();
  });
});
