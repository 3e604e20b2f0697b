import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../api/index.js';

// Mon 2024-10-14 is slot 0; week 1 is 10-14..10-18, week 2 starts Mon 10-21.
const spec = `plan: Tracked
start: 2024-10-14
deadline: { date: 2024-10-23, deliver_by: 2024-10-22 }
team: [{ id: p }, { id: q }, { id: r }]
tasks:
  - { id: a, assignee: p, duration: 2d }
  - { id: b, assignee: p, duration: 3d, after: [a] }
  - { id: c, assignee: q, duration: 4d }
  - { id: d, assignee: r, duration: 2d }
  - { id: e, assignee: q, duration: 2d, after: [c] }
risks:
  - { id: k, title: K, owner: q, mitigation: M, affects: [e], delay: [1d, 1d, 1d] }
gates:
  - { id: g, after: [a], on_fail: Redo a }
`;

const status = `as_of: 2024-10-17
tasks:
  a: { started: 2024-10-14, done: 2024-10-15 }
  b: { started: 2024-10-16, remaining: 4d }
  c: { started: 2024-10-14, percent: 50 }
  d: { blocked: No access, until: 2024-10-21 }
gates:
  g: { failed: 2024-10-16, note: a missed a case }
`;

describe('analyseTracking', () => {
  const run = runPlanSync({ text: spec, status: { text: status } }, { iterations: 0, formats: [] });
  const t = run.analysis!.tracking!;

  it('fills the check-in of the as_of week from the status', () => {
    expect(t.checkin.period.label).toBe('Week 1');
    expect(t.checkin.completed).toEqual([{ activity: 'a', people: ['p'], done: '2024-10-15' }]);
    // b: 2 days worked (Wed, Thu) and 4 to go: 33%; c: as the status says.
    expect(t.checkin.inProgress).toEqual([{ activity: 'b', people: ['p'], percent: 33 }, { activity: 'c', people: ['q'], percent: 50 }]);
    expect(t.checkin.blocked).toEqual([{ activity: 'd', people: ['r'], reason: 'No access', until: '2024-10-21' }]);
    expect([t.done, t.inProgress, t.blocked]).toEqual([1, 2, 1]);
  });

  it('plans next week from the re-plan and sees the risks on that work rising', () => {
    // From Fri 10-18 (slot 4): b runs to slot 8, c's 2 days to slot 6, then e [6, 8); d waits to Tue 10-22.
    expect(t.checkin.next).toEqual([{ activity: 'd', people: ['r'] }, { activity: 'e', people: ['q'] }]);
    expect(t.checkin.risks).toEqual([{ risk: 'k', state: 'rising' }]);
  });

  it("asks for the failed gate's action and about the must-haves past the delivery date", () => {
    expect(t.checkin.asks).toEqual([
      { kind: 'gate-failed', gate: 'g', onFail: 'Redo a', note: 'a missed a case' },
      // Delivery by Tue 10-22 (slot 7); b ends Wed 10-23 (slot 8), d ends Wed 10-23 too.
      { kind: 'musts-late', count: 3, last: 'b', finish: '2024-10-23', delivery: '2024-10-22' },
    ]);
  });

  it('gives each person yesterday from the status and today from the re-plan', () => {
    expect(t.standups).toEqual([
      { person: 'p', yesterday: ['b'], today: ['b'], blockers: [] },
      { person: 'q', yesterday: ['c'], today: ['c'], blockers: [] },
      { person: 'r', yesterday: [], today: [], blockers: ['d'] },
    ]);
  });
});

describe('slipProgressOf', () => {
  const baseline = runPlanSync({ text: spec }, { iterations: 0, formats: ['json'] }).outputs[0].text;
  const run = runPlanSync({ text: spec, status: { text: status } }, { iterations: 0, formats: [], baseline: { text: baseline, name: 'base.json' } });
  const slip = run.analysis!.slip!;

  it("earns the baseline's work by what the status reports done", () => {
    // As of Thu 10-17 (slot 3) the baseline planned a [0,2) 2, a third of b [2,5) 1, three
    // quarters of c [0,4) 3 and d [0,2) 2: 8 person-days. Earned: a 2, b 33% of 3, c 50% of 4, d blocked 0.
    expect(slip.spi).toMatchObject({ planned: 8, earned: 4.99, value: 0.62, basis: 'status', asOf: { date: '2024-10-17', offset: 3 } });
  });
});

describe('a re-plan with recurring work', () => {
  const weekly = `${spec}recurring:\n  - { id: sync, title: Weekly sync, every: 1w, duration: 1d, assignee: p, to: 2024-11-01 }\n`;
  const run = runPlanSync({ text: weekly, status: { text: status } }, { iterations: 0, formats: [] });

  it("keeps each occurrence's day free of the work that goes on, and the checker accepts it", () => {
    expect(run.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const schedule = run.result!.schedule;
    // Mondays 10-14, 10-21 and 10-28 are slots 0, 5 and 10.
    expect(schedule.occurrences?.map((o) => [o.start, o.finish, o.assignees.join()])).toEqual([
      [0, 1, 'p'],
      [5, 6, 'p'],
      [10, 11, 'p'],
    ]);
    // b goes on from Fri 10-18 (slot 4) with p's remaining 4 days, around Monday's sync.
    const b = schedule.activities.find((a) => a.id === 'b')!;
    expect(b.segments.some(([from, to]) => from <= 5 && 5 < to)).toBe(false);
    expect(b.start).toBe(2);
  });
});
