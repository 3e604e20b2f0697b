import { describe, expect, it } from 'vitest';
import { buildCalendar, localMinutes, MINUTES_PER_DAY, wallToUtc } from '../calendar/index.js';
import type { Model } from '../model/index.js';
import { loadSpec } from '../spec/index.js';
import { restTable } from './rest.js';

function model(text: string): Model {
  const loaded = loadSpec(text);
  if (!loaded.model) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  return loaded.model;
}

const spec = `plan: rested
start: 2024-03-01T00:00
calendar: { unit: hour, hours: "24/7", timezone: Europe/London }
team:
  - { id: a, skills: [ops], max_hours_per_day: 10, min_rest: 11h }
  - { id: b, skills: [ops], min_rest: 8h }
  - { id: c, skills: [ops], max_hours_per_day: 8, timezone: America/New_York }
  - { id: d, skills: [ops] }
tasks:
  - { id: t, skills: [ops], effort: 1h }
`;

describe('rest tables', () => {
  const m = model(spec);
  const calendar = buildCalendar(m);
  const table = restTable(m, calendar)!;

  it('starts each slot at its UTC minute, across the clock changes', () => {
    const plan = calendar.zoneOffset(calendar.timezone);
    expect(table.utc.length).toBe(calendar.horizon + 1);
    expect(table.utc.every((u, s) => u === wallToUtc(plan, calendar.slotMinutes(s)))).toBe(true);
    // 31 March 2024, 00:00 GMT to 03:00 BST: two real hours, three slots of the plan's clock.
    const midnight = calendar.slotAtOrAfter('2024-03-31T00:00');
    expect(table.utc[midnight + 3] - table.utc[midnight]).toBe(120);
  });

  it("puts each slot on the worker's own local day, and shares the days of one zone", () => {
    const [a, b, c, d] = table.rules;
    expect(d).toBeUndefined();
    for (const [k, limits] of [[0, a], [2, c]] as const) {
      const local = localMinutes(calendar, m.resources[k]);
      expect(limits!.day.every((day, s) => day === Math.floor(local(s) / MINUTES_PER_DAY))).toBe(true);
    }
    expect(b!.day).toBe(a!.day);
    expect(c!.day).not.toEqual(a!.day);
    expect([a!.maxPerDay, a!.minRest, b!.maxPerDay, b!.minRest, c!.maxPerDay, c!.minRest]).toEqual([600, 660, Infinity, 480, 480, 0]);
  });

  it('has no table when nobody has rest rules', () => {
    expect(restTable(model(spec.replace(/, (max_hours_per_day|min_rest): [^,}]+/g, '').replace(/, min_rest: [^,}]+/g, '')), calendar)).toBeUndefined();
  });
});
