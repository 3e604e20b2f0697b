/**
 * The layering of src/ (src/README.md shows the flow): dependency-cruiser checks every import
 * against the rules of .dependency-cruiser.cjs, and a scan of the core's source finds no clock,
 * no Math.random and no process. The same rules run on a small tree that breaks each of them
 * once (test/fixtures/layering), so a rule that stops firing fails here too.
 *
 * The same report from the command line: `npm run layers`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions, type ICruiseResult, type IForbiddenRuleType, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixture = join(root, 'test/fixtures/layering');

async function cruiseTree(baseDir: string, options: ICruiseOptions): Promise<ICruiseResult> {
  const tsConfig = extractTSConfig(join(baseDir, 'tsconfig.json'));
  const { output } = await cruise(['src'], { ...options, baseDir, tsConfig: { fileName: join(baseDir, 'tsconfig.json') } }, {}, { tsConfig });
  if (typeof output === 'string') throw new Error('dependency-cruiser returned a report, not a result');
  return output;
}

const rules = (options: ICruiseOptions): IForbiddenRuleType[] => options.ruleSet?.forbidden ?? [];

/** One line per violation: the rule, the import, the cycle if any, and the rule's reason. */
function describeViolation(violation: IViolation, options: ICruiseOptions): string {
  const cycle = violation.cycle ? ` (cycle: ${[violation.from, ...violation.cycle.map(({ name }) => name)].join(' → ')})` : '';
  const comment = rules(options).find((rule) => rule.name === violation.rule.name)?.comment;
  return `${violation.rule.name}: ${violation.from} → ${violation.to}${cycle}${comment ? `\n      ${comment}` : ''}`;
}

describe('the layering of src/ (.dependency-cruiser.cjs)', () => {
  let options: ICruiseOptions;
  let result: ICruiseResult;

  beforeAll(async () => {
    options = await extractDepcruiseOptions(join(root, '.dependency-cruiser.cjs'));
    result = await cruiseTree(root, options);
  }, 120_000);

  it('holds: no import breaks a rule', () => {
    const found = result.summary.violations.filter((v) => v.rule.severity !== 'ignore').map((v) => describeViolation(v, options));
    expect(found.length, `${found.length} layering violation(s):\n  ${found.join('\n  ')}\n`).toBe(0);
  });

  it('places every folder of src/ in a tier, and no other', () => {
    const placed = new Set(rules(options).flatMap((rule) => (rule.name?.startsWith('layer-order-') ? [rule.name.slice('layer-order-'.length)] : [])));
    const folders = readdirSync(join(root, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((folder) => !placed.has(folder)), 'folders missing from TIERS in .dependency-cruiser.cjs').toEqual([]);
    expect([...placed].filter((folder) => !folders.includes(folder)), 'folders in TIERS of .dependency-cruiser.cjs that src/ no longer has').toEqual([]);
  });

  it('cruises the whole of src/, type-only imports included', () => {
    const modules = result.modules.filter((m) => m.source.startsWith('src/'));
    expect(modules.length).toBeGreaterThan(200);
    const typeOnly = modules.flatMap((m) => m.dependencies).filter((d) => d.dependencyTypes.includes('type-only'));
    expect(typeOnly.length).toBeGreaterThan(0);
  });

  it('fires every rule on a tree that breaks each once', async () => {
    const strict: ICruiseOptions = {
      ...options,
      ruleSet: { ...options.ruleSet, forbidden: rules(options).map((rule) => ({ ...rule, severity: 'error' as const })) },
    };
    const fixtureResult = await cruiseTree(fixture, strict);
    const packageOf = (to: string) => to.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1');
    const found = fixtureResult.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${packageOf(v.to)}`).sort();
    expect(found).toEqual(
      [
        'checker-independent-of-scheduler: src/schedule/check.ts → src/schedule/cpm.ts',
        'core-no-node-builtins: src/plan/plan.ts → fs',
        'entry-through-index: src/calendar/calendar.ts → src/graph/cycles.ts',
        'entry-through-index: src/model/types.ts → src/render/render.ts',
        'entry-through-index: src/render/render.ts → src/plan/plan.ts',
        'entry-through-index: src/render/render.ts → src/spec/load.ts',
        'layer-order-calendar: src/calendar/calendar.ts → src/graph/cycles.ts',
        'layer-order-model: src/model/types.ts → src/render/render.ts',
        'loaders-feed-only-the-api: src/render/render.ts → src/spec/load.ts',
        'entry-through-index: src/mcp/server.ts → src/render/render.ts',
        'mcp-through-the-api: src/mcp/server.ts → src/render/render.ts',
        'no-circular: src/graph/a.ts → src/graph/b.ts',
        'no-importing-tests: src/schedule/testing/helper.ts → src/schedule/cpm.test.ts',
        'not-to-unresolvable: src/diag/format.ts → ./missing.js',
        'production-no-dev-dependencies: src/graph/cycles.ts → fast-check',
        'production-no-test-code: src/plan/plan.ts → src/schedule/testing/helper.ts',
      ].sort(),
    );
    const kinds = (names: readonly (string | undefined)[]) => new Set(names.map((name) => name?.replace(/^layer-order-.*/, 'layer-order-*')));
    expect(kinds(fixtureResult.summary.violations.map((v) => v.rule.name))).toEqual(kinds(rules(options).map((rule) => rule.name)));
  }, 120_000);
});

/**
 * The core reads no clock, draws no Math.random and touches no process: the same spec, seed and
 * budget give the same plan anywhere. The core is what the core-no-node-builtins rule covers.
 * An exception names its file, the exact text it allows and why.
 */
const ALLOWED: readonly { readonly file: string; readonly text: string; readonly reason: string }[] = [
  { file: 'src/calendar/iso-dates.ts', text: 'new Date(`${date.slice(0, 10)}T00:00:00Z`)', reason: 'a Date of a given ISO date; reads no clock' },
  { file: 'src/render/html/axis.ts', text: 'new Date(at * 60_000)', reason: 'a Date of a given instant, to read its month for month ticks; reads no clock' },
  { file: 'src/render/html/axis.ts', text: 'new Date(instant * 60_000)', reason: 'a Date of a given instant, for the axis labels; reads no clock' },
];

/** Uses of the clock, randomness or the process in a file, as `file:line: text`. */
function impureUses(file: string, text: string): { where: string; text: string }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: { where: string; text: string }[] = [];
  const at = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const access = `${node.expression.text}.${node.name.text}`;
      if (['Date.now', 'Math.random', 'performance.now'].includes(access) || node.expression.text === 'process') {
        found.push({ where: at(node), text: node.getText(source) });
      }
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date') found.push({ where: at(node), text: node.getText(source) });
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date') found.push({ where: at(node), text: node.getText(source) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the core is deterministic', () => {
  let coreFiles: string[] = [];

  beforeAll(async () => {
    const options = await extractDepcruiseOptions(join(root, '.dependency-cruiser.cjs'));
    const core = rules(options).find((rule) => rule.name === 'core-no-node-builtins');
    if (!core?.from.path || !core.from.pathNot) throw new Error('.dependency-cruiser.cjs has no core-no-node-builtins rule');
    const matches = (patterns: string | string[], path: string) => [patterns].flat().some((pattern) => new RegExp(pattern).test(path));
    const list = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    coreFiles = list(join(root, 'src'))
      .map((file) => relative(root, file).split('\\').join('/'))
      .filter((file) => matches(core.from.path!, file) && !matches(core.from.pathNot!, file));
  });

  it('reads no clock, Math.random or process outside the listed exceptions', () => {
    expect(coreFiles.length).toBeGreaterThan(100);
    const found = coreFiles.flatMap((file) => impureUses(file, readFileSync(join(root, file), 'utf8')));
    const unexplained = found.filter((use) => !ALLOWED.some((a) => use.where.startsWith(`${a.file}:`) && use.text === a.text));
    expect(
      unexplained.map((use) => `${use.where}: ${use.text}`),
      'the core must not read the clock (Date.now, new Date, performance.now), draw Math.random or touch process; add an exception to ALLOWED only with a reason',
    ).toEqual([]);
    const stale = ALLOWED.filter((a) => !found.some((use) => use.where.startsWith(`${a.file}:`) && use.text === a.text));
    expect(stale.map((a) => `${a.file}: ${a.text}`), 'exceptions in ALLOWED that match nothing any more').toEqual([]);
  });

  it('finds what it looks for', () => {
    const sample = 'const a = Date.now(); const b = new Date(); const c = Math.random(); const d = performance.now(); const e = process.env.X; // Math.random in a comment';
    expect(impureUses('x.ts', sample).map((use) => use.text)).toEqual(['Date.now', 'new Date()', 'Math.random', 'performance.now', 'process.env']);
  });
});
