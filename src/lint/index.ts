/** The entry point of src/lint: what other folders import from it. */
export { checkReadiness } from './readiness.js';
