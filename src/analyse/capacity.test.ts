import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planModel } from '../api/index.js';
import type { Model, Priority } from '../model/index.js';
import type { Schedule } from '../schedule/index.js';
import { loadSpec } from '../spec/index.js';
import { analyseBuffer, indexPlan } from '../plan/index.js';
import { analyseCapacity } from './capacity.js';
import type { PlanResult } from './result.js';
import { buildPlan, type PlanInput } from './test-utils/build-plan.js';

const capacity = (result: PlanResult) => analyseCapacity(result, indexPlan(result), analyseBuffer(result));

/** A Mon-Fri sprint of one week (deadline Fri 2024-10-18) with a half-time person and a day off. */
const sprint: PlanInput = {
  deadline: { date: '2024-10-18', hard: true, confidence: 0.8 },
  resources: [{ id: 'p' }, { id: 'q', availability: 0.5 }, { id: 'r', timeOff: [{ from: '2024-10-14', to: '2024-10-14' }] }],
  activities: [
    { id: 'core', assignee: 'p', at: [0, 5] },
    { id: 'nice', assignee: 'r', priority: 'should', at: [1, 5] },
    { id: 'extra', assignee: 'q', priority: 'could', effort: 2, at: [0, 4] },
    { id: 'late', assignee: 'p', at: [5, 7] },
    { id: 'later', priority: 'wont' },
  ],
};

describe('analyseCapacity', () => {
  it('measures the team’s capacity to the deadline against work by priority', () => {
    const c = capacity(buildPlan(sprint));
    // p 5 + q 2.5 + r 4 (one day off) = 11.5 person-days in the week.
    expect(c).toMatchObject({ horizon: 'deadline', horizonEnd: 5, capacity: 11.5, must: 7, should: 4, could: 2, committed: 13, lateMusts: ['late'] });
  });

  it('says from the schedule whether the must-haves fit, by how much they miss, and which chain decides it', () => {
    const c = capacity(buildPlan(sprint));
    // late runs [5, 7) on p after core [0, 5): two days past the end of the week, handed over by p.
    expect(c).toMatchObject({ mustsFit: false, mustLateBy: 2, mustChain: ['core', 'late'] });
    expect([c.fits, c.doesNotFit]).toEqual([['core', 'nice', 'extra'], ['late']]);
  });

  it('follows the link that binds a start before a hand-over, and stops where nothing held the work up', () => {
    const c = capacity(
      buildPlan({
        ...sprint,
        activities: [
          { id: 'spec', assignee: 'q', at: [0, 2] },
          { id: 'other', assignee: 'p', at: [0, 3] },
          { id: 'build', assignee: 'p', after: ['spec'], at: [3, 6] },
          { id: 'ship', assignee: 'r', after: ['build'], at: [6, 7] },
        ],
      }),
    );
    // build waits for p (other hands over at 3), not for spec (done at 2); ship follows build.
    expect(c).toMatchObject({ mustsFit: false, mustLateBy: 2, mustChain: ['other', 'build', 'ship'], fits: ['spec', 'other'], doesNotFit: ['build', 'ship'] });
  });

  it('has the must-haves fit, with nothing late, when they finish by the deadline', () => {
    const c = capacity(buildPlan({ ...sprint, activities: [{ id: 'a', assignee: 'p', at: [0, 2] }, { id: 'b', assignee: 'p', after: ['a'], at: [2, 5] }] }));
    expect(c).toMatchObject({ mustsFit: true, mustLateBy: 0, mustChain: ['a', 'b'], fits: ['a', 'b'], doesNotFit: [] });
  });

  it('uses the plan’s length without a deadline', () => {
    const c = capacity(buildPlan({ ...sprint, deadline: undefined }));
    expect([c.horizon, c.horizonEnd, c.lateMusts]).toEqual(['plan', 7, []]);
  });

  it('leaves out slots a freeze closes to all work', () => {
    const freezes = [{ name: 'Freeze', from: '2024-10-15', to: '2024-10-15', blocks: 'all' as const, path: [] }];
    const c = capacity(buildPlan({ ...sprint, calendar: { unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: [], freezes } }));
    expect(c.capacity).toBe(11.5 - 2.5);
  });
});

const RANK: Record<Priority, number> = { must: 0, should: 1, could: 2, wont: 3 };

/** Each activity's effective class: the best of its own and of everything after it. */
function effectiveRanks(model: Model): Map<string, number> {
  const rank = new Map(model.activities.map((a) => [a.id, RANK[a.priority]]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const a of model.activities) {
      for (const d of a.deps) {
        if (rank.get(a.id)! < rank.get(d.from)!) {
          rank.set(d.from, rank.get(a.id)!);
          changed = true;
        }
      }
    }
  }
  return rank;
}

/** "person: low holds [s, f) while high, ready at r, waits until s'" for every such overlap. */
function lowerClassHolds(model: Model, schedule: Schedule): string[] {
  const rank = effectiveRanks(model);
  const placed = new Map(schedule.activities.map((s) => [s.id, s]));
  const readyAt = (id: string) =>
    Math.max(
      0,
      ...model.activities.find((a) => a.id === id)!.deps.map((d) => {
        const p = placed.get(d.from)!;
        const span = placed.get(id)!.finish - placed.get(id)!.start;
        const lag = Math.ceil(d.lag);
        return d.type === 'FS' ? p.finish + lag : d.type === 'SS' ? p.start + lag : d.type === 'FF' ? p.finish + lag - span : p.start + lag - span;
      }),
    );
  const found: string[] = [];
  for (const low of schedule.activities) {
    for (const high of schedule.activities) {
      const person = low.assignees.find((r) => high.assignees.includes(r));
      if (!person || rank.get(high.id)! >= rank.get(low.id)!) continue;
      const ready = readyAt(high.id);
      if (Math.max(ready, low.start) < Math.min(high.start, low.finish)) found.push(`${person}: ${low.id} holds [${low.start}, ${low.finish}) while ${high.id}, ready at ${ready}, waits until ${high.start}`);
    }
  }
  return found;
}

describe('the sprint example', () => {
  const loaded = loadSpec(readFileSync(new URL('../../examples/sprint.yaml', import.meta.url), 'utf8'));
  const result = planModel(loaded.model!, { iterations: 0 }).result!;

  it('never has a should or could hold a person while a better-class task of theirs, ready by its links, waits', () => {
    expect(lowerClassHolds(result.model, result.schedule)).toEqual([]);
  });

  it('says the must-haves miss the deadline by a day, decided by the billing chain', () => {
    const c = capacity(result);
    // Sprint: Mon 3 to Fri 14 June, 10 working days (slots 0-9). On likely estimates the chain is
    // plan-page 4 days [0, 4), confirm-flow 3 [4, 7), billing-tests from a day into it 3 [5, 8),
    // regression 2 [8, 10), then billing-deploy's half day of Frank's, who gives half his time:
    // a whole day [10, 11), Monday 17 June. 10.5 working days of work in a 10-day sprint.
    expect(c).toMatchObject({ horizon: 'deadline', horizonEnd: 10, mustsFit: false, mustLateBy: 1, lateMusts: ['billing-deploy'] });
    expect(c.mustChain).toEqual(['plan-page', 'confirm-flow', 'billing-tests', 'regression', 'billing-deploy']);
    expect(c.doesNotFit).toContain('billing-deploy');
    expect([...c.fits, ...c.doesNotFit].sort()).toEqual(result.model.activities.filter((a) => a.type === 'task' && a.priority !== 'wont').map((a) => a.id).sort());
  });
});

