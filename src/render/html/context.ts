/** What every section of the HTML report reads: the common context, escaped for HTML. */
import type { PlanAnalysis } from '../../analyse/analysis.js';
import { baseContext, type BaseContext } from '../common/context.js';
import { formatDate } from '../common/format.js';
import { esc } from './escape.js';

export interface HtmlContext extends BaseContext {
  /** "Tue 2024-10-15" or "Tue 2024-10-15 14:00". */
  date(iso: string): string;
}

export function htmlContext(a: PlanAnalysis): HtmlContext {
  return { ...baseContext(a, esc), date: formatDate };
}
