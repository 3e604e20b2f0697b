/** The entry point of src/diag: what other folders import from it. */
export { CATALOG, makeDiagnostic, type CatalogEntry, type DiagCode } from './catalog.js';
export { hasErrors, locateDiagnostics, type Diagnostic, type SourcePositions } from './diagnostic.js';
export { formatDiagnostics, sortDiagnostics } from './format.js';
export { createLineIndex } from './line-index.js';
