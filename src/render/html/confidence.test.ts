import { analysePlan, type PlanResult } from '../../analyse/index.js';
import { describe, expect, it } from 'vitest';
import { renderHtml } from './render.js';
import { all, parseHtml } from './test-utils/dom.js';
import { planFile, sampleForecast } from './test-utils/plans.js';
import { overlap, textBoxes } from './test-utils/text-boxes.js';

const incident = planFile('examples/incident.yaml');
const launch = planFile('examples/launch.yaml');

/**
 * The sample forecast with P50, P80 and P95 a slot apart in a spread of 40 slots: about 12 px
 * apart, closer than a percentile label is wide.
 */
function tightPercentiles(result: PlanResult): PlanResult {
  const f = sampleForecast(result);
  const base = result.schedule.makespan;
  const point = (offset: number) => ({ offset, date: result.calendar.slotEnd(offset - 1) });
  const histogram = Array.from({ length: 40 }, (_, i) => ({ from: base + i, to: base + i + 1, count: 10 }));
  const percentiles = [0.5, 0.8, 0.95].map((p, i) => ({ p, ...point(base + 20 + i) }));
  return { ...result, forecast: { ...f, histogram, percentiles, deterministic: point(base) } };
}

describe('the finish-date charts', () => {
  it("say the hour in an hour plan's histogram tooltips, once for a one-hour bin", () => {
    const tips = (result: PlanResult) => all(parseHtml(renderHtml(analysePlan(result))), 'svg.histogram rect.hist-bar title').map((t) => t.textContent!);
    const at = '[A-Z][a-z]{2} \\d{1,2} \\d\\d:00';
    for (const tip of tips(incident)) expect(tip).toMatch(new RegExp(` finish ${at}( to ${at})?$`));
    for (const tip of tips(tightPercentiles(incident))) expect(tip).toMatch(new RegExp(` finish ${at}$`));
  });

  it('keep the percentile, deadline and delivery labels clear of each other and of the axis labels, inside the SVG', () => {
    for (const result of [incident, launch, tightPercentiles(incident), tightPercentiles(launch)]) {
      const doc = parseHtml(renderHtml(analysePlan(result)));
      for (const svg of all(doc, 'svg.histogram, svg.s-curve')) {
        const width = Number(svg.getAttribute('width'));
        const height = Number(svg.getAttribute('height'));
        const markers = textBoxes(svg, '.marker-label');
        const ticks = textBoxes(svg, 'text.tick:not(.y)');
        // The launch delivers by Dec 12, before its deadline: its delivery line is labelled too.
        const dates = result.model.deadline?.deliverBy ? ['Deadline', 'Delivery'] : ['Deadline'];
        expect(markers.map((m) => m.text)).toEqual(['P50', 'P80', 'P95', ...dates]);
        for (const [i, a] of markers.entries()) {
          expect(a.left).toBeGreaterThanOrEqual(0);
          expect(a.right).toBeLessThanOrEqual(width);
          expect(a.top).toBeGreaterThanOrEqual(0);
          expect(a.bottom).toBeLessThanOrEqual(height);
          for (const b of [...markers.slice(i + 1), ...ticks]) expect(overlap(a, b), `"${a.text}" and "${b.text}" overlap`).toBe(false);
        }
      }
    }
  });
});
