/**
 * The read stage: which loader a source goes to is decided here and nowhere else. A PSPLIB `.sm`
 * file goes to the PSPLIB reader, any other text to the YAML/JSON spec loader; a model built in
 * code goes straight through.
 */
import { makeDiagnostic, type Diagnostic, type SourcePositions } from '../diag/index.js';
import type { Model, Status } from '../model/index.js';
import { parsePsplib } from '../psplib/index.js';
import { loadSpec, loadStatus } from '../spec/index.js';
import { diagnosticsProblem, isRecord, mismatch, modelProblem, type Problem } from './guards.js';

export type PlanSource =
  /** Spec text; `name` is the file name it came from, which picks the PSPLIB reader for `.sm`. */
  | { readonly text: string; readonly name?: string; readonly status?: StatusSource }
  /** A model already loaded, with the diagnostics its loading gave. */
  | { readonly model: Model; readonly diagnostics?: readonly Diagnostic[]; readonly status?: StatusSource };

/** A status file's text (docs/tracking.md); `name` is what its diagnostics are reported against. */
export interface StatusSource {
  readonly text: string;
  readonly name?: string;
}

export interface LoadedSource {
  /** Present exactly when no diagnostic is an error. */
  readonly model?: Model;
  readonly diagnostics: readonly Diagnostic[];
  /** Where a model element's path sits in the source, for diagnostics raised after loading. */
  readonly positions?: SourcePositions;
  /** Where the plan stands, when the source has a status file without errors. */
  readonly status?: Status;
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
  const status = statusProblem(source.status);
  if (status) return status;
  if ('model' in source) {
    return modelProblem(source.model, names.model ?? 'source.model') ?? (source.diagnostics === undefined ? undefined : diagnosticsProblem(source.diagnostics, names.diagnostics ?? 'source.diagnostics'));
  }
  if (typeof source.text !== 'string') return mismatch(names.text ?? 'source.text', 'a string', source.text);
  return source.name === undefined || typeof source.name === 'string' ? undefined : mismatch('source.name', 'a string', source.name);
}

function statusProblem(status: unknown): Problem {
  if (status === undefined) return undefined;
  if (!isRecord(status)) return mismatch('source.status', 'a StatusSource: { text, name? }', status);
  if (typeof status.text !== 'string') return mismatch('source.status.text', 'a string', status.text);
  return status.name === undefined || typeof status.name === 'string' ? undefined : mismatch('source.status.name', 'a string', status.name);
}

export function loadSource(source: PlanSource): LoadedSource {
  const refused = sourceDiagnostics(source);
  return refused.length > 0 ? { diagnostics: refused } : readSource(source);
}

/** `loadSource` for a source `sourceDiagnostics` has already passed. */
export function readSource(source: PlanSource): LoadedSource {
  const loaded = readPlan(source);
  return loaded.model && source.status ? withStatus(loaded, loaded.model, source.status) : loaded;
}

/** The status read against the loaded plan; its diagnostics name the status file. */
function withStatus(loaded: LoadedSource, model: Model, source: StatusSource): LoadedSource {
  const read = loadStatus(source.text, model);
  const file = source.name ?? 'status';
  const diagnostics = [...loaded.diagnostics, ...read.diagnostics.map((d) => ({ ...d, file }))];
  if (!read.status) return { diagnostics, ...(loaded.positions ? { positions: loaded.positions } : {}) };
  return { ...loaded, diagnostics, status: read.status };
}

function readPlan(source: PlanSource): LoadedSource {
  if ('model' in source) return { model: source.model, diagnostics: source.diagnostics ?? [] };
  const name = source.name ?? '';
  if (!isPsplibName(name)) return loadSpec(source.text);
  const stem = name.replace(/^.*[\\/]/, '').replace(/\.sm$/i, '');
  return parsePsplib(source.text, { name: stem });
}
