import { analysePlan } from '../../analyse/index.js';
import { describe, expect, it } from 'vitest';
import { LABEL_GAP, offsetAxis, spacedOut, stackLabels, textWidth, timeAxis, type Axis, type Ruler, type TickUnit } from './axis.js';
import { MINUTES_PER_DAY, parseInstant as minutesOf, periodEndInstant as endOf } from '../../calendar/index.js';
import { renderHtml } from './render.js';
import { all, parseHtml } from './test-utils/dom.js';
import { planFile, planYaml } from './test-utils/plans.js';
import { linesOf, textBoxes } from './test-utils/text-boxes.js';

/** Room for labels beside a chart's first and last ticks, as the Gantt's label column gives. */
const MARGIN = 40;

/** A ruler mapping [from, to] onto `width` px, in an SVG with a margin on either side. */
const rulerOf = (from: number, to: number, width: number, margin = MARGIN): Ruler => ({
  x: (m) => margin + ((m - from) / (to - from)) * width,
  left: 0,
  right: width + 2 * margin,
});

const axisFor = (from: string, to: string, width = 960, finest: TickUnit = 'hour', margin = MARGIN) => {
  const a = minutesOf(from);
  const b = endOf(to);
  return timeAxis(a, b, rulerOf(a, b, width, margin), finest);
};

const labels = (axis: Axis) => axis.ticks.map((t) => t.label.text);
const days = (axis: Axis) => axis.ticks.flatMap((t) => (t.day ? [t.day.text] : []));

/** Each line of labels keeps its distance and stays inside [left, right]. */
function expectLegible(axis: Axis, left: number, right: number): void {
  for (const line of [axis.ticks.map((t) => t.label), axis.ticks.flatMap((t) => (t.day ? [t.day] : []))]) {
    expect(spacedOut(line)).toBe(true);
    for (const l of line) {
      expect(l.x - l.width / 2).toBeGreaterThanOrEqual(left);
      expect(l.x + l.width / 2).toBeLessThanOrEqual(right);
    }
  }
}

describe('textWidth', () => {
  it('allows 0.62 em a character, 0.68 in bold', () => {
    expect(textWidth('14:00')).toBeCloseTo(5 * 11 * 0.62);
    expect(textWidth('Deadline', 10.5, true)).toBeCloseTo(8 * 10.5 * 0.68);
  });
});

describe('timeAxis', () => {
  it('ticks a 36-hour plan 900 px wide every 2 hours: 1 hour is 25 px, under a 42 px time label', () => {
    const axis = axisFor('2024-05-06T08:00', '2024-05-07T20:00', 900);
    expect([axis.unit, axis.step]).toEqual(['hour', 2]);
    expect(labels(axis)).toEqual([
      ...['08:00', '10:00', '12:00', '14:00', '16:00', '18:00', '20:00', '22:00'],
      ...['00:00', '02:00', '04:00', '06:00', '08:00', '10:00', '12:00', '14:00', '16:00', '18:00', '20:00'],
    ]);
    // The date shows once per day: over the first tick and over midnight.
    expect(axis.ticks.filter((t) => t.day).map((t) => [t.label.text, t.day!.text])).toEqual([
      ['08:00', 'May 6'],
      ['00:00', 'May 7'],
    ]);
    expect(axis.ticks.map((t) => t.x).slice(0, 3)).toEqual([MARGIN, MARGIN + 50, MARGIN + 100]);
    expectLegible(axis, 0, 900 + 2 * MARGIN);
  });

  it('keeps the first and last labels inside an SVG with no margin, beside their ticks', () => {
    const axis = axisFor('2024-05-06T00:00', '2024-05-07T00:00', 900, 'hour', 0);
    expect([axis.unit, axis.step]).toEqual(['hour', 2]);
    const first = axis.ticks[0];
    const last = axis.ticks[axis.ticks.length - 1];
    expect([first.x, first.label.text, first.day?.text]).toEqual([0, '00:00', 'May 6']);
    expect(first.label.x).toBeCloseTo(textWidth('00:00') / 2);
    expect(first.day!.x).toBeCloseTo(textWidth('May 6') / 2);
    expect([last.x, last.label.text, last.day?.text]).toEqual([900, '00:00', 'May 7']);
    expect(last.label.x).toBeCloseTo(900 - textWidth('00:00') / 2);
    expect(last.day!.x).toBeCloseTo(900 - textWidth('May 7') / 2);
    expectLegible(axis, 0, 900);
  });

  it('uses hours for a 2-day incident, every 3 hours at 960 px', () => {
    const axis = axisFor('2024-03-04T08:00', '2024-03-06T08:00');
    expect([axis.unit, axis.step]).toEqual(['hour', 3]);
    expect(axis.ticks[0].at).toBe(minutesOf('2024-03-04T09:00'));
    expect(days(axis)).toEqual(['Mar 4', 'Mar 5', 'Mar 6']);
    expect(labels(axis)).toContain('15:00');
  });

  it('uses days, not hours, in a day plan however short', () => {
    const axis = axisFor('2024-03-04', '2024-03-05', 960, 'day');
    expect(axis.unit).toBe('day');
    expect(labels(axis)).toEqual(['Mar 4', 'Mar 5', 'Mar 6']);
  });

  it('uses days for a two-week sprint', () => {
    const axis = axisFor('2024-10-14', '2024-10-25', 960, 'day');
    expect([axis.unit, axis.step]).toEqual(['day', 1]);
    expect(labels(axis).slice(0, 3)).toEqual(['Oct 14', 'Oct 15', 'Oct 16']);
    expect(axis.ticks.length).toBe(13);
  });

  it('uses every other day for a month at 960 px: a day is 31 px, under a 49 px date label', () => {
    const axis = axisFor('2024-10-01', '2024-10-31', 960, 'day');
    expect([axis.unit, axis.step]).toEqual(['day', 2]);
    expect(axis.ticks.every((t, i) => i === 0 || t.at - axis.ticks[i - 1].at === 2 * MINUTES_PER_DAY)).toBe(true);
  });

  it('uses weeks, on Mondays, for a ten-week launch', () => {
    const axis = axisFor('2024-10-15', '2024-12-15', 960, 'day');
    expect([axis.unit, axis.step]).toEqual(['week', 1]);
    expect(axis.ticks[0].label.text).toBe('Oct 21');
    expect(axis.ticks.every((t) => new Date(t.at * 60_000).getUTCDay() === 1)).toBe(true);
  });

  it('uses months for a one-year plan, naming the year on the first tick and in January', () => {
    const axis = axisFor('2024-10-01', '2025-09-30', 960, 'day');
    expect(axis.unit).toBe('month');
    expect(labels(axis)).toEqual(['Oct 2024', 'Nov', 'Dec', 'Jan 2025', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct']);
  });

  it('puts month ticks on the first of the month in the years 0000-0099 too', () => {
    const axis = axisFor('0024-10-01', '0025-09-30', 960, 'day');
    expect(labels(axis)).toEqual(['Oct 0024', 'Nov', 'Dec', 'Jan 0025', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct']);
    expect(axis.ticks.every((t) => new Date(t.at * 60_000).getUTCDate() === 1)).toBe(true);
  });

  it('uses quarters for a multi-year programme', () => {
    const axis = axisFor('2024-01-01', '2026-12-31', 960, 'day');
    expect(axis.unit).toBe('quarter');
    expect(axis.ticks[0].label.text).toBe('Q1 2024');
    expect(axis.ticks[4].label.text).toBe('Q1 2025');
  });

  it('keeps labels apart and inside the SVG for plans from 6 hours to 40 years, 240 to 1600 px wide', () => {
    const start = minutesOf('2024-05-06T08:30');
    for (const hours of [6, 13, 36, 50, 100, 240, 1000, 5000, 20_000, 100_000, 350_000]) {
      for (const width of [240, 560, 900, 1600]) {
        const end = start + hours * 60;
        const axis = timeAxis(start, end, rulerOf(start, end, width, 0));
        expectLegible(axis, 0, width);
        expect(axis.ticks.length).toBeGreaterThan(0);
        expect(axis.ticks.every((t, i) => t.at >= start && t.at <= end && (i === 0 || t.at > axis.ticks[i - 1].at))).toBe(true);
      }
    }
  });
});

describe('offsetAxis', () => {
  const base = minutesOf('2024-03-12T02:00');
  /** Around the clock: offset o ends o hours after the start. */
  const aroundTheClock = (o: number) => base + 60 * Math.max(0, o);

  it('labels an around-the-clock forecast every 6 hours at 11 px a slot, with the date where the day changes', () => {
    const lo = 30.4;
    const hi = 75.6;
    const ruler: Ruler = { x: (o) => 44 + ((o - lo) / (hi - lo)) * 500, left: 0, right: 560 };
    const axis = offsetAxis(lo, hi, aroundTheClock, ruler);
    expect([axis.unit, axis.step]).toEqual(['hour', 6]);
    expect(axis.ticks.map((t) => t.at)).toEqual([34, 40, 46, 52, 58, 64, 70]);
    expect(labels(axis)).toEqual(['12:00', '18:00', '00:00', '06:00', '12:00', '18:00', '00:00']);
    expect(days(axis)).toEqual(['Mar 13', 'Mar 14', 'Mar 15']);
    expectLegible(axis, 0, 560);
  });

  // Weekdays 09:00-17:00 from Monday 2024-03-11: offset o ends slot o-1, at 10:00 to 17:00.
  const monday = minutesOf('2024-03-11');
  const officeHours = (o: number) => (o <= 0 ? monday + 9 * 60 : monday + Math.floor((o - 1) / 8) * MINUTES_PER_DAY + (10 + ((o - 1) % 8)) * 60);

  it('puts hour ticks on their hour in office hours, skipping the 10:00 that ends the first slot of a day', () => {
    const axis = offsetAxis(0, 24, officeHours, { x: (o) => o * 20, left: 0, right: 480 });
    expect([axis.unit, axis.step]).toEqual(['hour', 3]);
    expect(labels(axis)).toEqual(['12:00', '15:00', '12:00', '15:00', '12:00', '15:00']);
    expect(days(axis)).toEqual(['Mar 11', 'Mar 12', 'Mar 13']);
  });

  it('labels office-hour days by their date rather than repeating "12:00" once a day', () => {
    // At 10 px a slot, three hours are too close; six- and twelve-hour ticks fall only at noon.
    const axis = offsetAxis(0, 40, officeHours, { x: (o) => o * 10, left: 0, right: 400 });
    expect([axis.unit, axis.step]).toEqual(['day', 1]);
    expect(axis.ticks.map((t) => t.at)).toEqual([9, 17, 25, 33]);
    expect(labels(axis)).toEqual(['Mar 12', 'Mar 13', 'Mar 14', 'Mar 15']);
  });

  it('labels a day plan with dates only, never repeating one', () => {
    // Working days Monday to Friday from 2024-12-02: offset o ends on the day of slot o-1.
    const first = Math.floor(minutesOf('2024-12-02') / MINUTES_PER_DAY);
    const dayOf = (slot: number) => first + Math.floor(slot / 5) * 7 + (slot % 5);
    const axis = offsetAxis(-1.2, 41.2, (o) => dayOf(Math.max(0, o - 1)) * MINUTES_PER_DAY, { x: (o) => 44 + ((o + 1.2) / 42.4) * 500, left: 0, right: 560 }, 'day');
    expect(axis.unit).toBe('week');
    expect(labels(axis)).toEqual(['Dec 9', 'Dec 16', 'Dec 23', 'Dec 30', 'Jan 6', 'Jan 13', 'Jan 20', 'Jan 27']);
    expect(days(axis)).toEqual([]);
  });
});

describe('stackLabels', () => {
  const label = (text: string, x: number, align: 'start' | 'end' | 'middle' = 'start') => ({ text, x, align, width: 50 });

  it('keeps labels on the first line while they keep their distance, and stacks the rest', () => {
    const stacked = stackLabels([label('a', 100), label('b', 100 + 50 + LABEL_GAP), label('c', 120), label('d', 100 - LABEL_GAP - 2, 'end')], 0, 1000);
    expect(stacked.map((l) => [l.text, l.level])).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 1],
      ['d', 0],
    ]);
    // An "end" label lies to the left of its x.
    expect(stacked[3].x).toBe(90 - 25);
  });

  it('moves labels inside the SVG', () => {
    const [start, end] = stackLabels([label('a', 990), label('b', 10, 'end')], 0, 1000);
    expect(start.x + start.width / 2).toBe(1000);
    expect(end.x - end.width / 2).toBe(0);
  });
});

/** Over 36 hours at 960 px the old axis put a tick every 2 hours, 52 px apart, under 75 px labels. */
const THIRTY_SIX_HOURS = `
plan: Thirty-six hours
start: 2024-05-06T14:00
calendar: { unit: hour, hours: "24/7" }
team:
  - { id: a, name: Ann, skills: [ops] }
tasks:
  - { id: first, title: First, assignee: a, estimate: [16h, 20h, 30h] }
  - { id: second, title: Second, assignee: a, estimate: [12h, 16h, 24h], after: [first] }
`;

/** Two weeks of office hours: eight slots a day, so a forecast's ticks skip nights and weekends. */
const OFFICE_HOURS = `
plan: Office hours
start: 2024-05-06T09:00
deadline: { date: 2024-05-17T17:00, hard: false, confidence: 80% }
calendar: { unit: hour, hours: [9, 17], workweek: [mon, tue, wed, thu, fri] }
team:
  - { id: a, name: Ann, skills: [ops] }
  - { id: b, name: Bob, skills: [ops] }
tasks:
  - { id: first, title: First, assignee: a, estimate: [16h, 24h, 40h] }
  - { id: second, title: Second, assignee: a, estimate: [12h, 16h, 30h], after: [first] }
  - { id: third, title: Third, assignee: b, estimate: [20h, 30h, 50h] }
  - { id: fourth, title: Fourth, assignee: b, estimate: [8h, 12h, 20h], after: [third, first] }
`;

describe('the axes of rendered reports', () => {
  const reports = {
    incident: planFile('examples/incident.yaml'),
    launch: planFile('examples/launch.yaml'),
    sprint: planFile('examples/sprint.yaml'),
    'thirty-six hours': planYaml(THIRTY_SIX_HOURS),
    'office hours': planYaml(OFFICE_HOURS),
  };

  /** What is wrong with the axis labels of each chart: repeats, collisions, labels outside the SVG. */
  function axisProblems(name: string, html: string): string[] {
    const problems: string[] = [];
    for (const svg of all(parseHtml(html), 'svg.gantt, svg.histogram, svg.s-curve')) {
      const chart = `${name} ${svg.getAttribute('class')}`;
      const width = Number(svg.getAttribute('width'));
      const boxes = textBoxes(svg, 'text.tick:not(.y)');
      if (boxes.length < 2) problems.push(`${chart}: ${boxes.length} axis labels`);
      for (const line of linesOf(boxes)) {
        line.forEach((b, i) => {
          if (b.left < 0 || b.right > width) problems.push(`${chart}: "${b.text}" spans ${b.left.toFixed(1)} to ${b.right.toFixed(1)} of ${width} px`);
          const a = line[i - 1];
          if (!a) return;
          if (a.text === b.text) problems.push(`${chart}: "${b.text}" twice in a row`);
          if (a.right > b.left) problems.push(`${chart}: "${a.text}" runs into "${b.text}"`);
        });
      }
    }
    return problems;
  }

  for (const [name, result] of Object.entries(reports)) {
    it(`keeps every axis label of the ${name} report apart from the next, unrepeated and inside its SVG`, () => {
      expect(axisProblems(name, renderHtml(analysePlan(result)))).toEqual([]);
    });
  }

  it('labels the hour plans\' forecast charts with hours, and the date once per day', () => {
    for (const result of [reports.incident, reports['thirty-six hours']]) {
      const doc = parseHtml(renderHtml(analysePlan(result)));
      for (const chart of ['histogram', 's-curve']) {
        const times = all(doc, `svg.${chart} text.tick:not(.y):not(.day)`).map((e) => e.textContent);
        const days = all(doc, `svg.${chart} text.tick.day`).map((e) => e.textContent);
        expect(times.length).toBeGreaterThan(2);
        expect(times.every((t) => /^\d\d:00$/.test(t!))).toBe(true);
        expect(days.length).toBeGreaterThan(0);
        expect(new Set(days).size).toBe(days.length);
      }
    }
  });
});
