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

const BLOCK = 28 * MINUTES_PER_DAY;

/** The offset of a zone at any instant; undefined or UTC is 0 everywhere. Memoised per four weeks. */
export function zoneOffset(zone: string | undefined): ZoneOffset {
  if (zone === undefined || zone === 'UTC' || zone === 'Etc/UTC') return () => 0;
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  const exact = (utc: number): number => {
    const parts = format.formatToParts(utc * 60_000);
    const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute')) / 60_000;
    return wall - utc;
  };
  // Per block of four weeks: its offsets as steps [from minute, offset], found by halving the
  // block until each part is at most two weeks long with the same offset at both ends, or a
  // minute long (a change).
  const blocks = new Map<number, number[]>();
  const resolve = (lo: number, hi: number, a: number, b: number, steps: number[]): void => {
    if (hi - lo <= 1) {
      if (b !== a) steps.push(hi, b);
      return;
    }
    if (a === b && hi - lo <= BLOCK / 2) return;
    const mid = Math.floor((lo + hi) / 2);
    const m = exact(mid);
    resolve(lo, mid, a, m, steps);
    resolve(mid, hi, m, b, steps);
  };
  // Callers walk a horizon slot by slot: most calls fall in the block of the call before.
  let lastBlock = NaN;
  let lastSteps: number[] = [];
  return (utc) => {
    const block = Math.floor(utc / BLOCK);
    let steps = block === lastBlock ? lastSteps : blocks.get(block);
    if (!steps) {
      const start = block * BLOCK;
      const first = exact(start);
      steps = [start, first];
      resolve(start, start + BLOCK, first, exact(start + BLOCK), steps);
      blocks.set(block, steps);
    }
    lastBlock = block;
    lastSteps = steps;
    let offset = steps[1];
    for (let k = 2; k < steps.length && steps[k] <= utc; k += 2) offset = steps[k + 1];
    return offset;
  };
}

/** A wall time of a zone (minutes since the epoch, read as if UTC) to the UTC instant. */
export function wallToUtc(offset: ZoneOffset, wall: number): number {
  const guess = wall - offset(wall);
  return wall - offset(guess);
}
