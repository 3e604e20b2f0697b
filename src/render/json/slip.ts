/** The `slip` block of the JSON contract (docs/json.md): the slip analysis as it is, null without a baseline. */
import type { SlipAnalysis, Variance } from '../../analyse/index.js';

export function slipEntry(slip: SlipAnalysis | undefined) {
  if (!slip) return null;
  return {
    baseline: { name: slip.baseline.name, start: slip.baseline.start, finish: slip.baseline.finish, seed: slip.baseline.seed ?? null, schedules: slip.baseline.schedules ?? null },
    finish: varianceEntry(slip.finish),
    drift: { slots: slip.drift.slots, days: slip.drift.days, causes: slip.drift.causes.map((c) => ({ kind: c.kind, ids: c.ids, slots: c.slots, ...(c.driver ? { driver: c.driver } : {}) })) },
    items: slip.items.map((i) => ({ id: i.id, type: i.type, critical: i.critical, start: varianceEntry(i.start), finish: varianceEntry(i.finish) })),
    added: slip.added.map((w) => ({ id: w.id, title: w.title, type: w.type, priority: w.priority, work: w.work })),
    removed: slip.removed.map((w) => ({ id: w.id, title: w.title, type: w.type, priority: w.priority, work: w.work, reason: w.reason })),
    reestimated: slip.reestimated.map((r) => ({ id: r.id, title: r.title, before: { mode: r.before.mode, amount: r.before.amount, estimate: r.before.estimate ?? null }, after: { mode: r.after.mode, amount: r.after.amount, estimate: r.after.estimate ?? null } })),
    spi: { value: slip.spi.value, earned: slip.spi.earned, planned: slip.spi.planned, asOf: slip.spi.asOf, basis: slip.spi.basis },
  };
}

function varianceEntry(v: Variance) {
  return { baseline: v.baseline, current: v.current, slots: v.slots, days: v.days };
}
