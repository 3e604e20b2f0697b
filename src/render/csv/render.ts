/**
 * The plan as spreadsheet tables: one row per scheduled activity (NAME.csv) and one row per
 * resource per calendar week (NAME.load.csv), both read straight from the analysis.
 */
import type { PlanAnalysis } from '../../analyse/index.js';
import type { Link } from '../../model/index.js';
import { peopleOf } from '../../plan/index.js';
import { csvTable, type Cell } from './cells.js';

/** `days` or `hours`: what durations, floats and loads are counted in. */
function unitWord(a: PlanAnalysis): string {
  return a.result.model.calendar.unit === 'day' ? 'days' : 'hours';
}

/** `ot-spike`, `ws-client SS+2d`, `api FS-1d`: the predecessor, its type unless FS, its lag unless 0. */
export function linkText(link: Link, unit: 'day' | 'hour'): string {
  const lag = link.lag === 0 ? '' : `${link.lag > 0 ? '+' : ''}${Math.round(link.lag * 100) / 100}${unit === 'day' ? 'd' : 'h'}`;
  const type = link.type === 'FS' && lag === '' ? '' : ` ${link.type}`;
  return `${link.from}${type}${lag}`;
}

export function renderTaskCsv(a: PlanAnalysis): string {
  const unit = unitWord(a);
  const header = ['id', 'title', 'type', 'phase', 'priority', 'assignees', 'start', 'finish', `duration_${unit}`, `total_float_${unit}`, 'critical', 'predecessors'];
  const rows = a.result.schedule.activities.map((s): Cell[] => {
    const activity = a.index.activity.get(s.id);
    const timing = a.index.timing.get(s.id);
    const dates = a.dates.get(s.id);
    return [
      s.id,
      activity?.title ?? s.id,
      activity?.type ?? 'task',
      activity?.phase ?? null,
      activity?.priority ?? 'must',
      peopleOf(s).join('; '),
      dates?.start ?? null,
      dates?.finish ?? null,
      s.finish - s.start,
      timing?.totalFloat ?? 0,
      timing?.critical ?? false,
      (activity?.deps ?? []).map((d) => linkText(d, a.result.model.calendar.unit)).join('; '),
    ];
  });
  return csvTable(header, rows);
}

export function renderLoadCsv(a: PlanAnalysis): string {
  const unit = unitWord(a);
  const header = ['resource', 'name', 'week', `used_${unit}`, `available_${unit}`, 'utilisation', 'over_allocated'];
  const { weeks, resources } = a.allocation;
  const rows = resources.flatMap((r) => r.weeks.map((l, i): Cell[] => [r.id, r.name, weeks[i].monday, l.work, l.available, l.utilisation ?? null, l.overAllocated]));
  return csvTable(header, rows);
}
