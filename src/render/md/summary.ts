/** The summary: the answer first. Can we make it, by when, with what margin, and what to watch. */
import { MIN_BUFFER_PERCENT } from '../../plan/buffer.js';
import type { DocContext } from './context.js';
import { daysBetween } from '../../calendar/iso-dates.js';
import { inline } from './escape.js';
import { capacityHorizon, exceedsCapacity } from './capacity-text.js';
import { amountCountText, amountText, countText, formatDate, percentileLabel, percentText, shareText } from '../common/format.js';

function verdict(ctx: DocContext): string {
  const { buffer } = ctx.a;
  if (buffer.bufferSlots === undefined || !buffer.deadline) return `**Forecast**: the plan finishes ${formatDate(buffer.finish)}; no deadline is set.`;
  const target = buffer.effectiveDelivery ? 'the effective delivery date' : 'the deadline';
  const late = ctx.a.capacity.lateMusts;
  if (buffer.bufferSlots < 0) {
    const musts = late.length > 0 ? `, and ${late.length} must-have ${late.length === 1 ? 'item finishes' : 'items finish'} after it` : '; the must-haves fit';
    return `**Late**: the forecast finish is ${ctx.slots(-buffer.bufferSlots)} after ${target}${musts}. Cut scope (${ctx.outline.ref('scope')}), add people, or move the date.`;
  }
  const thin = (buffer.bufferPercent ?? 0) < MIN_BUFFER_PERCENT;
  const leaves = `the forecast finish leaves ${ctx.slots(buffer.bufferSlots)} before ${target}`;
  const forecast = ctx.a.result.forecast;
  if (forecast?.onTimeProbability !== undefined && forecast.onTimeProbability < forecast.targetConfidence) {
    // The likely-estimate schedule fits, but the uncertainty says it usually will not: lead with that.
    const chance = shareText(forecast.onTimeProbability);
    return `**At risk**: ${leaves} on likely estimates, but only ${chance} of simulated runs make the deadline (target ${shareText(forecast.targetConfidence)}). See Confidence and Recommended cuts (${ctx.outline.refs('confidence', 'cuts')}).`;
  }
  return `**${thin ? 'On time, with a thin buffer' : 'On track'}**: ${leaves}.`;
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
  if (f.onTimeProbability === undefined) return `- **Confidence**: ${dates} (${ctx.outline.ref('confidence')})`;
  const flag = f.onTimeProbability < f.targetConfidence ? ' ⚠️' : '';
  return `- **Confidence**: ${shareText(f.onTimeProbability)} chance of finishing by the deadline (target ${shareText(f.targetConfidence)})${flag}; ${dates} (${ctx.outline.ref('confidence')})`;
}

export function renderSummary(ctx: DocContext): string {
  const { buffer, criticalPath, detectedRisks, result } = ctx.a;
  const { deadline } = result.model;
  const lines = [verdict(ctx), ''];
  lines.push(`- **Start**: ${formatDate(buffer.start)}`);
  lines.push(`- **Forecast finish**: ${formatDate(buffer.finish)} (${ctx.slots(buffer.makespan)} after the start)`);
  if (deadline) {
    lines.push(`- **Deadline**: ${formatDate(deadline.date)} (${deadline.hard ? 'hard' : 'flexible'}; target confidence ${shareText(deadline.confidence)})`);
  }
  if (buffer.effectiveDelivery) {
    const e = buffer.effectiveDelivery;
    const days = daysBetween(e.date, deadline!.date);
    const before = days > 0 ? ` (${days} day${days === 1 ? '' : 's'} before the deadline)` : '';
    const freezes = e.freezes.map(inline).join(', ');
    const why = e.deliverBy !== undefined
      ? `the spec's deliver_by${freezes ? ` (${freezes} comes before the deadline)` : ''}`
      : `the last working ${ctx.unit === 'hour' ? 'hour' : 'day'} before the deadline on which deploys are allowed (${freezes} comes first)`;
    lines.push(`- **Effective delivery**: ${formatDate(e.date)}${before}: ${why}`);
  }
  if (buffer.bufferSlots !== undefined && buffer.bufferSlots < 0) lines.push(`- **Buffer**: none; the plan is ${ctx.slots(-buffer.bufferSlots)} late ⚠️`);
  else if (buffer.bufferSlots !== undefined) {
    const pct = buffer.bufferPercent === undefined ? '' : ` (${percentText(buffer.bufferPercent)} of the time to delivery)`;
    const flag = (buffer.bufferPercent ?? 0) < MIN_BUFFER_PERCENT ? ' ⚠️ below the 10-20% a plan should hold' : '';
    lines.push(`- **Buffer**: ${ctx.slots(buffer.bufferSlots)}${pct}${flag}`);
  }
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
