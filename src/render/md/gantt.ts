/**
 * The critical path as a table (every critical activity, with what it waits for) and as a
 * Mermaid gantt: a section per phase, critical work marked `crit`, gates and milestones as
 * `milestone`, and `excludes` matching the calendar (non-working weekdays and holidays). End
 * dates are exclusive, Mermaid's default.
 */
import { gateSlotDate } from '../../analyse/index.js';
import type { DocContext } from './context.js';
import { code, mermaidIds, mermaidText, tableRow } from './escape.js';
import { countText, DAY_NAMES, dateText, formatDate } from '../common/format.js';
import { activityDates, peopleOf } from '../../plan/index.js';
import { addDays, horizonLastDate } from '../../calendar/index.js';
import { remembered } from '../common/context.js';
import { driverText } from '../common/driver-text.js';

/** The `excludes` value for a calendar, or undefined when every day is worked. */
export function excludesFor(workweek: readonly number[], holidays: readonly string[]): string | undefined {
  const off = [0, 1, 2, 3, 4, 5, 6].filter((d) => !workweek.includes(d));
  const days = off.length === 2 && off.includes(0) && off.includes(6) ? ['weekends'] : off.map((d) => DAY_NAMES[d].toLowerCase());
  const all = [...days, ...[...holidays].sort()];
  return all.length > 0 ? all.join(', ') : undefined;
}

export function renderGanttChart(ctx: DocContext): string {
  const { result, phases, index } = ctx.a;
  const { calendar: spec } = result.model;
  const cal = result.calendar;
  const ids = mermaidIds(result.schedule.activities.map((s) => s.id));
  const hour = ctx.unit === 'hour';
  const lines = ['gantt', `    title ${mermaidText(`${result.model.name} - Critical Path`)}`, `    dateFormat ${hour ? 'YYYY-MM-DD HH:mm' : 'YYYY-MM-DD'}`];
  lines.push(`    axisFormat ${hour ? '%d %H:%M' : '%b %d'}`);
  const excludes = excludesFor(spec.workweek, spec.holidays);
  if (excludes) lines.push(`    excludes ${excludes}`);
  // Thousands of bars share a few hundred slots: each slot's date is worded once.
  const pointAt = remembered((slot: number) => {
    const decided = gateSlotDate(result, slot);
    return dateText(hour ? decided : addDays(decided, 1));
  });
  const startAt = remembered((slot: number) => dateText(cal.slotStart(slot)));
  const endAt = remembered((slot: number) => dateText(hour ? cal.slotEnd(slot) : addDays(cal.slotEnd(slot), 1)));
  phases.forEach((phase) => {
    lines.push(`    section ${mermaidText(phase.title)}`);
    for (const id of phase.activities) {
      const s = index.scheduled.get(id)!;
      const type = index.activity.get(id)?.type;
      const crit = index.critical.has(id) ? 'crit, ' : '';
      const name = mermaidText(index.activity.get(id)?.title ?? id, id);
      if (type === 'gate' || type === 'milestone' || s.finish <= s.start) {
        lines.push(`    ${name} :${crit}milestone, ${ids.get(id) ?? ''}, ${pointAt(s.start)}, 0d`);
        continue;
      }
      lines.push(`    ${name} :${crit}${ids.get(id) ?? ''}, ${startAt(s.start)}, ${endAt(s.finish - 1)}`);
    }
  });
  const freezes = ctx.a.rollout.freezes;
  if (freezes.length > 0) {
    lines.push('    section Freezes');
    // A freeze "until 9999-12-31" is drawn to the end of the plan's horizon, the last day the chart can reach.
    const last = horizonLastDate(result.model.start, result.calendar.unit);
    freezes.forEach((f, i) => {
      const from = hour && f.from.length === 10 ? `${f.from}T00:00` : f.from;
      const until = f.to.slice(0, 10) > last ? last : f.to;
      const to = until.length === 10 ? (hour ? `${addDays(until, 1)}T00:00` : addDays(until, 1)) : until;
      lines.push(`    ${mermaidText(f.name, 'Freeze')} :done, freeze_${i + 1}, ${dateText(from)}, ${dateText(to)}`);
    });
  }
  return lines.join('\n');
}

export function renderCriticalPath(ctx: DocContext): string {
  const { criticalPath, index, result } = ctx.a;
  const cal = result.calendar;
  const lines: string[] = [];
  if (criticalPath.ids.length === 0) lines.push('No critical path: nothing is scheduled.', '');
  else {
    lines.push(`${countText(criticalPath.ids.length, 'activity', 'activities')} over ${ctx.slots(criticalPath.length)}; any delay to ${criticalPath.ids.length === 1 ? 'it' : 'them'} delays the finish.`, '');
    lines.push('| # | Activity | Id | Who | Start | Finish | Waits for |', '|---:|---|---|---|---|---|---|');
    criticalPath.ids.forEach((id, i) => {
      const s = index.scheduled.get(id)!;
      const a = index.activity.get(id);
      const who = s.assignees.length > 0 ? [...new Set(peopleOf(s))].map(ctx.person).join(', ') : a?.owner ? ctx.person(a.owner) : a?.type === 'gate' ? 'decision' : '';
      const dates = activityDates(s, cal);
      const driver = index.timing.get(id)?.drivenBy;
      lines.push(tableRow([String(i + 1), ctx.title(id), code(id), who, formatDate(dates.start), formatDate(dates.finish), driver ? driverText(ctx, driver, s.start) : '']));
    });
    lines.push('');
  }
  lines.push('```mermaid', renderGanttChart(ctx), '```');
  return lines.join('\n');
}
