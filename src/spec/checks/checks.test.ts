/**
 * Each semantic check against a small spec: the code and the spec path it points at.
 * (Positions in real files are covered by the golden fixtures.)
 */
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../load.js';

const HEAD = 'plan: t\nstart: 2024-10-15\n';

function found(body: string): { code: string; path: string }[] {
  return loadSpec(HEAD + body).diagnostics.map((d) => ({ code: d.code, path: (d.path ?? []).join('.') }));
}

describe('checkDuplicateIds', () => {
  it('reports the later of two elements sharing an id, across tasks and team', () => {
    expect(found('team: [{ id: x }]\ntasks: [{ id: x, duration: 1d }]\n')).toEqual([{ code: 'E_DUPLICATE_ID', path: 'tasks.0.id' }]);
  });
  it('keeps goals and risks in their own namespaces', () => {
    const out = found('goals: [{ id: x, title: g }]\ntasks: [{ id: x, duration: 1d }]\nrisks: [{ id: x, title: r, owner: o, mitigation: m }]\n');
    expect(out).toEqual([]);
  });
});

describe('checkReferences', () => {
  it('suggests the closest id for an unknown dependency', () => {
    const d = loadSpec(`${HEAD}tasks: [{ id: ot-spike, duration: 1d }, { id: b, duration: 1d, after: [ot-spik] }]\n`).diagnostics;
    expect(d.map((x) => [x.code, x.path?.join('.'), x.hint])).toEqual([['E_UNKNOWN_REF', 'tasks.1.after.0', 'did you mean "ot-spike"?']]);
  });
  it('points at the task field of a dependency written as a mapping', () => {
    expect(found('tasks: [{ id: b, duration: 1d, after: [{ task: zz, type: SS }] }]\n')).toEqual([{ code: 'E_UNKNOWN_REF', path: 'tasks.0.after.0.task' }]);
  });
  it('says so when an assignee names a task, not a person', () => {
    const d = loadSpec(`${HEAD}tasks: [{ id: a, duration: 1d }, { id: b, duration: 1d, assignee: a }]\n`).diagnostics;
    expect(d.map((x) => x.code)).toEqual(['E_UNKNOWN_REF']);
    expect(d[0].message).toContain('is a task');
  });
  it('checks goals, triggers, risk effects and rollout stage tasks', () => {
    const out = found(
      [
        'tasks: [{ id: a, duration: 1d, goal: nope }]',
        'gates: [{ id: g, after: [a], trigger: { task: nope, exceeds: 1d, action: cut } }]',
        'risks: [{ id: r, title: t, owner: o, mitigation: m, affects: [nope] }]',
        'rollout: { stages: [{ percent: 100, task: nope }] }',
        '',
      ].join('\n'),
    );
    expect(out.map((o) => o.path).sort()).toEqual(['gates.0.trigger.task', 'risks.0.affects.0', 'rollout.stages.0.task', 'tasks.0.goal']);
  });
  it('does not report references to an element that failed the schema', () => {
    expect(found('tasks: [{ id: a, duration: 3x }, { id: b, duration: 1d, after: [a] }]\n')).toEqual([{ code: 'E_BAD_DURATION', path: 'tasks.0.duration' }]);
  });
});

describe('checkCycles', () => {
  it('names the cycle in execution order and points at the first edge', () => {
    const d = loadSpec(`${HEAD}tasks:\n  - { id: a, duration: 1d, after: [c] }\n  - { id: b, duration: 1d, after: [a] }\n  - { id: c, duration: 1d, after: [b] }\n`).diagnostics;
    expect(d.map((x) => [x.code, x.path?.join('.')])).toEqual([['E_CYCLE', 'tasks.1.after.0']]);
    expect(d[0].message).toContain('a -> b -> c -> a');
  });
  it('finds cycles through gates, milestones and external items', () => {
    const out = found('tasks: [{ id: t, duration: 1d }]\nexternal: [{ id: e, duration: 1d, after: [m] }]\nmilestones: [{ id: m, after: [g] }]\ngates: [{ id: g, after: [e], on_fail: x }]\n');
    expect(out.map((o) => o.code)).toEqual(['E_CYCLE']);
  });
  it('reports a task that waits for itself, and a cycle downstream of work that is in order', () => {
    expect(found('tasks: [{ id: a, duration: 1d, after: [a] }]\n')).toEqual([{ code: 'E_CYCLE', path: 'tasks.0.after.0' }]);
    const d = loadSpec(`${HEAD}tasks:\n  - { id: a, duration: 1d }\n  - { id: b, duration: 1d, after: [a, c] }\n  - { id: c, duration: 1d, after: [b] }\n`).diagnostics;
    expect(d.map((x) => [x.code, x.path?.join('.'), x.message])).toEqual([['E_CYCLE', 'tasks.2.after.0', 'dependency cycle: b -> c -> b']]);
  });
  it('finds no cycle in links that fan out and join again', () => {
    expect(found('tasks: [{ id: a, duration: 1d }, { id: b, duration: 1d, after: [a] }, { id: c, duration: 1d, after: [a] }, { id: d, duration: 1d, after: [b, c, a] }]\n')).toEqual([]);
  });
});

describe('checkSkills', () => {
  const team = 'team: [{ id: be, skills: [backend] }, { id: fe, skills: [frontend] }, { id: qa, skills: [qa], capacity: 2 }]\n';
  it('reports a skill nobody has', () => {
    expect(found(`${team}tasks: [{ id: a, duration: 1d, skills: [ios] }]\n`)).toEqual([{ code: 'E_NO_SKILL', path: 'tasks.0.skills' }]);
  });
  it('reports a skill set no single resource has', () => {
    expect(found(`${team}tasks: [{ id: a, duration: 1d, skills: [backend, frontend] }]\n`)).toEqual([{ code: 'E_NO_SKILL', path: 'tasks.0.skills' }]);
  });
  it('reports more units than any fitting pool has', () => {
    expect(found(`${team}tasks: [{ id: a, duration: 1d, demands: [{ skills: [qa], units: 3 }] }]\n`)).toEqual([{ code: 'E_OVER_CAPACITY', path: 'tasks.0.demands.0.units' }]);
  });
  it('warns when an assignee lacks a listed skill', () => {
    expect(found(`${team}tasks: [{ id: a, duration: 1d, assignee: fe, skills: [backend] }]\n`)).toEqual([{ code: 'W_ASSIGNEE_LACKS_SKILL', path: 'tasks.0.skills' }]);
  });
});

describe('dates and periods', () => {
  it('reports a deadline before the start', () => {
    expect(found('deadline: 2024-10-01\ntasks: [{ id: a, duration: 1d }]\n')).toEqual([{ code: 'E_DEADLINE_BEFORE_START', path: 'deadline' }]);
  });
  it('accepts a period of one day (to is inclusive)', () => {
    expect(found('team: [{ id: p, time_off: [{ from: 2024-10-20, to: 2024-10-20 }] }]\ntasks: [{ id: a, duration: 1d }]\n')).toEqual([]);
  });
  it('allows times of day in hour plans only', () => {
    const task = 'tasks: [{ id: a, duration: 1d }]\n';
    expect(loadSpec(`plan: t\nstart: 2024-10-15T09:00\ncalendar: { unit: hour }\n${task}`).diagnostics).toEqual([]);
    expect(found(`calendar: { holidays: [2024-10-20T10:00] }\n${task}`)).toEqual([{ code: 'E_BAD_DATE', path: 'calendar.holidays.0' }]);
  });
  it('lets a whole day bind an item of an hour plan on the day it starts, but not the day before', () => {
    const hourPlan = (dates: string) => loadSpec(`plan: t\nstart: 2024-10-15T09:00\ncalendar: { unit: hour }\ntasks: [{ id: a, duration: 2h, ${dates} }]\n`).diagnostics.map((d) => d.code);
    expect(hourPlan('due: 2024-10-15')).toEqual([]);
    expect(hourPlan('on: 2024-10-15')).toEqual([]);
    expect(hourPlan('due: 2024-10-14')).toEqual(['E_DEADLINE_BEFORE_START']);
    expect(hourPlan('due: 2024-10-15T08:00')).toEqual(['E_DEADLINE_BEFORE_START']);
  });
});

describe('work', () => {
  it('warns about a task without any estimate', () => {
    expect(found('tasks: [{ id: a }]\n')).toEqual([{ code: 'W_NO_ESTIMATE', path: 'tasks.0' }]);
  });
  it('compares three-point estimates in the plan unit (1w is 5 days)', () => {
    expect(found('tasks: [{ id: a, estimate: [4d, 1w, 6d] }]\n')).toEqual([]);
    expect(found('tasks: [{ id: a, estimate: [6d, 1w, 8d] }]\n')).toEqual([{ code: 'E_ESTIMATE_ORDER', path: 'tasks.0.estimate' }]);
  });
});

describe('values', () => {
  it('rejects a deadline confidence of zero', () => {
    expect(found('deadline: { date: 2024-12-15, confidence: 0% }\ntasks: [{ id: a, duration: 1d }]\n')).toEqual([{ code: 'E_BAD_PERCENT', path: 'deadline.confidence' }]);
  });
  it('rejects hours_per_day beyond the working hours', () => {
    expect(found('calendar: { hours: [9, 13], hours_per_day: 8 }\ntasks: [{ id: a, duration: 1d }]\n')).toEqual([{ code: 'E_BAD_CALENDAR', path: 'calendar.hours_per_day' }]);
  });
});

describe('priorities', () => {
  it('warns when a must-have waits for work that may be cut', () => {
    expect(found('tasks: [{ id: a, duration: 1d, priority: could }, { id: b, duration: 1d, after: [a] }]\n')).toEqual([{ code: 'W_MUST_AFTER_OPTIONAL', path: 'tasks.1.after.0' }]);
  });
  it('lets wont work depend on wont work', () => {
    expect(found('tasks: [{ id: a, duration: 1d, priority: wont }, { id: b, duration: 1d, after: [a], priority: wont }]\n')).toEqual([]);
  });
});

describe('advice', () => {
  it('warns about a plan without tasks', () => {
    expect(found('tasks: []\n')).toEqual([{ code: 'W_NO_TASKS', path: 'tasks' }]);
    expect(found('goals: []\n')).toEqual([{ code: 'W_NO_TASKS', path: 'tasks' }]);
  });
  it('treats an owner in words as fine and a near miss of a team id as a typo', () => {
    const team = 'team: [{ id: be1 }]\ntasks: [{ id: a, duration: 1d }]\n';
    expect(found(`${team}risks: [{ id: r, title: t, owner: Product Manager, mitigation: m }]\n`)).toEqual([]);
    expect(found(`${team}risks: [{ id: r, title: t, owner: be2, mitigation: m }]\n`)).toEqual([{ code: 'W_UNKNOWN_OWNER', path: 'risks.0.owner' }]);
  });
  it('does not ask a closed risk for an owner or mitigation', () => {
    expect(found('tasks: [{ id: a, duration: 1d }]\nrisks: [{ id: r, title: t, status: closed }]\n')).toEqual([]);
  });
  it('takes a circuit breaker trigger as the gate action', () => {
    expect(found('tasks: [{ id: a, duration: 1d }]\ngates: [{ id: g, after: [a], trigger: { task: a, exceeds: 2d, action: cut } }]\n')).toEqual([]);
  });
  it('suggests a task kind for a misspelt freeze kind', () => {
    const d = loadSpec(`${HEAD}calendar: { freezes: [{ name: f, from: 2024-12-01, to: 2024-12-08, blocks: [deplyo] }] }\ntasks: [{ id: a, duration: 1d, kind: deploy }]\n`).diagnostics;
    expect(d.map((x) => [x.code, x.hint])).toEqual([['W_FREEZE_UNKNOWN_KIND', 'did you mean "deploy"?']]);
  });
});
