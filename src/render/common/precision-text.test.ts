import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../analyse/index.js';
import { planFile } from '../html/test-utils/plans.js';
import { renderHtml } from '../html/render.js';
import { renderJson } from '../json/render.js';
import { renderMarkdown } from '../md/render.js';
import { runsPrecisionText } from './precision-text.js';

describe('the forecast precision', () => {
  const analysis = analysePlan(planFile('examples/launch.yaml'));
  const json = JSON.parse(renderJson(analysis)).forecast;
  const md = renderMarkdown(analysis);
  // The paragraph's text: the sentence holds no markup and no character HTML escapes.
  const html = /<p class="note" data-precision="converged">([^<]*)<\/p>/.exec(renderHtml(analysis))?.[1];

  it('is stated in every format from the same numbers', () => {
    // The launch converges in the second batch: 1,000 of at most 2,000 runs.
    expect(json.iterations).toBe(1000);
    expect(json.precision).toMatchObject({ confidence: 0.95, converged: true, cap: 2000 });
    const shown = json.precision.percentiles.map((x: { p: number; halfWidth: number; tolerance: number }) => `P${Math.round(x.p * 100)} ±${x.halfWidth} (to reach: ±${x.tolerance})`).join(', ');
    const sentence = `The runs stopped at 1,000 of at most 2,000, once each percentile was known to its tolerance at 95% confidence: ${shown} working days.`;
    expect(md).toContain(sentence);
    expect(html).toBe(sentence);
  });

  it('bounds each percentile by finishes the runs produced, around the reported percentile', () => {
    for (const x of json.precision.percentiles) {
      const reported = json.percentiles.find((p: { p: number }) => p.p === x.p).offset;
      expect(x.low).toBeLessThanOrEqual(reported);
      expect(x.high).toBeGreaterThanOrEqual(reported);
      expect(x.halfWidth).toBe((x.high - x.low) / 2);
    }
  });
});

describe('runsPrecisionText', () => {
  it('gives the half-width in percentage points and the runs behind it', () => {
    expect(runsPrecisionText(125, 0.0371)).toBe('±3.7 points over 125 runs');
    expect(runsPrecisionText(1000, 0.01)).toBe('±1 point over 1,000 runs');
  });
});

describe('the scope fit precision', () => {
  const analysis = analysePlan(planFile('examples/launch.yaml'));
  const fit = JSON.parse(renderJson(analysis)).forecast.scopeFit;

  it('states the runs behind each probability in Markdown as in JSON', () => {
    const md = renderMarkdown(analysis);
    expect(md).toContain(`only to ${Math.round(fit.probabilityAfter * 100)}% (${runsPrecisionText(fit.runsAfter, fit.halfWidthAfter)})`);
    const best = fit.bestCapacity;
    expect(md).toContain(`gives ${Math.round(best.probability * 100)}% (${runsPrecisionText(best.runs, best.halfWidth)})`);
    // None of the capacity asks comes near the target, so each stops at the first look.
    expect(best.runs).toBe(125);
    expect(fit.runsAfter).toBe(1000);
  });
});
