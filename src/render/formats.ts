/** Output formats by name: each is a pure (PlanResult) → string with a file extension. */
import type { PlanResult } from '../analyse/result.js';
import { renderHtml } from './html/render.js';
import { renderJson } from './json/render.js';
import { renderMarkdown } from './md/render.js';

export interface OutputFormat {
  readonly name: string;
  readonly extension: string;
  readonly description: string;
  render(result: PlanResult): string;
}

export const outputFormats: readonly OutputFormat[] = [
  { name: 'md', extension: 'md', description: 'the execution plan document, Markdown with a Mermaid gantt', render: renderMarkdown },
  { name: 'json', extension: 'json', description: 'the machine contract (docs/json.md)', render: renderJson },
  { name: 'html', extension: 'html', description: 'a self-contained offline report with charts (docs/html.md)', render: renderHtml },
];

export function findFormat(name: string): OutputFormat | undefined {
  return outputFormats.find((f) => f.name === name);
}
