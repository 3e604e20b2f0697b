import { describe, expect, it } from 'vitest';
import { watchSummary, type WatchFacts } from './watch-summary.js';

const first: WatchFacts = { finish: '2024-12-12', pOnTime: { probability: 0.35, by: '2024-12-12' }, criticalPath: ['design', 'build', 'ship'] };

describe('watchSummary', () => {
  it('states the facts of the first good plan', () => {
    expect(watchSummary(undefined, first)).toBe('finish 2024-12-12, P(on time by 2024-12-12) 35%, critical path 3 activities');
  });

  it('says what moved since the last good plan', () => {
    const next: WatchFacts = { finish: '2024-12-16', pOnTime: { probability: 0.2, by: '2024-12-12' }, criticalPath: ['design', 'test', 'ship'] };
    expect(watchSummary(first, next)).toBe('finish 2024-12-12 -> 2024-12-16 (later), P(on time by 2024-12-12) 35% -> 20%, critical path +test -build');
  });

  it('says unchanged when nothing moved, and leaves out P(on time) without a deadline', () => {
    expect(watchSummary(first, first)).toBe('finish 2024-12-12 (unchanged), P(on time by 2024-12-12) 35%, critical path unchanged (3 activities)');
    expect(watchSummary(undefined, { finish: '2024-12-09', criticalPath: ['a'] })).toBe('finish 2024-12-09, critical path 1 activity');
  });

  it('counts the path changes past six', () => {
    const next: WatchFacts = { ...first, finish: '2024-12-10', criticalPath: ['a', 'b', 'c', 'd', 'e'] };
    expect(watchSummary(first, next)).toBe('finish 2024-12-12 -> 2024-12-10 (earlier), P(on time by 2024-12-12) 35%, critical path +a +b +c +d +e -design and 2 more (5 activities)');
  });
});
