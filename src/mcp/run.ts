/** A tool's run of the one pipeline (src/api/pipeline.ts) and the shapes of its answers. */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { planDocument, runPlanSync, type Diagnostic, type FormatName, type PlanRun } from '../api/index.js';
import { diagnosticLines, toolDiagnostics, type ToolDiagnostic } from './diagnostics.js';
import { planFacts, type PlanDocument, type PlanFacts } from './facts.js';
import type { RunOptions } from './inputs.js';

export type SpecRun =
  | { readonly ok: true; readonly run: PlanRun; readonly doc: PlanDocument; readonly facts: PlanFacts; readonly diagnostics: ToolDiagnostic[] }
  | { readonly ok: false; readonly diagnostics: ToolDiagnostic[]; readonly raw: readonly Diagnostic[] };

/** What a plan is tracked against besides its spec: a status's text and a baseline's (an earlier JSON plan). */
export interface Tracking {
  readonly status?: string;
  readonly baseline?: string;
}

/** Spec text through the whole pipeline; `formats` adds rendered documents to the run. */
export function runSpec(spec: string, options: RunOptions, formats: readonly FormatName[] = [], tracking: Tracking = {}): SpecRun {
  const { status, baseline } = tracking;
  const run = runPlanSync(
    { text: spec, ...(status !== undefined ? { status: { text: status, name: 'status' } } : {}) },
    { ...options, formats: [...formats], ...(baseline !== undefined ? { baseline: { text: baseline, name: 'baseline' } } : {}) },
  );
  const diagnostics = toolDiagnostics(run.diagnostics, spec, tracking);
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
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const elsewhere = errors.find((d) => d.input !== undefined);
  return refusal(
    elsewhere
      ? `The ${elsewhere.input} has errors, so there is no plan; fix them (line and column point into the ${elsewhere.input}) and call again.`
      : 'The spec has errors, so there is no plan; fix them (check_spec lists them with hints) and call again.',
    errors,
  );
}
