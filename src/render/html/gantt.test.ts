import { analysePlan } from '../../analyse/index.js';
import { describe, expect, it } from 'vitest';
import { renderHtml } from './render.js';
import { all, parseHtml, type DomElement } from './test-utils/dom.js';
import { planFile, planYaml } from './test-utils/plans.js';
import { overlap, textBoxes } from './test-utils/text-boxes.js';

/**
 * A code freeze from the day before a Friday deadline: the delivery line ends where the freeze
 * begins, and the freeze's name reaches past the deadline line a day later, where the
 * deadline's label starts.
 */
const FREEZE_AT_DEADLINE = `
plan: Freeze at the deadline
start: 2024-06-03
deadline: { date: 2024-06-14, hard: true }
calendar:
  unit: day
  workweek: [mon, tue, wed, thu, fri]
  freezes:
    - { name: Release freeze for the quarter, from: 2024-06-13, to: 2024-06-20, blocks: [deploy] }
team:
  - { id: a, name: Ann, skills: [dev] }
tasks:
  - { id: build, title: Build, assignee: a, duration: 5d }
  - { id: ship, title: Ship, assignee: a, duration: 2d, kind: deploy, after: [build] }
`;

const ganttOf = (html: string) => parseHtml(html).querySelector('svg.gantt')!;

/** The top of the rows: the highest phase name, row label or bar. */
function rowsTop(gantt: DomElement): number {
  const texts = textBoxes(gantt, 'g.phase text').map((b) => b.top);
  const bars = all(gantt, 'g.phase rect').map((r) => Number(r.getAttribute('y')));
  return Math.min(...texts, ...bars);
}

/** The labels of the delivery and deadline lines and of the freezes. */
const markerLabels = (gantt: DomElement) => textBoxes(gantt, '.marker-label, .freeze-name');

describe('the Gantt chart', () => {
  const launch = ganttOf(renderHtml(analysePlan(planFile('examples/launch.yaml'))));
  const crowded = ganttOf(renderHtml(analysePlan(planYaml(FREEZE_AT_DEADLINE))));

  it('puts the delivery, deadline and freeze labels in a band between the axis labels and the rows, inside the SVG', () => {
    for (const gantt of [launch, crowded]) {
      const labels = markerLabels(gantt);
      expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['Deadline', 'delivery']));
      const top = rowsTop(gantt);
      const lowestTick = Math.max(...textBoxes(gantt, 'text.tick').map((b) => b.bottom));
      const width = Number(gantt.getAttribute('width'));
      for (const l of labels) {
        expect(l.bottom, `"${l.text}" reaches into the rows`).toBeLessThanOrEqual(top);
        expect(l.top, `"${l.text}" reaches into the axis labels`).toBeGreaterThanOrEqual(lowestTick);
        expect(l.left).toBeGreaterThanOrEqual(0);
        expect(l.right).toBeLessThanOrEqual(width);
      }
      // Each line runs from its label's line of the band down through every row.
      const height = Number(gantt.getAttribute('height'));
      for (const marker of ['.delivery', '.deadline']) {
        const [, from, to] = /^M[\d.]+ ([\d.]+)V([\d.]+)$/.exec(gantt.querySelector(`${marker} path`)!.getAttribute('d')!)!.map(Number);
        const label = textBoxes(gantt, `${marker} text`)[0];
        expect(from).toBeLessThanOrEqual(label.top);
        expect(from).toBeGreaterThanOrEqual(lowestTick);
        expect(to).toBe(height);
      }
    }
  });

  it('stacks marker labels that would collide onto separate lines', () => {
    for (const gantt of [launch, crowded]) {
      const labels = markerLabels(gantt);
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) expect(overlap(a, b), `"${a.text}" and "${b.text}" overlap`).toBe(false);
      }
    }
    const lines = new Set(markerLabels(crowded).map((l) => l.y));
    expect(lines.size).toBeGreaterThan(1);
    expect(new Set(markerLabels(launch).map((l) => l.y)).size).toBe(1);
  });

  it('reads hours with the date over the first tick and each midnight in an hour plan', () => {
    const incident = ganttOf(renderHtml(analysePlan(planFile('examples/incident.yaml'))));
    expect([incident.getAttribute('data-axis-unit'), incident.getAttribute('data-axis-step')]).toEqual(['hour', '3']);
    const days = all(incident, 'text.tick.day').map((e) => e.textContent);
    expect(days).toEqual(['Mar 12', 'Mar 13', 'Mar 14']);
    const times = all(incident, 'text.tick:not(.day)').map((e) => e.textContent);
    expect(times.slice(0, 4)).toEqual(['03:00', '06:00', '09:00', '12:00']);
  });
});
