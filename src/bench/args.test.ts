import { describe, expect, it } from 'vitest';
import { parseBenchArgs, SUITES } from './args.js';

describe('parseBenchArgs', () => {
  it('defaults to every suite, all four PSPLIB sets at 1,000 and 5,000 schedules, one worker per core', () => {
    expect(parseBenchArgs([], 2)).toMatchObject({ suites: SUITES, sets: ['j30', 'j60', 'j90', 'j120'], budgets: [1000, 5000], runs: 3, workers: 2, quick: false });
  });
  it('reads lists, numbers and the quick flag', () => {
    expect(parseBenchArgs(['--suite', 'psplib,cpm', '--quick', '--budgets=1000', '--sets', 'j30', '--runs', '5'], 2)).toMatchObject({
      suites: ['psplib', 'cpm'], quick: true, budgets: [1000], sets: ['j30'], runs: 5,
    });
  });
  it('samples every Nth PSPLIB instance when asked', () => {
    expect(parseBenchArgs([], 2)).toMatchObject({ every: 1 });
    expect(parseBenchArgs(['--every', '10'], 2)).toMatchObject({ every: 10 });
    expect(parseBenchArgs(['--every', '0'], 2)).toHaveProperty('error');
  });
  it('reads the pipeline sizes, and leaves them to the suite when not given', () => {
    expect(parseBenchArgs(['--suite', 'pipeline', '--pipeline-sizes', '100,5000'], 2)).toMatchObject({ suites: ['pipeline'], pipelineSizes: [100, 5000] });
    expect(parseBenchArgs([], 2)).not.toHaveProperty('pipelineSizes');
    expect(parseBenchArgs(['--pipeline-sizes', '100,x'], 2)).toHaveProperty('error');
  });
  it('reads the tj3 sizes, and leaves them to the suite when not given', () => {
    expect(parseBenchArgs(['--suite', 'tj3', '--tj3-sizes', '5000,20000'], 2)).toMatchObject({ suites: ['tj3'], tj3Sizes: [5000, 20000] });
    expect(parseBenchArgs([], 2)).not.toHaveProperty('tj3Sizes');
    expect(parseBenchArgs(['--tj3-sizes', '0'], 2)).toHaveProperty('error');
  });
  it('runs once per case in quick mode unless told otherwise', () => {
    expect(parseBenchArgs(['--quick'], 2)).toMatchObject({ runs: 1 });
  });
  it('rejects unknown options, suites, sets and bad numbers', () => {
    expect(parseBenchArgs(['--fast'], 2)).toEqual({ error: "unknown option '--fast'" });
    expect(parseBenchArgs(['--suite', 'gpu'], 2)).toHaveProperty('error');
    expect(parseBenchArgs(['--sets', 'j45'], 2)).toHaveProperty('error');
    expect(parseBenchArgs(['--runs', '0'], 2)).toHaveProperty('error');
    expect(parseBenchArgs(['--runs'], 2)).toEqual({ error: '--runs needs a value' });
  });
});
