/**
 * What `execplan check` runs: the read stage, then the scheduler's compile step. Compiling is
 * where the structural feasibility of a valid spec is decided (someone available for every
 * demand, a crew within capacity for every activity, an order for the links), without searching
 * for a schedule; `plan` compiles the same way before it searches, so a spec that passes this
 * check is never turned down by `plan` for its structure. The diagnostics point into the source.
 */
import { hasErrors, locateDiagnostics, sortDiagnostics } from '../diag/index.js';
import { compileModel } from '../schedule/index.js';
import { loadSource, type LoadedSource, type PlanSource } from './source.js';

export function checkSource(source: PlanSource): LoadedSource {
  const loaded = loadSource(source);
  if (!loaded.model) return loaded;
  const compiled = compileModel(loaded.model);
  if (!hasErrors(compiled.diagnostics)) return loaded;
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...locateDiagnostics(compiled.diagnostics, loaded.positions)]);
  return { diagnostics, ...(loaded.positions ? { positions: loaded.positions } : {}) };
}
