#!/usr/bin/env node
// Rewrites cross-folder relative imports under src/ to go through the target folder's entry point:
// `../plan/buffer.js` becomes `../plan/index.js` when src/plan/index.ts re-exports every imported
// name from that very file. Imports (and `export … from`) that the index does not cover stay as
// they are and are listed, as are namespace, default and side-effect imports. Imports of the same
// index within one file are merged into one declaration, and so are its `export … from` lines.
//
//   node scripts/entry-imports.mjs                 rewrite src/ in place
//   node scripts/entry-imports.mjs --dry-run       only list what would change
//   node scripts/entry-imports.mjs --extend-index  first add to each index.ts (creating it if
//                                                  missing) what production code of other folders
//                                                  imports and the index lacks, then rewrite
//   node scripts/entry-imports.mjs --index-only    only that first step: extend the indexes
//
// Tests and test helpers are rewritten too where the index covers them, but never extend an
// index: an index lists what other folders' production code uses. src/api/index.ts is never
// extended either: it is the package's published surface (package.json `exports`). The rule
// `entry-through-index` in .dependency-cruiser.cjs (test/layering.test.ts) holds the result.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const args = new Set(process.argv.slice(2));
const dryRun = args.has('--dry-run');
const indexOnly = args.has('--index-only');
const extendIndex = args.has('--extend-index') || indexOnly;
for (const arg of args) {
  if (!['--dry-run', '--extend-index', '--index-only'].includes(arg)) {
    console.error(`unknown option ${arg}; use --dry-run, --extend-index or --index-only`);
    process.exit(2);
  }
}

const posix = (path) => path.split(sep).join('/');
/** src-relative path with forward slashes, e.g. `plan/buffer.ts`. */
const inSrc = (file) => posix(relative(src, file));
const folderOf = (file) => inSrc(file).split('/')[0];
const isTestCode = (file) => /\.test\.ts$/.test(file) || /(^|\/)(test-utils|testing)\//.test(inSrc(file));
const indexOf = (folder) => join(src, folder, 'index.ts');

function listTs(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The .ts file a relative specifier names, or undefined when it is not a .js import of a source file. */
function resolveSpecifier(fromFile, specifier) {
  if (!specifier.startsWith('.') || !specifier.endsWith('.js')) return undefined;
  const target = resolve(dirname(fromFile), specifier.replace(/\.js$/, '.ts'));
  return existsSync(target) ? target : undefined;
}

function parse(file) {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** name exported by an index -> { module (absolute .ts), original name } for `export { … } from` lines. */
function indexExports(folder) {
  const file = indexOf(folder);
  const exports = new Map();
  if (!existsSync(file)) return exports;
  for (const statement of parse(file).statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !statement.exportClause) continue;
    if (!ts.isNamedExports(statement.exportClause)) continue;
    const module = resolveSpecifier(file, statement.moduleSpecifier.text);
    if (!module) continue;
    for (const element of statement.exportClause.elements) {
      exports.set(element.name.text, { module, original: (element.propertyName ?? element.name).text });
    }
  }
  return exports;
}

/**
 * Every relative import or `export … from` in a file that crosses into another folder of src/,
 * with the names it takes: { statement, target, folder, names: [{ name, typeOnly }], kind }.
 */
function crossFolderImports(file, sourceFile) {
  const found = [];
  for (const statement of sourceFile.statements) {
    const isImport = ts.isImportDeclaration(statement);
    if (!isImport && !ts.isExportDeclaration(statement)) continue;
    if (!statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const target = resolveSpecifier(file, statement.moduleSpecifier.text);
    if (!target) continue;
    const folder = folderOf(target);
    if (folder === folderOf(file) || target === indexOf(folder) || isTestCode(target)) continue;
    let kind = 'named';
    let names = [];
    if (isImport) {
      const clause = statement.importClause;
      if (!clause) kind = 'side-effect';
      else if (clause.name) kind = 'default';
      else if (clause.namedBindings && ts.isNamespaceImport(clause.namedBindings)) kind = 'namespace';
      else if (clause.namedBindings) {
        names = clause.namedBindings.elements.map((element) => ({
          name: (element.propertyName ?? element.name).text,
          typeOnly: clause.isTypeOnly || element.isTypeOnly,
        }));
      }
    } else if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) kind = 'export-star';
    else {
      names = statement.exportClause.elements.map((element) => ({
        name: (element.propertyName ?? element.name).text,
        typeOnly: statement.isTypeOnly || element.isTypeOnly,
      }));
    }
    found.push({ statement, target, folder, names, kind, isImport });
  }
  return found;
}

const files = listTs(src);
const folders = readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

if (extendIndex) extendIndexes();
if (indexOnly) process.exit(0);

let rewritten = 0;
const left = [];
const changedFiles = [];
const indexes = new Map(folders.map((folder) => [folder, indexExports(folder)]));
for (const file of files) {
  const sourceFile = parse(file);
  const edits = [];
  const merged = new Map(); // 'import|export new-specifier' -> declarations rewritten to it
  for (const found of crossFolderImports(file, sourceFile)) {
    const where = `src/${inSrc(file)}:${sourceFile.getLineAndCharacterOfPosition(found.statement.getStart()).line + 1}`;
    const from = found.statement.moduleSpecifier.text;
    if (found.kind !== 'named') {
      left.push(`${where}: ${from} (${found.kind} import; rewrite by hand)`);
      continue;
    }
    if (!existsSync(indexOf(found.folder))) {
      left.push(`${where}: ${from} (src/${found.folder} has no index.ts)`);
      continue;
    }
    const exports = indexes.get(found.folder);
    const missing = found.names.filter(({ name }) => {
      const entry = exports.get(name);
      return !entry || entry.module !== found.target || entry.original !== name;
    });
    if (missing.length > 0) {
      left.push(`${where}: ${from} (src/${found.folder}/index.ts lacks ${missing.map(({ name }) => name).join(', ')} from it)`);
      continue;
    }
    let specifier = posix(relative(dirname(file), indexOf(found.folder))).replace(/\.ts$/, '.js');
    if (!specifier.startsWith('.')) specifier = `./${specifier}`;
    const literal = found.statement.moduleSpecifier;
    const quote = literal.getText(sourceFile)[0];
    edits.push({ start: literal.getStart(sourceFile), end: literal.getEnd(), text: `${quote}${specifier}${quote}` });
    const key = `${found.isImport ? 'import' : 'export'} ${specifier}`;
    merged.set(key, [...(merged.get(key) ?? []), found]);
    rewritten++;
  }
  if (edits.length === 0) continue;
  mergeImports(sourceFile, merged, edits);
  let text = sourceFile.text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  changedFiles.push(`src/${inSrc(file)}`);
  if (!dryRun) writeFileSync(file, text);
}

/** Several imports (or re-exports) of one index in a file become one declaration, in place of the first. */
function mergeImports(sourceFile, merged, edits) {
  for (const [key, group] of merged) {
    if (group.length < 2) continue;
    const [keyword, specifier] = key.split(' ');
    const allTypes = group.every((found) => found.names.every(({ typeOnly }) => typeOnly));
    const bindings = new Map(); // local name -> { imported, typeOnly }, in order of appearance
    for (const found of group) {
      const clause = found.isImport ? found.statement.importClause : found.statement;
      const elements = found.isImport ? clause.namedBindings.elements : clause.exportClause.elements;
      for (const element of elements) {
        const typeOnly = clause.isTypeOnly || element.isTypeOnly;
        const local = element.name.text;
        const before = bindings.get(local);
        bindings.set(local, { imported: (element.propertyName ?? element.name).text, typeOnly: typeOnly && (before?.typeOnly ?? true) });
      }
    }
    const parts = [...bindings].map(([local, { imported, typeOnly }]) => `${typeOnly && !allTypes ? 'type ' : ''}${imported === local ? local : `${imported} as ${local}`}`);
    const quote = group[0].statement.moduleSpecifier.getText(sourceFile)[0];
    const declaration = `${keyword} ${allTypes ? 'type ' : ''}{ ${parts.join(', ')} } from ${quote}${specifier}${quote};`;
    for (const found of group) {
      const index = edits.findIndex((edit) => edit.start === found.statement.moduleSpecifier.getStart(sourceFile));
      edits.splice(index, 1);
    }
    const [first, ...rest] = group;
    edits.push({ start: first.statement.getStart(sourceFile), end: first.statement.getEnd(), text: declaration });
    for (const found of rest) {
      let end = found.statement.getEnd();
      if (sourceFile.text[end] === '\n') end++;
      edits.push({ start: found.statement.getStart(sourceFile), end, text: '' });
    }
  }
}

/** Adds to src/<folder>/index.ts what other folders' production code imports from the folder and the index lacks. */
function extendIndexes() {
  const program = ts.createProgram(files, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true });
  const checker = program.getTypeChecker();
  const isValue = (module, name) => {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(module));
    let symbol = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === name);
    if (!symbol) return true;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return (symbol.flags & ts.SymbolFlags.Value) !== 0;
  };
  const wanted = new Map(); // folder -> module -> Set of names
  for (const file of files) {
    if (isTestCode(file)) continue;
    for (const found of crossFolderImports(file, parse(file))) {
      if (found.kind !== 'named') continue;
      const byModule = wanted.get(found.folder) ?? new Map();
      wanted.set(found.folder, byModule);
      const names = byModule.get(found.target) ?? new Set();
      byModule.set(found.target, names);
      for (const { name } of found.names) names.add(name);
    }
  }
  for (const [folder, byModule] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    if (folder === 'api') continue;
    const index = indexOf(folder);
    const exports = indexExports(folder);
    const lines = [];
    for (const [module, names] of [...byModule].sort(([a], [b]) => a.localeCompare(b))) {
      const missing = [...names].filter((name) => !exports.has(name)).sort((a, b) => a.localeCompare(b));
      const clash = [...names].filter((name) => exports.has(name) && (exports.get(name).module !== module || exports.get(name).original !== name));
      for (const name of clash) console.log(`src/${folder}/index.ts already exports ${name} from another file; imports of ${name} from src/${inSrc(module)} stay`);
      if (missing.length === 0) continue;
      let specifier = posix(relative(dirname(index), module)).replace(/\.ts$/, '.js');
      if (!specifier.startsWith('.')) specifier = `./${specifier}`;
      const values = missing.filter((name) => isValue(module, name));
      const types = missing.filter((name) => !isValue(module, name));
      if (values.length === 0) lines.push(`export type { ${types.join(', ')} } from '${specifier}';`);
      else lines.push(`export { ${[...values, ...types.map((name) => `type ${name}`)].join(', ')} } from '${specifier}';`);
    }
    if (lines.length === 0) continue;
    const head = existsSync(index) ? readFileSync(index, 'utf8').replace(/\n*$/, '\n') : `/** The entry point of src/${folder}: what other folders import from it. */\n`;
    console.log(`${existsSync(index) ? 'extends' : 'creates'} src/${folder}/index.ts with ${lines.length} line(s)`);
    if (!dryRun) writeFileSync(index, head + lines.join('\n') + '\n');
  }
}

console.log(`${dryRun ? 'would rewrite' : 'rewrote'} ${rewritten} import(s) in ${changedFiles.length} file(s)`);
if (left.length > 0) {
  console.log(`left ${left.length} cross-folder import(s) as they are:`);
  for (const line of left) console.log(`  ${line}`);
}
