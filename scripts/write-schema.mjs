#!/usr/bin/env node
// Writes docs/execplan.schema.json from the built zod schema: `npm run build && node scripts/write-schema.mjs`.
// src/spec/json-schema.test.ts fails when the committed file differs, so it never goes stale.
import { writeFileSync } from 'node:fs';
import { specJsonSchema } from '../dist/spec/json-schema.js';

const target = new URL('../docs/execplan.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(specJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
