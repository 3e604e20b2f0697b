/** The entry point of src/io: what other folders import from it. */
export { writeFileAtomically } from './write-atomically.js';
