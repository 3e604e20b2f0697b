/** A tool's run of the one pipeline (src/api/pipeline.ts) and the shapes of its answers. */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { planDocument, runPlanSync, type Diagnostic, type FormatName, type PlanRun } from '../api/index.js';
import { diagnosticLines, toolDiagnostics, type ToolDiagnostic } from './diagnostics.js';
import { planFacts, type PlanDocument, type PlanFacts } from './facts.js';
import type { RunOptions } from './inputs.js';

export type SpecRun =
  | { readonly ok: true; readonly run: PlanRun; readonly doc: PlanDocument; readonly facts: PlanFacts; readonly diagnostics: ToolDiagnostic[] }
  | { readonly ok: false; readonly diagnostics: ToolDiagnostic[]; readonly raw: readonly Diagnostic[] };

/** Spec text through the whole pipeline; `formats` adds rendered documents to the run. */
export function runSpec(spec: string, options: RunOptions, formats: readonly FormatName[] = []): SpecRun {
  const run = runPlanSync({ text: spec }, { ...options, formats: [...formats] });
  const diagnostics = toolDiagnostics(run.diagnostics, spec);
  if (!run.analysis) return { ok: false, diagnostics, raw: run.diagnostics };
  const doc = planDocument(run.analysis);
  return { ok: true, run, doc, facts: planFacts(doc), diagnostics };
}

/** A tool's answer: the structured content, and the same as text for clients that show only text. */
export function answer(summary: string, structured: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: `${summary}\n\n${JSON.stringify(structured, null, 2)}` }], structuredContent: structured };
}

/** A tool error: bad input the caller can correct, said in words (never a crash of the server). */
export function refusal(message: string, diagnostics: readonly ToolDiagnostic[] = []): CallToolResult {
  const text = diagnostics.length > 0 ? `${message}\n${diagnosticLines(diagnostics)}` : message;
  return { isError: true, content: [{ type: 'text', text }] };
}

/** The refusal for a spec that does not plan: its errors, with the tool to fix them. */
export function specRefusal(diagnostics: readonly ToolDiagnostic[]): CallToolResult {
  return refusal('The spec has errors, so there is no plan; fix them (check_spec lists them with hints) and call again.', diagnostics.filter((d) => d.severity === 'error'));
}
