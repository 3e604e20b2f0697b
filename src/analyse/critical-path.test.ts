/** The critical path of the launch example (examples/launch.yaml through the real pipeline). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planModel } from '../api/index.js';
import { indexPlan } from '../plan/index.js';
import { loadSpec } from '../spec/index.js';
import type { CriticalChain } from '../schedule/index.js';
import { analyseCriticalPath } from './critical-path.js';

function launch() {
  const loaded = loadSpec(readFileSync(new URL('../../examples/launch.yaml', import.meta.url), 'utf8'));
  const result = planModel(loaded.model!, { iterations: 0 }).result!;
  return { result, path: analyseCriticalPath(result, indexPlan(result)) };
}

const activities = (chain: CriticalChain) => chain.flatMap((s) => (s.kind === 'activity' ? [s.id] : []));

describe('the launch critical path', () => {
  const { result, path } = launch();
  const date = (slot: number) => result.calendar.slotStart(slot);

  it('puts every activity without float on a reported chain', () => {
    const zeroFloat = result.timing.activities.filter((t) => t.totalFloat === 0).map((t) => t.id);
    const onChains = new Set(path.chains.flatMap(activities));
    expect(zeroFloat.filter((id) => !onChains.has(id))).toEqual([]);
    expect([...path.ids].sort()).toEqual([...zeroFloat].sort());
  });

  it('reports the discovery work and Frontend Mid 1’s stream, not only the chain after the test plan', () => {
    const early = ['ot-spike', 'ws-arch', 'ws-poc', 'ot-poc', 'ux-research', 'architecture', 'editor-setup', 'ws-client', 'editor-full', 'away-status', 'ux-improvements'];
    expect(path.ids).toEqual(expect.arrayContaining(early));
    const frontend = path.chains.find((c) => activities(c)[0] === 'ux-research')!;
    expect(activities(frontend).slice(0, 8)).toEqual(['ux-research', 'architecture', 'arch-gate', 'editor-setup', 'ws-client', 'editor-full', 'away-status', 'ux-improvements']);
    expect(path.people).toEqual(expect.arrayContaining(['be1', 'be2', 'fe1', 'qa1']));
  });

  it('runs the test-plan chain from the plan start through the QA engineer’s commitment', () => {
    // QA is fully committed to other work Oct 15-28 (slots 0-9), so the test plan starts Tue Oct 29.
    const qa = path.chains.find((c) => activities(c)[0] === 'test-plan')!;
    expect(qa[0]).toEqual({ kind: 'wait', from: 0, to: 10, reason: { kind: 'calendar', resource: 'qa1', cause: 'committed' } });
    expect(date(10)).toBe('2024-10-29');
    expect(activities(qa).slice(0, 3)).toEqual(['test-plan', 'test-env', 'qa-integration']);
    expect(result.timing.activities.find((t) => t.id === 'test-plan')?.drivenBy).toEqual({ kind: 'calendar', resource: 'qa1', cause: 'committed' });
  });

  it('crosses the holiday freeze as a wait, and ends every chain at the finish', () => {
    // Rollout ends Fri Nov 29 (slot 33 is Mon Dec 2); the freeze holds Dec 2-6 (slots 33-37).
    for (const chain of path.chains) {
      const at = chain.findIndex((s) => s.kind === 'activity' && s.id === 'feedback-fixes');
      expect(chain[at - 1]).toEqual({ kind: 'wait', from: 33, to: 38, reason: { kind: 'freeze', freeze: 'Holiday freeze' } });
      const last = chain[chain.length - 1];
      expect(last.kind === 'activity' && [last.id, last.finish]).toEqual(['retrospective', 42]);
    }
  });

  it('counts the working days to the finish without the frozen ones', () => {
    // Oct 15-18 (4), Oct 21-Nov 22 (25), Nov 25-29 without Thanksgiving (4), Dec 2-6 frozen (5),
    // Dec 9-12 (4): 42 working days to the finish, 37 of them open to work.
    expect(result.schedule.makespan).toBe(42);
    expect(path.length).toBe(37);
  });
});
