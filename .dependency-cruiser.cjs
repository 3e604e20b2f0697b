/**
 * The layering of src/, kept by test/layering.test.ts (and `npm run layers` for the same report
 * from the command line). src/README.md shows the flow in prose.
 *
 * Production code is every file under src/ except tests (*.test.ts) and test helpers (a
 * test-utils/ or testing/ folder, or the repository's test/ folder). The layer rules bind
 * production code. Tests and helpers sit above every layer: they may import any layer (a
 * calendar test may build its plan with the scheduler's helpers), and no production file may
 * import them.
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */

/**
 * The tiers of the pipeline, lowest first. A folder may import from folders in lower tiers
 * only: not from a higher tier, and not from a sibling in its own tier (none does today; a
 * sibling that comes to need another moves below it here). With every import pointing down,
 * there is no cycle between folders.
 *
 * The tiers refine the layers of src/README.md: model sits below diag and io below cli and
 * bench, as the code imports today.
 */
const TIERS = [
  ['model'], // 1. the data model; imports nothing
  ['diag'], // 1. diagnostics: codes, messages, source positions
  ['calendar', 'graph', 'interop'], // 2. working time; graph algorithms; file-format vocabulary
  ['schedule'], // 3. the scheduler and its independent checker
  ['spec', 'psplib', 'mspdi'], // 4. loading: YAML spec, PSPLIB text -> model; MS Project XML -> spec
  ['plan'], // 5. the scheduled plan
  ['forecast'], // 6. Monte Carlo forecast
  ['analyse'], // 7. analysis of the plan and forecast, with the readiness checklist
  ['render'], // 8. Markdown, JSON and HTML
  ['api'], // 9. the package's programmatic entry
  ['io', 'mcp'], // 10. the edge: file writing; the MCP server (started by the cli)
  ['cli', 'bench'], // 10. the edge: the command line and the benchmarks
];

/** The folders whose code must run anywhere: no Node built-ins, no clock, no Math.random. */
const CORE = ['model', 'diag', 'calendar', 'graph', 'interop', 'schedule', 'spec', 'psplib', 'mspdi', 'plan', 'forecast', 'analyse', 'render'];


const TEST = '\\.test\\.ts$';
const HELPER = '(^|/)(test-utils|testing)/|^test/';
const NOT_PRODUCTION = [TEST, HELPER];

const alternatives = (folders) => `^src/(${folders.join('|')})/`;

const tierRules = TIERS.flatMap((tier, rank) => {
  const above = TIERS.slice(rank + 1).flat();
  return tier.map((folder) => {
    const forbidden = [...above, ...tier.filter((sibling) => sibling !== folder)];
    return {
      name: `layer-order-${folder}`,
      comment:
        rank === 0
          ? `src/${folder} is in the lowest tier (TIERS in .dependency-cruiser.cjs): it imports no other folder`
          : `src/${folder} may import only from the folders of lower tiers (TIERS in .dependency-cruiser.cjs): ${TIERS.slice(0, rank).flat().join(', ')}`,
      severity: 'error',
      from: { path: `^src/${folder}/`, pathNot: NOT_PRODUCTION },
      to: { path: alternatives(forbidden) },
    };
  });
}).filter((rule) => !rule.to.path.startsWith('^src/()'));

module.exports = {
  forbidden: [
    ...tierRules,
    {
      name: 'loaders-feed-only-the-api',
      comment:
        'spec and psplib turn text into a model; the pipeline from plan to render works on the model and never reads text, so only the api and the edge (cli, bench) import the loaders',
      severity: 'error',
      from: { path: alternatives(['plan', 'forecast', 'analyse', 'render']), pathNot: NOT_PRODUCTION },
      to: { path: alternatives(['spec', 'psplib', 'mspdi']) },
    },
    {
      name: 'mcp-through-the-api',
      comment:
        'the MCP server is a thin shell over the library: from src/ it imports only src/api (the one pipeline and its helpers), so no tool re-implements a step of it',
      severity: 'error',
      from: { path: '^src/mcp/', pathNot: NOT_PRODUCTION },
      to: { path: '^src/', pathNot: ['^src/(api|mcp)/'] },
    },
    {
      name: 'checker-independent-of-scheduler',
      comment:
        'src/schedule/check.ts (with its parts check-*.ts) verifies every schedule, so it shares no code with the scheduler it checks: from src/schedule it may import types.ts and its own parts only (not cpm.ts, whose lag arithmetic the scheduler uses); its other imports are the model, diag, calendar and graph below it',
      severity: 'error',
      from: { path: '^src/schedule/(check|check-recurring|check-shifts)\\.ts$' },
      to: { path: '^src/schedule/', pathNot: '^src/schedule/(types|check-recurring|check-shifts)\\.ts$' },
    },
    {
      name: 'core-no-node-builtins',
      comment: `the core (${CORE.join(', ')}) runs anywhere: no Node built-in modules (the worker-thread runner lives in src/api)`,
      severity: 'error',
      from: { path: alternatives(CORE), pathNot: NOT_PRODUCTION },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'production-no-test-code',
      comment: 'production code never imports a test or a test helper (test-utils/, testing/, test/)',
      severity: 'error',
      from: { path: '^src/', pathNot: NOT_PRODUCTION },
      to: { path: NOT_PRODUCTION },
    },
    {
      name: 'no-importing-tests',
      comment: 'a test file is a leaf: shared test code lives in a test-utils/ or testing/ helper',
      severity: 'error',
      from: {},
      to: { path: TEST },
    },
    {
      name: 'production-no-dev-dependencies',
      comment:
        'the package installs its dependencies only: production code (the bench aside, which is not packed) imports no devDependency such as fast-check',
      severity: 'error',
      from: { path: '^src/', pathNot: [...NOT_PRODUCTION, '^src/bench/'] },
      to: { dependencyTypes: ['npm-dev'] },
    },
    {
      name: 'no-circular',
      comment: 'no module imports itself through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'every import resolves, so no import escapes the rules above',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'entry-through-index',
      comment:
        'production code imports another folder through its index.ts, the one entry point that lists what the folder offers the others (scripts/entry-imports.mjs --extend-index adds what a new import needs)',
      severity: 'error',
      from: { path: '^src/([^/]+)/', pathNot: NOT_PRODUCTION },
      // src/api/index.ts is the package's published surface, so the helpers that the cli and the
      // bench share with the api but the package does not publish (schedulePlan,
      // forecastOptions) are imported from src/api/plan.ts itself. `execplan check` imports the
      // check stage from src/api/check.ts, so checking a spec does not load the whole package.
      to: { path: '^src/[^/]+/', pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$', '^src/api/plan\\.ts$', '^src/api/check\\.ts$', ...NOT_PRODUCTION] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type from a higher layer couples as much as a value.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};

