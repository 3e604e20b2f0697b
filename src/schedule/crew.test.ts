import { describe, expect, it } from 'vitest';
import { checkSchedule } from './check.js';
import { compileModel } from './compile.js';
import { findCrew, MAX_CREW_STEPS } from './crew.js';
import { scheduleModel } from './schedule.js';
import { buildModel } from './testing/build-model.js';

const ones = (n: number) => new Array<number>(n).fill(1);

describe('findCrew', () => {
  it('leaves to a demand by skill the person a demand by name does not need', () => {
    // Demand 0: anyone of [ann, bob]; demand 1: ann by name. Ann to demand 0 would leave demand 1 nobody.
    expect(findCrew([{ units: 1, candidates: [0, 1] }, { units: 1, candidates: [0] }], ones(2), 1e-9)).toEqual({ crew: [1, 0] });
  });

  it('gives one demand the first candidate with room, in candidate order', () => {
    expect(findCrew([{ units: 1, candidates: [2, 1, 0] }], [1, 1, 0.5], 1e-9)).toEqual({ crew: [1] });
  });

  it('is short when no candidate of one demand has room for it', () => {
    expect(findCrew([{ units: 2, candidates: [0, 1] }], [1, 0.5], 1e-9)).toEqual({ reason: 'short' });
  });

  it('lets one pool meet two demands its capacity holds', () => {
    expect(findCrew([{ units: 2, candidates: [0] }, { units: 2, candidates: [0] }], [4], 1e-9)).toEqual({ crew: [0, 0] });
  });

  it('is short when the candidates together have less capacity than the demands', () => {
    expect(findCrew([0, 1, 2].map(() => ({ units: 1, candidates: [0, 1] })), ones(2), 1e-9)).toEqual({ reason: 'short' });
  });

  it('finds none when the capacity is enough in sum but cannot be shared out', () => {
    // 1.5 + 1.5 + 1 = 4 units on two people of capacity 2: every split overfills one of them.
    const demands = [1.5, 1.5, 1].map((units) => ({ units, candidates: [0, 1] }));
    expect(findCrew(demands, [2, 2], 1e-9)).toEqual({ reason: 'none' });
  });

  it('gives up after its budget of tries on a demand set with too many ways to share out', () => {
    // 30 demands of 0.6 on 20 people of capacity 1: each holds one, but every order of trying fails.
    const demands = Array.from({ length: 30 }, () => ({ units: 0.6, candidates: Array.from({ length: 20 }, (_, r) => r) }));
    expect(findCrew(demands, ones(20), 1e-9)).toEqual({ reason: 'exhausted' });
    expect(MAX_CREW_STEPS).toBeLessThan(100_000);
  });

  it('handles 100,000 demands of one activity without recursion', () => {
    const demands = Array.from({ length: 100_000 }, (_, d) => ({ units: 1, candidates: [d] }));
    const found = findCrew(demands, ones(100_000), 1e-9);
    expect(found.crew?.length).toBe(100_000);
  });
});

describe('crews in compile and the scheduler', () => {
  const people = [
    { id: 'ann', skills: ['qa'] },
    { id: 'bob', skills: ['qa'] },
  ];

  it('schedules a demand by skill beside a demand by name on the same person', () => {
    const model = buildModel({ resources: people, tasks: [{ id: 't', duration: 2, demands: [{ skills: ['qa'] }, { resource: 'ann' }] }] });
    const result = scheduleModel(model, { schedules: 10, seed: 1 });
    expect(result.diagnostics).toEqual([]);
    expect(result.schedule!.activities[0]).toMatchObject({ start: 0, finish: 2, assignees: ['bob', 'ann'] });
    expect(checkSchedule(model, result.schedule!)).toEqual([]);
  });

  it('turns down, at the activity, three demands on two people', () => {
    const model = buildModel({ resources: people, tasks: [{ id: 'a', duration: 1, skills: ['qa'] }, { id: 't', duration: 2, demands: [{ skills: ['qa'] }, { skills: ['qa'] }, { skills: ['qa'] }] }] });
    const compiled = compileModel(model);
    expect(compiled.problem).toBeUndefined();
    expect(compiled.diagnostics).toMatchObject([{ code: 'E_UNSCHEDULABLE', path: ['tasks', 1, 'id'] }]);
  });
});
