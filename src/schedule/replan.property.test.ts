/**
 * Property test: random plans, each scheduled, then a random status snapshot taken at a random
 * slot (work done on or before its planned finish, work in progress with a random remainder and
 * sometimes a blocker, unstarted work sometimes blocked), re-planned and checked by the
 * independent checker, which must find nothing; nothing still to do starts before as_of.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type WorkCalendar } from '../calendar/index.js';
import type { Model, Status, TaskStatus } from '../model/index.js';
import { checkSchedule } from './check.js';
import { progressOf, trackedModel } from './progress.js';
import { replanModel } from './replan.js';
import { scheduleModel } from './schedule.js';
import { planInput, toModel } from './testing/random-plans.js';
import type { Schedule } from './types.js';

const snapshotInput = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  draws: fc.array(fc.record({ early: fc.nat(3), left: fc.double({ min: 0, max: 2, noNaN: true }), blocked: fc.nat(5), until: fc.nat(6), byHand: fc.boolean() }), { minLength: 40, maxLength: 40 }),
});
type Snapshot = typeof snapshotInput extends fc.Arbitrary<infer T> ? T : never;

/** The day (or, in hour plans, the instant) ending slot `s`. */
function endOf(calendar: WorkCalendar, s: number): string {
  return calendar.slotEnd(s);
}

function snapshot(model: Model, schedule: Schedule, calendar: WorkCalendar, snap: Snapshot): Status {
  const t = Math.max(1, Math.round(snap.at * schedule.makespan));
  const types = new Map(model.activities.map((a) => [a.id, a]));
  const tasks: TaskStatus[] = [];
  schedule.activities.forEach((s, k) => {
    const a = types.get(s.id)!;
    const d = snap.draws[k % snap.draws.length];
    if (a.type !== 'task' && a.type !== 'external') return;
    const work = a.work.mode === 'effort' ? a.work.amount : a.work.slots;
    const base = { id: s.id, path: ['tasks', s.id] as const, ...(d.byHand && a.type === 'task' && s.assignees.length > 0 ? { by: s.assignees } : {}) };
    if (s.finish <= t && s.finish > s.start) {
      const finish = Math.max(s.start + 1, s.finish - d.early);
      tasks.push({ ...base, state: 'done', started: calendar.slotStart(s.start), done: endOf(calendar, finish - 1) });
    } else if (s.start < t && s.finish > t) {
      const blocked = d.blocked === 0 ? { blocked: 'waiting', until: endOf(calendar, t + d.until) } : {};
      tasks.push({ ...base, state: d.blocked === 0 ? 'blocked' : 'in-progress', started: calendar.slotStart(s.start), remaining: Math.round(work * d.left * 4) / 4, ...blocked });
    } else if (s.start >= t && d.blocked === 1) {
      tasks.push({ id: s.id, path: ['tasks', s.id], state: 'blocked', blocked: 'waiting', ...(d.until > 2 ? { until: endOf(calendar, t + d.until) } : {}) });
    }
  });
  return { asOf: endOf(calendar, t - 1), tasks, gates: [], risks: [] };
}

describe('replanModel on random plans and random status snapshots', () => {
  it('re-plans that the independent checker accepts, with nothing still to do before as_of', () => {
    let replanned = 0;
    fc.assert(
      fc.property(planInput, snapshotInput, (input, snap) => {
        const model = toModel(input);
        const options = { schedules: input.schedules, seed: input.seed };
        const plan = scheduleModel(model, options).schedule;
        if (!plan || plan.makespan === 0) return;
        const calendar = buildCalendar(model);
        const status = snapshot(model, plan, calendar, snap);
        const tracked = trackedModel(model, status);
        const progress = progressOf(tracked, status, calendar);
        const result = replanModel(tracked, progress, options);
        if (!result.schedule) return; // past the horizon: reported as a diagnostic
        replanned++;
        expect(checkSchedule(tracked, result.schedule, progress)).toEqual([]);
        const pinned = new Set(progress.pinned.map((p) => p.id));
        for (const a of result.schedule.activities) if (!pinned.has(a.id)) expect(a.start).toBeGreaterThanOrEqual(progress.from);
        expect(replanModel(tracked, progress, options).schedule).toEqual(result.schedule);
      }),
      { numRuns: 200, seed: 13 },
    );
    // About half the random plans schedule at all (the others are refused by design).
    expect(replanned).toBeGreaterThan(80);
  });
});
