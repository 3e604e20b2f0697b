/**
 * The slip against a hand-written baseline, on the weekday test calendar from Mon 2024-10-14:
 * slot 0 is Mon 14, 4 is Fri 18, 5 is Mon 21, 7 is Wed 23.
 */
import { describe, expect, it } from 'vitest';
import type { Baseline, BaselineActivity } from '../../model/index.js';
import { analysePlan } from '../analysis.js';
import { buildPlan, type ActivityInput } from '../test-utils/build-plan.js';
import type { SlipProgress } from './types.js';
import { analyseSlip } from './slip.js';

function was(id: string, start: string, finish: string, at: [number, number], work?: number, assignees = ['p']): BaselineActivity {
  return { id, title: id, type: at[0] === at[1] ? 'milestone' : 'task', priority: 'must', start, finish, startOffset: at[0], finishOffset: at[1], assignees: at[0] === at[1] ? [] : assignees, critical: true, ...(work !== undefined ? { work: { mode: 'effort', amount: work, booked: work } } : {}) };
}

/** a (2 days) then b (3 days) by p, r (1 day) by q beside them, done after b: finish Fri 18. */
const BASELINE: Baseline = {
  name: 'Test plan',
  unit: 'day',
  start: '2024-10-14',
  finish: '2024-10-18',
  makespan: 5,
  seed: 1,
  criticalPath: ['a', 'b', 'done'],
  activities: [was('a', '2024-10-14', '2024-10-15', [0, 2], 2), was('b', '2024-10-16', '2024-10-18', [2, 5], 3), was('r', '2024-10-14', '2024-10-14', [0, 1], 1, ['q']), was('done', '2024-10-18', '2024-10-18', [5, 5])],
  unscheduled: [],
};

const people = [{ id: 'p' }, { id: 'q' }];

function slipOf(activities: ActivityInput[], criticalPath: string[], baseline: Baseline = BASELINE, progress?: SlipProgress) {
  const result = { ...buildPlan({ resources: people, activities, criticalPath }), baseline };
  const a = analysePlan(result);
  return progress ? analyseSlip(result, a.index, a.criticalPath, a.outlook, progress)! : a.slip!;
}

/** a re-estimated from 2 to 3 days, n added after it, b after n (2 days later), r removed. */
const CHANGED: ActivityInput[] = [
  { id: 'a', effort: 3, assignee: 'p', at: [0, 3] },
  { id: 'n', effort: 1, assignee: 'p', after: ['a'], at: [3, 4] },
  { id: 'b', effort: 3, assignee: 'p', after: ['n'], at: [4, 7] },
  { id: 'done', type: 'milestone', after: ['b'], at: [7, 7] },
];

describe('the slip against a baseline', () => {
  const slip = slipOf(CHANGED, ['a', 'n', 'b', 'done']);

  it('measures the finish drift in working days and calendar days', () => {
    expect(slip.finish.baseline).toEqual({ date: '2024-10-18', offset: 5 });
    expect(slip.finish.current).toEqual({ date: '2024-10-22', offset: 7 });
    expect({ slots: slip.drift.slots, days: slip.drift.days }).toEqual({ slots: 2, days: 4 });
  });

  it('gives each activity in both plans its start and finish variance', () => {
    const v = Object.fromEntries(slip.items.map((i) => [i.id, [i.start.slots, i.start.days, i.finish.slots, i.finish.days]]));
    // a keeps its start and ends a day later (Tue 15 -> Wed 16); b moved 2 working days
    // (Wed 16 -> Fri 18) and ends Tue 22 instead of Fri 18; the milestone follows b.
    expect(v).toEqual({ a: [0, 0, 1, 1], b: [2, 2, 2, 4], done: [2, 4, 2, 4] });
    expect(slip.items.find((i) => i.id === 'b')!.start).toEqual({ baseline: { date: '2024-10-16', offset: 2 }, current: { date: '2024-10-18', offset: 4 }, slots: 2, days: 2 });
  });

  it('lists the work added, removed and re-estimated', () => {
    expect(slip.added).toEqual([{ id: 'n', title: 'n', type: 'task', priority: 'must', work: 1 }]);
    expect(slip.removed).toEqual([{ id: 'r', title: 'r', type: 'task', priority: 'must', work: 1, reason: 'deleted' }]);
    expect(slip.reestimated).toEqual([{ id: 'a', title: 'a', before: { mode: 'effort', amount: 2 }, after: { mode: 'effort', amount: 3 } }]);
  });

  it('splits the drift into the re-estimate and the added work, adding up to it', () => {
    expect(slip.drift.causes).toEqual([
      { kind: 're-estimated', ids: ['a'], slots: 1 },
      { kind: 'added', ids: ['n'], slots: 1 },
    ]);
  });

  it('has no SPI at the plan start without a status: nothing was planned done by then', () => {
    expect(slip.spi).toEqual({ value: null, earned: 0, planned: 0, asOf: { date: '2024-10-14', offset: 0 }, basis: 'plan-start' });
  });

  it('measures the SPI at the status date: work earned over work the baseline planned by then', () => {
    // By Wed 16 (slot 2) the baseline planned a (2) and r (1) done: 3 person-days. The status
    // has two thirds of a done: 4/3 person-days earned, SPI 0.44.
    const progress: SlipProgress = { asOf: '2024-10-16', activities: new Map([['a', { state: 'in-progress', share: 2 / 3 }]]) };
    expect(slipOf(CHANGED, ['a', 'n', 'b', 'done'], BASELINE, progress).spi).toEqual({ value: 0.44, earned: 1.33, planned: 3, asOf: { date: '2024-10-16', offset: 2 }, basis: 'status' });
  });

  it('is zero for a plan that is the baseline', () => {
    const same = slipOf(
      [
        { id: 'a', effort: 2, assignee: 'p', at: [0, 2] },
        { id: 'b', effort: 3, assignee: 'p', after: ['a'], at: [2, 5] },
        { id: 'r', effort: 1, assignee: 'q', at: [0, 1] },
        { id: 'done', type: 'milestone', after: ['b'], at: [5, 5] },
      ],
      ['a', 'b', 'done'],
    );
    expect(same.drift).toEqual({ slots: 0, days: 0, causes: [] });
    expect(same.items.every((i) => i.start.slots === 0 && i.finish.slots === 0 && i.start.days === 0 && i.finish.days === 0)).toBe(true);
    expect([same.added, same.removed, same.reestimated]).toEqual([[], [], []]);
  });

  it('names a longer task on the same estimate, or what the status says of it', () => {
    // a takes 3 days on its 2 days of effort (its person is part-time now).
    const slower: ActivityInput[] = [
      { id: 'a', effort: 2, assignee: 'p', at: [0, 3] },
      { id: 'b', effort: 3, assignee: 'p', after: ['a'], at: [3, 6] },
      { id: 'r', effort: 1, assignee: 'q', at: [0, 1] },
      { id: 'done', type: 'milestone', after: ['b'], at: [6, 6] },
    ];
    expect(slipOf(slower, ['a', 'b', 'done']).drift.causes).toEqual([{ kind: 'duration', ids: ['a'], slots: 1 }]);
    const progress: SlipProgress = { asOf: '2024-10-17', activities: new Map([['a', { state: 'done', share: 1 }]]) };
    expect(slipOf(slower, ['a', 'b', 'done'], BASELINE, progress).drift.causes).toEqual([{ kind: 'done', ids: ['a'], slots: 1 }]);
  });

  it('names what a task that starts later waits for now', () => {
    // p is off on Wed 16, so b starts a day after a instead of right after it.
    const waiting: ActivityInput[] = [
      { id: 'a', effort: 2, assignee: 'p', at: [0, 2] },
      { id: 'b', effort: 3, assignee: 'p', after: ['a'], at: [3, 6], drivenBy: { kind: 'calendar', resource: 'p', cause: 'off' } },
      { id: 'r', effort: 1, assignee: 'q', at: [0, 1] },
      { id: 'done', type: 'milestone', after: ['b'], at: [6, 6] },
    ];
    expect(slipOf(waiting, ['a', 'b', 'done']).drift.causes).toEqual([{ kind: 'start', ids: ['b'], slots: 1, driver: { kind: 'calendar', resource: 'p', cause: 'off' } }]);
  });

  it('says when the baseline ended with work that is now gone', () => {
    // The baseline's last work was r, Mon 21; without it the plan ends with b on Fri 18.
    const longer: Baseline = { ...BASELINE, finish: '2024-10-21', makespan: 6, activities: [...BASELINE.activities.filter((b) => b.id !== 'r'), was('r', '2024-10-21', '2024-10-21', [5, 6], 1, ['q'])] };
    const slip = slipOf(
      [
        { id: 'a', effort: 2, assignee: 'p', at: [0, 2] },
        { id: 'b', effort: 3, assignee: 'p', after: ['a'], at: [2, 5] },
        { id: 'done', type: 'milestone', after: ['b'], at: [5, 5] },
      ],
      ['a', 'b', 'done'],
      longer,
    );
    expect(slip.drift).toEqual({ slots: -1, days: -3, causes: [{ kind: 'baseline-finish', ids: ['r'], slots: -1 }] });
    expect(slip.removed.map((r) => r.id)).toEqual(['r']);
  });
});
