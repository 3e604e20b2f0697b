/** The items with binding dates: each date, when the item is planned, and whether it keeps it. */
import { dateConstraintText, dateStatusText } from '../common/date-text.js';
import { formatDate } from '../common/format.js';
import type { DocContext } from './context.js';
import { code, tableRow } from './escape.js';

export function renderDates(ctx: DocContext): string {
  const facts = ctx.a.dateConstraints;
  const late = facts.filter((f) => f.missed !== undefined).length;
  const lines = [late === 0 ? 'Every item keeps its dates.' : `${late} of ${facts.length} dated items miss their date.`, ''];
  lines.push('| Item | Id | Dates | Planned | Status |', '|---|---|---|---|---|');
  for (const f of facts) {
    const planned = f.start === f.finish ? formatDate(f.start) : `${formatDate(f.start)} to ${formatDate(f.finish)}`;
    lines.push(tableRow([ctx.title(f.id), code(f.id), dateConstraintText(f.dates), planned, dateStatusText(ctx, f)]));
  }
  return lines.join('\n');
}
