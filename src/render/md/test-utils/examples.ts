/** Test helper: plan a bundled example (examples/NAME.yaml) through the real pipeline. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanResult } from '../../../analyse/index.js';
import { planModel, runPlanSync } from '../../../api/index.js';
import { loadSpec } from '../../../spec/index.js';

const examples = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../examples');

/**
 * `name`, or `name.status` for the example re-planned from examples/NAME.status.yaml, against
 * examples/NAME.baseline.json when there is one (as scripts/render-examples.mjs renders it).
 */
export function planExample(name: string): PlanResult {
  // A path rather than a URL: under the jsdom environment the global URL is jsdom's.
  const read = (file: string) => readFileSync(resolve(examples, file), 'utf8');
  const spec = name.replace(/\.status$/, '');
  const text = read(`${spec}.yaml`);
  const loaded = loadSpec(text);
  if (!loaded.model) throw new Error(`examples/${name}.yaml does not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  const baseline = `${spec}.baseline.json`;
  const options = existsSync(resolve(examples, baseline)) ? { formats: [], baseline: { text: read(baseline) } } : { formats: [] };
  const outcome = name.endsWith('.status') ? runPlanSync({ text, status: { text: read(`${name}.yaml`) } }, options) : planModel(loaded.model, {}, loaded.diagnostics);
  if (!outcome.result) throw new Error(`examples/${name}.yaml does not plan: ${outcome.diagnostics.map((d) => d.message).join('; ')}`);
  return outcome.result;
}
