import { describe, expect, it } from 'vitest';
import { checkSchedule } from './check.js';
import { buildModel } from './testing/build-model.js';
import type { Schedule, ScheduledActivity } from './types.js';

// Mon 14 Oct 2024. pat is off on Wednesday (slot 2); no deploys on Thursday (slot 3).
const model = buildModel({
  calendar: { freezes: [{ name: 'No deploys', from: '2024-10-17', to: '2024-10-17', blocks: ['deploy'], path: [] }] },
  resources: [
    { id: 'pat', skills: ['web'], timeOff: [{ from: '2024-10-16', to: '2024-10-16' }] },
    { id: 'sam', skills: ['ops'] },
    { id: 'half', skills: ['web'], availability: 0.5 },
  ],
  tasks: [
    { id: 'a', duration: 2, skills: ['web'] },
    { id: 'b', effort: 2, assignee: 'sam', after: [{ from: 'a', type: 'FS', lag: 1 }] },
    { id: 'c', duration: 1, assignee: 'sam', kind: 'deploy', after: ['b'] },
    { id: 'd', effort: 1, skills: ['web'], splittable: true },
    { id: 'gate', type: 'gate', after: ['c'] },
    { id: 'skip', duration: 3, priority: 'wont' },
  ],
});

const valid: ScheduledActivity[] = [
  { id: 'a', start: 0, finish: 2, assignees: ['pat'], segments: [[0, 2]] },
  { id: 'b', start: 3, finish: 5, assignees: ['sam'], segments: [[3, 5]] },
  { id: 'c', start: 5, finish: 6, assignees: ['sam'], segments: [[5, 6]] },
  { id: 'd', start: 1, finish: 4, assignees: ['half'], segments: [[1, 2], [3, 4]] },
  { id: 'gate', start: 6, finish: 6, assignees: [], segments: [] },
];

function withChange(id: string, change: Partial<ScheduledActivity>): Schedule {
  return { activities: valid.map((a) => (a.id === id ? { ...a, ...change } : a)), makespan: 6 };
}

const rules = (s: Schedule) => checkSchedule(model, s).map((v) => `${v.rule}:${v.activity}`);

describe('checkSchedule', () => {
  it('accepts a valid schedule', () => {
    expect(checkSchedule(model, { activities: valid, makespan: 6 })).toEqual([]);
  });
  it('reports a missing, a duplicated, an unknown and a won\'t-have activity', () => {
    const s = { activities: [...valid.filter((a) => a.id !== 'd'), valid[0], { ...valid[0], id: 'ghost' }, { ...valid[4], id: 'skip' }], makespan: 6 };
    expect(rules(s).sort()).toEqual(['missing:a', 'missing:d', 'missing:ghost', 'missing:skip']);
  });
  it('reports a broken finish-to-start lag', () => {
    expect(rules(withChange('b', { start: 2, finish: 4, segments: [[2, 4]] }))).toContain('precedence:b');
  });
  it('reports two activities on one person at once', () => {
    expect(rules(withChange('c', { start: 4, finish: 5, segments: [[4, 5]] }))).toEqual(expect.arrayContaining(['capacity:b', 'precedence:c']));
  });
  it('reports one clash per run of overloaded slots, naming the slot, the units and every activity there', () => {
    // c moved onto b's two slots: sam holds 2 units in slots 3 and 4, one run.
    const s = withChange('c', { start: 3, finish: 5, segments: [[3, 5]] });
    expect(checkSchedule(model, s).filter((v) => v.rule === 'capacity')).toEqual([
      { rule: 'capacity', activity: 'b', resource: 'sam', slot: 3, message: "'sam' (capacity 1) is booked for 2 units from slot 3 by 'b', 'c'." },
    ]);
  });
  it('reports work during time off', () => {
    expect(rules(withChange('a', { start: 1, finish: 3, segments: [[1, 3]] }))).toContain('time-off:a');
  });
  it('reports a deploy inside the freeze', () => {
    const s = { activities: valid.map((a) => (a.id === 'c' ? { ...a, start: 3, finish: 4, segments: [[3, 4]] as [number, number][] } : a.id === 'b' ? { ...a, start: 1, finish: 3, segments: [[1, 3]] as [number, number][] } : a)), makespan: 6 };
    expect(rules(s)).toContain('freeze:c');
  });
  it('reports an assignee without the skill and a named resource not honoured', () => {
    expect(rules(withChange('a', { assignees: ['sam'] }))).toContain('skill:a');
    expect(rules(withChange('b', { assignees: ['pat'] }))).toContain('assignment:b');
    expect(rules(withChange('b', { assignees: [] }))).toContain('assignment:b');
  });
  it('reports too little work: a short duration and effort at half rate', () => {
    expect(rules(withChange('a', { finish: 1, segments: [[0, 1]] }))).toContain('work:a');
    expect(rules(withChange('d', { finish: 3, segments: [[1, 2]] }))).toContain('work:d');
  });
  it('reports a non-splittable activity in two segments and segments that disagree with start', () => {
    expect(rules(withChange('b', { finish: 6, segments: [[3, 4], [5, 6]] }))).toContain('work:b');
    expect(rules(withChange('b', { start: 4 }))).toContain('work:b');
  });
  it('reports a start before slot 0 and a gate with length', () => {
    expect(rules(withChange('d', { start: -1, segments: [[-1, 2], [3, 4]] }))).toContain('calendar:d');
    expect(rules(withChange('gate', { finish: 7 }))).toContain('work:gate');
  });
  it('reports every violation, not only the first', () => {
    const s = { activities: valid.map((a) => ({ ...a, assignees: a.assignees.map(() => 'nobody') })), makespan: 6 };
    expect(checkSchedule(model, s).filter((v) => v.rule === 'assignment').length).toBe(4);
  });
});
