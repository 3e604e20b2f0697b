/** The entry point of src/spec: what other folders import from it. */
export { specJsonSchema } from './json-schema.js';
export { MAX_SPEC_CHARS, thousands } from './limits.js';
export { loadSpec, type LoadResult } from './load.js';
export { loadStatus, namedStatusFile, type StatusLoad } from './status/load.js';
export { loadBaseline, MAX_BASELINE_CHARS, type BaselineLoad, type BaselineTarget } from './baseline/load.js';
export { closest } from './suggest.js';
