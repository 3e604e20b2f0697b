/** The one line watch mode prints after a good plan: the facts, and how they moved since the last good one. */
import type { PlanAnalysis } from '../api/index.js';

export interface WatchFacts {
  readonly finish: string;
  readonly pOnTime?: { readonly probability: number; readonly by: string };
  readonly criticalPath: readonly string[];
}

export function watchFacts(analysis: PlanAnalysis): WatchFacts {
  const { outlook } = analysis;
  return {
    finish: outlook.plannedFinish.date,
    ...(outlook.pOnTime ? { pOnTime: { probability: outlook.pOnTime.probability, by: outlook.pOnTime.by } } : {}),
    criticalPath: [...analysis.criticalPath.ids],
  };
}

/** A line stays a line: past this many ids of the path that came or went, the rest is counted. */
const SHOWN_CHANGES = 6;

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** "finish 2024-12-12 -> 2024-12-16 (later), P(on time by 2024-12-12) 35% -> 20%, critical path +qa-extra -ot-poc". */
export function watchSummary(previous: WatchFacts | undefined, next: WatchFacts): string {
  const parts: string[] = [];
  if (!previous || previous.finish === next.finish) parts.push(`finish ${next.finish}${previous ? ' (unchanged)' : ''}`);
  else parts.push(`finish ${previous.finish} -> ${next.finish} (${next.finish < previous.finish ? 'earlier' : 'later'})`);
  if (next.pOnTime) {
    const before = previous?.pOnTime && previous.pOnTime.probability !== next.pOnTime.probability ? `${percent(previous.pOnTime.probability)} -> ` : '';
    parts.push(`P(on time by ${next.pOnTime.by}) ${before}${percent(next.pOnTime.probability)}`);
  }
  parts.push(`critical path ${pathChange(previous?.criticalPath, next.criticalPath)}`);
  return parts.join(', ');
}

function pathChange(previous: readonly string[] | undefined, next: readonly string[]): string {
  const count = `${next.length} ${next.length === 1 ? 'activity' : 'activities'}`;
  if (!previous) return count;
  const added = next.filter((id) => !previous.includes(id)).map((id) => `+${id}`);
  const removed = previous.filter((id) => !next.includes(id)).map((id) => `-${id}`);
  const changes = [...added, ...removed];
  if (changes.length === 0) return `unchanged (${count})`;
  const more = changes.length > SHOWN_CHANGES ? ` and ${changes.length - SHOWN_CHANGES} more (${count})` : '';
  return `${changes.slice(0, SHOWN_CHANGES).join(' ')}${more}`;
}
