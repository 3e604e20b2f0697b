/**
 * Test helper: a small PlanCalendar written apart from src/calendar, so analysis and rendering
 * tests do not depend on the real calendar (and a bug there cannot hide a bug here).
 * Day plans: one slot per working day. Hour plans: one slot per working hour.
 */
import type { Model, Period } from '../../model/index.js';
import { type PlanCalendar, addDays, parseIsoDate, zoneOffset } from '../../calendar/index.js';

/** Enough working days for any test plan (a few years). */
const HORIZON_DAYS = 1500;

function covers(period: Period, date: string): boolean {
  return period.from.slice(0, 10) <= date && date <= period.to.slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function fakeCalendar(model: Model): PlanCalendar {
  const { unit, workweek, holidays, hours, freezes } = model.calendar;
  const days: string[] = [];
  for (let i = 0, day = model.start.slice(0, 10); days.length < HORIZON_DAYS; i++, day = addDays(day, 1)) {
    const weekday = parseIsoDate(day).getUTCDay();
    if (workweek.includes(weekday as Model['calendar']['workweek'][number]) && !holidays.includes(day)) days.push(day);
  }
  const perDay = unit === 'day' ? 1 : hours[1] - hours[0];
  const startHour = unit === 'hour' && model.start.length > 10 ? Math.max(Number(model.start.slice(11, 13)) - hours[0], 0) : 0;
  const at = (slot: number) => {
    const g = slot + startHour;
    const day = days[Math.floor(g / perDay)];
    return { day, hour: hours[0] + (g % perDay) };
  };
  const stamp = (day: string, hour: number) => (hour >= 24 ? `${addDays(day, 1)}T00:00` : `${day}T${pad(hour)}:00`);
  return {
    unit,
    zoneOffset,
    slotMinutes(slot) {
      const { day, hour } = at(slot);
      return Date.parse(`${day}T00:00Z`) / 60_000 + (unit === 'day' ? 0 : hour * 60);
    },
    slotStart(slot) {
      const { day, hour } = at(slot);
      return unit === 'day' ? day : stamp(day, hour);
    },
    slotEnd(slot) {
      const { day, hour } = at(slot);
      return unit === 'day' ? day : stamp(day, hour + 1);
    },
    slotAtOrAfter(date) {
      for (let slot = 0; slot < days.length * perDay; slot++) {
        if (this.slotStart(slot) >= (unit === 'day' ? date.slice(0, 10) : date.length > 10 ? date : `${date}T00:00`)) return slot;
      }
      return days.length * perDay;
    },
    freezeAt(slot, kind) {
      const { day } = at(slot);
      const f = freezes.find((fr) => covers(fr, day) && (fr.blocks === 'all' || (kind !== undefined && fr.blocks.includes(kind))));
      return f?.name;
    },
    rate(resourceId, slot) {
      const r = model.resources.find((x) => x.id === resourceId);
      if (!r) return 0;
      const { day } = at(slot);
      if (r.timeOff.some((p) => covers(p, day))) return 0;
      const load = r.commitments.filter((c) => covers(c, day)).reduce((sum, c) => sum + c.load, 0);
      return Math.min(1, Math.max(0, r.availability * (1 - load)));
    },
  };
}
