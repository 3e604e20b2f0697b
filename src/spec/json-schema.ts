/**
 * The published JSON Schema of the spec, generated from the zod schema so the two never drift.
 * It describes what a user writes (`io: 'input'`: defaults are optional). Checks that need the
 * whole spec (references, cycles, date order) are beyond JSON Schema and stay in the loader.
 */
import * as z from 'zod';
import { specSchema } from './schema.js';

export function specJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(specSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
