/** What every Markdown section renderer reads: the common context, escaped for Markdown. */
import type { PlanAnalysis } from '../../analyse/index.js';
import { baseContext, remembered, type BaseContext } from '../common/context.js';
import { parseIsoDate } from '../../calendar/index.js';
import { SHORT_DAY_NAMES } from '../common/format.js';
import { inline } from './escape.js';

export type SectionId =
  | 'summary'
  | 'inputs'
  | 'phases'
  | 'allocation'
  | 'critical-path'
  | 'dates'
  | 'cost'
  | 'risks'
  | 'metrics'
  | 'scope'
  | 'confidence'
  | 'risk-drivers'
  | 'cuts'
  | 'rollout'
  | 'checkins'
  | 'readiness'
  | 'slip';

export interface Section {
  readonly id: SectionId;
  readonly title: string;
  /** Whether the plan gets this section; without it, the later sections move up a number. */
  readonly applies?: (a: PlanAnalysis) => boolean;
  /** The body under the section's heading. */
  readonly render: (ctx: DocContext) => string;
}


export interface NumberedSection {
  readonly section: Section;
  readonly number: number;
}

export interface Outline {
  /** The sections of this document, in order. */
  readonly sections: readonly NumberedSection[];
  /** "section N", or "the Recommended cuts section" for a section this document leaves out. */
  ref(id: SectionId): string;
  /** "sections N and M"; a section left out is named by its title. */
  refs(...ids: SectionId[]): string;
}

export interface DocContext extends BaseContext {
  /** "Team" or, in an hour plan (an incident), "Responders". */
  readonly teamWord: string;
  /** This document's sections and their numbers, for cross-references ("section N"). */
  readonly outline: Outline;
  /** "Mon": the weekday a slot starts on. */
  weekday(slot: number): string;
}

export function docContext(a: PlanAnalysis, outline: Outline): DocContext {
  const base = baseContext(a, inline);
  const weekday = remembered((slot: number) => SHORT_DAY_NAMES[parseIsoDate(a.result.calendar.slotStart(slot)).getUTCDay()]);
  return { ...base, teamWord: base.unit === 'hour' ? 'Responders' : 'Team', outline, weekday };
}
