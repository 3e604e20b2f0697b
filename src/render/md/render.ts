/**
 * The execution plan as Markdown: the seed's document, computed. Pure and deterministic: the
 * same analysis gives the same bytes (no clock, no randomness, no locale).
 */
import type { PlanAnalysis } from '../../analyse/analysis.js';
import { slotWord } from '../../plan/periods.js';
import { renderAllocation } from './allocation.js';
import { renderCheckins } from './checkins.js';
import { renderConfidence } from './confidence.js';
import { renderCuts } from './cuts.js';
import { docContext } from './context.js';
import { inline } from './escape.js';
import { renderCriticalPath } from './gantt.js';
import { renderInputs } from './inputs.js';
import { renderMetrics } from './metrics.js';
import { renderPhases } from './phases.js';
import { renderReadiness } from './readiness.js';
import { renderRiskDrivers } from './risk-drivers.js';
import { renderRiskRegister } from './risks.js';
import { renderRollout } from './rollout.js';
import { renderScope } from './scope.js';
import { renderSummary } from './summary.js';

export function renderMarkdown(analysis: PlanAnalysis): string {
  const ctx = docContext(analysis);
  const { result } = analysis;
  const { model, options } = result;
  const header = [
    `# ${inline(model.name)}: Execution Plan`,
    '',
    `Computed by execplan from the spec (${result.schedule.activities.length} scheduled activities; search budget ${options.schedules} schedules, seed ${options.seed}). Durations count ${slotWord(result)}s of the plan's calendar${slotWord(result) === 'hour' ? ', around the clock' : ''}.`,
  ].join('\n');
  const sections = [
    header,
    renderSummary(ctx),
    renderInputs(ctx),
    renderPhases(ctx),
    renderAllocation(ctx),
    renderCriticalPath(ctx),
    renderRiskRegister(ctx),
    renderMetrics(ctx),
    renderScope(ctx),
    renderConfidence(ctx),
    renderRiskDrivers(ctx),
    renderCuts(ctx),
    renderRollout(ctx),
    renderCheckins(ctx),
    renderReadiness(ctx),
  ];
  return `${sections.join('\n\n')}\n`;
}
