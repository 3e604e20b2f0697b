/** What every Markdown section renderer reads: the common context, escaped for Markdown. */
import type { PlanAnalysis } from '../../analyse/analysis.js';
import { baseContext, type BaseContext } from '../common/context.js';
import { inline } from './escape.js';
import { outlineOf, type Outline } from './outline.js';
import { SECTIONS } from './sections.js';

export interface DocContext extends BaseContext {
  /** "Team" or, in an hour plan (an incident), "Responders". */
  readonly teamWord: string;
  /** This document's sections and their numbers, for cross-references ("section N"). */
  readonly outline: Outline;
}

export function docContext(a: PlanAnalysis, outline: Outline = outlineOf(SECTIONS, a)): DocContext {
  const base = baseContext(a, inline);
  return { ...base, teamWord: base.unit === 'hour' ? 'Responders' : 'Team', outline };
}
