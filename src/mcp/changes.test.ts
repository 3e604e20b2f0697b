import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyChanges, type Change } from './changes.js';

const spec = `plan: Small
start: 2024-10-14
deadline: { date: 2024-11-29, confidence: 90%, deliver_by: 2024-11-27 }
calendar:
  freezes:
    - { name: Code freeze, from: 2024-11-18, to: 2024-11-19 }
team:
  - { id: ann, skills: [backend] }   # the only backend engineer
  - { id: bob, skills: [qa] }
tasks:
  - { id: build, skills: [backend], effort: 5d }
  - { id: verify, assignee: bob, duration: 2d, after: [build] }
`;

function applied(changes: Change[]) {
  const outcome = applyChanges(spec, changes);
  if (!outcome.ok) throw new Error(outcome.message);
  return { ...outcome, data: parse(outcome.text) as Record<string, any> };
}

describe('applyChanges', () => {
  it('adds a person at the end of the team and keeps the comments', () => {
    const { data, text, wrote } = applied([{ change: 'add_person', id: 'cat', skills: ['backend'], availability: '50%' }]);
    expect(data.team).toEqual([{ id: 'ann', skills: ['backend'] }, { id: 'bob', skills: ['qa'] }, { id: 'cat', skills: ['backend'], availability: '50%' }]);
    expect(text).toContain('# the only backend engineer');
    expect(wrote).toEqual([[['team', 2]]]);
  });

  it('replaces effort or duration by the estimate', () => {
    const { data, wrote } = applied([{ change: 'set_estimate', task: 'verify', estimate: ['1d', '2d', '4d'] }]);
    expect(data.tasks[1]).toEqual({ id: 'verify', assignee: 'bob', after: ['build'], estimate: ['1d', '2d', '4d'] });
    expect(wrote).toEqual([[['tasks', 1, 'estimate']]]);
  });

  it('moves the deadline, dropping the deliver-by date set against the old one', () => {
    const { data } = applied([{ change: 'set_deadline', date: '2024-12-13', hard: false }]);
    expect(data.deadline).toEqual({ date: '2024-12-13', confidence: '90%', hard: false });
  });

  it('finds what a change wrote after a later removal shifted the list', () => {
    const { data, wrote } = applied([
      { change: 'add_person', id: 'cat', skills: ['qa'] },
      { change: 'remove_person', id: 'ann' },
    ]);
    expect(data.team.map((p: { id: string }) => p.id)).toEqual(['bob', 'cat']);
    expect(wrote).toEqual([[['team', 1]], []]);
  });

  it('cuts a task, changes and removes freezes, adds a risk and creates the lists a spec lacks', () => {
    const { data } = applied([
      { change: 'cut_task', task: 'verify' },
      { change: 'set_freeze', name: 'Code freeze', from: '2024-11-20', to: '2024-11-21' },
      { change: 'set_freeze', name: 'Release freeze', from: '2024-11-25', to: '2024-11-26', blocks: ['deploy'] },
      { change: 'remove_freeze', name: 'Code freeze' },
      { change: 'add_risk', id: 'r1', title: 'Flaky CI', affects: ['build'], delay: ['1d', '2d', '3d'], likelihood: 'high' },
    ]);
    expect(data.tasks[1].priority).toBe('wont');
    expect(data.calendar.freezes).toEqual([{ name: 'Release freeze', from: '2024-11-25', to: '2024-11-26', blocks: ['deploy'] }]);
    expect(data.risks).toEqual([{ id: 'r1', title: 'Flaky CI', affects: ['build'], delay: ['1d', '2d', '3d'], likelihood: 'high' }]);
  });

  it('refuses an unknown id with the closest one, and a new id already taken', () => {
    expect(applyChanges(spec, [{ change: 'set_priority', task: 'biuld', priority: 'could' }])).toEqual({ ok: false, message: 'change 1 (set_priority): no task or external item has id "biuld"; did you mean "build"?' });
    expect(applyChanges(spec, [{ change: 'remove_freeze', name: 'Code freez' }])).toEqual({ ok: false, message: 'change 1 (remove_freeze): no freeze has name "Code freez"; did you mean "Code freeze"?' });
    expect(applyChanges(spec, [{ change: 'add_person', id: 'build', skills: [] }])).toEqual({ ok: false, message: 'change 1 (add_person): the id "build" is already used in the spec; give the new person another id' });
  });
});
