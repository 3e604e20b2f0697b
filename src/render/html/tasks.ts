/** The task table: every scheduled activity with its dates, people, float and criticality. */
import { phaseOf, type DateFact } from '../../analyse/index.js';
import { dateConstraintText, dateStatusText } from '../common/date-text.js';
import { activityDates, peopleOf } from '../../plan/index.js';
import { countText } from '../common/format.js';
import type { HtmlContext } from './context.js';
import { attrs, esc } from './escape.js';
import { sectionStart, type SectionHead } from './section.js';
import { cell, sortableTable } from './table.js';

const PRIORITY_RANK = { must: 0, should: 1, could: 2, wont: 3 } as const;

export function renderTasks(ctx: HtmlContext, head: SectionHead): string {
  const { a } = ctx;
  const scheduled = a.result.schedule.activities;
  // The dates column shows only in plans that have dates.
  const dated = new Map(a.dateConstraints.map((d) => [d.id, d]));
  const phaseTitles = phaseTitlesOf(a.result.model.phases ?? []);
  const rows = scheduled.map((s) => {
    const act = a.index.activity.get(s.id);
    const dates = a.dates.get(s.id) ?? activityDates(s, a.result.calendar);
    const timing = a.index.timing.get(s.id);
    const critical = a.index.critical.has(s.id);
    const phase = act ? phaseOf(act, a.index) : undefined;
    const who = s.assignees.length > 0 ? peopleOf(s).map(ctx.person).join(', ') : act?.owner ? esc(act.owner) : '';
    return [
      cell(`<code>${esc(s.id)}</code>`, s.id),
      cell(ctx.title(s.id)),
      cell(phase ? esc(phaseTitles.get(phase) ?? phase) : ''),
      cell(act?.type ?? 'task'),
      cell(act?.priority ?? '', act ? PRIORITY_RANK[act.priority] : 9),
      cell(who),
      cell(esc(dates.start), s.start),
      cell(esc(dates.finish), s.finish),
      cell(String(s.finish - s.start)),
      cell(timing ? String(timing.totalFloat) : ''),
      cell(critical ? 'yes' : '', critical ? 0 : 1, critical ? 'crit' : undefined),
      ...(dated.size > 0 ? [dateCell(ctx, dated.get(s.id))] : []),
    ];
  });
  const unit = ctx.unit === 'hour' ? 'hours' : 'days';
  const columns = [
    { label: 'Id' },
    { label: 'Title' },
    { label: 'Phase' },
    { label: 'Type' },
    { label: 'Priority' },
    { label: 'Assigned' },
    { label: 'Start' },
    { label: 'Finish' },
    { label: `Length (${unit})`, numeric: true },
    { label: `Float (${unit})`, numeric: true },
    { label: 'Critical' },
    ...(dated.size > 0 ? [{ label: 'Dates' }] : []),
  ];
  const table = sortableTable('task-table', countText(scheduled.length, 'scheduled activity', 'scheduled activities'), columns, rows, (i) => attrs({ 'data-id': scheduled[i].id }));
  const left = a.scope.byPriority.wont;
  const wont = left.length > 0 ? `<p>Not scheduled (won't have): ${left.map(ctx.title).join(', ')}.</p>` : '';
  return `${sectionStart(head)}${table}${wont}</section>`;
}

/** "due Fri 2025-03-14: met"; late items sort first, marked as critical work is. */
function dateCell(ctx: HtmlContext, fact: DateFact | undefined) {
  if (!fact) return cell('', 2);
  const late = fact.missed !== undefined;
  return cell(`${esc(dateConstraintText(fact.dates))}: ${dateStatusText(ctx, fact)}`, late ? 0 : 1, late ? 'late' : undefined);
}

/** Each declared phase's title by id; the first declaration wins, as a search from the front finds it. */
function phaseTitlesOf(phases: readonly { readonly id: string; readonly title?: string }[]): Map<string, string | undefined> {
  const titles = new Map<string, string | undefined>();
  for (const p of phases) if (!titles.has(p.id)) titles.set(p.id, p.title);
  return titles;
}
