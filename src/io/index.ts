/** The entry point of src/io: what other folders import from it. */
export { writeFileAtomically, writeFilesAtomically, type OutputFile } from './write-atomically.js';
export { checkOutputDirectory } from './directories.js';
export { pathKind, type PathKind } from './file-system.js';
export { readRegularFile, type ReadFile } from './read-regular-file.js';
export { OutputError, isSystemError, systemErrorReason } from './output-error.js';
