import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/index.js';
import type { Model, Status, TaskStatus } from '../model/index.js';
import { checkSchedule } from './check.js';
import { progressOf, trackedModel } from './progress.js';
import { replanModel } from './replan.js';
import { scheduleModel } from './schedule.js';
import { buildModel } from './testing/build-model.js';
import type { Schedule, ScheduledActivity } from './types.js';

// Slot 0 is Mon 2024-10-14; Mon-Fri, so slot 5 is Mon 2024-10-21.
const options = { schedules: 50, seed: 1 };

function task(id: string, fields: Partial<TaskStatus> & Pick<TaskStatus, 'state'>): TaskStatus {
  return { id, path: ['tasks', id], ...fields };
}

function replan(model: Model, status: Status): { schedule: Schedule; get: (id: string) => ScheduledActivity } {
  const tracked = trackedModel(model, status);
  const progress = progressOf(tracked, status, buildCalendar(model));
  const result = replanModel(tracked, progress, options);
  expect(result.diagnostics).toEqual([]);
  const schedule = result.schedule!;
  expect(checkSchedule(tracked, schedule, progress)).toEqual([]);
  return { schedule, get: (id) => schedule.activities.find((a) => a.id === id)! };
}

const status = (asOf: string, tasks: TaskStatus[], extra: Partial<Status> = {}): Status => ({ asOf, tasks, gates: [], risks: [], ...extra });

describe('replanModel', () => {
  const model = buildModel({
    resources: [{ id: 'p', skills: ['x'] }, { id: 'q', skills: ['x'] }, { id: 'r' }],
    tasks: [
      { id: 'a', duration: 3, assignee: 'p' },
      { id: 'e', duration: 2, assignee: 'p', after: ['a'] },
      { id: 'b', effort: 5, skills: ['x'] },
      { id: 'c', duration: 2, assignee: 'r' },
      { id: 'd', duration: 1, assignee: 'r', after: ['c'] },
    ],
  });

  it('plans from the start without a status: a [0,3), e [3,5), c [0,2)', () => {
    const plain = scheduleModel(model, options).schedule!;
    const at = (id: string) => plain.activities.find((a) => a.id === id)!;
    expect([at('a').start, at('a').finish, at('e').start, at('c').start]).toEqual([0, 3, 3, 0]);
  });

  it('keeps a finished task on its actual dates and people, and starts its successor after it', () => {
    // a ran Tue 10-15 to Fri 10-18 (slots 1..4), as of Fri 10-18: from slot 5.
    const { get } = replan(model, status('2024-10-18', [task('a', { state: 'done', started: '2024-10-15', done: '2024-10-18', by: ['p'] })]));
    expect(get('a')).toEqual({ id: 'a', start: 1, finish: 5, assignees: ['p'], segments: [[1, 5]] });
    expect([get('e').start, get('e').finish]).toEqual([5, 7]);
  });

  it('continues an in-progress task from its start with its remaining work and the person the status names', () => {
    // b started Mon 10-14 by q; as of Wed 10-16 (from slot 3) 2 days remain: slots 3 and 4.
    const { get } = replan(model, status('2024-10-16', [task('b', { state: 'in-progress', started: '2024-10-14', remaining: 2, by: ['q'] })]));
    expect(get('b')).toEqual({ id: 'b', start: 0, finish: 5, assignees: ['q'], segments: [[0, 5]] });
  });

  it('reads percent complete as the share of the work that remains', () => {
    // 40% of 5 days done leaves 3: from slot 3 to slot 6.
    const { get } = replan(model, status('2024-10-16', [task('b', { state: 'in-progress', started: '2024-10-14', percent: 40, by: ['p'] })]));
    expect([get('b').start, get('b').finish, get('b').assignees]).toEqual([0, 6, ['p']]);
  });

  it('never places unstarted work before as_of', () => {
    const { get } = replan(model, status('2024-10-16', []));
    for (const id of ['a', 'b', 'c']) expect(get(id).start).toBe(3);
    expect(get('d').start).toBe(5);
  });

  it('holds blocked work until the day after its blocker clears', () => {
    // c is blocked until Tue 10-22 (slot 6): it can start on slot 7; d follows it.
    const { get } = replan(model, status('2024-10-16', [task('c', { state: 'blocked', blocked: 'No keys', until: '2024-10-22' })]));
    expect([get('c').start, get('c').finish, get('d').start]).toEqual([7, 9, 9]);
  });

  it('lets a late predecessor push its successors', () => {
    // a was to end at slot 3; as of Wed 10-16 it still needs 4 days: it ends at 7, e runs [7, 9).
    const { get } = replan(model, status('2024-10-16', [task('a', { state: 'in-progress', started: '2024-10-14', remaining: 4 })]));
    expect([get('a').start, get('a').finish, get('e').start, get('e').finish]).toEqual([0, 7, 7, 9]);
  });

  it('adds an occurred risk\'s real delay to the work it affects that is not done, and stops drawing the risk', () => {
    const risky: Model = { ...model, risks: [{ id: 'k', title: 'k', impact: 'high', likelihood: 'low', status: 'open', affects: ['c', 'a'], delay: { optimistic: 1, likely: 2, pessimistic: 3 }, path: ['risks', 0] }] };
    const s = status('2024-10-16', [task('a', { state: 'done', started: '2024-10-14', done: '2024-10-16' })], { risks: [{ id: 'k', state: 'occurred', delay: 3, path: ['risks', 'k'] }] });
    const tracked = trackedModel(risky, s);
    expect(tracked.activities.find((a) => a.id === 'c')!.work).toEqual({ mode: 'duration', slots: 5 });
    expect(tracked.activities.find((a) => a.id === 'a')!.work).toEqual({ mode: 'duration', slots: 3 });
    expect(tracked.risks[0].status).toBe('closed');
    expect(replan(risky, s).get('c')).toMatchObject({ start: 3, finish: 8 });
  });
});

describe('checkSchedule with progress', () => {
  const model = buildModel({ resources: [{ id: 'p' }], tasks: [{ id: 'a', duration: 3, assignee: 'p' }, { id: 'b', duration: 1, assignee: 'p' }] });
  const s = status('2024-10-16', [task('a', { state: 'done', started: '2024-10-14', done: '2024-10-15' })]);
  const tracked = trackedModel(model, s);
  const progress = progressOf(tracked, s, buildCalendar(model));

  it('finds a done task moved off its pin, and unstarted work before as_of', () => {
    const moved: Schedule = {
      makespan: 4,
      activities: [
        { id: 'a', start: 0, finish: 3, assignees: ['p'], segments: [[0, 3]] },
        { id: 'b', start: 2, finish: 3, assignees: ['p'], segments: [[2, 3]] },
      ],
    };
    const rules = checkSchedule(tracked, moved, progress).map((v) => `${v.rule} ${v.activity}`);
    expect(rules).toContain('pinned a');
    expect(rules).toContain('pinned b');
  });
});
