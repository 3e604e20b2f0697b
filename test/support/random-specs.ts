/**
 * Test helper: random plans as a user would give them, with a deadline (sometimes a deliver_by
 * before it), three-point estimates, recurring work (by name or by skill, with its own end or
 * for the plan's life), rates, fixed costs and a budget on some, and every scheduling feature
 * of the scheduler's own random plans, drawn from a fixed seed so a failure names a plan that
 * can be run again.
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

const recurringInput = fc.record({
  every: fc.constantFrom(1, 2, 5),
  duration: fc.constantFrom(0.25, 0.5, 1),
  bySkill: fc.boolean(),
  from: fc.integer({ min: 0, max: 5 }),
  length: fc.integer({ min: 1, max: 20 }),
  ownEnd: fc.boolean(),
});

function withRecurring(model: Model, r: RecurringInput | null): Model {
  const who = model.resources[0];
  if (!r || !who) return model;
  const duration = Math.min(r.duration, r.every);
  const people = r.bySkill && who.skills.length > 0 ? { assignees: [], skills: [who.skills[0]] } : { assignees: [who.id], skills: [] };
  // As a spec says it: without its own `to` it runs to the deadline and stops with the plan's finish.
  const untilFinish = !r.ownEnd && model.deadline !== undefined && day(r.from) < model.deadline.date;
  const to = untilFinish ? model.deadline!.date : day(r.from + r.length);
  return {
    ...model,
    recurring: [{ id: 'rec', title: 'Recurring check', every: r.every, duration, ...people, from: day(r.from), to, untilFinish, path: ['recurring', 0] }],
  };
}

type RecurringInput = typeof recurringInput extends fc.Arbitrary<infer T> ? T : never;

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
  const inputs = fc.tuple(planInput, fc.option(deadlineInput, { freq: 5 }), fc.option(recurringInput, { freq: 3 }), fc.option(pricesInput, { freq: 2 }));
  return fc.sample(inputs, { numRuns: count, seed }).map(([input, d, r, prices]) => {
    const base = prices ? priced(toModel(input), prices) : toModel(input);
    if (!d) return withRecurring(base, r);
    return withRecurring({
      ...base,
      deadline: { date: day(d.at), hard: d.hard, confidence: d.confidence, ...(d.deliverByEarlier > 0 ? { deliverBy: day(d.at - d.deliverByEarlier) } : {}) },
      activities: base.activities.map((a) => {
        const likely = a.work.mode === 'effort' ? a.work.amount : a.work.slots;
        if (d.spread === 0 || likely === 0 || a.type !== 'task') return a;
        return { ...a, estimate: { optimistic: likely, likely, pessimistic: Math.ceil(likely * (1 + d.spread)) } };
      }),
    }, r);
  });
}
