/**
 * Test helper: the published JSON Schema of the plan document (docs/execplan-plan.schema.json),
 * compiled once, and an assertion that a document meets it, naming every problem.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect } from 'vitest';

const published = JSON.parse(readFileSync(new URL('../../../../docs/execplan-plan.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(published);

/** The schema's complaints about a document: `path: message`, empty when it is valid. */
export function planSchemaProblems(doc: unknown): string[] {
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}

export function expectValidPlan(doc: unknown, label: string): void {
  expect({ label, problems: planSchemaProblems(doc) }).toEqual({ label, problems: [] });
}
