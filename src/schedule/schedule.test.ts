import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/index.js';
import type { Model } from '../model/index.js';
import { checkSchedule } from './check.js';
import { scheduleModel } from './schedule.js';
import { buildModel } from './testing/build-model.js';
import type { Schedule } from './types.js';

function plan(model: Model, schedules = 50): Schedule {
  const result = scheduleModel(model, { schedules, seed: 1 });
  expect(result.diagnostics).toEqual([]);
  const schedule = result.schedule as Schedule;
  expect(checkSchedule(model, schedule)).toEqual([]);
  return schedule;
}

function byId(schedule: Schedule) {
  return Object.fromEntries(schedule.activities.map((a) => [a.id, { start: a.start, finish: a.finish, who: a.assignees.join(','), segments: a.segments }]));
}

describe('scheduleModel: hand-computed plans', () => {
  it('resolves a two-person skill conflict by giving the generalist the work only they can do', () => {
    const model = buildModel({
      resources: [
        { id: 'amy', skills: ['backend', 'frontend'] },
        { id: 'zed', skills: ['backend'] },
      ],
      tasks: [
        { id: 't1', effort: 3, skills: ['backend'] },
        { id: 't2', effort: 3, skills: ['frontend'] },
      ],
    });
    // The priority list alone gives amy the backend task (earliest finish, then id) and t2 waits.
    expect(byId(plan(model, 1))).toMatchObject({ t1: { start: 0, finish: 3, who: 'amy' }, t2: { start: 3, finish: 6, who: 'amy' } });
    // The improvement search finds the parallel plan.
    const s = plan(model);
    expect(s.makespan).toBe(3);
    expect(byId(s)).toMatchObject({ t1: { start: 0, finish: 3, who: 'zed' }, t2: { start: 0, finish: 3, who: 'amy' } });
  });

  it('doubles the length of effort done by a half-time person', () => {
    const model = buildModel({ resources: [{ id: 'pat', availability: 0.5 }], tasks: [{ id: 'api', effort: 3, assignee: 'pat' }] });
    const s = plan(model);
    expect(byId(s).api).toMatchObject({ start: 0, finish: 6 });
    // Monday 14 October + 6 working days: the last slot is Monday 21 October.
    expect(buildCalendar(model).slotEnd(s.activities[0].finish - 1)).toBe('2024-10-21');
  });

  it('lets coding continue through a deploy freeze while the deploy waits', () => {
    const model = buildModel({
      calendar: { freezes: [{ name: 'No deploys', from: '2024-10-16', to: '2024-10-17', blocks: ['deploy'], path: [] }] },
      resources: [{ id: 'dev' }, { id: 'ops' }],
      tasks: [
        { id: 'code1', duration: 2, assignee: 'dev' },
        { id: 'code2', duration: 3, assignee: 'dev', after: ['code1'] },
        { id: 'deploy1', duration: 1, assignee: 'ops', kind: 'deploy', after: ['code1'] },
      ],
    });
    expect(byId(plan(model))).toMatchObject({
      code1: { start: 0, finish: 2 },
      code2: { start: 2, finish: 5 },
      deploy1: { start: 4, finish: 5 },
    });
  });

  it('runs a two-week external review in parallel with the team, without using capacity', () => {
    const model = buildModel({
      resources: [{ id: 'dev' }],
      tasks: [
        { id: 'design', duration: 2, assignee: 'dev' },
        { id: 'review', type: 'external', duration: 10, after: ['design'] },
        { id: 'build', duration: 5, assignee: 'dev', after: ['design'] },
        { id: 'launch', type: 'milestone', after: ['review', 'build'] },
      ],
    });
    const s = plan(model);
    expect(byId(s)).toMatchObject({
      design: { start: 0, finish: 2 },
      review: { start: 2, finish: 12, who: '' },
      build: { start: 2, finish: 7 },
      launch: { start: 12, finish: 12, segments: [] },
    });
    const cal = buildCalendar(model);
    expect([cal.slotStart(2), cal.slotEnd(11)]).toEqual(['2024-10-16', '2024-10-29']);
  });

  it('pauses a splittable task over time off and delays a non-splittable one past it', () => {
    const team = [{ id: 'pat', timeOff: [{ from: '2024-10-16', to: '2024-10-16' }] }];
    const split = plan(buildModel({ resources: team, tasks: [{ id: 'docs', effort: 4, assignee: 'pat', splittable: true }] }));
    expect(byId(split).docs).toEqual({ start: 0, finish: 5, who: 'pat', segments: [[0, 2], [3, 5]] });
    const whole = plan(buildModel({ resources: team, tasks: [{ id: 'docs', effort: 4, assignee: 'pat' }] }));
    expect(byId(whole).docs).toEqual({ start: 3, finish: 7, who: 'pat', segments: [[3, 7]] });
  });

  it('honours SS, FF and SF links with leads and lags', () => {
    const model = buildModel({
      resources: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      tasks: [
        { id: 'x', duration: 4, assignee: 'a' },
        { id: 'y', duration: 2, assignee: 'b', after: [{ from: 'x', type: 'SS', lag: 1 }] },
        { id: 'z', duration: 2, assignee: 'c', after: [{ from: 'x', type: 'FF', lag: 2 }] },
        { id: 'w', duration: 3, assignee: 'b', after: [{ from: 'x', type: 'SF', lag: 5 }, { from: 'y', type: 'FS', lag: -1 }] },
        { id: 'gate', type: 'gate', after: [{ from: 'z', type: 'FS', lag: -2 }] },
      ],
    });
    expect(byId(plan(model))).toMatchObject({
      x: { start: 0, finish: 4 },
      y: { start: 1, finish: 3 },
      z: { start: 4, finish: 6 },
      w: { start: 3, finish: 6 },
      gate: { start: 4, finish: 4 },
    });
  });

  it('never schedules a won\'t-have and drops its links', () => {
    const model = buildModel({
      tasks: [
        { id: 'later', duration: 5, priority: 'wont' },
        { id: 'now', duration: 1, priority: 'could', after: ['later'] },
      ],
    });
    const s = plan(model);
    expect(s.activities.map((a) => a.id)).toEqual(['now']);
    expect(byId(s).now).toMatchObject({ start: 0, finish: 1 });
  });

  it('puts must-haves before should-haves competing for one person', () => {
    const model = buildModel({
      resources: [{ id: 'solo' }],
      tasks: [
        { id: 'a-nice', duration: 2, assignee: 'solo', priority: 'could' },
        { id: 'b-core', duration: 2, assignee: 'solo', priority: 'must' },
      ],
    });
    expect(byId(plan(model))).toMatchObject({ 'b-core': { start: 0 }, 'a-nice': { start: 2 } });
  });

  it('puts the must-have first even when the could-have first would end the plan sooner', () => {
    const model = buildModel({
      resources: [{ id: 'solo' }, { id: 'other' }],
      tasks: [
        { id: 'a-nice', duration: 2, assignee: 'solo', priority: 'could' },
        { id: 'b-core', duration: 2, assignee: 'solo', priority: 'must' },
        { id: 'c-follow-up', duration: 4, assignee: 'other', priority: 'could', after: ['a-nice'] },
      ],
    });
    // a-nice first would end everything at 6 (b-core at 4); the must-have goes first instead,
    // finishing at 2, and the could-haves end at 8.
    expect(byId(plan(model))).toMatchObject({
      'b-core': { start: 0, finish: 2 },
      'a-nice': { start: 2, finish: 4 },
      'c-follow-up': { start: 4, finish: 8 },
    });
  });
});

describe('scheduleModel: edge cases', () => {
  it('schedules an empty plan and a plan of only won\'t-haves as empty', () => {
    expect(scheduleModel(buildModel({ tasks: [] }), { schedules: 10, seed: 1 })).toEqual({ schedule: { activities: [], makespan: 0 }, diagnostics: [] });
    const onlyWont = buildModel({ tasks: [{ id: 'x', duration: 2, priority: 'wont' }] });
    expect(scheduleModel(onlyWont, { schedules: 10, seed: 1 }).schedule).toEqual({ activities: [], makespan: 0 });
  });
  it('treats a budget below 1 as 1', () => {
    const model = buildModel({ resources: [{ id: 'a' }], tasks: [{ id: 'x', duration: 2, assignee: 'a' }] });
    expect(plan(model, 0).makespan).toBe(2);
  });
  it('gives the same schedule for the same seed and budget, on the general path too', () => {
    const model = buildModel({
      resources: [{ id: 'a', skills: ['x'], availability: 0.5 }, { id: 'b', skills: ['x'] }],
      tasks: Array.from({ length: 12 }, (_, k) => ({ id: `t${k}`, effort: 1 + (k % 3), skills: ['x'], after: k > 2 ? [`t${k - 3}`] : [] })),
    });
    const one = scheduleModel(model, { schedules: 40, seed: 9 });
    expect(scheduleModel(model, { schedules: 40, seed: 9 })).toEqual(one);
    expect(checkSchedule(model, one.schedule as Schedule)).toEqual([]);
  });
});

describe('scheduleModel: unschedulable input', () => {
  it('reports a demand larger than the pool, naming the activity', () => {
    const model = buildModel({ resources: [{ id: 'gpu', capacity: 2 }], tasks: [{ id: 'train', duration: 1, demands: [{ resource: 'gpu', units: 3 }] }] });
    const r = scheduleModel(model, { schedules: 10, seed: 1 });
    expect(r.schedule).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: 'E_UNSCHEDULABLE', severity: 'error', path: ['tasks', 0, 'id'] }]);
    expect(r.diagnostics[0].message).toContain("'train'");
    expect(r.diagnostics[0].message).toContain("'gpu'");
  });
  it('reports work for someone who is never available', () => {
    const model = buildModel({ resources: [{ id: 'ghost', availability: 0 }], tasks: [{ id: 'x', effort: 1, assignee: 'ghost' }] });
    const r = scheduleModel(model, { schedules: 10, seed: 1 });
    expect(r.diagnostics[0]).toMatchObject({ code: 'E_UNSCHEDULABLE', path: ['tasks', 0, 'id'] });
    expect(r.diagnostics[0].message).toContain("'ghost'");
  });
  it('reports skills nobody has', () => {
    const model = buildModel({ resources: [{ id: 'a', skills: ['go'] }], tasks: [{ id: 'x', effort: 1, skills: ['rust'] }] });
    expect(scheduleModel(model, { schedules: 1, seed: 1 }).diagnostics[0].message).toContain('rust');
  });
});

describe('scheduleModel: the plan horizon', () => {
  // 2024-10-14 to 2074-10-13, Monday to Friday.
  const horizon = buildCalendar(buildModel({ start: '2024-10-14', tasks: [] })).horizon;
  const run = (model: Model) => scheduleModel(model, { schedules: 20, seed: 1 });

  it('schedules work that ends on the last slot of the horizon', () => {
    const model = buildModel({ start: '2024-10-14', resources: [{ id: 'p' }], tasks: [{ id: 'a', duration: horizon, assignee: 'p' }] });
    expect(plan(model).makespan).toBe(horizon);
  });
  it('refuses values past the horizon instead of wrapping them in 32 bits', () => {
    const model = buildModel({
      start: '2024-10-14',
      tasks: [
        { id: 'a', duration: 2 ** 32 + 1 },
        { id: 'b', duration: 1, after: [{ from: 'a', lag: 2 ** 32 }] },
        { id: 'c', effort: 1e300, assignee: 'p' },
      ],
      resources: [{ id: 'p' }],
    });
    expect(run(model).diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['E_LIMIT', ['tasks', 0]],
      ['E_LIMIT', ['tasks', 1]],
      ['E_LIMIT', ['tasks', 2]],
    ]);
  });
  it.each([
    ['with a person (the plain path)', { assignee: 'p' }],
    ['with a choice of people (the general path)', { skills: ['x'] }],
    ['outside the team (external work)', { type: 'external' as const }],
  ])('names the work that cannot end before the horizon, %s', (_, how) => {
    const half = Math.ceil(horizon / 2) + 1;
    const model = buildModel({
      start: '2024-10-14',
      resources: [{ id: 'p', skills: ['x'] }, { id: 'q', skills: ['x'] }],
      tasks: [{ id: 'a', duration: half, ...how }, { id: 'b', duration: half, after: ['a'], ...how }],
    });
    const r = run(model);
    expect(r.schedule).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: 'E_LIMIT', path: ['tasks', 1] }]);
  });
  it.each(['0000-01-01', '9999-12-31'])('refuses a model starting on %s, where no horizon fits', (start) => {
    const model = buildModel({ start, resources: [{ id: 'p', timeOff: [{ from: '0000-01-01', to: '9999-12-31' }] }], tasks: [{ id: 'a', duration: 1, assignee: 'p' }] });
    expect(run(model).diagnostics).toMatchObject([{ code: 'E_LIMIT', path: ['start'] }]);
  });
  it('places a milestone no later than the horizon', () => {
    const model = buildModel({ start: '2024-10-14', tasks: [{ id: 'a', duration: 1 }, { id: 'm', type: 'milestone', after: [{ from: 'a', lag: horizon }] }] });
    expect(run(model).diagnostics).toMatchObject([{ code: 'E_LIMIT', path: ['tasks', 1] }]);
  });
  it('plans around a leave until 9999 in an hour plan, in bounded time', () => {
    const model = buildModel({
      start: '2024-10-14',
      calendar: { unit: 'hour', hours: [0, 24], workweek: [0, 1, 2, 3, 4, 5, 6] },
      resources: [{ id: 'p', timeOff: [{ from: '2024-10-16', to: '9999-12-31' }] }, { id: 'q', commitments: [{ from: '2024-10-14', to: '9999-12-31', load: 1 }] }],
      tasks: [{ id: 'a', effort: 24, assignee: 'p' }, { id: 'b', effort: 72, assignee: 'p' }, { id: 'c', effort: 1, assignee: 'q' }],
    });
    const started = Date.now();
    const r = run(model);
    expect(Date.now() - started).toBeLessThan(5_000);
    // p works two days before the leave: a fits, b does not; q is committed elsewhere for good.
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([['E_UNSCHEDULABLE', ['tasks', 2, 'id']]]);
    const alone = run({ ...model, activities: model.activities.slice(0, 2) });
    expect(alone.diagnostics).toMatchObject([{ code: 'E_UNSCHEDULABLE', path: ['tasks', 1, 'id'] }]);
  });
});
