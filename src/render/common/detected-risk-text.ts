/**
 * Wording of the risks execplan detects in a plan: a title, the evidence and a mitigation. The
 * same words serve Markdown and HTML: every user-written name goes through the caller's escaping
 * lookups, and the fixed prose needs no escaping in either.
 */
import type { DetectedRiskEntry } from '../../analyse/index.js';
import type { BaseContext } from './context.js';
import { percentText } from './format.js';

export interface RiskWords extends BaseContext {
  /** Where the reader finds the cut order: the scope section's number in the Markdown plan ("section N"). */
  readonly scopeSection: string;
}

export interface DetectedRiskText {
  readonly title: string;
  readonly evidence: string;
  readonly mitigation: string;
}

function list(ctx: RiskWords, ids: readonly string[]): string {
  const shown = ids.slice(0, 4).map(ctx.title);
  return ids.length > 4 ? `${shown.join(', ')} and ${ids.length - 4} more` : shown.join(', ');
}

export function detectedRiskText(ctx: RiskWords, r: DetectedRiskEntry): DetectedRiskText {
  switch (r.code) {
    case 'over-allocated':
      return {
        title: `${ctx.person(r.resource)} is over-allocated`,
        evidence: `More work than available time in ${r.periods.map((p) => ctx.a.periods[p - 1].label).join(', ')} (up to ${percentText(r.peakPercent)} of the time their other commitments leave).`,
        mitigation: 'Move work to someone with the skills or to weeks where they have time, or free them from other work those weeks.',
      };
    case 'single-critical-owner':
      return {
        title: `${ctx.person(r.resource)} carries the whole critical path`,
        evidence: `Every staffed critical activity is theirs: ${list(ctx, r.tasks)}. One sick day moves the finish.`,
        mitigation: 'Pair someone on the critical work or split it so another person can take over.',
      };
    case 'external-on-critical-path': {
      const owner = ctx.a.index.activity.get(r.activity)?.owner;
      return {
        title: `${ctx.title(r.activity)} (external) is on the critical path`,
        evidence: `The team cannot speed it up${owner ? `: it is in ${ctx.person(owner)}'s hands` : ''}; any slip in its turnaround moves the finish.`,
        mitigation: 'Submit early, agree the turnaround in writing, and keep the team on other work while waiting.',
      };
    }
    case 'low-buffer':
      return r.bufferSlots < 0
        ? {
            title: 'The plan finishes after the deadline',
            evidence: `The forecast finish is ${ctx.slots(-r.bufferSlots)} late${r.hard ? ' for a hard deadline' : ''}.`,
            mitigation: `Cut should-haves in the order of ${ctx.scopeSection}, add people on the critical path, or renegotiate the date.`,
          }
        : {
            title: `Buffer below ${percentText(10)}`,
            evidence: `Only ${ctx.slots(r.bufferSlots)} (${percentText(r.bufferPercent)} of the time to delivery) absorb any slip${r.hard ? ' before a hard deadline' : ''}.`,
            mitigation: `Agree now which should-haves go first if the plan slips (${ctx.scopeSection}) and front-load the risky work.`,
          };
    case 'late-musts':
      return {
        title: 'Must-have work finishes after the deadline',
        evidence: `${list(ctx, r.tasks)} ${r.tasks.length === 1 ? 'finishes' : 'finish'} after ${ctx.a.buffer.effectiveDelivery ? 'the effective delivery date' : 'the deadline'}.`,
        mitigation: `Cut should- and could-haves that compete for the same people (${ctx.scopeSection}), or move must-have work earlier.`,
      };
    case 'must-after-freeze':
      return {
        title: `Must-have work is scheduled after the ${ctx.text(r.freeze)}`,
        evidence: `${list(ctx, r.tasks)} ${r.tasks.length === 1 ? 'lands' : 'land'} after the freeze, leaving little room before the deadline.`,
        mitigation: 'Pull the work before the freeze, or keep the days after it for fixes only.',
      };
    case 'late-gate':
      return {
        title: `${ctx.title(r.gate)} comes too late to act on`,
        evidence:
          r.slack !== undefined && r.slack <= 0
            ? `No slack is left after it (${ctx.slots(r.slack)}) to carry out its on-fail action.`
            : `${percentText(r.workBeforePercent)} of the plan's work is done before the decision.`,
        mitigation: 'Move the decision earlier, or make its question answerable with a spike before the bulk of the work.',
      };
  }
}
