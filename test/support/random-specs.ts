/**
 * Test helper: random plans as a user would give them, with a deadline (sometimes a deliver_by
 * before it), three-point estimates, rates, fixed costs and a budget on some, and every
 * scheduling feature of the scheduler's own random plans, drawn from a fixed seed so a failure
 * names a plan that can be run again.
 */
import fc from 'fast-check';
import type { Model } from '../../src/model/types.js';
import { planInput, toModel } from '../../src/schedule/testing/random-plans.js';

const day = (offset: number) => new Date(Date.UTC(2024, 9, 14 + offset)).toISOString().slice(0, 10);

const deadlineInput = fc.record({
  at: fc.integer({ min: 0, max: 30 }),
  deliverByEarlier: fc.constantFrom(0, 0, 0, 2, 5),
  hard: fc.boolean(),
  confidence: fc.constantFrom(0.5, 0.8, 0.9),
  spread: fc.constantFrom(0, 0.5, 1),
});

/** Rates (cents per slot, some fractional) for some people, fixed costs for some items, a budget. */
const pricesInput = fc.record({
  rates: fc.array(fc.constantFrom(undefined, 40000, 12500.5, 90000), { minLength: 4, maxLength: 4 }),
  costs: fc.array(fc.constantFrom(undefined, 0, 150050, 99), { minLength: 9, maxLength: 9 }),
  budget: fc.option(fc.integer({ min: 0, max: 20000 }), { freq: 2 }),
});

function priced(model: Model, p: { rates: (number | undefined)[]; costs: (number | undefined)[]; budget: number | null }): Model {
  return {
    ...model,
    constraints: p.budget === null ? model.constraints : { ...model.constraints, budget: { amount: p.budget, currency: 'EUR' }, currency: 'EUR' },
    resources: model.resources.map((r, k) => (p.rates[k] === undefined ? r : { ...r, rate: p.rates[k] })),
    activities: model.activities.map((a, j) => (p.costs[j] === undefined || a.type === 'gate' || a.type === 'milestone' ? a : { ...a, cost: p.costs[j] })),
  };
}

export function randomModels(count: number, seed: number): Model[] {
  return fc.sample(fc.tuple(planInput, fc.option(deadlineInput, { freq: 5 }), fc.option(pricesInput, { freq: 2 })), { numRuns: count, seed }).map(([input, d, prices]) => {
    const base = prices ? priced(toModel(input), prices) : toModel(input);
    if (!d) return base;
    return {
      ...base,
      deadline: { date: day(d.at), hard: d.hard, confidence: d.confidence, ...(d.deliverByEarlier > 0 ? { deliverBy: day(d.at - d.deliverByEarlier) } : {}) },
      activities: base.activities.map((a) => {
        const likely = a.work.mode === 'effort' ? a.work.amount : a.work.slots;
        if (d.spread === 0 || likely === 0 || a.type !== 'task') return a;
        return { ...a, estimate: { optimistic: likely, likely, pessimistic: Math.ceil(likely * (1 + d.spread)) } };
      }),
    };
  });
}
