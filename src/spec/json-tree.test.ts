import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJson } from './json-tree.js';
import { MAX_DEPTH } from './limits.js';
import type { Path } from './source-map.js';
import { readYaml, readYamlTree } from './yaml-tree.js';

/** Every path of a plain value, the root first. */
function paths(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (typeof value === 'object' && value !== null) return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return [at];
}

function expectSameAsYaml(text: string): void {
  const json = readJson(text);
  const yaml = readYamlTree(text);
  expect(json).toBeDefined();
  expect(yaml.diagnostics).toEqual([]);
  expect(json!.value).toEqual(yaml.value);
  for (const path of paths(yaml.value)) {
    expect(json!.sourceMap.locate(path, 'key'), JSON.stringify(path)).toEqual(yaml.sourceMap.locate(path, 'key'));
    expect(json!.sourceMap.locate(path, 'value'), JSON.stringify(path)).toEqual(yaml.sourceMap.locate(path, 'value'));
  }
}

/** Paths that name nothing fall back to their nearest written ancestor, in both readers. */
function expectSameFallbacks(text: string, missing: readonly Path[]): void {
  for (const path of missing) {
    // A fresh reader for each path, so that each one is the first to ask inside its element.
    expect(readJson(text)!.sourceMap.locate(path), JSON.stringify(path)).toEqual(readYamlTree(text).sourceMap.locate(path));
  }
}

const launch = readYamlTree(readFileSync(new URL('../../examples/launch.yaml', import.meta.url), 'utf8')).value;

describe('readJson', () => {
  it('reads the launch example as JSON into the same data and positions as the YAML reader, compact or indented', () => {
    expectSameAsYaml(JSON.stringify(launch));
    expectSameAsYaml(JSON.stringify(launch, null, 2));
    expectSameAsYaml(`\n  ${JSON.stringify(launch, null, '\t')}\n`);
  });

  it('locates paths deep inside an element, or naming nothing written, as the YAML reader does', () => {
    const text = JSON.stringify(launch, null, 1);
    expectSameFallbacks(text, [['tasks', 3, 'after', 0], ['tasks', 3, 'nope', 2], ['tasks', 999], ['team', 0, 'skills', 9], ['calendar', 'holidays', 0], ['nope']]);
    expectSameFallbacks('{"tasks": [{"id": "a", "a\\"b": {"c\\u0041": [1, {"d": 2}]}}]}', [['tasks', 0, 'a"b', 'cA', 1, 'd'], ['tasks', 0, 'a"b', 'cA', 5]]);
  });

  it('reads escapes, numbers, literals and empty collections as YAML does', () => {
    expectSameAsYaml('{"a": {"b" : [1, "x\\u00e9\\n\\"q\\"", true, null, {"c":-1.5e3}], "d": "y"}, "e":[], "f": {}, "g": 0.25, "h": -0}');
  });

  it('reads values that look like keys, quotes and colons inside strings, as values', () => {
    expectSameAsYaml('{"a": "b\\": 1", "c": ["d:", "\\":"], "e" : {"f\\"" :"g"}}');
  });

  it('takes nesting up to the limit', () => {
    expect(readJson(`{"a": ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}}`)).toBeDefined();
  });

  it('keeps __proto__ and constructor as plain keys of prototype-free mappings', () => {
    const tree = readJson('{"__proto__": {"x": 1}, "constructor": 2}');
    const value = tree!.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(value.__proto__).toEqual({ x: 1 });
  });

  it('locates keys and values, quotes included', () => {
    const tree = readJson('{"tasks": [{"id": "a"}]}')!;
    expect(tree.sourceMap.locate(['tasks', 0, 'id'])).toEqual([18, 21]);
    expect(tree.sourceMap.locate(['tasks', 0, 'id'], 'key')).toEqual([12, 16]);
  });

  it.each([
    ['a duplicate key', '{"a": 1, "a": 2}'],
    ['a duplicate key deep inside an element', '{"tasks": [{"id": "a", "after": [{"task": "b", "task": "c"}]}]}'],
    ['a comment', '{"a": 1} # note'],
    ['a top level that is a list', '[1, 2]'],
    ['a line break inside quotes', '{"a": "x\ny"}'],
    ['a leading zero', '{"a": 01}'],
    ['a trailing comma', '{"a": 1,}'],
    ['YAML', 'a: 1\n'],
    ['an unquoted key', '{a: 1}'],
    ['text after the document', '{"a": 1} {"b": 2}'],
    ['an unterminated string', '{"a": "x'],
    ['nesting past the limit', `{"a": ${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}}`],
  ])('leaves %s to the YAML reader', (_what, text) => {
    expect(readJson(text)).toBeUndefined();
  });

  it('lets the YAML reader report what is wrong with JSON it does not take', () => {
    expect(readYaml('{"a": 1, "a": 2}').diagnostics.map((d) => d.code)).toEqual(['E_YAML_DUPLICATE_KEY']);
    expect(readYaml(`{"a": ${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}}`).diagnostics.map((d) => d.code)).toEqual(['E_TOO_DEEP']);
  });
});
