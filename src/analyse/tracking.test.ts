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
