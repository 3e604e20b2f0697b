/**
 * Problems are data, collected rather than thrown. A diagnostic points at a byte range of the
 * source when one is known; line and column are computed only when it is displayed.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** A stable code from the catalog (`src/diag/catalog.ts`), e.g. `E_UNKNOWN_REF`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** What the user can do about it. */
  readonly hint?: string;
  /** Where in the spec tree, when known (`['tasks', 3, 'after', 0]`). */
  readonly path?: readonly (string | number)[];
  /** Character offsets [start, end) into the source text, when known. */
  readonly range?: readonly [number, number];
  /** The input the range points into when it is not the spec: that file's name (a baseline's). */
  readonly file?: string;
}

/** Where spec paths sit in the source text. */
export interface SourcePositions {
  /** The range of `path`, or of its nearest located ancestor; undefined when none is known. */
  locate(path: readonly (string | number)[]): readonly [number, number] | undefined;
}

/**
 * Gives each diagnostic that names a spec path but has no range the range of that path. Stages
 * after loading know only paths (a model element's `path`); the loader knows where they are.
 */
export function locateDiagnostics<D extends Diagnostic>(diags: readonly D[], positions: SourcePositions | undefined): D[] {
  if (!positions) return [...diags];
  return diags.map((d) => {
    if (d.range || !d.path) return d;
    const range = positions.locate(d.path);
    return range ? { ...d, range } : d;
  });
}

function isError(d: Diagnostic): boolean {
  return d.severity === 'error';
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some(isError);
}
