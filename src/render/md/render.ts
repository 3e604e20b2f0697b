/**
 * The execution plan as Markdown: the seed's document, computed. Pure and deterministic: the
 * same analysis gives the same bytes (no clock, no randomness, no locale).
 */
import type { PlanAnalysis } from '../../analyse/index.js';
import { slotWord } from '../../plan/index.js';
import { docContext, type DocContext } from './context.js';
import { countText } from '../common/format.js';
import { inline } from './escape.js';
import { outlineOf } from './outline.js';
import { SECTIONS, type Section } from './sections.js';

export function renderMarkdown(analysis: PlanAnalysis): string {
  return renderDocument(analysis, SECTIONS);
}

/** The document made of the sections of `registry` that apply to the plan, numbered in order. */
export function renderDocument(analysis: PlanAnalysis, registry: readonly Section[]): string {
  const ctx = docContext(analysis, outlineOf(registry, analysis));
  const sections = ctx.outline.sections.map(({ section, number }) => `## ${number}. ${section.title}\n\n${section.render(ctx)}`);
  return `${[header(ctx), ...sections].join('\n\n')}\n`;
}

function header(ctx: DocContext): string {
  const result = ctx.a.result;
  const { model, options } = result;
  return [
    `# ${inline(model.name)}: Execution Plan`,
    '',
    `Computed by execplan from the spec (${countText(result.schedule.activities.length, 'scheduled activity', 'scheduled activities')}; search budget ${countText(options.schedules, 'schedule')}${options.time !== undefined ? ` or ${options.time} s, whichever came first` : ''}, seed ${options.seed}). Durations count ${slotWord(result)}s of the plan's calendar${slotWord(result) === 'hour' ? ', around the clock' : ''}.`,
  ].join('\n');
}
