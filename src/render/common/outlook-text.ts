/** The headline facts in words, shared by the Markdown and the HTML so both say the same thing. */
import type { Outlook, VerdictStatus } from '../../analyse/index.js';
import { percentileLabel, shareText, wholeText } from './format.js';

export const VERDICT_LABEL: Record<VerdictStatus, string> = { 'on-track': 'On track', 'at-risk': 'At risk', late: 'Late', 'no-deadline': 'No deadline' };

/** What the plan is measured against: "the effective delivery date" when it comes before the deadline. */
export function deliveryName(o: Outlook): string {
  return o.delivery && o.delivery.reason !== 'deadline' ? 'the effective delivery date' : 'the deadline';
}

/** "at the target confidence of 90%, over 2,000 simulated runs" or "the plan on likely estimates": where the forecast finish comes from. */
export function forecastBasis(o: Outlook): string {
  const f = o.forecastFinish;
  return f.basis === 'forecast' && f.p !== undefined ? `at the target confidence of ${shareText(f.p)}, over ${wholeText(f.iterations ?? 0)} simulated runs` : 'the plan on likely estimates; no forecast was run';
}

/** "P90" before a forecast date; nothing before the plan's own. */
export function forecastPrefix(o: Outlook): string {
  const f = o.forecastFinish;
  return f.basis === 'forecast' && f.p !== undefined ? `${percentileLabel(f.p)} ` : '';
}

/** "3 working days before the deadline (Sun 2024-12-15)", or "on the deadline itself" when nothing is left. */
export function leftBefore(slots: (n: number) => string, margin: number, name: string, date: string): string {
  return margin === 0 ? `on ${name} itself (${date})` : `${slots(margin)} before ${name} (${date})`;
}
