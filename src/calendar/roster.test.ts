import { describe, expect, it } from 'vitest';
import type { Model } from '../model/index.js';
import { loadSpec } from '../spec/index.js';
import { buildCalendar } from './calendar.js';
import { dutyMask, localMinutes, shiftReader, slotClock } from './roster.js';
import type { WorkCalendar } from './types.js';

function model(text: string): Model {
  const loaded = loadSpec(text);
  if (!loaded.model) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  return loaded.model;
}

// Shifts across the clock changes of 2024 (London 31 March and 27 October, New York 10 March
// and 3 November), for workers in the plan's zone, in a zone with clock changes on other days,
// and in one without any.
const spec = `plan: around the clock
start: 2024-03-01T00:00
calendar: { unit: hour, hours: "24/7", timezone: Europe/London }
shifts:
  - { id: day, from: "08:00", to: "20:00" }
  - { id: night, from: "20:00", to: "08:00" }
  - { id: early, from: "01:00", to: "03:00" }
rotations:
  - { id: rota, shifts: [day, night, off], every: 1d, from: 2024-02-27, members: [r1, r2, r3] }
team:
  - { id: london, skills: [ops], shift: early }
  - { id: york, skills: [ops], shift: night, timezone: America/New_York }
  - { id: singapore, skills: [ops], shift: day, timezone: Asia/Singapore }
  - { id: r1, skills: [ops] }
  - { id: r2, skills: [ops], timezone: America/New_York }
  - { id: r3, skills: [ops], timezone: Asia/Singapore }
  - { id: free, skills: [ops] }
tasks:
  - { id: t, skills: [ops], effort: 1h }
`;

/** The duty mask read slot by slot with the roster's own reader, as the checker's view would. */
function slowMask(m: Model, calendar: WorkCalendar, id: string): Uint8Array {
  const r = m.resources.find((x) => x.id === id)!;
  const local = localMinutes(calendar, r);
  const onShift = shiftReader(r.roster!);
  return Uint8Array.from({ length: calendar.horizon }, (_, s) => (onShift(local(s)) ? 1 : 0));
}

describe('duty masks and slot clocks', () => {
  const m = model(spec);
  const calendar = buildCalendar(m);

  it('marks the same on-shift slots as reading the roster slot by slot, across clock changes', () => {
    for (const id of ['london', 'york', 'singapore', 'r1', 'r2', 'r3']) {
      const r = m.resources.find((x) => x.id === id)!;
      expect(dutyMask(r, calendar), id).toEqual(slowMask(m, calendar, id));
    }
  });

  it('gives no mask to someone without a roster', () => {
    expect(dutyMask(m.resources.find((x) => x.id === 'free')!, calendar)).toBeUndefined();
  });

  it("places a Singapore day shift on the plan's London hours, an hour later once London is on summer time", () => {
    const singapore = dutyMask(m.resources.find((x) => x.id === 'singapore')!, calendar)!;
    const onDuty = (day: string) => {
      const first = calendar.slotAtOrAfter(`${day}T00:00`);
      return [...singapore.slice(first, first + 24)].flatMap((on, hour) => (on ? [hour] : []));
    };
    // 08:00-20:00 in Singapore (UTC+8) is 00:00-12:00 UTC: GMT in March, BST (UTC+1) from 31 March.
    expect(onDuty('2024-03-29')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(onDuty('2024-04-02')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('reads each slot on a zone clock as localMinutes does, one shared array per zone', () => {
    for (const zone of [undefined, 'UTC', 'Europe/London', 'America/New_York', 'Asia/Singapore']) {
      const clock = slotClock(calendar, zone);
      const local = localMinutes(calendar, { ...m.resources[0], timezone: zone });
      expect(clock.length).toBe(calendar.horizon + 1);
      expect(clock.every((minutes, s) => minutes === local(s)), String(zone)).toBe(true);
      expect(slotClock(calendar, zone)).toBe(clock);
    }
  });

  it('builds the same clock for a calendar that keeps none', () => {
    const { slotClock: _kept, ...bare } = calendar;
    const own = slotClock(bare as WorkCalendar, 'Asia/Singapore');
    expect(own).not.toBe(slotClock(calendar, 'Asia/Singapore'));
    expect(own).toEqual(slotClock(calendar, 'Asia/Singapore'));
  });
});
