/**
 * Test helper: random plans as a user would give them, with a deadline (sometimes a deliver_by
 * before it), three-point estimates, recurring work (by name or by skill, with its own end or
 * for the plan's life) and every scheduling feature of the scheduler's own random plans, drawn
 * from a fixed seed so a failure names a plan that can be run again.
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
  return {
    ...model,
    recurring: [{ id: 'rec', title: 'Recurring check', every: r.every, duration, ...people, from: day(r.from), to: day(r.from + r.length), untilFinish: !r.ownEnd, path: ['recurring', 0] }],
  };
}

type RecurringInput = typeof recurringInput extends fc.Arbitrary<infer T> ? T : never;

export function randomModels(count: number, seed: number): Model[] {
  return fc.sample(fc.tuple(planInput, fc.option(deadlineInput, { freq: 5 }), fc.option(recurringInput, { freq: 3 })), { numRuns: count, seed }).map(([input, d, r]) => {
    const base = withRecurring(toModel(input), r);
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
