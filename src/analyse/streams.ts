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
    for (const resource of new Set(s.assignees)) {
      const items = byResource.get(resource) ?? [];
      for (const [from, to] of s.segments) items.push(...splitByPeriod(s.id, from, to, periods));
      byResource.set(resource, items);
    }
  }
  const streams = [...byResource].map(([resource, items]) => ({
    resource,
    items: items.sort((a, b) => a.from - b.from || a.to - b.to || a.activity.localeCompare(b.activity)),
  }));
  const firstSlot = (s: Stream) => s.items[0]?.from ?? Infinity;
  return streams.sort((a, b) => firstSlot(a) - firstSlot(b) || a.resource.localeCompare(b.resource));
}

function splitByPeriod(activity: string, from: number, to: number, periods: readonly PlanPeriod[]): StreamItem[] {
  const items: StreamItem[] = [];
  for (const p of periods) {
    const a = Math.max(from, p.from);
    const b = Math.min(to, p.to);
    if (a < b) items.push({ activity, period: p.number, from: a, to: b, first: a - p.from + 1, last: b - p.from });
  }
  return items;
}

export interface Parallelism {
  /** Most people working at once. */
  readonly peak: number;
  /** Resources whose work overlaps another resource's work at some slot. */
  readonly parallel: readonly string[];
}

/** How many streams run at the same time (distinct people per slot). */
export function parallelismOf(streams: readonly Stream[]): Parallelism {
  const count = new Map<number, number>();
  const busy = streams.map((s) => {
    const slots = new Set<number>();
    for (const item of s.items) for (let slot = item.from; slot < item.to; slot++) slots.add(slot);
    for (const slot of slots) count.set(slot, (count.get(slot) ?? 0) + 1);
    return { resource: s.resource, slots };
  });
  let peak = 0;
  for (const n of count.values()) peak = Math.max(peak, n);
  const parallel = busy.filter((b) => [...b.slots].some((slot) => (count.get(slot) ?? 0) > 1)).map((b) => b.resource);
  return { peak, parallel };
}
