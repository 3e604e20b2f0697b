/**
 * Property: any valid spec, written as YAML, loads without errors into a Model holding the
 * values it states, converted to slots by the documented rules. Expected values are computed
 * here from first principles, not with the loader's own conversion helpers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { hasErrors } from '../diag/index.js';
import { loadSpec } from './load.js';

type Unit = 'day' | 'hour';
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const SKILLS = ['backend', 'frontend', 'qa'] as const;

interface Amount {
  readonly n: number;
  readonly suffix: '' | 'h' | 'd' | 'w';
}
const text = (a: Amount): string | number => (a.suffix === '' ? a.n : `${a.n}${a.suffix}`);

/** Slots in an amount, as docs/spec.md states the rules. */
function slots(a: Amount, unit: Unit, weekDays: number, hoursPerDay: number): number {
  if (a.suffix === '') return a.n;
  const days = a.suffix === 'h' ? a.n / hoursPerDay : a.suffix === 'd' ? a.n : a.n * weekDays;
  return unit === 'day' ? days : days * hoursPerDay;
}
const ceil = (x: number): number => Math.max(0, Math.ceil(x - 1e-9));
/** A fixed span: exact below one slot (packed into part of it), whole slots above. */
const fixedSpan = (x: number): number => (x > 0 && x < 1 - 1e-9 ? x : ceil(x));

const amount = fc.record({ n: fc.integer({ min: 0, max: 12 }), suffix: fc.constantFrom<Amount['suffix']>('', 'h', 'd', 'w') });

const specArb = fc
  .record({
    unit: fc.constantFrom<Unit>('day', 'hour'),
    workweek: fc.subarray([...DAYS], { minLength: 1 }),
    people: fc.array(fc.record({ skills: fc.subarray([...SKILLS]), availability: fc.integer({ min: 1, max: 100 }) }), { minLength: 1, maxLength: 4 }),
    tasks: fc.array(
      fc.record({
        who: fc.constantFrom('nobody', 'assignee', 'skills'),
        person: fc.nat(),
        work: fc.constantFrom('duration', 'effort', 'estimate', 'range'),
        amounts: fc.array(amount, { minLength: 3, maxLength: 3 }),
        deps: fc.array(fc.record({ pick: fc.nat(), type: fc.constantFrom('FS', 'SS', 'FF', 'SF'), lag: fc.integer({ min: -3, max: 3 }) }), { maxLength: 3 }),
        priority: fc.constantFrom('must', 'should', 'could'),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map((g) => {
    const people = g.people.map((p, i) => ({ id: `p${i}`, skills: p.skills, availability: `${p.availability}%` }));
    const tasks = g.tasks.map((t, i) => {
      const person = people[t.person % people.length];
      const who = t.who === 'skills' && person.skills.length === 0 ? 'assignee' : t.who;
      // Effort needs someone to do it.
      const work = who === 'nobody' && t.work === 'effort' ? 'duration' : t.work;
      const sorted = [...t.amounts].sort((a, b) => slots(a, g.unit, g.workweek.length, 8) - slots(b, g.unit, g.workweek.length, 8));
      // Dependencies only on earlier tasks: no cycles; must never waits for optional work.
      const deps = i === 0 ? [] : [...new Map(t.deps.map((d) => [d.pick % i, d])).values()].filter((d) => !(t.priority === 'must' && g.tasks[d.pick % i].priority !== 'must'));
      return { id: `t${i}`, who, person, work, amounts: sorted, deps: deps.map((d) => ({ ...d, pick: d.pick % i })), priority: t.priority };
    });
    return { unit: g.unit, workweek: g.workweek, people, tasks };
  });

type Generated = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

function specOf(g: Generated): object {
  return {
    plan: 'Generated',
    start: '2024-10-15',
    calendar: { unit: g.unit, workweek: g.workweek },
    team: g.people,
    tasks: g.tasks.map((t) => ({
      id: t.id,
      ...(t.who === 'assignee' ? { assignee: t.person.id } : t.who === 'skills' ? { skills: t.person.skills } : {}),
      ...(t.work === 'duration' ? { duration: text(t.amounts[1]) } : {}),
      ...(t.work === 'effort' ? { effort: text(t.amounts[1]) } : {}),
      ...(t.work === 'estimate' ? { estimate: text(t.amounts[1]) } : {}),
      ...(t.work === 'range' ? { estimate: t.amounts.map(text) } : {}),
      after: t.deps.map((d) => (d.type === 'FS' && d.lag === 0 ? `t${d.pick}` : { task: `t${d.pick}`, type: d.type, lag: `${d.lag}d` })),
      priority: t.priority,
    })),
  };
}

describe('valid specs round-trip through YAML into the model', () => {
  it('keeps ids, people, work, links and priorities', () => {
    fc.assert(
      fc.property(specArb, (g) => {
        const result = loadSpec(stringify(specOf(g)));
        expect(hasErrors(result.diagnostics)).toBe(false);
        const model = result.model!;
        const weekDays = new Set(g.workweek).size;
        const conv = (a: Amount): number => slots(a, g.unit, weekDays, 8);

        expect(model.calendar.unit).toBe(g.unit);
        expect(model.resources.map((r) => [r.id, r.availability])).toEqual(g.people.map((p) => [p.id, Number(p.availability.slice(0, -1)) / 100]));
        expect(model.activities.map((a) => a.id)).toEqual(g.tasks.map((t) => t.id));

        g.tasks.forEach((t, i) => {
          const a = model.activities[i];
          const people = t.who !== 'nobody';
          const likely = conv(t.amounts[1]);
          const expectedWork =
            t.work === 'duration' || (!people && t.work !== 'effort')
              ? { mode: 'duration', slots: fixedSpan(likely) }
              : { mode: 'effort', amount: likely };
          expect(a.work.mode).toBe(expectedWork.mode);
          if (a.work.mode === 'duration') expect(a.work.slots).toBeCloseTo(fixedSpan(likely), 9);
          else expect(a.work.amount).toBeCloseTo(likely, 9);
          if (t.work === 'range') {
            const exact = t.amounts.map(conv);
            const expected = people ? exact : exact.map(fixedSpan);
            expect([a.estimate!.optimistic, a.estimate!.likely, a.estimate!.pessimistic].map((x) => Number(x.toFixed(9)))).toEqual(expected.map((x) => Number(x.toFixed(9))));
          } else {
            expect(a.estimate).toBeUndefined();
          }
          expect(a.demands).toEqual(
            t.who === 'assignee' ? [{ resource: t.person.id, skills: [], units: 1 }] : t.who === 'skills' ? [{ skills: t.person.skills, units: 1 }] : [],
          );
          const lagSlots = (d: number): number => (g.unit === 'day' ? d : d * 8);
          expect(a.deps).toEqual(t.deps.map((d) => ({ from: `t${d.pick}`, type: d.type, lag: d.type === 'FS' && d.lag === 0 ? 0 : lagSlots(d.lag) })));
          expect(a.priority).toBe(t.priority);
          expect(a.path).toEqual(['tasks', i]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('reads JSON as well as YAML, to the same model', () => {
    fc.assert(
      fc.property(specArb, (g) => {
        const spec = specOf(g);
        expect(loadSpec(JSON.stringify(spec)).model).toEqual(loadSpec(stringify(spec)).model);
      }),
      { numRuns: 50 },
    );
  });
});
