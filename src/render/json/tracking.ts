/** The JSON of circuit breakers and of where a re-planned plan stands (docs/json.md, "Tracking"). */
import type { Breaker, PlanAnalysis, TrackingAnalysis } from '../../analyse/index.js';

export function breakerEntry(b: Breaker) {
  return { gate: b.gate, condition: b.condition, fired: b.fired, projected: b.projected, action: b.action };
}

export function trackingEntry(analysis: PlanAnalysis) {
  const t: TrackingAnalysis | undefined = analysis.tracking;
  if (!t) return null;
  const cal = analysis.result.calendar;
  const c = t.checkin;
  return {
    asOf: t.asOf,
    replanFrom: cal.slotStart(t.from),
    replanFromOffset: t.from,
    done: t.done,
    inProgress: t.inProgress,
    blocked: t.blocked,
    gates: t.gates,
    checkin: {
      period: c.period.label,
      from: cal.slotStart(c.period.from),
      completed: c.completed,
      inProgress: c.inProgress,
      blocked: c.blocked,
      risks: c.risks,
      next: c.next,
      asks: c.asks,
    },
    standups: t.standups,
  };
}
