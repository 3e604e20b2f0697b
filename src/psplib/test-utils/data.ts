/**
 * Where tests find PSPLIB data. A few files are vendored in test/fixtures/psplib so the suite
 * runs on any clone; the whole benchmark (../shared/psplib, beside the repository) is used only
 * when present, by the tests that sweep all instances.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The vendored files: j30/j301_1.sm, j120/j1201_1.sm and three solution tables. */
export const PSPLIB_FIXTURES = fileURLToPath(new URL('../../../test/fixtures/psplib/', import.meta.url));

/** The full benchmark beside the repository, when this machine has it. */
export const SHARED_PSPLIB = fileURLToPath(new URL('../../../../shared/psplib/', import.meta.url));

export const hasSharedPsplib = existsSync(`${SHARED_PSPLIB}j30`) && existsSync(`${SHARED_PSPLIB}j120`);
