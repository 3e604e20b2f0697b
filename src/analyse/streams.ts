/**
 * Work streams: who works on what in each period, in the seed's "Stream A (Backend Senior #1):
 * Day 1-3: Evaluate OT libraries" form, and how many people work at the same time.
 */
import type { ScheduledActivity } from '../schedule/index.js';
import type { PlanPeriod } from '../plan/index.js';

export interface StreamItem {
  readonly activity: string;
  readonly period: number;
  /** Slots [from, to) of the work inside the period. */
  readonly from: number;
  readonly to: number;
  /** 1-based positions of the first and last slot within the period ("Day 1-3"). */
  readonly first: number;
  readonly last: number;
}

export interface Stream {
  readonly resource: string;
  readonly items: readonly StreamItem[];
}

/** Streams of the given activities, one per resource, ordered by when each starts working. */
export function streamsOf(activities: readonly ScheduledActivity[], periods: readonly PlanPeriod[]): Stream[] {
  const byResource = new Map<string, StreamItem[]>();
  for (const s of activities) {
    for (const resource of distinct(s.assignees)) {
      let items = byResource.get(resource);
      if (!items) byResource.set(resource, (items = []));
      for (const [from, to] of s.segments) splitByPeriod(items, s.id, from, to, periods);
    }
  }
  const streams = [...byResource].map(([resource, items]) => ({
    resource,
    items: items.sort((a, b) => a.from - b.from || a.to - b.to || a.activity.localeCompare(b.activity)),
  }));
  const firstSlot = (s: Stream) => s.items[0]?.from ?? Infinity;
  return streams.sort((a, b) => firstSlot(a) - firstSlot(b) || a.resource.localeCompare(b.resource));
}

function distinct(ids: readonly string[]): Iterable<string> {
  return ids.length > 1 ? new Set(ids) : ids;
}

/**
 * Adds the parts of slots [from, to) that fall in each period. The periods follow one another
 * in slot order, so the walk starts at the first period the work reaches and stops past its end
 * instead of visiting every period of the plan for every piece of work.
 */
function splitByPeriod(items: StreamItem[], activity: string, from: number, to: number, periods: readonly PlanPeriod[]): void {
  for (let k = firstPeriodEndingAfter(periods, from); k < periods.length && periods[k].from < to; k++) {
    const p = periods[k];
    const a = Math.max(from, p.from);
    const b = Math.min(to, p.to);
    if (a < b) items.push({ activity, period: p.number, from: a, to: b, first: a - p.from + 1, last: b - p.from });
  }
}

/** The index of the first period that ends after `slot` (periods.length when none does). */
function firstPeriodEndingAfter(periods: readonly PlanPeriod[], slot: number): number {
  let lo = 0;
  let hi = periods.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (periods[mid].to <= slot) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Parallelism {
  /** Most people working at once. */
  readonly peak: number;
  /** Resources whose work overlaps another resource's work at some slot. */
  readonly parallel: readonly string[];
}

/** How many streams run at the same time (distinct people per slot). */
export function parallelismOf(streams: readonly Stream[]): Parallelism {
  const end = streams.reduce((last, s) => s.items.reduce((max, item) => Math.max(max, item.to), last), 0);
  const count = new Int32Array(end);
  // The stream that last counted each slot: a stream's items may share a slot, and count once.
  const countedBy = new Int32Array(end).fill(-1);
  streams.forEach((s, k) => {
    for (const item of s.items) {
      for (let slot = item.from; slot < item.to; slot++) {
        if (countedBy[slot] === k) continue;
        countedBy[slot] = k;
        count[slot]++;
      }
    }
  });
  const parallel = streams.filter((s) => s.items.some((item) => count.subarray(item.from, item.to).some((n) => n > 1))).map((s) => s.resource);
  return { peak: largest(count), parallel };
}

/**
 * The most people working at once among the activities, inside the periods: the peak of
 * `parallelismOf(streamsOf(activities, periods))`, counted without building the streams.
 */
export function peakParallelism(activities: readonly ScheduledActivity[], periods: readonly PlanPeriod[]): number {
  const start = periods[0]?.from ?? 0;
  const end = periods[periods.length - 1]?.to ?? 0;
  const count = new Int32Array(Math.max(0, end - start));
  const busy = new Map<string, Uint8Array>();
  for (const s of activities) {
    for (const resource of distinct(s.assignees)) {
      let slots = busy.get(resource);
      if (!slots) busy.set(resource, (slots = new Uint8Array(count.length)));
      for (const [from, to] of s.segments) {
        for (let slot = Math.max(from, start); slot < Math.min(to, end); slot++) {
          if (slots[slot - start]) continue;
          slots[slot - start] = 1;
          count[slot - start]++;
        }
      }
    }
  }
  return largest(count);
}

function largest(counts: Int32Array): number {
  let most = 0;
  for (const n of counts) most = Math.max(most, n);
  return most;
}
