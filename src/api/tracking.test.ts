import { describe, expect, it } from 'vitest';
import { checkSchedule } from '../schedule/index.js';
import { runPlanSync } from './pipeline.js';

// Mon 2024-10-14 is slot 0; a then b on one person, b at the mercy of a certain risk.
const spec = `plan: Two steps
start: 2024-10-14
team: [{ id: p }]
tasks:
  - { id: a, assignee: p, estimate: [2d, 4d, 10d] }
  - { id: b, assignee: p, estimate: [3d, 3d, 3d], after: [a] }
risks:
  - { id: slip, title: Slip, probability: 100%, affects: [b], delay: [5d, 5d, 5d], owner: p, mitigation: none }
`;

const percentile = (run: ReturnType<typeof runPlanSync>, p: number) => run.result!.forecast!.percentiles.find((x) => x.p === p)!.offset;

describe('a plan with a status', () => {
  it('re-plans from as_of through the one pipeline, and the schedule passes the checker with its pins', () => {
    const status = 'as_of: 2024-10-16\ntasks:\n  a: { started: 2024-10-14, remaining: 1d }\n';
    const run = runPlanSync({ text: spec, status: { text: status, name: 's.yaml' } }, { iterations: 0, formats: [] });
    expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const tracking = run.result!.tracking!;
    expect(tracking.progress.from).toBe(3);
    // a: 1 day left (slot 3), then b's 3 days (the risk is only in the forecast): [4, 7).
    expect(run.result!.schedule.activities.map((s) => [s.id, s.start, s.finish])).toEqual([['a', 0, 4], ['b', 4, 7]]);
    expect(checkSchedule(tracking.model, run.result!.schedule, tracking.progress)).toEqual([]);
  });

  it('draws only the work that remains: with a done, the finish no longer varies', () => {
    const before = runPlanSync({ text: spec }, { iterations: 300, formats: [] });
    expect(percentile(before, 0.95)).toBeGreaterThan(percentile(before, 0.5));
    // Without a start there is no actual to learn from, so the estimates stay as written.
    const status = 'as_of: 2024-10-18\ntasks:\n  a: { done: 2024-10-18 }\n';
    const after = runPlanSync({ text: spec, status: { text: status } }, { iterations: 300, formats: [] });
    // b takes 3 days for certain, and the certain risk adds its 5: slots 5 to 13, in every run.
    expect([percentile(after, 0.5), percentile(after, 0.95)]).toEqual([13, 13]);
  });

  it('applies an occurred risk\'s real delay once and stops drawing it', () => {
    const status = 'as_of: 2024-10-18\ntasks:\n  a: { done: 2024-10-18 }\nrisks:\n  slip: { occurred: 2024-10-17, delay: 2d }\n';
    const run = runPlanSync({ text: spec, status: { text: status } }, { iterations: 300, formats: [] });
    expect(run.result!.schedule.makespan).toBe(10);
    expect([percentile(run, 0.5), percentile(run, 0.95)]).toEqual([10, 10]);
    expect(run.result!.forecast!.riskDrivers).toEqual([]);
  });

  it('reports a bad status against the status file and gives no result', () => {
    const run = runPlanSync({ text: spec, status: { text: 'as_of: 2024-10-18\ntasks:\n  c: { done: 2024-10-17 }\n', name: 'week1.yaml' } }, { iterations: 0 });
    expect(run.result).toBeUndefined();
    expect(run.diagnostics).toMatchObject([{ code: 'E_UNKNOWN_REF', file: 'week1.yaml' }]);
  });
});
