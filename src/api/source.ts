/**
 * The read stage: which loader a source goes to is decided here and nowhere else. A PSPLIB `.sm`
 * file goes to the PSPLIB reader, any other text to the YAML/JSON spec loader; a model built in
 * code goes straight through.
 */
import type { Diagnostic, SourcePositions } from '../diag/index.js';
import type { Model } from '../model/index.js';
import { parsePsplib } from '../psplib/index.js';
import { loadSpec } from '../spec/index.js';

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

export function loadSource(source: PlanSource): LoadedSource {
  if ('model' in source) return { model: source.model, diagnostics: source.diagnostics ?? [] };
  const name = source.name ?? '';
  if (!isPsplibName(name)) return loadSpec(source.text);
  const stem = name.replace(/^.*[\\/]/, '').replace(/\.sm$/i, '');
  return parsePsplib(source.text, { name: stem });
}
