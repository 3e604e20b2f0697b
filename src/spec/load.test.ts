/**
 * The loader end to end: the examples load without problems and normalise to the values the
 * Model documents (durations in slots of the plan unit, shares as numbers, paths on elements).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Activity, Model } from '../model/index.js';
import { loadSpec } from './load.js';

const example = (name: string): string => readFileSync(new URL(`../../examples/${name}.yaml`, import.meta.url), 'utf8');

function load(text: string): Model {
  const result = loadSpec(text);
  expect(result.diagnostics).toEqual([]);
  if (!result.model) throw new Error('no model');
  return result.model;
}

const activity = (m: Model, id: string): Activity => {
  const a = m.activities.find((x) => x.id === id);
  if (!a) throw new Error(`no activity ${id}`);
  return a;
};

describe('examples/launch.yaml', () => {
  const model = load(example('launch'));

  it('has the plan frame: start, hard deadline with its confidence, the freeze', () => {
    expect(model.name).toBe('Real-time Collaboration launch');
    expect(model.start).toBe('2024-10-15');
    expect(model.deadline).toEqual({ date: '2024-12-15', hard: true, confidence: 0.9, deliverBy: '2024-12-12' });
    expect(model.calendar).toMatchObject({ unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: ['2024-11-28', '2024-12-25', '2025-01-01'] });
    expect(model.calendar.freezes).toEqual([{ name: 'Holiday freeze', from: '2024-12-01', to: '2024-12-08', blocks: 'all', path: ['calendar', 'freezes', 0] }]);
  });

  it('has the five people with their part-time weeks as commitments', () => {
    expect(model.resources.map((r) => r.id)).toEqual(['be1', 'be2', 'fe1', 'fe2', 'qa1']);
    const fe2 = model.resources.find((r) => r.id === 'fe2')!;
    expect(fe2).toMatchObject({ kind: 'person', capacity: 1, availability: 1, path: ['team', 3] });
    expect(fe2.commitments.map((c) => [c.from, c.to, c.load])).toEqual([
      ['2024-10-15', '2024-10-28', 1],
      ['2024-11-18', '2024-11-29', 0.5],
    ]);
  });

  it('reads a three-point estimate of work with people as effort in days', () => {
    const spike = activity(model, 'ot-spike');
    expect(spike.work).toEqual({ mode: 'effort', amount: 3 });
    expect(spike.estimate).toEqual({ optimistic: 2, likely: 3, pessimistic: 5 });
    expect(spike.demands).toEqual([{ resource: 'be1', skills: [], units: 1 }]);
    expect(spike.uncertainty).toBe('high');
  });

  it('makes the security review an external item of two work weeks that starts with staging', () => {
    const review = activity(model, 'security-review');
    expect(review).toMatchObject({ type: 'external', owner: 'Security team', work: { mode: 'duration', slots: 10 }, demands: [] });
    expect(review.deps).toEqual([{ from: 'deploy-staging', type: 'SS', lag: 0 }]);
  });

  it('converts links with lags into slots', () => {
    expect(activity(model, 'ws-client').deps).toEqual([
      { from: 'editor-setup', type: 'FS', lag: 0 },
      { from: 'ws-server', type: 'SS', lag: 2 },
    ]);
  });

  it('keeps a fixed span of hours below a day exact: 2h of an 8-hour day', () => {
    expect(activity(model, 'retrospective').work).toEqual({ mode: 'duration', slots: 0.25 });
  });

  it('keeps the circuit breaker on ws-server with a one-week threshold', () => {
    expect(activity(model, 'ws-breaker').gate?.trigger).toEqual({ task: 'ws-server', exceeds: 5, action: 'Cut cursor display (nice-to-have)' });
    expect(activity(model, 'ws-breaker').work).toEqual({ mode: 'duration', slots: 0 });
  });

  it('lists the won\'t-haves, the six risks and the rollout', () => {
    expect(model.activities.filter((a) => a.priority === 'wont').map((a) => a.id)).toEqual(['commenting', 'history', 'video-chat', 'offline-sync', 'native-app']);
    expect(model.risks).toHaveLength(6);
    expect(model.risks[0]).toMatchObject({ id: 'ot-library', impact: 'high', likelihood: 'medium', owner: 'be1', delay: { optimistic: 3, likely: 5, pessimistic: 10 } });
    expect(model.rollout?.stages.map((s) => [s.percent, s.task])).toEqual([
      [10, 'rollout-10'],
      [25, 'rollout-25'],
      [50, 'rollout-50'],
      [100, 'rollout-100'],
    ]);
    expect(model.rollout?.rollback).toHaveLength(3);
    expect(model.cadence).toEqual({ standup: { days: [1, 2, 3, 4, 5], time: '09:30' }, checkin: { day: 5, time: '15:00' } });
  });

  it('puts every activity kind in the network, each with its spec path', () => {
    expect(new Set(model.activities.map((a) => a.type))).toEqual(new Set(['task', 'external', 'gate', 'milestone']));
    expect(activity(model, 'arch-gate').path).toEqual(['gates', 1]);
    expect(activity(model, 'live').path).toEqual(['milestones', 0]);
  });
});

describe('examples/incident.yaml', () => {
  const model = load(example('incident'));

  it('plans in hours around the clock', () => {
    expect(model.calendar).toMatchObject({ unit: 'hour', workweek: [0, 1, 2, 3, 4, 5, 6], hours: [0, 24] });
    expect(model.start).toBe('2024-03-12T02:00');
  });

  it('measures work in hours, rounding fixed spans up and keeping effort exact', () => {
    expect(activity(model, 'restore-snapshot').estimate).toEqual({ optimistic: 4, likely: 6, pessimistic: 10 });
    expect(activity(model, 'read-only').estimate).toEqual({ optimistic: 0.5, likely: 1, pessimistic: 2 });
    expect(activity(model, 'vendor-support').work).toEqual({ mode: 'duration', slots: 4 });
    expect(activity(model, 'dr-redesign').work).toEqual({ mode: 'effort', amount: 2 * 7 * 24 });
  });
});

describe('examples/sprint.yaml', () => {
  const model = load(example('sprint'));

  it('has six people, one at half time and one with time off', () => {
    expect(model.resources).toHaveLength(6);
    expect(model.resources.find((r) => r.id === 'frank')?.availability).toBe(0.5);
    expect(model.resources.find((r) => r.id === 'dan')?.timeOff).toEqual([{ from: '2024-06-10', to: '2024-06-11' }]);
  });

  it('has more likely work than the team can do in ten days', () => {
    const work = model.activities.filter((a) => a.type === 'task' && a.priority !== 'wont').reduce((sum, a) => sum + (a.work.mode === 'effort' ? a.work.amount : a.work.slots), 0);
    const capacity = model.resources.reduce((sum, r) => sum + 10 * r.availability - r.timeOff.length * 2, 0);
    expect(work).toBeGreaterThan(capacity);
  });

  it('reads the short forms of cadence and rollout', () => {
    expect(model.cadence).toEqual({ standup: { days: [1, 2, 3, 4, 5] }, checkin: { day: 5 } });
    expect(model.rollout).toEqual({ stages: [{ percent: 10, checks: [] }, { percent: 50, checks: [] }, { percent: 100, checks: [] }], rollback: ['Turn off the billing-self-serve flag'] });
    expect(model.metrics.post).toEqual([{ items: ['Support tickets about plan changes drop by 50%'] }]);
  });
});

describe('loadSpec', () => {
  it('accepts JSON text', () => {
    const result = loadSpec('{"plan": "j", "start": "2024-10-15", "tasks": [{"id": "a", "duration": 2}]}');
    expect(result.diagnostics).toEqual([]);
    expect(result.model?.activities[0]).toMatchObject({ id: 'a', title: 'a', work: { mode: 'duration', slots: 2 }, priority: 'must', uncertainty: 'medium', splittable: false });
  });

  it('applies the documented defaults', () => {
    const model = load('plan: d\nstart: 2024-10-15\ndeadline: 2024-12-01\nteam: [{ id: p }, { id: pool, capacity: 3 }]\ntasks: [{ id: a, duration: 1d }]\n');
    expect(model.deadline).toEqual({ date: '2024-12-01', hard: true, confidence: 0.8 });
    expect(model.resources).toEqual([
      { id: 'p', name: 'p', kind: 'person', skills: [], capacity: 1, availability: 1, timeOff: [], commitments: [], path: ['team', 0] },
      { id: 'pool', name: 'pool', kind: 'pool', skills: [], capacity: 3, availability: 1, timeOff: [], commitments: [], path: ['team', 1] },
    ]);
    expect(model.constraints).toEqual({ quality: [], notes: [] });
    expect(model.metrics).toEqual({ launch: [], post: [] });
  });

  it('plans a task with no estimate as one slot, with a warning', () => {
    const result = loadSpec('plan: d\nstart: 2024-10-15\ntasks: [{ id: a }]\n');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['W_NO_ESTIMATE']);
    expect(result.model?.activities[0].work).toEqual({ mode: 'duration', slots: 1 });
  });

  it('returns diagnostics sorted by position', () => {
    const result = loadSpec('plan: d\nstart: 2024-10-15\ntasks:\n  - { id: a, after: [zz], duration: 1d }\n  - { id: b, tpye: x }\n');
    const starts = result.diagnostics.map((d) => d.range![0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['E_UNKNOWN_REF', 'E_UNKNOWN_KEY']);
  });

  it('says to quote a value that a comma split inside { }', () => {
    const text = 'plan: d\nstart: 2024-10-15\ntasks:\n  - { id: x, title: Inventory schemas, extensions and queries, duration: 1d }\n';
    const [d, ...others] = loadSpec(text).diagnostics;
    expect(others).toEqual([]);
    expect(d.code).toBe('E_UNKNOWN_KEY');
    expect(d.path).toEqual(['tasks', 0, 'extensions and queries']);
    expect(text.slice(d.range![0], d.range![1])).toBe('extensions and queries');
    expect(d.range![0]).toBe(text.indexOf('extensions'));
    expect(d.hint).toBe('inside { }, a comma ends an unquoted value: quote it, as in title: "Inventory schemas, extensions and queries"');
  });

  it('gives every piece of a value split at several commas the whole value to quote', () => {
    const text = 'plan: d\nstart: 2024-10-15\ntasks:\n  - { id: x, title: One, two, three four, duration: 1d }\n';
    const diagnostics = loadSpec(text).diagnostics;
    expect(diagnostics.map((d) => [d.code, text.slice(d.range![0], d.range![1]), d.hint])).toEqual([
      ['E_UNKNOWN_KEY', 'two', 'inside { }, a comma ends an unquoted value: quote it, as in title: "One, two, three four"'],
      ['E_UNKNOWN_KEY', 'three four', 'inside { }, a comma ends an unquoted value: quote it, as in title: "One, two, three four"'],
    ]);
  });

  it('keeps the usual hint for a key that lost its colon, or follows a quoted value', () => {
    const text = 'plan: d\nstart: 2024-10-15\ntasks:\n  - { id: x, duration: 1d, notse }\n  - { id: y, title: "A, b", more words, duration: 1d }\n';
    const hints = loadSpec(text).diagnostics.map((d) => [d.code, d.hint]);
    expect(hints).toEqual([
      ['E_UNKNOWN_KEY', 'did you mean "notes"?'],
      ['E_UNKNOWN_KEY', expect.stringMatching(/^known fields here: /)],
    ]);
  });

  it('never mutates or shares state between calls', () => {
    const text = example('sprint');
    expect(loadSpec(text)).toEqual(loadSpec(text));
  });
});
