/** Output formats by name: each turns the plan's one analysis into text, computing nothing of its own. */
import type { PlanAnalysis } from '../analyse/index.js';
import { renderHtml } from './html/render.js';
import { renderJson } from './json/render.js';
import { renderMarkdown } from './md/render.js';

export const FORMAT_NAMES = ['md', 'json', 'html'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface OutputFormat {
  readonly name: FormatName;
  readonly extension: string;
  readonly description: string;
  render(analysis: PlanAnalysis): string;
}

export const outputFormats: readonly OutputFormat[] = [
  { name: 'md', extension: 'md', description: 'the execution plan document, Markdown with a Mermaid gantt', render: renderMarkdown },
  { name: 'json', extension: 'json', description: 'the machine contract (docs/json.md)', render: renderJson },
  { name: 'html', extension: 'html', description: 'a self-contained offline report with charts (docs/html.md)', render: renderHtml },
];

export function findFormat(name: FormatName): OutputFormat {
  return outputFormats.find((f) => f.name === name)!;
}
