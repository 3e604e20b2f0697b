import { describe, expect, it } from 'vitest';
import type { Activity, Model, Resource } from '../model/index.js';
import { exportTjp, tjId } from './tjp.js';
import { latestEnd, makespanFromEnd } from './tj3-report.js';
import { workingDaysThrough } from './workdays.js';

const person = (id: string, skills: string[], availability = 1): Resource => ({
  id, name: `Person ${id}`, kind: 'person', skills, capacity: 1, availability, timeOff: [], commitments: [], path: ['team', 0],
});
const task = (id: string, extra: Partial<Activity>): Activity => ({
  id, title: `Task ${id}`, type: 'task', work: { mode: 'effort', amount: 3 }, deps: [], demands: [], priority: 'must',
  uncertainty: 'low', splittable: false, path: ['tasks', 0], ...extra,
});
const model: Model = {
  name: 'Tiny',
  start: '2024-01-01',
  calendar: { unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: ['2024-01-15'], freezes: [] },
  goals: [],
  constraints: { quality: [], notes: [] },
  resources: [
    { ...person('ann', ['backend']), timeOff: [{ from: '2024-01-22', to: '2024-01-26' }] },
    person('bob', ['backend', 'qa'], 0.5),
  ],
  activities: [
    task('a', { demands: [{ skills: ['backend'], units: 1 }] }),
    task('b', { demands: [{ resource: 'bob', skills: [], units: 1 }], deps: [{ from: 'a', type: 'FS', lag: 2 }], priority: 'could' }),
  ],
  risks: [],
  metrics: { launch: [], post: [] },
};

describe('exportTjp', () => {
  const tjp = exportTjp(model, { projectDays: 100, reportName: 'tasks' }).split('\n');

  it('states the start, window, working week and hours', () => {
    expect(tjp[0]).toBe('project bench "Tiny" 2024-01-01 +100d {');
    expect(tjp).toContain('  workinghours mon, tue, wed, thu, fri 9:00 - 17:00');
    expect(tjp).toContain('  workinghours sun, sat off');
    expect(tjp).toContain('  dailyworkinghours 8');
    expect(tjp).toContain('leaves holiday "Holiday" 2024-01-15');
  });

  it('turns availability into efficiency and inclusive time off into an exclusive leave', () => {
    expect(tjp).toContain('resource bob "Person bob" {');
    expect(tjp).toContain('  efficiency 0.5');
    expect(tjp).toContain('  leaves annual 2024-01-22 - 2024-01-27');
  });

  it('allocates skill holders as alternatives and named assignees directly, with lags, and no priorities', () => {
    expect(tjp).toContain('  allocate ann { alternative bob select minallocated persistent }');
    expect(tjp).toContain('  allocate bob');
    expect(tjp).toContain('  depends a { gaplength 2d }');
    expect(tjp).toContain('  effort 3d');
    expect(tjp.some((l) => l.includes('priority'))).toBe(false);
    expect(tjp.slice(-5)).toEqual(['taskreport tasks "tasks" {', '  formats csv', '  columns id, start, end', '}', '']);
  });

  it('makes ids TaskJuggler can read', () => {
    expect(tjId('ws-server')).toBe('ws_server');
    expect(tjId('7')).toBe('_7');
  });
});

describe('reading tj3 results back', () => {
  const csv = '"Id";"Start";"End"\n"a";"2024-01-01 09:00";"2024-01-03 17:00"\n"b";"2024-01-08 09:00";"2024-01-16 13:00"\n';

  it('finds the latest end', () => {
    expect(latestEnd(csv)).toBe('2024-01-16 13:00');
    expect(latestEnd('"Id";"Start";"End"\n')).toBeUndefined();
  });

  it('counts working days through the end day, skipping weekends and holidays', () => {
    // Jan 1-16 2024: 12 weekdays, minus the Jan 15 holiday.
    expect(makespanFromEnd(model.calendar, '2024-01-01', '2024-01-16 13:00')).toBe(11);
    expect(workingDaysThrough(model.calendar, '2024-01-01', '2024-01-05')).toBe(5);
  });

  it('counts an end at midnight as the previous day', () => {
    expect(makespanFromEnd(model.calendar, '2024-01-01', '2024-01-06 00:00')).toBe(5);
  });
});
