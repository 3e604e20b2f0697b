#!/usr/bin/env node
// Writes docs/execplan.schema.json (the spec) and docs/execplan-plan.schema.json (the JSON plan)
// from the built zod schemas: `npm run build && node scripts/write-schema.mjs`.
// src/spec/json-schema.test.ts and src/render/json/schema.test.ts fail when a committed file
// differs, so neither goes stale.
import { writeFileSync } from 'node:fs';
import { specJsonSchema } from '../dist/spec/json-schema.js';
import { planJsonSchema } from '../dist/render/json/schema.js';

for (const [name, schema] of [['execplan.schema.json', specJsonSchema()], ['execplan-plan.schema.json', planJsonSchema()]]) {
  const target = new URL(`../docs/${name}`, import.meta.url);
  writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${target.pathname}`);
}
