/** Test helpers: small hand-made plans with estimates, risks and deadlines, planned for real. */
import type { PlanResult } from '../../analyse/index.js';
import { schedulePlan } from '../../api/index.js';
import type { Deadline, Estimate, Goal, Model, Risk } from '../../model/types.js';
import { buildModel, type ModelInput } from '../../schedule/testing/build-model.js';

export interface ForecastModelInput extends ModelInput {
  estimates?: Record<string, [number, number, number]>;
  risks?: Partial<Risk>[];
  deadline?: Deadline;
  goals?: Goal[];
  /** Goal of each activity, by id. */
  goalOf?: Record<string, string>;
}

const estimate = ([optimistic, likely, pessimistic]: [number, number, number]): Estimate => ({ optimistic, likely, pessimistic });

export function forecastModel(input: ForecastModelInput): Model {
  const base = buildModel(input);
  return {
    ...base,
    ...(input.deadline ? { deadline: input.deadline } : {}),
    goals: input.goals ?? [],
    activities: base.activities.map((a) => {
      const e = input.estimates?.[a.id];
      const goal = input.goalOf?.[a.id];
      return { ...a, ...(e ? { estimate: estimate(e), work: a.work.mode === 'effort' ? { mode: 'effort' as const, amount: e[1] } : { mode: 'duration' as const, slots: e[1] } } : {}), ...(goal ? { goal } : {}) };
    }),
    risks: (input.risks ?? []).map((r, i) => ({
      id: `r${i + 1}`,
      title: `Risk ${i + 1}`,
      impact: 'high',
      likelihood: 'medium',
      status: 'open',
      affects: [],
      path: ['risks', i],
      ...r,
    })),
  };
}

/** The deterministic plan (no forecast) of a model, scheduled by the real scheduler. */
export function planOf(model: Model): PlanResult {
  const outcome = schedulePlan(model, { schedules: 20, seed: 1 });
  if (!outcome.plan) throw new Error(outcome.diagnostics.map((d) => d.message).join('; '));
  return outcome.plan;
}
