/** The entry point of src/graph: what other folders import from it. */
export { findCycles } from './cycles.js';
