/** The entry point of src/mspdi: MS Project XML → spec. */
export { importMspdi, specYaml, type MspdiImport } from './import.js';
