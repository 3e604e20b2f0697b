/**
 * The README's first command runs `npx execplan`, which executes the package's bin directly:
 * the built file must exist, start with a node shebang and be executable. And the package holds
 * what a user runs (the CLI, the API, the worker it starts, the examples and docs), not the
 * tests, their helpers or the bench, and nothing in it imports a dev dependency.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface Manifest {
  readonly bin: Record<string, string>;
  readonly exports: Record<string, Record<string, string>>;
  readonly dependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Manifest;
const bin = fileURLToPath(new URL(`../${pkg.bin.execplan}`, import.meta.url));

describe('the execplan bin (after npm run build)', () => {
  it('is an executable node script', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).toBe(0o111);
  });

  it('runs directly, as npx runs it', () => {
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('the package (npm pack --dry-run, after npm run build)', () => {
  // --ignore-scripts: packing would otherwise run `prepare`, a build under the other tests' feet.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as { files: { path: string }[] }[];
  const files = packed[0]!.files.map((file) => file.path);
  const inPackage = new Set(files);
  const modules = files.filter((file) => /\.(js|d\.ts)$/.test(file));

  it('holds the bin, the exports, the forecast worker, the examples and the docs', () => {
    const entries = [...Object.values(pkg.bin), ...Object.values(pkg.exports).flatMap((conditions) => Object.values(conditions))].map((path) => posix.normalize(path));
    expect(entries.length).toBeGreaterThanOrEqual(3);
    // The thread runner starts dist/api/worker.js by URL, so no import leads to it.
    for (const file of [...entries, 'dist/api/worker.js', 'package.json', 'README.md']) expect(inPackage, file).toContain(file);
    expect(files.filter((file) => /^examples\/.+\.yaml$/.test(file)).length).toBeGreaterThanOrEqual(3);
    expect(files).toContain('docs/spec.md');
    expect(files).toContain('docs/execplan.schema.json');
  });

  it('holds no tests, test helpers, bench or sources', () => {
    const unwanted = files.filter((file) => /\.test\.|(^|\/)(test-utils|testing)\/|^dist\/bench\/|^(src|test|bench|scripts)\//.test(file));
    expect(unwanted).toEqual([]);
  });

  it('imports nothing it does not hold: every relative import is packed, every package is a dependency', () => {
    const problems: string[] = [];
    for (const file of modules) {
      const path = `${root}/${file}`;
      if (!existsSync(path)) throw new Error(`${file} is packed but not built: run npm run build`);
      const text = readFileSync(path, 'utf8');
      for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
        if (specifier.startsWith('node:')) continue;
        if (specifier.startsWith('.')) {
          const target = posix.join(posix.dirname(file), specifier);
          const candidates = file.endsWith('.d.ts') ? [target, target.replace(/\.js$/, '.d.ts')] : [target];
          if (!candidates.some((candidate) => inPackage.has(candidate))) problems.push(`${file} imports ${specifier}, which is not packed`);
          continue;
        }
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!(name in pkg.dependencies)) problems.push(`${file} imports ${specifier}, ${name in pkg.devDependencies ? 'a dev dependency' : 'not a dependency'}`);
      }
    }
    expect(modules.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
