/**
 * One truth across outputs: for the bundled examples and hundreds of random plans, the facts the
 * JSON states are the facts the Markdown and the HTML show, read back from each.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planModel, runPlanSync } from '../src/api/index.js';
import { factsFromHtml, factsFromJson, factsFromMarkdown } from './support/facts.js';
import { randomModels } from './support/random-specs.js';

const ALL = { formats: ['json', 'md', 'html'] } as const;

function shownFacts(outputs: readonly { text: string }[]) {
  const [json, md, html] = outputs.map((o) => o.text);
  return { json: factsFromJson(JSON.parse(json)), md: factsFromMarkdown(md), html: factsFromHtml(html) };
}

describe('the outputs agree', () => {
  it.each(['launch', 'sprint', 'incident'])('on the headline facts of examples/%s.yaml', (name) => {
    const text = readFileSync(new URL(`../examples/${name}.yaml`, import.meta.url), 'utf8');
    const run = runPlanSync({ text }, { ...ALL, iterations: 300 });
    const { json, md, html } = shownFacts(run.outputs);
    expect(md).toEqual(json);
    expect(html).toEqual(json);
  });

  it('on the headline facts of at least 200 random plans', () => {
    const models = randomModels(400, 11);
    let withDeadline = 0;
    let planned = 0;
    for (const [i, model] of models.entries()) {
      const run = planModel(model, { ...ALL, iterations: 20, schedules: 5, seed: i });
      if (!run.result) continue;
      planned++;
      const { json, md, html } = shownFacts(run.outputs);
      expect({ plan: i, ...md }).toEqual({ plan: i, ...json });
      expect({ plan: i, ...html }).toEqual({ plan: i, ...json });
      if (json.deadline) withDeadline++;
    }
    // The sample must exercise the deadline facts, not only plans without one.
    expect(planned).toBeGreaterThanOrEqual(200);
    expect(withDeadline).toBeGreaterThan(150);
  });
});
