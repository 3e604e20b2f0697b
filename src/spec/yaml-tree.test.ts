import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from './limits.js';
import { readYaml } from './yaml-tree.js';

const slice = (text: string, range: readonly [number, number] | undefined): string => (range ? text.slice(range[0], range[1]) : '<none>');

describe('readYaml', () => {
  it('records where each value and key sits', () => {
    const text = 'plan: x\ntasks:\n  - id: a\n    after: [b, c]\n';
    const tree = readYaml(text);
    expect(tree.diagnostics).toEqual([]);
    expect(slice(text, tree.sourceMap.locate(['tasks', 0, 'after', 1]))).toBe('c');
    expect(slice(text, tree.sourceMap.locate(['tasks', 0, 'id'], 'key'))).toBe('id');
    expect(slice(text, tree.sourceMap.locate(['tasks', 0, 'missing']))).toMatch(/^id: a/);
  });

  it('builds mappings without a prototype, so __proto__ is just a key', () => {
    const tree = readYaml('__proto__: { polluted: true }\nconstructor: 1\n');
    const value = tree.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads 2024-10-15 as text (YAML 1.2), not as a Date', () => {
    expect(readYaml('start: 2024-10-15\n').value).toEqual(Object.assign(Object.create(null), { start: '2024-10-15' }));
  });

  it('reads YAML 1.1 timestamps as written, years 0000-0099 included', () => {
    const text = '%YAML 1.1\n---\nstart: 0024-10-15\nleap: 0000-02-29\nat: 2024-10-15T09:30:00Z\nzoned: 0024-10-15 23:30:00 -01:00\n';
    const value = readYaml(text).value as Record<string, unknown>;
    expect({ ...value }).toEqual({ start: '0024-10-15', leap: '0000-02-29', at: '2024-10-15T09:30', zoned: '0024-10-16T00:30' });
  });

  it('expands a few aliases and points their values at the alias', () => {
    const text = 'base: &b [x, y]\ncopy: *b\n';
    const tree = readYaml(text);
    expect(tree.diagnostics).toEqual([]);
    expect((tree.value as Record<string, unknown>).copy).toEqual(['x', 'y']);
    expect(slice(text, tree.sourceMap.locate(['copy', 1]))).toBe('*b');
  });

  it('stops an alias bomb with E_YAML_ALIAS_LIMIT', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    const tree = readYaml(levels.join('\n'));
    expect(tree.value).toBeUndefined();
    expect(tree.diagnostics.map((d) => d.code)).toEqual(['E_YAML_ALIAS_LIMIT']);
  });

  it('stops a self-referencing alias by depth', () => {
    const tree = readYaml('a: &a [1, *a]\n');
    expect(tree.value).toBeUndefined();
    expect(tree.diagnostics.length).toBeGreaterThan(0);
  });

  it(`accepts ${MAX_DEPTH} levels of nesting and refuses one more`, () => {
    const nested = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(readYaml(nested(MAX_DEPTH)).diagnostics).toEqual([]);
    expect(readYaml(nested(MAX_DEPTH + 1)).diagnostics.map((d) => d.code)).toEqual(['E_TOO_DEEP']);
  });

  it('reports every YAML error with a range, and no value', () => {
    const tree = readYaml('a: [1, 2\nb: {c: \n');
    expect(tree.value).toBeUndefined();
    expect(tree.diagnostics.length).toBeGreaterThan(0);
    for (const d of tree.diagnostics) expect(d.range).toBeDefined();
  });

  it('refuses a second document', () => {
    expect(readYaml('a: 1\n---\nb: 2\n').diagnostics.map((d) => d.code)).toEqual(['E_YAML_MULTI_DOC']);
  });

  it('refuses a list as a key', () => {
    expect(readYaml('? [a, b]\n: c\n').diagnostics.map((d) => d.code)).toEqual(['E_YAML_KEY']);
  });
});
