/**
 * The published JSON Schema: it is the zod schema's (the committed file matches), it accepts
 * every example, and it rejects every bad fixture whose problem is one of shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { specJsonSchema } from './json-schema.js';
import { specSchema } from './schema.js';
import { loadSpec } from './load.js';
import { readYaml } from './yaml-tree.js';
import { validateShape } from './shape.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const examples = readdirSync(new URL('examples/', root)).filter((f) => f.endsWith('.yaml') && !f.endsWith('.status.yaml'));
const badFixtures = readdirSync(new URL('test/fixtures/bad/', root)).filter((f) => f.endsWith('.yaml'));

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(specJsonSchema());

/** The plain data of a fixture whose YAML reads cleanly (others never reach the schema). */
function dataOf(text: string): { ok: true; value: unknown } | { ok: false } {
  const tree = readYaml(text);
  return tree.value === undefined || tree.diagnostics.length > 0 || loadSpec(text).diagnostics.some((d) => d.code === 'E_BINARY' || d.code === 'E_EMPTY') ? { ok: false } : { ok: true, value: tree.value };
}

describe('specJsonSchema', () => {
  it('is draft 2020-12 and matches the committed docs/execplan.schema.json', () => {
    const schema = specJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.parse(read('docs/execplan.schema.json'))).toEqual(schema);
  });

  it.each(examples)('accepts examples/%s', (name) => {
    const valid = validate(parse(read(`examples/${name}`)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  // Calendar validity (no 30 February) is beyond a pattern; the loader checks it.
  const beyondJsonSchema = new Set(['impossible-date.yaml']);

  it.each(badFixtures)('agrees with the loader on test/fixtures/bad/%s', (name) => {
    const data = dataOf(read(`test/fixtures/bad/${name}`));
    if (!data.ok) return;
    const shapeErrors = !specSchema.safeParse(data.value).success;
    const expectRejected = shapeErrors && !beyondJsonSchema.has(name);
    expect(validate(data.value)).toBe(!expectRejected);
  });

  it('rejects the fixtures that are schema errors, and there are many', () => {
    const rejected = badFixtures.filter((name) => {
      const data = dataOf(read(`test/fixtures/bad/${name}`));
      return data.ok && !validate(data.value);
    });
    expect(rejected.length).toBeGreaterThanOrEqual(12);
  });
});

describe('validateShape', () => {
  it.each([...badFixtures.map((f) => `test/fixtures/bad/${f}`), ...examples.map((f) => `examples/${f}`)])(
    'salvaging section by section finds schema errors exactly when the whole schema does: %s',
    (path) => {
      const data = dataOf(read(path));
      if (!data.ok) return;
      const shape = validateShape(data.value, readYaml(read(path)).sourceMap);
      expect(shape.diagnostics.length > 0).toBe(!specSchema.safeParse(data.value).success);
    },
  );
});
