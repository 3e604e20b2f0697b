import { describe, expect, it } from 'vitest';
import { compileModel, type Problem } from './compile.js';
import { effectiveClass } from './priority.js';
import { PlacedWork, restrictProblem, stagesOf } from './stages.js';
import { buildModel } from './testing/build-model.js';
import type { ScheduledActivity } from './types.js';

/** dev and ops; a must chain api -> ship, a could doc that the must ship waits on, a should polish after api. */
function problem(): Problem {
  const model = buildModel({
    resources: [{ id: 'dev' }, { id: 'ops', capacity: 2 }],
    tasks: [
      { id: 'api', duration: 3, assignee: 'dev' },
      { id: 'polish', duration: 2, assignee: 'dev', priority: 'should', after: ['api', { from: 'doc', type: 'SS', lag: 1 }] },
      { id: 'doc', duration: 1, demands: [{ resource: 'ops', units: 2 }], priority: 'could' },
      { id: 'ship', duration: 1, assignee: 'ops', after: ['api', 'doc'] },
    ],
  });
  return compileModel(model).problem!;
}

describe('stagesOf', () => {
  it('groups activities by effective class, best class first, a could that a must waits on with the musts', () => {
    const p = problem();
    expect(stagesOf(effectiveClass(p)).map((members) => Array.from(members, (j) => p.ids[j]))).toEqual([['api', 'doc', 'ship'], ['polish']]);
  });
});

describe('restrictProblem', () => {
  it('keeps the members, their demands and the links between them, re-indexed', () => {
    const p = restrictProblem(problem(), Int32Array.from([0, 2, 3]));
    expect(p.ids).toEqual(['api', 'doc', 'ship']);
    expect(Array.from(p.demandUnits)).toEqual([1, 2, 1]);
    // ship (local 2) after api (0) and doc (1); nothing else.
    expect(Array.from(p.net.predStart)).toEqual([0, 0, 0, 2]);
    expect(Array.from(p.net.predIndex)).toEqual([0, 1]);
    expect(Array.from(p.order).sort()).toEqual([0, 1, 2]);
  });

  it('drops links from activities outside the stage', () => {
    const p = restrictProblem(problem(), Int32Array.from([1]));
    expect(p.ids).toEqual(['polish']);
    expect(p.net.predStart[1]).toBe(0);
  });
});

describe('PlacedWork', () => {
  it('books the placed work per slot and turns its links into earliest starts of the next stage', () => {
    const p = problem();
    const at = (id: string, start: number, finish: number, assignees: string[]): ScheduledActivity => ({ id, start, finish, assignees, segments: [[start, finish]] });
    const work = new PlacedWork(p);
    work.add(Int32Array.from([0, 2, 3]), [at('api', 0, 3, ['dev']), at('doc', 0, 1, ['ops']), at('ship', 3, 4, ['ops'])]);
    const b = work.baselineFor(Int32Array.from([1]));
    expect(Array.from(b.usage[0])).toEqual([1, 1, 1, 0]);
    expect(Array.from(b.usage[1])).toEqual([2, 0, 0, 1]);
    // polish: FS after api (3), SS+1 after doc (1).
    expect(Array.from(b.earliestStart)).toEqual([3]);
    expect(Array.from(b.earliestFinish)).toEqual([0]);
  });
});
