/**
 * The plan as one self-contained HTML file: inline CSS, inline SVG and one small inline script,
 * no network request of any kind (the Content-Security-Policy says so to the browser too).
 * Pure and deterministic: the same analysis gives the same bytes (no clock, no randomness).
 */
import type { PlanAnalysis } from '../../analyse/index.js';
import { renderConfidence } from './confidence.js';
import { htmlContext, type HtmlContext } from './context.js';
import { countText } from '../common/format.js';
import { esc } from './escape.js';
import { renderGantt } from './gantt.js';
import { renderLoad } from './load.js';
import { renderRisks } from './risks.js';
import { renderSlip } from './slip.js';
import { SCRIPT } from './script.js';
import { sectionStart, type HtmlSectionId, type SectionHead } from './section.js';
import { STYLE } from './style.js';
import { renderStatus } from './status.js';
import { renderSummary } from './summary.js';
import { renderTasks } from './tasks.js';
import { sectionById, type SectionId } from '../md/sections.js';

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** A section of the report: its id and title (navigation, heading, links) and its renderer. */
interface HtmlSection extends SectionHead {
  readonly render: (ctx: HtmlContext, head: SectionHead) => string;
  /** Whether the report has this section; without it, the navigation leaves it out. */
  readonly applies?: (a: PlanAnalysis) => boolean;
}

/** A section that mirrors one of the Markdown plan carries its id and title. */
function mirroring(id: SectionId & HtmlSectionId): SectionHead {
  return { id, title: sectionById(id).title };
}

/** The report's sections in page order; the navigation lists them all. */
export const HTML_SECTIONS: readonly HtmlSection[] = [
  { ...mirroring('summary'), render: renderSummary },
  { id: 'schedule', title: 'Schedule', render: renderSchedule },
  { ...mirroring('slip'), render: renderSlip, applies: (a) => a.slip !== undefined },
  { id: 'load', title: 'Resource load', render: renderLoad },
  { id: 'confidence', title: 'Confidence and scope', render: renderConfidence },
  { ...mirroring('risks'), render: renderRisks },
  { id: 'tasks', title: 'Tasks', render: renderTasks },
];

/** Shown after the summary when the plan was re-planned from a status. */
const STATUS_SECTION: HtmlSection = { id: 'status', title: 'Status', render: renderStatus };

function sectionsOf(analysis: PlanAnalysis): readonly HtmlSection[] {
  const applying = HTML_SECTIONS.filter((s) => s.applies?.(analysis) ?? true);
  return analysis.tracking ? [applying[0], STATUS_SECTION, ...applying.slice(1)] : applying;
}

const LEGEND =
  '<p class="legend" aria-hidden="true"><span><i style="background:var(--task)"></i>task</span><span><i style="background:var(--crit);outline:1.5px solid var(--fg)"></i>critical</span>' +
  '<span><i style="background:var(--ext)"></i>external</span><span><i style="background:var(--gate);transform:rotate(45deg);width:10px"></i>gate or milestone</span>' +
  '<span><i style="background:var(--off)"></i>non-working</span><span><i style="background:var(--holiday)"></i>holiday</span><span><i style="background:var(--freeze);opacity:.55"></i>freeze</span>' +
  '<span><i style="background:var(--deadline);width:3px"></i>deadline</span></p>';

/** The baseline bar's key, shown when the chart draws the baseline under the plan. */
const BASELINE_KEY = '<p class="legend" aria-hidden="true"><span><i class="baseline-key"></i>baseline (the bar under each row)</span></p>';

function renderSchedule(ctx: HtmlContext, head: SectionHead): string {
  return [`${sectionStart(head)}${LEGEND}${ctx.a.slip ? BASELINE_KEY : ''}<div class="scroll">`, renderGantt(ctx), '</div><p class="hint">Hover a bar for its dates, float and estimate.</p></section>'].join('\n');
}

export function renderHtml(analysis: PlanAnalysis): string {
  const sections = sectionsOf(analysis);
  const ctx = htmlContext(analysis, sections);
  const { result } = analysis;
  const { model, options, schedule } = result;
  const name = esc(model.name);
  const nav = sections.map((s) => `<li><a href="#${s.id}">${esc(s.title)}</a></li>`).join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="execplan">',
    `<title>${name}: Execution Plan</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${name}: Execution Plan</h1><p class="meta">${countText(schedule.activities.length, 'scheduled activity', 'scheduled activities')}; search budget ${countText(options.schedules, 'schedule')}${options.time !== undefined ? ` or ${options.time} s, whichever came first` : ''}, seed ${options.seed}. Computed by execplan.</p>`,
    `<nav aria-label="Sections"><ul>${nav}</ul></nav></header>`,
    '<main>',
    ...sections.map((section) => section.render(ctx, section)),
    '</main>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
