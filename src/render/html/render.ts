/**
 * The plan as one self-contained HTML file: inline CSS, inline SVG and one small inline script,
 * no network request of any kind (the Content-Security-Policy says so to the browser too).
 * Pure and deterministic: the same analysis gives the same bytes (no clock, no randomness).
 */
import type { PlanAnalysis } from '../../analyse/analysis.js';
import { renderConfidence } from './confidence.js';
import { htmlContext } from './context.js';
import { esc } from './escape.js';
import { renderGantt } from './gantt.js';
import { renderLoad } from './load.js';
import { renderRisks } from './risks.js';
import { SCRIPT } from './script.js';
import { STYLE } from './style.js';
import { renderSummary } from './summary.js';
import { renderTasks } from './tasks.js';

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const SECTIONS = [
  ['summary', 'Summary'],
  ['schedule', 'Schedule'],
  ['load', 'Resource load'],
  ['confidence', 'Confidence and scope'],
  ['risks', 'Risks'],
  ['tasks', 'Tasks'],
] as const;

export function renderHtml(analysis: PlanAnalysis): string {
  const ctx = htmlContext(analysis);
  const { result } = analysis;
  const { model, options, schedule } = result;
  const name = esc(model.name);
  const nav = SECTIONS.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('');
  const legend =
    '<p class="legend" aria-hidden="true"><span><i style="background:var(--task)"></i>task</span><span><i style="background:var(--crit);outline:1.5px solid var(--fg)"></i>critical</span>' +
    '<span><i style="background:var(--ext)"></i>external</span><span><i style="background:var(--gate);transform:rotate(45deg);width:10px"></i>gate or milestone</span>' +
    '<span><i style="background:var(--off)"></i>non-working</span><span><i style="background:var(--holiday)"></i>holiday</span><span><i style="background:var(--freeze);opacity:.55"></i>freeze</span>' +
    '<span><i style="background:var(--deadline);width:3px"></i>deadline</span></p>';
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
    `<header><h1>${name}: Execution Plan</h1><p class="meta">${schedule.activities.length} scheduled activities; search budget ${options.schedules} schedules, seed ${options.seed}. Computed by execplan.</p>`,
    `<nav aria-label="Sections"><ul>${nav}</ul></nav></header>`,
    '<main>',
    renderSummary(ctx),
    `<section id="schedule" aria-labelledby="schedule-h"><h2 id="schedule-h">Schedule</h2>${legend}<div class="scroll">`,
    renderGantt(ctx),
    '</div><p class="hint">Hover a bar for its dates, float and estimate.</p></section>',
    renderLoad(ctx),
    renderConfidence(ctx),
    renderRisks(ctx),
    renderTasks(ctx),
    '</main>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
