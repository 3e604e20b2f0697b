/** What every section of the HTML report reads: the common context, escaped for HTML. */
import type { PlanAnalysis } from '../../analyse/index.js';
import { baseContext, remembered, type BaseContext } from '../common/context.js';
import { formatDate } from '../common/format.js';
import { esc } from './escape.js';
import type { HtmlSectionId, SectionHead } from './section.js';

export interface HtmlContext extends BaseContext {
  /** "Tue 2024-10-15" or "Tue 2024-10-15 14:00". */
  date(iso: string): string;
  /** The report's section with this id, for cross-references. */
  section(id: HtmlSectionId): SectionHead;
}

export function htmlContext(a: PlanAnalysis, sections: readonly SectionHead[]): HtmlContext {
  const section = (id: HtmlSectionId) => {
    const found = sections.find((s) => s.id === id);
    if (!found) throw new Error(`no HTML section "${id}"`);
    return found;
  };
  return { ...baseContext(a, esc), date: remembered(formatDate), section };
}
