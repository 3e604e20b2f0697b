/** Output formats by name: each is a pure (PlanResult) → string with a file extension. */
import { analysePlan, type PlanAnalysis } from '../analyse/analysis.js';
import type { PlanResult } from '../analyse/result.js';
import { renderHtml } from './html/render.js';
import { renderJson } from './json/render.js';
import { renderMarkdown } from './md/render.js';

export interface OutputFormat {
  readonly name: string;
  readonly extension: string;
  readonly description: string;
  /** Whether render reads analysePlan(result), so formats rendered together can share one. */
  readonly readsAnalysis: boolean;
  /** `analysis`, when given, is analysePlan(result); without it the format analyses the plan itself. */
  render(result: PlanResult, analysis?: PlanAnalysis): string;
}

export const outputFormats: readonly OutputFormat[] = [
  { name: 'md', extension: 'md', description: 'the execution plan document, Markdown with a Mermaid gantt', readsAnalysis: true, render: renderMarkdown },
  { name: 'json', extension: 'json', description: 'the machine contract (docs/json.md)', readsAnalysis: false, render: renderJson },
  { name: 'html', extension: 'html', description: 'a self-contained offline report with charts (docs/html.md)', readsAnalysis: true, render: renderHtml },
];

/** Each format's text, in order, analysing the plan once however many formats read the analysis. */
export function renderFormats(formats: readonly OutputFormat[], result: PlanResult): string[] {
  const analysis = formats.some((f) => f.readsAnalysis) ? analysePlan(result) : undefined;
  return formats.map((f) => f.render(result, analysis));
}

export function findFormat(name: string): OutputFormat | undefined {
  return outputFormats.find((f) => f.name === name);
}
