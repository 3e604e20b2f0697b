/**
 * The launch at week 5 (examples/launch.status.yaml against examples/launch.baseline.json, the
 * plan's JSON from before the work began) is committed in docs/examples/ as Markdown, JSON and
 * HTML, exactly as `execplan plan` renders it now; when this fails, run `npm run examples:render`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../src/api/index.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('docs/examples/launch.status', () => {
  const run = runPlanSync(
    { text: read('examples/launch.yaml'), status: { text: read('examples/launch.status.yaml') } },
    { formats: ['md', 'json', 'html'], baseline: { text: read('examples/launch.baseline.json') } },
  );

  it.each(['md', 'json', 'html'])('docs/examples/launch.status.%s equals a fresh render (else run npm run examples:render)', (extension) => {
    expect(read(`docs/examples/launch.status.${extension}`)).toBe(run.outputs.find((o) => o.extension === extension)!.text);
  });

  it('shows the slip, the fired breaker, the filled check-in and the learned biases', () => {
    const md = run.outputs.find((o) => o.extension === 'md')!.text;
    expect(md).toMatch(/Circuit breaker fired/);
    expect(md).toMatch(/## \d+\. Slip against the baseline/);
    expect(md).toMatch(/#### Completed/);
    expect(md).toMatch(/Backend Senior 1 has taken \d\.\d\dx their estimates over 5 finished tasks/);
    const doc = JSON.parse(run.outputs.find((o) => o.extension === 'json')!.text);
    expect(doc.slip.drift.slots).toBeGreaterThan(0);
    expect(doc.forecast.learning.people).toHaveLength(5);
  });
});
