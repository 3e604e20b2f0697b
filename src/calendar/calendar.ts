/**
 * The project calendar: slots <-> dates. Slot 0 is the first working slot on or after the
 * plan's start; weekends and holidays have no slot at all. Day plans have one slot per working
 * day, hour plans one slot per working hour ([from, to) on working days).
 *
 * The calendar covers the plan's horizon (horizon.ts) and a year before its start: a date
 * outside that window reads as the window's edge, so a period "until 9999-12-31" ends with the
 * horizon, and nothing here grows with how far away a date is.
 */
import type { CalendarSpec, Model } from '../model/index.js';
import type { FreezeSlots, PlanCalendar, WorkCalendar } from './types.js';
import { freezeBlocks, rateAt, resourceRates, type RateProfile } from './rates.js';
import { FIRST_YEAR, LAST_YEAR, MINUTES_PER_DAY, dayFromCivil, formatDay, formatInstant, parseDay, parseInstant, periodEndInstant, weekdayOf } from './dates.js';
import { LOOKBACK_DAYS, horizonEndDay } from './horizon.js';
import { buildSlotClock } from './roster.js';
import { zoneOffset, type ZoneOffset } from './zones.js';

export type { FreezeSlots, WorkCalendar } from './types.js';

/**
 * Working days numbered from a base: index 0 is the first working day on or after the base,
 * index -1 the last one before it. Grown on demand in both directions, but never past [first,
 * last] (a year beyond the plan's window either way, inside 0000-9999): an index beyond them
 * reads as that edge day. No plan slot lies there (work ends with the horizon); only a chart's
 * margin asks, and it gets a four-digit date at once instead of a walk toward a far one. This is
 * the only state this module keeps, and it is invisible from outside.
 */
class WorkingDays {
  private forward: number[] = [];
  private backward: number[] = [];
  constructor(
    private readonly base: number,
    private readonly isWorking: (day: number) => boolean,
    private readonly first: number,
    private readonly last: number,
  ) {}

  dayAt(index: number): number {
    if (index >= 0) {
      this.growForward(index, Infinity);
      return index < this.forward.length ? this.forward[index] : this.last;
    }
    const k = -index - 1;
    while (this.backward.length <= k) {
      let d = (this.backward.length === 0 ? this.base : this.backward[this.backward.length - 1]) - 1;
      while (!this.isWorking(d)) d--;
      if (d < this.first) return this.first;
      this.backward.push(d);
    }
    return this.backward[k];
  }

  /**
   * Numbers working days until there is one with index `index` or one on or after `day`,
   * whichever comes first; never past the last day. One tight loop, since the horizon of a day
   * plan is some 13,000 working days and every calendar built asks for its end.
   */
  private growForward(index: number, day: number): void {
    const forward = this.forward;
    let d = forward.length === 0 ? this.base : forward[forward.length - 1] + 1;
    while (forward.length <= index && (forward.length === 0 || forward[forward.length - 1] < day)) {
      while (!this.isWorking(d)) d++;
      if (d > this.last) return;
      forward.push(d);
      d++;
    }
  }

  /**
   * Index of the first working day on or after `day`. Callers clamp dates to the plan's window,
   * well inside [first, last]; at those edges the answer is the edge's index.
   */
  indexAtOrAfter(day: number): number {
    if (day >= this.base) {
      // Grown one working day at a time (not by doubling) so it never reaches past the day asked for.
      this.growForward(Infinity, day);
      const forward = this.forward;
      let lo = 0;
      let hi = forward.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (forward[mid] >= day) hi = mid;
        else lo = mid + 1;
      }
      if (lo < forward.length) return lo;
      // Past the last day: the index that reads as the last day.
      return forward.length > 0 && forward[forward.length - 1] >= this.last ? forward.length - 1 : forward.length;
    }
    let k = -1;
    while (this.dayAt(k) >= day) {
      if (this.dayAt(k) <= this.first) return k;
      k--;
    }
    return k + 1;
  }
}

/**
 * Working days: days of the work week that are not holidays. Holidays outside [from, to) are
 * left out, so the first working day past the window is at most a week away.
 */
function workingDayPredicate(spec: CalendarSpec, from: number, to: number): (day: number) => boolean {
  const week = new Set<number>(spec.workweek);
  const holidays = new Set<number>(spec.holidays.map(parseDay).filter((d) => d >= from && d < to));
  return (day) => week.has(weekdayOf(day)) && !holidays.has(day);
}

/** Whole working hours [from, to) of a working day; fractional edges shrink inwards. */
export function workingHours(spec: CalendarSpec): readonly [number, number] {
  const from = Math.max(0, Math.ceil(spec.hours[0]));
  const to = Math.min(24, Math.floor(spec.hours[1]));
  return [from, Math.max(from, to)];
}

/** Throws when the calendar has no working slot at all (validation should have caught it). */
export function buildCalendar(model: Model): WorkCalendar {
  const spec = model.calendar;
  if (spec.workweek.length === 0) throw new RangeError('the calendar has no working day');
  const [hFrom, hTo] = workingHours(spec);
  const perDay = spec.unit === 'day' ? 1 : hTo - hFrom;
  if (perDay <= 0) throw new RangeError('the calendar has no working hour');
  const startInstant = parseInstant(model.start);
  const startDay = Math.floor(startInstant / MINUTES_PER_DAY);
  // The window dates are read in, and beyond it the days working days are counted to, all
  // inside 0000-9999 whatever the start (the loader keeps starts a year inside it).
  const [minDay, maxDay] = [dayFromCivil(FIRST_YEAR, 1, 1), dayFromCivil(LAST_YEAR, 12, 31)];
  const firstDay = Math.max(minDay, startDay - LOOKBACK_DAYS);
  const endDay = Math.min(maxDay, Math.max(startDay, horizonEndDay(model.start, spec.unit)));
  const isWorking = workingDayPredicate(spec, firstDay, endDay);
  const days = new WorkingDays(startDay, isWorking, Math.max(minDay, firstDay - LOOKBACK_DAYS), Math.min(maxDay, endDay + LOOKBACK_DAYS));

  /** Working-slot index counted from working day index 0, hour `hFrom`; instants outside the window read as its edges. */
  function globalSlotAtInstant(at: number): number {
    const minutes = Math.min(Math.max(at, firstDay * MINUTES_PER_DAY), endDay * MINUTES_PER_DAY);
    const day = Math.floor(minutes / MINUTES_PER_DAY);
    const inDay = minutes - day * MINUTES_PER_DAY;
    if (spec.unit === 'day') return days.indexAtOrAfter(inDay === 0 ? day : day + 1);
    const idx = days.indexAtOrAfter(day);
    if (days.dayAt(idx) !== day) return idx * perDay;
    const hour = Math.max(hFrom, Math.ceil(inDay / 60));
    if (hour >= hTo) return (idx + 1) * perDay;
    return idx * perDay + (hour - hFrom);
  }

  // Day plans use the start's date; hour plans the first working hour at or after the start.
  const origin = spec.unit === 'day' ? days.indexAtOrAfter(startDay) : globalSlotAtInstant(startInstant);

  function slotStartMinutes(slot: number): number {
    const g = slot + origin;
    const idx = Math.floor(g / perDay);
    const day = days.dayAt(idx);
    if (spec.unit === 'day') return day * MINUTES_PER_DAY;
    return day * MINUTES_PER_DAY + (hFrom + (g - idx * perDay)) * 60;
  }

  /** The first slot that starts at or after an instant (minutes since the epoch). */
  function slotAtInstant(minutes: number): number {
    return globalSlotAtInstant(minutes) - origin;
  }

  // Built on first use: most readers never ask for a resource's rate.
  const profiles = new Map<string, RateProfile>();
  const zones = new Map<string, ZoneOffset>();
  const clocks = new Map<string, Float64Array>();
  const calendar: WorkCalendar & { freezes: FreezeSlots[] } = {
    unit: spec.unit,
    horizon: Math.max(0, slotAtInstant(endDay * MINUTES_PER_DAY)),
    horizonEnd: formatDay(endDay - 1),
    timezone: spec.timezone,
    zoneOffset(zone: string | undefined): ZoneOffset {
      const key = zone ?? '';
      let found = zones.get(key);
      if (!found) zones.set(key, (found = zoneOffset(zone)));
      return found;
    },
    slotMinutes: slotStartMinutes,
    slotClock(zone: string | undefined): Float64Array {
      const key = zone ?? '';
      let found = clocks.get(key);
      if (!found) clocks.set(key, (found = buildSlotClock(calendar, zone)));
      return found;
    },
    slotStart(slot: number): string {
      const m = slotStartMinutes(slot);
      return spec.unit === 'day' ? formatDay(m / MINUTES_PER_DAY) : formatInstant(m);
    },
    slotEnd(slot: number): string {
      const m = slotStartMinutes(slot);
      return spec.unit === 'day' ? formatDay(m / MINUTES_PER_DAY) : formatInstant(m + 60);
    },
    slotAtOrAfter(date: string): number {
      return slotAtInstant(parseInstant(date));
    },
    periodSlots(from: string, to: string): readonly [number, number] {
      const a = slotAtInstant(parseInstant(from));
      const b = slotAtInstant(periodEndInstant(to));
      return [a, Math.max(a, b)];
    },
    freezes: [],
    rate(resourceId: string, slot: number): number {
      let profile = profiles.get(resourceId);
      if (!profile) {
        const resource = model.resources.find((r) => r.id === resourceId);
        if (!resource) return 0;
        profile = resourceRates(resource, calendar);
        profiles.set(resourceId, profile);
      }
      return slot < 0 ? 0 : rateAt(profile, slot);
    },
    freezeAt(slot: number, kind: string | undefined): string | undefined {
      for (const f of calendar.freezes) {
        if (slot < f.from || slot >= f.to) continue;
        if (freezeBlocks(f, kind)) return f.name;
      }
      return undefined;
    },
  };
  for (const f of spec.freezes) {
    const [from, to] = calendar.periodSlots(f.from, f.to);
    calendar.freezes.push({ name: f.name, from, to, blocks: f.blocks });
  }
  return calendar;
}
