/**
 * A PSPLIB instance through the real parser: the fast path must reach the proven optimum of
 * j301_1 (43; its critical path is 38) and pass the checker. The file is vendored in test/fixtures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePsplib } from '../psplib/index.js';
import { PSPLIB_FIXTURES } from '../psplib/test-utils/data.js';
import { checkSchedule } from './check.js';
import { scheduleModel } from './schedule.js';
import type { Schedule } from './types.js';

const file = PSPLIB_FIXTURES + 'j301_1.sm';

describe('PSPLIB j301_1', () => {
  it('reaches the optimum 43 within 1,000 schedules, identically for the same seed', () => {
    const { model } = parsePsplib(readFileSync(file, 'utf8'));
    if (!model) throw new Error('j301_1 did not parse');
    const first = scheduleModel(model, { schedules: 1000, seed: 7 });
    expect(first.schedule?.makespan).toBe(43);
    expect(checkSchedule(model, first.schedule as Schedule)).toEqual([]);
    expect(scheduleModel(model, { schedules: 1000, seed: 7 })).toEqual(first);
  });
  it('returns a checked schedule when the caller stops the search at once', () => {
    const { model } = parsePsplib(readFileSync(file, 'utf8'));
    if (!model) throw new Error('j301_1 did not parse');
    const s = scheduleModel(model, { schedules: 5000, seed: 7, stop: () => true }).schedule as Schedule;
    expect(s.makespan).toBeGreaterThanOrEqual(43);
    expect(checkSchedule(model, s)).toEqual([]);
  });
  it('gives the priority rule schedule with a budget of 1', () => {
    const { model } = parsePsplib(readFileSync(file, 'utf8'));
    if (!model) throw new Error('j301_1 did not parse');
    const s = scheduleModel(model, { schedules: 1, seed: 7 }).schedule as Schedule;
    expect(s.makespan).toBeGreaterThanOrEqual(43);
    expect(checkSchedule(model, s)).toEqual([]);
  });
});
