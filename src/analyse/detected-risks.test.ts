import { describe, expect, it } from 'vitest';
import { analyseAllocation } from './allocation.js';
import { analyseBuffer, indexPlan } from '../plan/index.js';
import { analyseCapacity } from './capacity.js';
import { detectRisks } from './detected-risks.js';
import type { PlanResult } from './result.js';
import { buildPlan, type PlanInput } from './test-utils/build-plan.js';
import { launchPlan } from './test-utils/launch-fixture.js';

function detect(result: PlanResult) {
  const index = indexPlan(result);
  const buffer = analyseBuffer(result);
  return detectRisks(result, index, analyseAllocation(result), buffer, analyseCapacity(result, index, buffer));
}

const twoPeople: Pick<PlanInput, 'resources'> = { resources: [{ id: 'p' }, { id: 'q' }] };
const deadline = (date: string) => ({ date, hard: true, confidence: 0.9 });

describe('detectRisks', () => {
  it('finds the launch fixture’s over-allocation, external on the critical path, thin buffer and deploy after the freeze', () => {
    expect(detect(launchPlan()).map((r) => r.id)).toEqual([
      'detected-over-allocated-fe1',
      'detected-external-security-review',
      'detected-low-buffer',
      'detected-after-freeze-1',
    ]);
  });

  it('reports the weeks and the busiest day of an over-allocated person', () => {
    const [risk] = detect(launchPlan());
    expect(risk).toMatchObject({ code: 'over-allocated', resource: 'fe1', periods: [4], peakPercent: 200, impact: 'medium', likelihood: 'high' });
  });

  it('flags one person carrying the whole critical path', () => {
    const result = buildPlan({
      ...twoPeople,
      activities: [
        { id: 'a', assignee: 'p', at: [0, 2] },
        { id: 'b', assignee: 'p', at: [2, 4], after: ['a'] },
        { id: 'c', assignee: 'q', at: [0, 1] },
      ],
      criticalPath: ['a', 'b'],
    });
    expect(detect(result)).toEqual([{ code: 'single-critical-owner', id: 'detected-single-critical-owner', resource: 'p', tasks: ['a', 'b'], impact: 'high', likelihood: 'medium' }]);
  });

  it('does not flag a one-person team for carrying its own critical path', () => {
    const result = buildPlan({ resources: [{ id: 'p' }], activities: [{ id: 'a', assignee: 'p', at: [0, 2] }, { id: 'b', assignee: 'p', at: [2, 4] }], criticalPath: ['a', 'b'] });
    expect(detect(result)).toEqual([]);
  });

  it('flags a buffer under 10%, with high impact only for a hard deadline', () => {
    const base = { ...twoPeople, activities: [{ id: 'a', assignee: 'p', at: [0, 10] as [number, number] }] };
    // Mon Oct 14 + 10 working days = Fri Oct 25 is the last day; a deadline of Mon Oct 28 leaves 1 of 11.
    const hard = detect(buildPlan({ ...base, deadline: deadline('2024-10-28') }));
    expect(hard).toEqual([{ code: 'low-buffer', id: 'detected-low-buffer', bufferSlots: 1, bufferPercent: (1 / 11) * 100, hard: true, impact: 'high', likelihood: 'high' }]);
    const soft = detect(buildPlan({ ...base, deadline: { ...deadline('2024-10-28'), hard: false } }));
    expect(soft[0]).toMatchObject({ impact: 'medium' });
    expect(detect(buildPlan({ ...base, deadline: deadline('2024-10-29') }))).toEqual([]);
  });

  it('flags must-have work after a freeze but not monitoring or should-haves', () => {
    const freezes = [{ name: 'Freeze', from: '2024-10-16', to: '2024-10-16', blocks: 'all' as const, path: [] }];
    const result = buildPlan({
      ...twoPeople,
      calendar: { unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: [], freezes },
      activities: [
        { id: 'before', assignee: 'p', at: [0, 2] },
        { id: 'after', assignee: 'p', at: [3, 4] },
        { id: 'watch', assignee: 'q', kind: 'monitoring', at: [3, 4] },
        { id: 'nice', assignee: 'q', priority: 'should', at: [4, 5] },
      ],
    });
    expect(detect(result)).toEqual([{ code: 'must-after-freeze', id: 'detected-after-freeze-1', freeze: 'Freeze', tasks: ['after'], impact: 'high', likelihood: 'medium' }]);
  });

  it('ignores must-have deploys after a freeze that only stops deploys', () => {
    const freezes = [{ name: 'Deploy freeze', from: '2024-10-16', to: '2024-10-16', blocks: ['deploy'], path: [] }];
    const result = buildPlan({
      ...twoPeople,
      calendar: { unit: 'day', workweek: [1, 2, 3, 4, 5], hours: [9, 17], holidays: [], freezes },
      activities: [{ id: 'ship', assignee: 'p', kind: 'deploy', at: [3, 4] }],
    });
    expect(detect(result)).toEqual([]);
  });

  it('names must-have work that finishes after the deadline', () => {
    const result = buildPlan({
      ...twoPeople,
      deadline: deadline('2024-10-15'),
      activities: [
        { id: 'core', assignee: 'p', at: [0, 3] },
        { id: 'nice', assignee: 'q', priority: 'should', at: [0, 4] },
      ],
    });
    expect(detect(result).map((r) => r.code)).toEqual(['low-buffer', 'late-musts']);
    expect(detect(result)[1]).toMatchObject({ tasks: ['core'], impact: 'high', likelihood: 'high' });
  });

  it('flags a gate taken after most of the work it steers, not counting the work that feeds it', () => {
    const activities = (gateAt: number): PlanInput['activities'] => [
      { id: 'spike', assignee: 'p', at: [0, gateAt] },
      { id: 'go', type: 'gate', at: [gateAt, gateAt], after: ['spike'], float: 3 },
      { id: 'side', assignee: 'q', at: [0, 8] },
      { id: 'ship', assignee: 'p', at: [gateAt, gateAt + 2], after: ['go'] },
    ];
    // Steered: side (8) + ship (2). At slot 6, 6 of side's 8 are done: 60%.
    expect(detect(buildPlan({ ...twoPeople, activities: activities(6) }))).toEqual([
      { code: 'late-gate', id: 'detected-late-gate-go', gate: 'go', workBeforePercent: 60, impact: 'high', likelihood: 'medium' },
    ]);
    // At slot 2, 2 of 10 (20%), however long the spike that feeds it.
    expect(detect(buildPlan({ ...twoPeople, activities: activities(2) }))).toEqual([]);
  });

  it('flags an early gate with no slack left to act on a failure', () => {
    const activities: PlanInput['activities'] = [
      { id: 'spike', assignee: 'p', at: [0, 2] },
      { id: 'go', type: 'gate', at: [2, 2], after: ['spike'] },
      { id: 'build', assignee: 'p', at: [2, 10], after: ['go'] },
    ];
    const late = detect(buildPlan({ ...twoPeople, activities, criticalPath: ['spike', 'go', 'build'], deadline: deadline('2024-10-25') }));
    expect(late.find((r) => r.code === 'late-gate')).toMatchObject({ gate: 'go', workBeforePercent: 0, slack: 0 });
    const roomy = detect(buildPlan({ ...twoPeople, activities, criticalPath: ['spike', 'go', 'build'], deadline: deadline('2024-11-08') }));
    expect(roomy.map((r) => r.code)).toEqual(['single-critical-owner']);
  });
});
