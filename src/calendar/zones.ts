/**
 * Time zones for shifts: a worker's shift hours are in their own zone, the plan's hours in the
 * plan's. Offsets come from Intl (the IANA data Node ships), which is deterministic for a given
 * Node; Intl is slow per call (about 8 microseconds), so offsets are read once per day of the
 * plan and a day whose two ends differ is bisected to the minute of its transition.
 */
import { MINUTES_PER_DAY } from './dates.js';

/** Minutes to add to a UTC instant (minutes since the epoch) to get the zone's wall time. */
export type ZoneOffset = (utcMinutes: number) => number;

/** Whether Intl knows the zone (an IANA name such as Europe/Berlin, or UTC). */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every zone name Intl lists, for "did you mean". */
export function knownZones(): readonly string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone')];
}

/** The offset of a zone at any instant; undefined or UTC is 0 everywhere. Memoised per UTC day. */
export function zoneOffset(zone: string | undefined): ZoneOffset {
  if (zone === undefined || zone === 'UTC' || zone === 'Etc/UTC') return () => 0;
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  const exact = (utc: number): number => {
    const parts = format.formatToParts(utc * 60_000);
    const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute')) / 60_000;
    return wall - utc;
  };
  // Per UTC day: the offset at its start, and the minute a change takes effect (or none).
  const days = new Map<number, { readonly before: number; readonly after: number; readonly at: number }>();
  return (utc) => {
    const day = Math.floor(utc / MINUTES_PER_DAY);
    let known = days.get(day);
    if (!known) {
      const start = day * MINUTES_PER_DAY;
      const before = exact(start);
      const after = exact(start + MINUTES_PER_DAY);
      let at = start + MINUTES_PER_DAY;
      if (after !== before) {
        let [lo, hi] = [start, start + MINUTES_PER_DAY];
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (exact(mid) === before) lo = mid;
          else hi = mid;
        }
        at = hi;
      }
      days.set(day, (known = { before, after, at }));
    }
    return utc < known.at ? known.before : known.after;
  };
}

/** A wall time of a zone (minutes since the epoch, read as if UTC) to the UTC instant. */
export function wallToUtc(offset: ZoneOffset, wall: number): number {
  const guess = wall - offset(wall);
  return wall - offset(guess);
}
