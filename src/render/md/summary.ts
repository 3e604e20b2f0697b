/** The summary: the answer first. Can we make it, by when, with what margin, and what to watch. */
import { MIN_BUFFER_PERCENT } from '../../plan/index.js';
import type { DocContext } from './context.js';
import { daysBetween } from '../../calendar/index.js';
import { inline } from './escape.js';
import { capacityHorizon, exceedsCapacity } from './capacity-text.js';
import { amountCountText, amountText, countText, formatDate, percentileLabel, percentText, shareText } from '../common/format.js';
import { firedText } from '../common/tracking-text.js';
import { VERDICT_LABEL, deliveryName, forecastBasis, forecastPrefix, leftBefore } from '../common/outlook-text.js';

function verdict(ctx: DocContext): string {
  const o = ctx.a.outlook;
  const label = `**${VERDICT_LABEL[o.verdict.status]}**`;
  const planned = formatDate(o.plannedFinish.date);
  if (!o.margins || !o.delivery) return `${label}: the plan finishes ${planned} on likely estimates; no deadline is set.`;
  const target = deliveryName(o);
  switch (o.verdict.reason) {
    case 'finish-after-delivery': {
      const c = ctx.a.capacity;
      const musts = c.mustsFit ? '; the must-haves fit' : `; the must-haves do not fit either: on likely estimates they finish ${ctx.slots(c.mustLateBy)} after it (${ctx.outline.ref('allocation')})`;
      return `${label}: on likely estimates the plan finishes ${planned}, ${ctx.slots(-o.margins.toDelivery)} after ${target} (${formatDate(o.delivery.date)})${musts}. Cut scope (${ctx.outline.ref('scope')}), add people, or move the date.`;
    }
    case 'p-on-time-below-target': {
      const p = o.pOnTime!;
      return `${label}: on likely estimates the plan finishes ${planned}, ${leftBefore(ctx.slots, o.margins.toDelivery, target, formatDate(p.by))}, but only ${shareText(p.probability)} of simulated runs deliver by then (target ${shareText(p.target)}). See ${ctx.outline.refs('confidence', 'cuts')}.`;
    }
    case 'thin-buffer':
      return `${label}: on likely estimates the plan finishes ${planned}, leaving ${ctx.slots(o.margins.toDelivery)} before ${target}: less than the ${MIN_BUFFER_PERCENT}% buffer a plan should hold.`;
    default: {
      const chance = o.pOnTime ? `; ${shareText(o.pOnTime.probability)} of simulated runs deliver by then (target ${shareText(o.pOnTime.target)})` : '';
      return `${label}: on likely estimates the plan finishes ${planned}, ${leftBefore(ctx.slots, o.margins.toDelivery, target, formatDate(o.delivery.date))}${chance}.`;
    }
  }
}

function teamLine(ctx: DocContext): string {
  const { resources } = ctx.a.result.model;
  const people = resources.filter((r) => r.kind === 'person').length;
  const pools = resources.filter((r) => r.kind === 'pool');
  const word = ctx.unit === 'hour' ? (people === 1 ? 'responder' : 'responders') : people === 1 ? 'person' : 'people';
  const parts = [...(people > 0 || pools.length === 0 ? [`${people} ${word}`] : [])];
  if (pools.length > 0) parts.push(`${pools.length} pool${pools.length === 1 ? '' : 's'} (${countText(pools.reduce((n, r) => n + r.capacity, 0), 'unit')})`);
  return `- **${ctx.teamWord}**: ${parts.join(' and ')}`;
}

function capacityLine(ctx: DocContext): string {
  const c = ctx.a.capacity;
  const split = `must ${amountText(c.must)}, should ${amountText(c.should)}, could ${amountText(c.could)}`;
  const share = c.capacity > 0 ? `: ${shareText(c.committed / c.capacity)} of capacity` : '';
  const flag = exceedsCapacity(c.committed, c.capacity) ? ' ⚠️ more than fits' : '';
  return `- **Capacity vs committed work**: ${amountCountText(c.capacity, ctx.workUnit)} of capacity ${capacityHorizon(ctx)}; ${amountText(c.committed)} committed (${split})${share}${flag}`;
}

/** The forecast in one line: the chance of making it and the P50/P80 dates, pointing at the Confidence section. */
function confidenceLine(ctx: DocContext): string | undefined {
  const f = ctx.a.result.forecast;
  if (!f) return undefined;
  const at = (p: number) => f.percentiles.find((x) => x.p === p);
  const dates = [0.5, 0.8].map((p) => at(p)).filter((x) => x !== undefined).map((x) => `${percentileLabel(x.p)} ${formatDate(x.date)}`).join(', ');
  const p = ctx.a.outlook.pOnTime;
  if (!p) return `- **Confidence**: ${dates} (${ctx.outline.ref('confidence')})`;
  const flag = p.probability < p.target ? ' ⚠️' : '';
  return `- **Confidence**: ${shareText(p.probability)} chance of delivering by ${formatDate(p.by)} (target ${shareText(p.target)})${flag}; ${dates} (${ctx.outline.ref('confidence')})`;
}

function deadlineLines(ctx: DocContext): string[] {
  const o = ctx.a.outlook;
  const deadline = ctx.a.result.model.deadline;
  if (!deadline || !o.margins || !o.delivery) return [];
  const lines = [`- **Deadline**: ${formatDate(deadline.date)} (${deadline.hard ? 'hard' : 'flexible'}; target confidence ${shareText(o.targetConfidence)}); ${marginText(ctx, o.margins.toDeadline)}`];
  const e = o.delivery;
  if (e.reason !== 'deadline') {
    const days = daysBetween(e.date, deadline.date);
    const before = days > 0 ? ` (${days} day${days === 1 ? '' : 's'} before the deadline)` : '';
    const freezes = e.freezes.map(inline).join(', ');
    const why = e.reason === 'deliver-by'
      ? `the spec's deliver_by${freezes ? ` (${freezes} comes before the deadline)` : ''}`
      : `the last working ${ctx.unit === 'hour' ? 'hour' : 'day'} before the deadline on which deploys are allowed (${freezes} comes first)`;
    lines.push(`- **Effective delivery**: ${formatDate(e.date)}${before}: ${why}; ${marginText(ctx, o.margins.toDelivery)}`);
  }
  return lines;
}

/** "the planned finish leaves 3 working days" / "the planned finish is 2 working days late". */
function marginText(ctx: DocContext, slots: number): string {
  return slots < 0 ? `the planned finish is ${ctx.slots(-slots)} late ⚠️` : `the planned finish leaves ${ctx.slots(slots)}`;
}

/** How far the planned finish moved since the baseline, when there is one. */
function slipLines(ctx: DocContext): string[] {
  const slip = ctx.a.slip;
  if (!slip) return [];
  const d = slip.drift.slots;
  const moved = d === 0 ? 'none' : `${ctx.slots(Math.abs(d))} ${d > 0 ? 'later' : 'earlier'}`;
  return [`- **Slip against the baseline**: ${moved} (planned finish ${formatDate(slip.finish.current.date)}, baseline ${formatDate(slip.finish.baseline.date)}; ${ctx.outline.ref('slip')})`];
}

function bufferLine(ctx: DocContext): string | undefined {
  const m = ctx.a.outlook.margins;
  if (!m) return undefined;
  if (m.toDelivery < 0) return `- **Buffer**: none; the plan is ${ctx.slots(-m.toDelivery)} late ⚠️`;
  const pct = m.bufferPercent === undefined ? '' : ` (${percentText(m.bufferPercent)} of the time to delivery)`;
  const flag = (m.bufferPercent ?? 0) < MIN_BUFFER_PERCENT ? ' ⚠️ below the 10-20% a plan should hold' : '';
  return `- **Buffer**: ${ctx.slots(m.toDelivery)}${pct}${flag}`;
}

/** Fired circuit breakers come before everything: they are decisions already due. */
function firedLines(ctx: DocContext): string[] {
  const fired = ctx.a.breakers.filter((b) => b.fired);
  return fired.length === 0 ? [] : [...fired.map((b) => `> ⚠️ **Circuit breaker fired**: ${firedText(ctx, b)}.`), ''];
}

/** Where the plan stands, when it was re-planned from a status. */
function statusLine(ctx: DocContext): string[] {
  const t = ctx.a.tracking;
  if (!t) return [];
  return [`- **Status**: as of ${formatDate(t.asOf)}, ${countText(t.done, 'activity', 'activities')} done, ${t.inProgress} in progress, ${t.blocked} blocked; the rest is re-planned from ${formatDate(ctx.a.result.calendar.slotStart(t.from))} (${ctx.outline.ref('checkins')})`];
}

export function renderSummary(ctx: DocContext): string {
  const { criticalPath, detectedRisks, result, outlook } = ctx.a;
  const lines = [...firedLines(ctx), verdict(ctx), ''];
  lines.push(...statusLine(ctx));
  lines.push(`- **Start**: ${formatDate(outlook.start)}`);
  lines.push(`- **Planned finish**: ${formatDate(outlook.plannedFinish.date)} (${ctx.slots(outlook.plannedFinish.offset)} after the start, on likely estimates)`);
  lines.push(`- **Forecast finish**: ${forecastPrefix(outlook)}${formatDate(outlook.forecastFinish.date)} (${forecastBasis(outlook)})`);
  lines.push(...deadlineLines(ctx), ...slipLines(ctx));
  const buffer = bufferLine(ctx);
  if (buffer) lines.push(buffer);
  const confidence = confidenceLine(ctx);
  if (confidence) lines.push(confidence);
  const carriers = criticalPath.people.map(ctx.person).join(', ');
  lines.push(`- **Critical path**: ${countText(criticalPath.ids.length, 'activity', 'activities')} over ${ctx.slots(criticalPath.length)}${carriers ? `, carried by ${carriers}` : ''}`);
  lines.push(teamLine(ctx), capacityLine(ctx));
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  lines.push(`- **Open warnings**: ${warnings.length === 0 ? 'none' : warnings.length}`);
  for (const w of warnings) lines.push(`  - ${inline(w.message)} (${w.code})`);
  lines.push(`- **Risks detected in the plan**: ${detectedRisks.length === 0 ? 'none' : `${detectedRisks.length} (see the risk register)`}`);
  return lines.join('\n');
}
