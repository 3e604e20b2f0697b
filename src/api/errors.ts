/**
 * The one error type the library throws for a caller's mistake. Calls that answer with
 * diagnostics (`plan`, `runPlan`, `loadSpec`, ...) report bad arguments as diagnostics instead;
 * calls that take the pipeline's own structures (a model, a scheduled plan, an analysis) and
 * answer with something else throw this, so a caller can tell a wrong call (`code`) from a bug.
 */
import type { DiagCode } from '../diag/index.js';

/** The codes an `ExecplanError` carries: catalog codes, documented in docs/diagnostics.md. */
export type ExecplanErrorCode = Extract<DiagCode, 'E_BAD_ARGUMENT' | 'E_BAD_OPTION'>;

export class ExecplanError extends Error {
  constructor(
    readonly code: ExecplanErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExecplanError';
  }
}
