/** The entry point of src/psplib: what other folders import from it. */
export { parsePsplib, type PsplibParseResult } from './parse.js';
export { parseInstanceFileName, parseSolutionTable } from './solutions.js';
