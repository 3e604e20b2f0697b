/**
 * The spec loader: text in, a Model or diagnostics out. Pure (no file system, no clock).
 *
 *   guard (size, binary, empty) -> YAML with positions -> schema, salvaging valid parts
 *   -> semantic checks -> Model (only when nothing is an error)
 *
 * Problems are collected, never thrown; diagnostics come back sorted by position.
 */
import { sortDiagnostics, hasErrors, type Diagnostic, type SourcePositions } from '../diag/index.js';
import type { Model } from '../model/index.js';
import { buildContext, runChecks } from './checks/index.js';
import { guardText } from './guard.js';
import { toModel } from './normalise.js';
import type { Spec } from './schema.js';
import { validateShape } from './shape.js';
import type { SourceMap } from './source-map.js';
import { readYaml } from './yaml-tree.js';

export interface LoadResult {
  /** Present exactly when no diagnostic is an error. */
  readonly model?: Model;
  readonly diagnostics: Diagnostic[];
  /**
   * Where each spec path (a model element's `path`) sits in the text, so that diagnostics raised
   * after loading, by the scheduler, point at the element they name. Absent when the text did
   * not parse.
   */
  readonly positions?: SourcePositions;
}

export function loadSpec(text: string): LoadResult {
  const refused = guardText(text);
  if (refused) return { diagnostics: [refused] };

  const tree = readYaml(text);
  if (tree.value === undefined || hasErrors(tree.diagnostics)) return { diagnostics: sortDiagnostics(tree.diagnostics) };

  const shape = validateShape(tree.value, tree.sourceMap);
  const checks = runChecks(buildContext(shape, (path) => tree.sourceMap.locate(path)?.[0] ?? 0));
  const diagnostics = sortDiagnostics([...tree.diagnostics, ...shape.diagnostics, ...locateAll(checks, tree.sourceMap)]);
  if (hasErrors(diagnostics)) return { diagnostics, positions: tree.sourceMap };
  // No errors: every required section passed its schema, so the draft is a whole Spec.
  return { model: toModel(shape.draft as Spec), diagnostics, positions: tree.sourceMap };
}

function locateAll(diags: readonly Diagnostic[], sourceMap: SourceMap): Diagnostic[] {
  return diags.map((d) => (d.range || !d.path ? d : { ...d, range: sourceMap.locate(d.path) ?? [0, 0] }));
}
