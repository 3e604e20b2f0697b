/** Output formats by name: each turns the plan's one analysis into text, computing nothing of its own. */
import type { PlanAnalysis } from '../analyse/index.js';
import { renderLoadCsv, renderTaskCsv } from './csv/render.js';
import { renderHtml } from './html/render.js';
import { renderIcs } from './ics/render.js';
import { renderJson } from './json/render.js';
import { renderMarkdown } from './md/render.js';
import { renderMspdi } from './mspdi/render.js';

export const FORMAT_NAMES = ['md', 'json', 'html', 'csv', 'ics', 'mspdi'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

import type { RenderOptions } from './render-options.js';

export type { RenderOptions } from './render-options.js';

/** A further file a format writes beside its main one (the CSV load table). */
export interface CompanionFile {
  readonly extension: string;
  render(analysis: PlanAnalysis, options?: RenderOptions): string;
}

export interface OutputFormat {
  readonly name: FormatName;
  readonly extension: string;
  readonly description: string;
  render(analysis: PlanAnalysis, options?: RenderOptions): string;
  readonly companions?: readonly CompanionFile[];
}

export const outputFormats: readonly OutputFormat[] = [
  { name: 'md', extension: 'md', description: 'the execution plan document, Markdown with a Mermaid gantt', render: renderMarkdown },
  { name: 'json', extension: 'json', description: 'the machine contract (docs/json.md)', render: renderJson },
  { name: 'html', extension: 'html', description: 'a self-contained offline report with charts (docs/html.md)', render: renderHtml },
  {
    name: 'csv',
    extension: 'csv',
    description: 'the task table, and the load per person per week in NAME.load.csv (docs/interop.md)',
    render: renderTaskCsv,
    companions: [{ extension: 'load.csv', render: renderLoadCsv }],
  },
  { name: 'ics', extension: 'ics', description: 'an iCalendar file of deadlines, milestones, gates, freezes and rollout stages (docs/interop.md)', render: renderIcs },
  { name: 'mspdi', extension: 'xml', description: 'MS Project XML for MS Project, ProjectLibre and GanttProject (docs/interop.md)', render: renderMspdi },
];

export function findFormat(name: FormatName): OutputFormat {
  return outputFormats.find((f) => f.name === name)!;
}
