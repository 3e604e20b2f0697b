import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlainYaml } from './yaml-plain.js';
import { readYaml, readYamlTree } from './yaml-tree.js';
import type { Path } from './source-map.js';

const examples = new URL('../../examples/', import.meta.url);
const bad = new URL('../../test/fixtures/bad/', import.meta.url);
const yamlFiles = (dir: URL) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
const launch = readFileSync(new URL('launch.yaml', examples), 'utf8');

/** Whatever the plain reader takes, the library reads without a diagnostic into the same data. */
function expectLibraryAgrees(text: string): void {
  const plain = readPlainYaml(text);
  if (plain === undefined) return;
  const library = readYamlTree(text);
  expect(library.diagnostics, text).toEqual([]);
  // Node's comparison: vitest's takes an own `__proto__` key (a hostile fixture has one) for the prototype.
  expect(isDeepStrictEqual(plain, library.value), text).toBe(true);
}

/** Every path of a plain value, the root first. */
function paths(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (typeof value === 'object' && value !== null) return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

describe('readPlainYaml', () => {
  it('reads every example spec into the data the YAML library builds', () => {
    for (const text of yamlFiles(examples)) {
      expect(readPlainYaml(text)).toBeDefined();
      expectLibraryAgrees(text);
    }
  });

  it('leaves every broken fixture it cannot vouch for to the library', () => {
    for (const text of yamlFiles(bad)) expectLibraryAgrees(text);
  });

  it('reads scalars as YAML 1.2 does: null, booleans, everyday numbers, dates as text', () => {
    const text = 'a: ~\nb: True\nc: -12\nd: 0.50\ne: 2024-10-15\nf: 50%\ng: 1d\nh: "x: y"\ni: \'it\'\'s\'\nj: C# and F#\nk:\nl: [1, -2.5, null, FALSE, a b]\n';
    expectLibraryAgrees(text);
    expect({ ...readPlainYaml(text) }).toMatchObject({ a: null, b: true, c: -12, d: 0.5, e: '2024-10-15', f: '50%', h: 'x: y', i: "it's", j: 'C# and F#', k: null });
  });

  it('keeps white space other than spaces at the end of a plain scalar, as YAML does', () => {
    for (const text of ['a: foo\u00a0\n', 'a: [x\u00a0, y]\n', 'a\u00a0: 1\n', 'a: {b\u2003: c\u3000}\n']) {
      expect(readPlainYaml(text)).toBeDefined();
      expectLibraryAgrees(text);
    }
  });

  it('reads a list at its key\'s own column, and mappings that start on a list item', () => {
    const text = 'tasks:\n- id: a\n  after:\n  - b\n- id: b\nplan: x\n';
    expect(readPlainYaml(text)).toBeDefined();
    expectLibraryAgrees(text);
  });

  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a plain scalar over two lines', 'a: one\n  two\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['an escape in double quotes', 'a: "x\\ty"\n'],
    ['a tab', 'a:\tx\n'],
    ['a carriage return', 'a: x\r\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a key without a value in braces', 'a: { title: one, two }\n'],
    ['a number in exponent form', 'a: 1e3\n'],
    ['a hexadecimal number', 'a: 0x1f\n'],
    ['a document marker', '---\na: 1\n'],
    ['a directive', '%YAML 1.1\n---\na: 1\n'],
    ['a list at the top', '- a\n- b\n'],
    ['a mapping in a value', 'a: b: c\n'],
    ['a quoted key', '"a": 1\n'],
    ['a trailing comma', 'a: [1, 2, ]\n'],
  ])('leaves %s to the library', (_what, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  it('agrees with the library on edits of the launch example, or leaves them to it', () => {
    const lines = launch.split('\n');
    const piece = fc.constantFrom(' ', '  ', '\n', ':', ': ', '- ', '#', ' #', ',', '[', ']', '{', '}', "'", '"', '1', '.', '?', '&', '*', '!', '|', '~', '0x', 'e5', 'true', '\u00a0', '\u3000', '-0', '.5');
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: piece });
    fc.assert(
      fc.property(fc.nat({ max: lines.length - 30 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (from, edits) => {
        let text = ['plan: x', ...lines.slice(from, from + 30)].join('\n');
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        expectLibraryAgrees(text);
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});

describe('readYaml on plain YAML', () => {
  it('locates every key and value where the YAML library does', () => {
    const tree = readYaml(launch);
    const library = readYamlTree(launch);
    for (const path of paths(library.value)) {
      expect(tree.sourceMap.locate(path, 'key'), JSON.stringify(path)).toEqual(library.sourceMap.locate(path, 'key'));
      expect(tree.sourceMap.locate(path), JSON.stringify(path)).toEqual(library.sourceMap.locate(path));
    }
  });

  it('still says which unquoted value a comma split', () => {
    const text = 'plan: x\ntasks:\n  - { id: a, title: Schemas, extensions and queries }\n';
    expect(readYaml(text).sourceMap.splitAt(['tasks', 0, 'extensions and queries'])).toEqual({ key: 'title', text: 'Schemas, extensions and queries' });
  });
});
