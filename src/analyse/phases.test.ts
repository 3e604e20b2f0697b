import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../api/index.js';
import { analysePhases, phaseOf, UNPHASED_TITLE } from './phases.js';
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

describe('declared phases', () => {
  const text = `
plan: Declared phases
start: 2024-10-14
phases:
  - { id: discovery, title: Discovery & derisking, goal: Reduce technical unknowns before committing to an approach, deliverables: [Library choice] }
  - { id: build, goal: A working sync between two clients }
team: [{ id: dev }]
tasks:
  - { id: spike, phase: discovery, assignee: dev, duration: 2d }
  - { id: sync, phase: build, assignee: dev, duration: 3d, after: [spike] }
  - { id: chores, assignee: dev, duration: 1d, after: [sync] }
`;
  const run = runPlanSync({ text }, { iterations: 0, formats: ['json', 'md'] });

  it('brings each phase its own title, goal and deliverables, and names the work without a phase apart', () => {
    expect(run.analysis!.phases.map((p) => [p.name, p.title, p.purpose, p.declaredDeliverables])).toEqual([
      ['discovery', 'Discovery & derisking', 'Reduce technical unknowns before committing to an approach', ['Library choice']],
      ['build', 'build', 'A working sync between two clients', []],
      [undefined, UNPHASED_TITLE, undefined, []],
    ]);
  });

  it('shows the phase’s goal in every format, not the plan’s', () => {
    const json = JSON.parse(run.outputs[0].text);
    expect(json.phases.map((p: { id: string | null; title: string; goal: string | null }) => [p.id, p.title, p.goal])).toEqual([
      ['discovery', 'Discovery & derisking', 'Reduce technical unknowns before committing to an approach'],
      ['build', 'build', 'A working sync between two clients'],
      [null, 'Unphased work', null],
    ]);
    const md = run.outputs[1].text;
    expect(md).toContain('### Phase 1: Discovery & derisking (Week 1)\n\n**Goal**: Reduce technical unknowns before committing to an approach\n\n**Deliverables**: Library choice');
    expect(md).toContain('### Phase 3: Unphased work (Week 2)');
    expect(md).not.toContain('Other work');
  });
});
