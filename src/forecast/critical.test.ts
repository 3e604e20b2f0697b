/**
 * Criticality per run agrees with the plan's own float: an activity is critical in a run when a
 * chain of driving arcs leads from it to that run's finish, by the same reading as the timing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedulePlan } from '../api/index.js';
import { planInput, toModel } from '../schedule/testing/random-plans.js';
import { countCritical } from './critical.js';
import { forecastPlan } from './forecast.js';
import { samplingPlan } from './sampler.js';
import { BASE_VARIANT, buildSimulation } from './setup.js';
import { forecastModel, planOf } from './test-utils/plans.js';
import { planExample } from '../render/md/test-utils/examples.js';

const options = { iterations: 400, seed: 3, distribution: 'pert', correlation: 0 } as const;

describe('criticality in the forecast', () => {
  // An incident night, around the clock from 02:00 (slot 0 = 02:00). The SRE restores (02:00-08:00),
  // the incident commander drafts the postmortem (08:00-11:00), and the comms lead, off until 16:00,
  // publishes it (16:00-18:00). However long the drafts run (at most 8 and 5 hours), the postmortem
  // ends by 15:00: publishing waits for the comms lead's shift, not for the draft.
  const incident = forecastModel({
    start: '2024-03-12T02:00',
    calendar: { unit: 'hour', hours: [0, 24], workweek: [0, 1, 2, 3, 4, 5, 6] },
    resources: [{ id: 'sre' }, { id: 'ic' }, { id: 'comms', timeOff: [{ from: '2024-03-12T02:00', to: '2024-03-12T16:00' }] }],
    tasks: [
      { id: 'restore', duration: 6, assignee: 'sre' },
      { id: 'postmortem', duration: 3, assignee: 'ic', after: ['restore'] },
      { id: 'publish', duration: 2, assignee: 'comms', after: ['postmortem'] },
    ],
    estimates: { restore: [4, 6, 8], postmortem: [2, 3, 5] },
  });
  const result = planOf(incident);
  const f = forecastPlan(result, options);
  const timing = Object.fromEntries(result.timing.activities.map((t) => [t.id, t]));
  const criticality = Object.fromEntries(f.tasks.map((t) => [t.id, t.criticality]));

  it('leaves the draft its float: it ends 7 hours before the finish', () => {
    expect(result.schedule.activities.map((s) => [s.id, s.start, s.finish])).toEqual([
      ['restore', 0, 6],
      ['postmortem', 6, 9],
      ['publish', 14, 16],
    ]);
    expect(timing.postmortem).toMatchObject({ critical: false, totalFloat: 5 });
    expect(timing.publish).toMatchObject({ critical: true, drivenBy: { kind: 'calendar', resource: 'comms', cause: 'off' } });
  });

  it('never counts the draft critical, since no run has it drive the finish', () => {
    expect(criticality).toEqual({ restore: 0, postmortem: 0, publish: 1 });
  });

  it('keeps the example incident’s postmortem, which ends hours before the finish, off the critical runs', () => {
    const example = planExample('incident');
    expect(example.timing.activities.find((t) => t.id === 'postmortem')).toMatchObject({ critical: false });
    expect(example.forecast!.tasks.find((t) => t.id === 'postmortem')!.criticality).toBeLessThan(0.05);
  });

  it('agrees with the timing on random plans whenever a run repeats the plan', () => {
    let compared = 0;
    fc.assert(
      fc.property(planInput, (input) => {
        const model = toModel(input);
        const planned = schedulePlan(model, { schedules: input.schedules, seed: input.seed }).plan;
        if (!planned) return;
        const plan = samplingPlan(model, { seed: 1, distribution: 'pert', correlation: 0 });
        const sim = buildSimulation({ model, schedule: planned.schedule, schedules: 1, seed: 1 }, plan, BASE_VARIANT).simulation!;
        const makespan = sim.decoder.decode(sim.list);
        const same = sim.problem.ids.every((id, j) => {
          const s = planned.schedule.activities.find((a) => a.id === id)!;
          return s.start === sim.decoder.start[j] && s.finish === sim.decoder.finish[j];
        });
        if (!same || makespan !== planned.schedule.makespan) return;
        compared++;
        const critical = new Int32Array(sim.problem.n);
        countCritical(sim, makespan, critical, new Uint8Array(sim.problem.n));
        const byId = new Map(planned.timing.activities.map((t) => [t.id, t.critical ? 1 : 0]));
        // Counts come back in the compiled problem's numbering; the simulation numbers its activities in list order.
        const expected = new Array<number | undefined>(sim.problem.n);
        sim.problem.ids.forEach((id, k) => (expected[sim.original[k]] = byId.get(id)));
        expect(Array.from(critical)).toEqual(expected);
      }),
      { numRuns: Number(process.env.PLAN_RUNS ?? 500), seed: Number(process.env.PLAN_SEED ?? 20241014) },
    );
    expect(compared).toBeGreaterThan(100);
  }, 60_000);
});
