import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../api/index.js';
import { learnEstimates } from './learning.js';

// Mon 2024-10-14 is slot 0. p took twice its estimate on a; q took its estimate on c.
const spec = `plan: Learning
start: 2024-10-14
team: [{ id: p }, { id: q }, { id: r }]
tasks:
  - { id: a, assignee: p, duration: 2d }
  - { id: c, assignee: q, effort: 2d }
  - { id: b, assignee: p, duration: 4d, after: [a] }
  - { id: e, assignee: q, effort: 2d, after: [c] }
  - { id: f, assignee: r, duration: 1d }
`;
const status = `as_of: 2024-10-17
tasks:
  a: { started: 2024-10-14, done: 2024-10-17 }
  c: { started: 2024-10-14, done: 2024-10-15 }
`;

describe('learnEstimates', () => {
  const run = runPlanSync({ text: spec, status: { text: status } }, { iterations: 200, formats: [] });
  const learning = learnEstimates(run.result!)!;

  it('learns each person\u2019s ratio of actual to estimate, pulled towards the team\u2019s', () => {
    // Team: exp((ln 2 + ln 1) / (2 + 2)) = 1.189; p: exp((ln 2 + 2 ln 1.189) / 3) = 1.414;
    // q: exp((0 + 2 ln 1.189) / 3) = 1.122; r has no history: the team's, never below 1.
    expect(learning.team).toEqual({ ratio: 1.189, tasks: 2 });
    expect(learning.people).toEqual([
      { person: 'p', ratio: 1.414, tasks: 1 },
      { person: 'q', ratio: 1.122, tasks: 1 },
      { person: 'r', ratio: 1.189, tasks: 0 },
    ]);
    expect(learning.scale).toEqual({ b: 1.414, e: 1.122, f: 1.189 });
  });

  it('draws the remaining work through the ratios and says how far that moves P50 and P80', () => {
    const f = run.result!.forecast!;
    // As written: b [4, 8); learned: b takes ceil(4 x 1.414) = 6 days, [4, 10).
    expect(f.learning!.raw.map((x) => x.offset)).toEqual([8, 8, 8]);
    expect(f.learning!.learned.map((x) => x.offset)).toEqual([10, 10, 10]);
    expect(f.percentiles.find((x) => x.p === 0.8)!.offset).toBe(10);
  });

  it('learns nothing without finished work', () => {
    const none = runPlanSync({ text: spec, status: { text: 'as_of: 2024-10-15\n' } }, { iterations: 0, formats: [] });
    expect(learnEstimates(none.result!)).toBeUndefined();
  });
});
