/** What every Markdown section renderer reads: the common context, escaped for Markdown. */
import type { PlanAnalysis } from '../../analyse/analysis.js';
import { baseContext, type BaseContext } from '../common/context.js';
import { inline } from './escape.js';

export interface DocContext extends BaseContext {
  /** "Team" or, in an hour plan (an incident), "Responders". */
  readonly teamWord: string;
}

export function docContext(a: PlanAnalysis): DocContext {
  const base = baseContext(a, inline);
  return { ...base, teamWord: base.unit === 'hour' ? 'Responders' : 'Team' };
}
