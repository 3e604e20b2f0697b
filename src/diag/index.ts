/** The entry point of src/diag: what other folders import from it. */
export { makeDiagnostic, type DiagCode } from './catalog.js';
export { hasErrors, type Diagnostic } from './diagnostic.js';
export { formatDiagnostics, sortDiagnostics } from './format.js';
