/** A period's load as the Markdown and HTML load tables show it; each format has its own marker. */
import type { PeriodLoad, TimeTaken } from '../../analyse/index.js';
import { percentText, shareText } from './format.js';

/** "75%", "<marker> 120%" when over-allocated, or why there is no share ("freeze", "off"). */
export function loadText(load: PeriodLoad, overMarker: string): string {
  if (load.utilisation === undefined) return load.work > 0 ? `${overMarker} work in time off` : load.frozen ? 'freeze' : 'off';
  return `${load.overAllocated ? `${overMarker} ` : ''}${percentText(load.utilisation * 100)}`;
}

function takenText(t: TimeTaken, escape: (userText: string) => string): string {
  if (t.kind === 'part-time') return 'part-time';
  if (t.kind === 'time-off') return 'time off';
  return t.note ? escape(t.note) : 'other commitments';
}

/**
 * The share of working time left for this plan and what took the rest, "of 50%: Other work", so
 * a fully used part-timer's 100% reads as full, not as slack; only the reasons when nothing is
 * left; empty when nothing was taken. `escape` makes the spec's commitment notes safe.
 */
export function availabilityText(load: Pick<PeriodLoad, 'working' | 'available' | 'takenBy'>, escape: (userText: string) => string): string {
  if (load.takenBy.length === 0 || load.working <= 0) return '';
  const reasons = load.takenBy.map((t) => takenText(t, escape)).join(', ');
  return load.available > 0 ? `of ${shareText(load.available / load.working)}: ${reasons}` : reasons;
}
