/** The entry point of src/spec: what other folders import from it. */
export { specJsonSchema } from './json-schema.js';
export { MAX_SPEC_CHARS } from './limits.js';
export { loadSpec, type LoadResult } from './load.js';
export { closest } from './suggest.js';
