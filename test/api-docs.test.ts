/**
 * docs/api.md stays true: its runnable example runs against the built package (dist/, after `npm
 * run build`) and prints what the doc says it prints, and every export of src/api/index.ts (the
 * package's `exports`) is named in it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const doc = readFileSync(join(root, 'docs/api.md'), 'utf8');

describe('docs/api.md', () => {
  it('has a runnable example that prints what the doc says', () => {
    const entry = join(root, 'dist/api/index.js');
    if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
    const example = /<!-- runnable:[^\n]*\n```js\n([^]*?)```\n\nprints\n\n```text\n([^]*?)```/.exec(doc);
    expect(example, 'a ```js block after <!-- runnable: ... --> followed by the ```text it prints').not.toBeNull();
    const [, code, printed] = example!;
    expect(code).toContain("from 'execplan'");
    const dir = mkdtempSync(join(tmpdir(), 'execplan-api-doc-'));
    try {
      const file = join(dir, 'example.mjs');
      writeFileSync(file, code.replaceAll("from 'execplan'", `from '${pathToFileURL(entry).href}'`));
      expect(execFileSync(process.execPath, [file], { cwd: root, encoding: 'utf8' })).toBe(printed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names every export of the package', () => {
    const index = readFileSync(join(root, 'src/api/index.ts'), 'utf8');
    const names = [...index.matchAll(/^export (?:type )?\{([^}]*)\}/gm)].flatMap((m) => m[1].split(',').map((n) => n.trim().replace(/^type /, '').replace(/^\w+ as /, '')));
    expect(names.length).toBeGreaterThan(50);
    expect(names.filter((name) => !doc.includes(`\`${name}`))).toEqual([]);
  });
});
