import { analysePlan } from '../../analyse/index.js';
/**
 * The committed example plans (docs/examples/NAME.md) are exactly what the pipeline renders now.
 * When this fails, run `npm run examples:render` and commit the result.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render.js';
import { planExample } from './test-utils/examples.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const names = readdirSync(resolve(root, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

describe('docs/examples', () => {
  it('has a rendered plan for every example spec', () => {
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(existsSync(resolve(root, 'docs/examples', `${name}.md`)), `docs/examples/${name}.md: run npm run examples:render`).toBe(true);
  });

  it.each(names)('docs/examples/%s.md equals a fresh render (else run npm run examples:render)', (name) => {
    const committed = readFileSync(resolve(root, 'docs/examples', `${name}.md`), 'utf8');
    expect(committed).toBe(renderMarkdown(analysePlan(planExample(name))));
  });
});
