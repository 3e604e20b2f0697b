/** The entry point of src/interop: the file-format vocabulary its writers and readers share. */
export * from './mspdi-vocabulary.js';
