/**
 * Helpers for front ends that show a plan their own way (the MCP server, editors): diagnostics
 * with line and column, the closest id for a "did you mean", what held an activity, and the
 * diagnostic catalog. Guarded like the stages: a wrong argument throws an `ExecplanError`.
 */
import type { PlanAnalysis } from '../analyse/index.js';
import { CATALOG, createLineIndex, type CatalogEntry, type Diagnostic } from '../diag/index.js';
import { waitedForText as waitedForCore } from '../render/index.js';
import { closest } from '../spec/index.js';
import { analysisProblem, diagnosticsProblem, mismatch, type Problem } from './guards.js';
import { refuse } from './stages.js';

export interface PositionedDiagnostic extends Diagnostic {
  /** 1-based line of the diagnostic's range start in the source text, when it has a range. */
  readonly line?: number;
  /** 1-based column (UTF-16 code units), with `line`. */
  readonly column?: number;
}

function stringProblem(name: string, value: unknown): Problem {
  return typeof value === 'string' ? undefined : mismatch(name, 'a string', value);
}

/** Each diagnostic with the line and column its range starts at in `text` (the text it was found in). */
export function positionDiagnostics(diagnostics: readonly Diagnostic[], text: string): PositionedDiagnostic[] {
  refuse('positionDiagnostics', diagnosticsProblem(diagnostics, 'diagnostics'), stringProblem('text', text));
  let lines: ReturnType<typeof createLineIndex> | undefined;
  return diagnostics.map((d) => {
    if (!d.range) return d;
    const { line, column } = (lines ??= createLineIndex(text)).position(d.range[0]);
    return { ...d, line, column };
  });
}

/** The candidate closest to `word` when it is a plausible typo of it (the spec loader's "did you mean"), else undefined. */
export function closestId(word: string, candidates: readonly string[]): string | undefined {
  const listProblem = Array.isArray(candidates) && candidates.every((c) => typeof c === 'string') ? undefined : mismatch('candidates', 'an array of strings', candidates);
  refuse('closestId', stringProblem('word', word), listProblem);
  return closest(word, candidates);
}

/** What held a scheduled activity until it started, in words ("QA Engineer after Bug bash"); undefined for an id not scheduled. */
export function waitedForText(analysis: PlanAnalysis, id: string): string | undefined {
  refuse('waitedForText', analysisProblem(analysis), stringProblem('id', id));
  return waitedForCore(analysis, id);
}

/** Every diagnostic code with its severity, meaning and default hint (docs/diagnostics.md). */
export const DIAGNOSTIC_CATALOG: Readonly<Record<string, CatalogEntry>> = Object.freeze(Object.fromEntries(Object.entries(CATALOG).map(([code, entry]) => [code, Object.freeze({ ...entry })])));
