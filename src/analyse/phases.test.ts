import { describe, expect, it } from 'vitest';
import { analysePhases, phaseOf } from './phases.js';
import { indexPlan } from '../plan/index.js';
import { buildPlan } from './test-utils/build-plan.js';
import { launchPlan } from './test-utils/launch-fixture.js';

describe('analysePhases', () => {
  const phases = analysePhases(launchPlan());
  const byName = (name: string) => phases.find((p) => p.name === name)!;

  it('orders phases by when their work starts and labels their weeks', () => {
    expect(phases.map((p) => [p.name, p.label])).toEqual([
      ['Discovery', 'Week 1-2'],
      ['Foundation', 'Week 2-4'],
      ['Core', 'Week 4-5'],
      ['Beta', 'Week 5-7'],
      ['Rollout', 'Week 7-9'],
    ]);
  });

  it('lists each person’s work per week with its days inside the week', () => {
    const discovery = byName('Discovery');
    expect(discovery.streams.map((s) => s.resource)).toEqual(['be1', 'be2', 'fe1']);
    expect(discovery.streams[0].items.map((i) => [i.activity, i.period, i.first, i.last])).toEqual([
      ['ot-spike', 1, 1, 3],
      ['arch', 2, 1, 4],
    ]);
  });

  it('counts people working at the same time', () => {
    expect(byName('Discovery').parallelism).toEqual({ peak: 3, parallel: ['be1', 'be2', 'fe1'] });
    expect(byName('Rollout').parallelism).toEqual({ peak: 1, parallel: [] });
  });

  it('dates a gate at the end of the work before it', () => {
    expect(byName('Discovery').gates).toEqual([{ id: 'arch-gate', type: 'gate', date: '2024-10-24', slot: 8, period: 2 }]);
  });

  it('puts a circuit breaker where the work it watches is', () => {
    expect(byName('Foundation').breakers).toEqual([{ gate: 'arch-gate', task: 'ws-server', exceeds: 5, action: 'cut cursor display' }]);
    expect(byName('Discovery').breakers).toEqual([]);
  });

  it('collects deliverables, the risk watch and the goals served', () => {
    expect(byName('Discovery').deliverables.map((d) => d.activity)).toEqual(['ot-spike', 'ws-poc']);
    expect(byName('Foundation').risks).toEqual(['ot-lib']);
    expect(byName('Core').risks).toEqual(['mobile-compat']);
    expect(byName('Core').goals).toEqual(['mobile']);
  });

  it('places an external review in the phase of the work it follows', () => {
    const beta = byName('Beta');
    expect(beta.activities).toContain('security-review');
    expect(beta.unstaffed).toEqual(['security-review']);
    expect(beta.finish).toBe('2024-11-27');
  });

  it('keeps unphased tasks in an unnamed phase', () => {
    const result = buildPlan({ resources: [{ id: 'p' }], activities: [{ id: 'a', assignee: 'p', at: [0, 2] }] });
    expect(analysePhases(result).map((p) => [p.name, p.label])).toEqual([[undefined, 'Week 1']]);
    expect(phaseOf(result.model.activities[0], indexPlan(result))).toBeUndefined();
  });

  it('reads an hour plan day by day', () => {
    const result = buildPlan({
      start: '2024-10-14T20:00',
      calendar: { unit: 'hour', workweek: [0, 1, 2, 3, 4, 5, 6], hours: [0, 24], holidays: [], freezes: [] },
      resources: [{ id: 'p' }],
      activities: [{ id: 'a', assignee: 'p', phase: 'Mitigate', at: [0, 6] }],
    });
    const [phase] = analysePhases(result);
    expect(phase.label).toBe('Day 1-2');
    expect(phase.streams[0].items.map((i) => [i.period, i.first, i.last])).toEqual([
      [1, 1, 4],
      [2, 1, 2],
    ]);
  });
});
