import { configDefaults, defineConfig } from 'vitest/config';

const TESTS = ['src/**/*.test.ts', 'test/**/*.test.ts'];
// test/fixtures/layering holds source files named like tests that are only cruised, never run.
const NEVER_RUN = [...configDefaults.exclude, 'test/fixtures/**'];
/**
 * Files that replace a module with vi.mock: they need a module cache of their own, or the
 * mock would leak into other files or find the real module already loaded.
 */
const MOCKING = ['src/spec/checks/count-limits.test.ts', 'test/golden.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    pool: 'forks',
    // Vitest's default leaves one core to itself, which on a 2-core machine runs the files one
    // at a time; its own process is mostly idle while the workers run, so give them every core.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'shared-modules',
          include: TESTS,
          exclude: [...NEVER_RUN, ...MOCKING],
          // The core is pure, so files can share one worker's module cache: importing the
          // engine once per worker instead of once per file halves the suite's CPU time.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'own-modules', include: MOCKING, exclude: NEVER_RUN, isolate: true } },
    ],
  },
});
