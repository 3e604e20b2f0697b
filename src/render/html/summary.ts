/** The summary cards: forecast finish, deadline, P(on time), buffer, critical path, warnings. */
import { MIN_BUFFER_PERCENT } from '../../plan/buffer.js';
import { countText, percentileLabel, percentText, shareText } from '../common/format.js';
import type { HtmlContext } from './context.js';
import { esc } from './escape.js';
import { sectionStart, type SectionHead } from './section.js';

type Status = 'ok' | 'warn' | 'bad' | 'none';
const ICON: Record<Status, string> = { ok: '\u2714', warn: '\u26A0', bad: '\u2716', none: '' };
const WORD: Record<Status, string> = { ok: 'good', warn: 'warning', bad: 'problem', none: '' };

function card(key: string, title: string, value: string, sub: string, status: Status = 'none', extra = ''): string {
  const icon = status === 'none' ? '' : `<span class="icon" role="img" aria-label="${WORD[status]}">${ICON[status]}</span> `;
  return `<div class="card ${status}" data-card="${key}"><h3>${title}</h3><p class="value">${icon}${value}</p><p class="sub">${sub}</p>${extra}</div>`;
}

export function renderSummary(ctx: HtmlContext, head: SectionHead): string {
  const { buffer, criticalPath, result, detectedRisks } = ctx.a;
  const f = result.forecast;
  const deadline = result.model.deadline;
  const cards: string[] = [];

  const target = f?.percentiles.find((p) => Math.abs(p.p - f.targetConfidence) < 1e-9) ?? f?.percentiles.find((p) => Math.abs(p.p - 0.8) < 1e-9);
  cards.push(
    target
      ? card('finish', 'Forecast finish', `${percentileLabel(target.p)} ${esc(ctx.date(target.date))}`, `Deterministic plan: ${esc(ctx.date(buffer.finish))} (${esc(ctx.slots(buffer.makespan))})`)
      : card('finish', 'Forecast finish', esc(ctx.date(buffer.finish)), `${esc(ctx.slots(buffer.makespan))} after the start, ${esc(ctx.date(buffer.start))}`),
  );

  if (deadline) {
    const eff = buffer.effectiveDelivery ? `; effective delivery ${esc(ctx.date(buffer.effectiveDelivery.date))}` : '';
    const status: Status = buffer.onTime === false ? 'bad' : 'ok';
    cards.push(card('deadline', 'Deadline', esc(ctx.date(deadline.date)), `${deadline.hard ? 'Hard' : 'Flexible'}, target confidence ${shareText(deadline.confidence)}${eff}`, status));
  } else cards.push(card('deadline', 'Deadline', 'none', 'No deadline is set'));

  if (f?.onTimeProbability !== undefined) {
    const p = f.onTimeProbability;
    const status: Status = p >= f.targetConfidence ? 'ok' : p >= f.targetConfidence - 0.2 ? 'warn' : 'bad';
    cards.push(card('on-time', 'P(on time)', shareText(p), `Target ${shareText(f.targetConfidence)}, from ${countText(f.iterations, 'simulated run')}`, status));
  } else cards.push(card('on-time', 'P(on time)', 'n/a', f ? 'No deadline to measure against' : 'Forecast not run'));

  if (buffer.bufferSlots === undefined) cards.push(card('buffer', 'Buffer', 'n/a', 'No deadline is set'));
  else if (buffer.bufferSlots < 0) cards.push(card('buffer', 'Buffer', 'none', `The plan is ${esc(ctx.slots(-buffer.bufferSlots))} late`, 'bad'));
  else {
    const share = buffer.bufferPercent ?? 0;
    const status: Status = share < MIN_BUFFER_PERCENT ? 'warn' : 'ok';
    cards.push(card('buffer', 'Buffer', esc(ctx.slots(buffer.bufferSlots)), `${percentText(share)} of the time to delivery (aim for 10-20%)`, status));
  }

  const carriers = criticalPath.people.map(ctx.person).join(', ');
  cards.push(card('critical', 'Critical path', esc(ctx.slots(criticalPath.length)), `${countText(criticalPath.ids.length, 'activity', 'activities')}${carriers ? `, carried by ${carriers}` : ''}`));

  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  const count = warnings.length + detectedRisks.length;
  const list = warnings.map((w) => `<li>${esc(w.message)} <code>${esc(w.code)}</code></li>`).join('');
  const details = list ? `<details><summary>Show</summary><ul>${list}</ul></details>` : '';
  cards.push(
    card('warnings', 'Warnings', String(warnings.length), `${detectedRisks.length} risk${detectedRisks.length === 1 ? '' : 's'} detected in the plan`, count === 0 ? 'ok' : 'warn', details),
  );
  return `${sectionStart(head)}<div class="cards">${cards.join('\n')}</div></section>`;
}
