/**
 * Why an activity starts when it does, in the words every format shares: "Research cursor UX
 * (SS + 1 working day)", "Frontend Mid 1 after Full editor integration", "QA Engineer, committed
 * to other work until Tue 2024-10-29", "Database administrator's shift at Wed 2024-03-13 02:00",
 * "Holiday freeze until Mon 2024-12-09", "not before Mon 2025-03-10". Escaped by the context.
 */
import type { Driver } from '../../schedule/index.js';
import type { PlanAnalysis } from '../../analyse/index.js';
import { baseContext, type BaseContext } from './context.js';
import { formatDate } from './format.js';

/** `until`: the slot the activity (or the chain after a wait) starts in. */
export function driverText(ctx: BaseContext, d: Driver, until: number): string {
  // Worded only for the drivers that name the date: most wait for a link, which does not.
  const when = () => formatDate(ctx.a.result.calendar.slotStart(until));
  switch (d.kind) {
    case 'start':
      return 'the plan start';
    case 'link': {
      if (d.type === 'FS' && d.lag === 0) return ctx.title(d.from);
      const lag = d.lag === 0 ? '' : ` ${d.lag > 0 ? '+' : '-'} ${ctx.slots(Math.abs(d.lag))}`;
      return `${ctx.title(d.from)} (${d.type}${lag})`;
    }
    case 'handoff':
      return `${ctx.person(d.resource)} after ${ctx.title(d.from)}`;
    case 'calendar':
      if (d.cause === 'off') return ctx.unit === 'hour' ? `${ctx.person(d.resource)}'s shift at ${when()}` : `${ctx.person(d.resource)}, off until ${when()}`;
      return `${ctx.person(d.resource)}, committed to other work until ${when()}`;
    case 'freeze':
      return `${ctx.text(d.freeze)} until ${when()}`;
    case 'status':
      return d.cause === 'blocked' ? `a blocker, until ${when()}` : `the status of ${formatDate(ctx.a.result.tracking?.status.asOf ?? ctx.a.result.calendar.slotStart(until))}`;
    case 'date':
      return d.constraint === 'on' ? `its fixed date, ${when()}` : `not before ${when()}`;
    case 'none':
      return 'the schedule';
  }
}

/**
 * What held one activity until it started, in plain text for front ends that are not a document
 * format (the MCP server): undefined when the activity is not scheduled.
 */
export function waitedForText(a: PlanAnalysis, id: string): string | undefined {
  const scheduled = a.result.schedule.activities.find((s) => s.id === id);
  const timing = a.index.timing.get(id);
  if (!scheduled || !timing) return undefined;
  return driverText(baseContext(a, (s) => s), timing.drivenBy, scheduled.start);
}
