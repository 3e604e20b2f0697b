import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../api/index.js';
import { fitRatios, learnEstimates, NOISE_PRIOR_TASKS, PERSON_SPREAD, PRIOR_NOISE, TEAM_SPREAD } from './learning.js';

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
  const run = runPlanSync({ text: spec, status: { text: status } }, { iterations: 2000, formats: [] });
  const learning = learnEstimates(run.result!)!;

  it('learns each person\u2019s bias, pulled towards the team\u2019s, and the team\u2019s towards 1', () => {
    expect([PRIOR_NOISE, NOISE_PRIOR_TASKS, PERSON_SPREAD, TEAM_SPREAD]).toEqual([0.25, 3, 0.25, 0.2]);
    // Logs: p ln 2 = 0.6931 over 1 task, q 0 over 1. No spread seen, so each noise is the prior's
    // 0.25 (variance 0.0625). Each person's mean weighs 1 / (0.0625 + 0.0625 / 1) = 8 against the
    // team prior's 1 / 0.2^2 = 25: team = 8 x 0.6931 / 41 = 0.1352 (x1.145), variance 1/41.
    // p: (16 x 0.6931 + 0.1352 / (0.0625 + 1/41)) / (16 + 11.509) = 0.4597 (x1.584);
    // q: (0 + 0.1352 x 11.509) / 27.509 = 0.0566 (x1.058); r has none: the team's, never below 1.
    expect(learning.team).toEqual({ ratio: 1.145, tasks: 2 });
    expect(learning.people).toEqual([
      { person: 'p', ratio: 1.584, tasks: 1 },
      { person: 'q', ratio: 1.058, tasks: 1 },
      { person: 'r', ratio: 1.145, tasks: 0 },
    ]);
    expect(learning.draws.tasks).toEqual({ b: 0, e: 1, f: 2 });
    // p's bias leans 11.509 / 27.509 = 0.418 on the team's; its own sd sqrt(1/27.509 - 0.418^2/41) = 0.179.
    expect(learning.draws.teamSd).toBeCloseTo(Math.sqrt(1 / 41), 6);
    expect(learning.draws.people[0]).toMatchObject({ team: expect.closeTo(0.4184, 4), own: expect.closeTo(0.1791, 4), noise: 0.25 });
    expect(learning.draws.people[2]).toMatchObject({ team: 1, own: PERSON_SPREAD, noise: 0.25 });
  });

  it('is surer of a bias seen over ten tasks than over two, and keeps the noise it saw', () => {
    const spread = (logs: number[]) => {
      const mean = logs.reduce((s, x) => s + x, 0) / logs.length;
      const fit = fitRatios([{ n: logs.length, mean, squares: logs.reduce((s, x) => s + (x - mean) ** 2, 0) }]);
      const p = fit.people[0];
      return { mean: p.mean, bias: Math.hypot(p.team * fit.teamSd, p.own), noise: p.noise };
    };
    const two = spread([0.3, 0.5]);
    const ten = spread([0.3, 0.5, 0.3, 0.5, 0.3, 0.5, 0.3, 0.5, 0.3, 0.5]);
    expect(ten.bias).toBeLessThan(two.bias / 1.8);
    // Ten tasks pull the mean closer to their own 0.4 than two do.
    expect(ten.mean).toBeGreaterThan(two.mean);
    expect(ten.mean).toBeLessThan(0.4);
    // Two: squares 0.02 over 1 degree; the team's (3 x 0.0625 + 0.02) / 4 = 0.0519, the person's
    // (3 x 0.0519 + 0.02) / 4 = 0.0439, sd 0.2095. Ten: 0.1 over 9; the team's 0.2875 / 12 =
    // 0.0240, the person's (0.0719 + 0.1) / 12 = 0.0143, sd 0.1197.
    expect(two.noise).toBeCloseTo(0.2095, 4);
    expect(ten.noise).toBeCloseTo(0.1197, 4);
  });

  it('draws the remaining work through ratios sampled for its person, and says how far that moves P50 and P80', () => {
    const f = run.result!.forecast!;
    // As written: b [4, 8). Learned: b's median draw is 4 x 1.584 = 6.3, so 7 days, [4, 11);
    // the drawn spread puts P80 and P95 later still.
    expect(f.learning!.raw.map((x) => x.offset)).toEqual([8, 8, 8]);
    const [p50, p80, p95] = f.learning!.learned.map((x) => x.offset);
    expect(p50).toBe(11);
    expect(p80).toBeGreaterThan(p50);
    expect(p95).toBeGreaterThan(p80);
    expect(f.percentiles.find((x) => x.p === 0.8)!.offset).toBe(p80);
  });

  it('learns from earlier plans\u2019 finished work in the status\u2019s history as from this plan\u2019s', () => {
    // q's 2 days of effort on c, given as history instead of as this plan's finished task.
    const withHistory = `as_of: 2024-10-17
tasks:
  a: { started: 2024-10-14, done: 2024-10-17 }
history:
  - { plan: Earlier, task: c-before, by: q, estimate: 2d, actual: 2d }
`;
    const learned = learnEstimates(runPlanSync({ text: spec, status: { text: withHistory } }, { iterations: 0, formats: [] }).result!)!;
    expect(learned.team).toEqual(learning.team);
    expect(learned.people).toEqual(learning.people);
    // c is not done here, so it is drawn through q's ratio too.
    expect(learned.draws.tasks).toEqual({ b: 0, c: 1, e: 1, f: 2 });
  });

  it('learns nothing without finished work', () => {
    const none = runPlanSync({ text: spec, status: { text: 'as_of: 2024-10-15\n' } }, { iterations: 0, formats: [] });
    expect(learnEstimates(none.result!)).toBeUndefined();
  });
});
