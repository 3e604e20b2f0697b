/**
 * The read stage: which loader a source goes to is decided here and nowhere else. A PSPLIB `.sm`
 * file goes to the PSPLIB reader, any other text to the YAML/JSON spec loader; a model built in
 * code goes straight through.
 */
import { makeDiagnostic, type Diagnostic, type SourcePositions } from '../diag/index.js';
import type { Model } from '../model/index.js';
import { parsePsplib } from '../psplib/index.js';
import { loadSpec } from '../spec/index.js';
import { diagnosticsProblem, isRecord, mismatch, modelProblem, type Problem } from './guards.js';

export type PlanSource =
  /** Spec text; `name` is the file name it came from, which picks the PSPLIB reader for `.sm`. */
  | { readonly text: string; readonly name?: string }
  /** A model already loaded, with the diagnostics its loading gave. */
  | { readonly model: Model; readonly diagnostics?: readonly Diagnostic[] };

export interface LoadedSource {
  /** Present exactly when no diagnostic is an error. */
  readonly model?: Model;
  readonly diagnostics: readonly Diagnostic[];
  /** Where a model element's path sits in the source, for diagnostics raised after loading. */
  readonly positions?: SourcePositions;
}

export function isPsplibName(name: string): boolean {
  return /\.sm$/i.test(name);
}

/** How a call names the parts of its source, for messages: `plan` calls the text `specText`. */
export interface SourceNames {
  readonly text?: string;
  readonly model?: string;
  readonly diagnostics?: string;
}

/** An `E_BAD_ARGUMENT` diagnostic for what a guard found wrong. */
export function argumentDiagnostic(problem: string): Diagnostic {
  return makeDiagnostic('E_BAD_ARGUMENT', problem);
}

/** What is wrong with a source, as `E_BAD_ARGUMENT` diagnostics; none for a well-formed one. */
export function sourceDiagnostics(source: unknown, names: SourceNames = {}): Diagnostic[] {
  const problem = sourceProblem(source, names);
  return problem ? [argumentDiagnostic(problem)] : [];
}

function sourceProblem(source: unknown, names: SourceNames): Problem {
  if (!isRecord(source)) return mismatch('source', 'a PlanSource: { text, name? } or { model, diagnostics? }', source);
  if ('model' in source) {
    return modelProblem(source.model, names.model ?? 'source.model') ?? (source.diagnostics === undefined ? undefined : diagnosticsProblem(source.diagnostics, names.diagnostics ?? 'source.diagnostics'));
  }
  if (typeof source.text !== 'string') return mismatch(names.text ?? 'source.text', 'a string', source.text);
  return source.name === undefined || typeof source.name === 'string' ? undefined : mismatch('source.name', 'a string', source.name);
}

export function loadSource(source: PlanSource): LoadedSource {
  const refused = sourceDiagnostics(source);
  return refused.length > 0 ? { diagnostics: refused } : readSource(source);
}

/** `loadSource` for a source `sourceDiagnostics` has already passed. */
export function readSource(source: PlanSource): LoadedSource {
  if ('model' in source) return { model: source.model, diagnostics: source.diagnostics ?? [] };
  const name = source.name ?? '';
  if (!isPsplibName(name)) return loadSpec(source.text);
  const stem = name.replace(/^.*[\\/]/, '').replace(/\.sm$/i, '');
  return parsePsplib(source.text, { name: stem });
}
