/**
 * The sections of the Markdown plan, in document order: each an id, a title and a renderer for
 * its body (markdown-it's named rule chain). Headings, section numbers and every "see section N"
 * are computed from this list by id, so adding, moving or leaving out a section renumbers the
 * whole document, references included.
 */
import type { PlanAnalysis } from '../../analyse/index.js';
import { renderAllocation } from './allocation.js';
import { renderCheckins } from './checkins.js';
import { renderConfidence } from './confidence.js';
import { renderCost } from './cost.js';
import { renderCuts } from './cuts.js';
import { renderDates } from './dates.js';
import { renderCriticalPath } from './gantt.js';
import { renderInputs } from './inputs.js';
import { renderMetrics } from './metrics.js';
import { renderPhases } from './phases.js';
import { renderReadiness } from './readiness.js';
import { renderRiskDrivers } from './risk-drivers.js';
import { renderRiskRegister } from './risks.js';
import { renderRollout } from './rollout.js';
import { renderScope } from './scope.js';
import { renderSlip } from './slip.js';
import { renderSummary } from './summary.js';
import type { Section, SectionId } from './context.js';

export type { Section, SectionId } from './context.js';

export const SECTIONS: readonly Section[] = [
  { id: 'summary', title: 'Summary', render: renderSummary },
  { id: 'inputs', title: 'Inputs', render: renderInputs },
  { id: 'phases', title: 'Phases', render: renderPhases },
  { id: 'allocation', title: 'Resource allocation', render: renderAllocation },
  { id: 'critical-path', title: 'Critical path', render: renderCriticalPath },
  { id: 'dates', title: 'Dates', applies: (a) => a.dateConstraints.length > 0, render: renderDates },
  { id: 'cost', title: 'Cost', applies: (a) => a.cost !== undefined, render: renderCost },
  { id: 'risks', title: 'Risk register', render: renderRiskRegister },
  { id: 'metrics', title: 'Success metrics', render: renderMetrics },
  { id: 'scope', title: 'Scope flexibility', render: renderScope },
  { id: 'confidence', title: 'Confidence', render: renderConfidence },
  { id: 'risk-drivers', title: 'Risk drivers', render: renderRiskDrivers },
  { id: 'cuts', title: 'Recommended cuts', render: renderCuts },
  { id: 'rollout', title: 'Rollout and rollback', render: renderRollout },
  { id: 'checkins', title: 'Check-ins', render: renderCheckins },
  { id: 'readiness', title: 'Readiness checklist', render: renderReadiness },
  { id: 'slip', title: 'Slip against the baseline', applies: (a) => a.slip !== undefined, render: renderSlip },
];

/** The registry entry for an id. */
export function sectionById(id: SectionId, sections: readonly Section[] = SECTIONS): Section {
  const found = sections.find((s) => s.id === id);
  if (!found) throw new Error(`no Markdown section "${id}"`);
  return found;
}
