import { describe, expect, it } from 'vitest';
import { generateProject, peopleFor } from './generate.js';

describe('generateProject', () => {
  const model = generateProject({ tasks: 400, seed: 3 });

  it('is the same Model for the same options and differs for another seed', () => {
    expect(generateProject({ tasks: 400, seed: 3 })).toEqual(model);
    expect(generateProject({ tasks: 400, seed: 4 })).not.toEqual(model);
  });

  it('has the requested tasks and one person per 20 tasks', () => {
    expect(model.activities).toHaveLength(400);
    expect(model.resources).toHaveLength(peopleFor(400));
    expect(peopleFor(400)).toBe(20);
    expect(model.resources.every((r) => r.kind === 'person' && r.capacity === 1)).toBe(true);
  });

  it('links only to earlier tasks, finish-to-start, so the network is acyclic', () => {
    const index = new Map(model.activities.map((a, i) => [a.id, i]));
    model.activities.forEach((a, i) => {
      for (const d of a.deps) {
        expect(index.get(d.from)).toBeLessThan(i);
        expect(d.type).toBe('FS');
        expect(d.lag).toBeGreaterThanOrEqual(0);
      }
    });
  });

  it('gives every skill demand a holder and every named assignee the task needs', () => {
    const skills = new Set(model.resources.flatMap((r) => r.skills));
    const ids = new Set(model.resources.map((r) => r.id));
    for (const a of model.activities) {
      expect(a.demands).toHaveLength(1);
      const [d] = a.demands;
      if (d.resource) expect(ids.has(d.resource)).toBe(true);
      else expect(d.skills.every((s) => skills.has(s))).toBe(true);
    }
  });

  it('mixes effort-driven work, named assignees, part-timers and a 5-day week with holidays', () => {
    expect(model.activities.every((a) => a.work.mode === 'effort')).toBe(true);
    expect(model.activities.some((a) => a.demands[0].resource)).toBe(true);
    expect(model.resources.some((r) => r.availability < 1)).toBe(true);
    expect(model.calendar.workweek).toEqual([1, 2, 3, 4, 5]);
    expect(model.calendar.holidays.length).toBeGreaterThan(0);
  });

  it('still gives every skill a holder with only two people', () => {
    const tiny = generateProject({ tasks: 10, seed: 1 });
    const skills = new Set(tiny.resources.flatMap((r) => r.skills));
    expect(tiny.activities.every((a) => a.demands[0].resource !== undefined || a.demands[0].skills.every((s) => skills.has(s)))).toBe(true);
  });
});
