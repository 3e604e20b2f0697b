import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../api/index.js';

// Mon 2024-10-14 is slot 0. Each gate carries one kind of trigger.
const spec = `plan: Breakers
start: 2024-10-14
deadline: 2024-10-25
team: [{ id: p }, { id: q }]
tasks:
  - { id: api, assignee: p, duration: 3d }
  - { id: ui, assignee: q, duration: 2d }
risks:
  - { id: slow, title: Slow API, owner: p, mitigation: Profile, affects: [api], delay: [1d, 1d, 1d] }
gates:
  - { id: overrun, after: [ui], on_fail: Stop, trigger: { task: api, exceeds: 4d, action: Cut the UI } }
  - { id: review, after: [ui], on_fail: Redo the review }
  - { id: on-review, after: [ui], on_fail: Stop, trigger: { gate_fails: review, action: Escalate } }
  - { id: on-slow, after: [ui], on_fail: Stop, trigger: { risk_occurs: slow, action: Add a person } }
  - { id: on-odds, after: [ui], on_fail: Stop, trigger: { on_time_below: 99%, action: Tell the board } }
`;

function breakers(status?: string, iterations = 0) {
  const run = runPlanSync({ text: spec, ...(status ? { status: { text: status } } : {}) }, { iterations, formats: [] });
  expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return Object.fromEntries(run.analysis!.breakers.map((b) => [b.gate, b]));
}

describe('evaluateBreakers', () => {
  it('fires nothing on a plan without a status and without a forecast', () => {
    expect(Object.values(breakers()).map((b) => b.fired)).toEqual([false, false, false, false]);
  });

  it('fires a task overrun once the task has taken more working days than its bound', () => {
    // api started Mon 10-14 and is still going as of Fri 10-18: 5 days taken, bound 4.
    const b = breakers('as_of: 2024-10-18\ntasks:\n  api: { started: 2024-10-14, remaining: 1d }\n');
    expect(b.overrun).toMatchObject({ fired: true, condition: { kind: 'overrun', taken: 5, exceeds: 4, projected: 6 }, action: 'Cut the UI' });
  });

  it('projects an overrun the re-plan makes likely before it fires', () => {
    // As of Tue 10-15, 2 days taken and 3 to go: 5 days in the re-plan, past the bound of 4.
    const b = breakers('as_of: 2024-10-15\ntasks:\n  api: { started: 2024-10-14, remaining: 3d }\n');
    expect(b.overrun).toMatchObject({ fired: false, projected: true, condition: { taken: 2, projected: 5 } });
  });

  it('fires on a failed gate and on an occurred risk, as the status records them', () => {
    const b = breakers('as_of: 2024-10-18\ngates:\n  review: { failed: 2024-10-17 }\nrisks:\n  slow: { occurred: 2024-10-16, delay: 1d }\n');
    expect([b['on-review'].fired, b['on-slow'].fired, b.overrun.fired]).toEqual([true, true, false]);
  });

  it("fires on the forecast's chance of delivering in time when it is below the level", () => {
    const b = breakers('as_of: 2024-10-18\ntasks:\n  api: { started: 2024-10-14, remaining: 5d }\n', 200);
    expect(b['on-odds']).toMatchObject({ fired: true, condition: { kind: 'on-time-below', level: 0.99 } });
  });
});
