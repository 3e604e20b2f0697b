/**
 * `execplan import` and the library's `importMspdi`: MS Project XML → spec YAML that passes
 * `check`. The written spec is checked as `check` would; should it fail (a file with a cycle MS
 * Project would refuse too), the errors are reported against the file and no spec is given.
 */
import { hasErrors, type Diagnostic } from '../diag/index.js';
import { importMspdi as importCore } from '../mspdi/index.js';
import { checkSource } from './check.js';
import { argumentDiagnostic } from './source.js';
import { mismatch } from './guards.js';

export interface ImportOutcome {
  /** The spec as YAML, absent when the file has errors. */
  readonly yaml?: string;
  /** Errors (no spec) and `W_MSPDI_DROPPED` warnings for what a spec cannot say, positioned in the XML. */
  readonly diagnostics: readonly Diagnostic[];
}

export function importMspdi(text: string): ImportOutcome {
  if (typeof text !== 'string') return { diagnostics: [argumentDiagnostic(mismatch('text', 'a string (MS Project XML)', text))] };
  const imported = importCore(text);
  if (imported.yaml === undefined) return { diagnostics: imported.diagnostics };
  const checked = checkSource({ text: imported.yaml });
  if (!hasErrors(checked.diagnostics)) return { yaml: imported.yaml, diagnostics: imported.diagnostics };
  const refused = checked.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d): Diagnostic => ({ code: d.code, severity: d.severity, message: `the spec this file maps to does not pass check: ${d.message}`, ...(d.hint ? { hint: d.hint } : {}), range: [0, 0] }));
  return { diagnostics: [...imported.diagnostics, ...refused] };
}
