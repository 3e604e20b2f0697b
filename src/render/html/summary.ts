/** The summary cards: verdict, forecast finish, deadline, P(on time), buffer, critical path, warnings. */
import { MIN_BUFFER_PERCENT } from '../../plan/index.js';
import type { VerdictStatus } from '../../analyse/index.js';
import { countText, noun, percentText, shareText, wholeText } from '../common/format.js';
import { VERDICT_LABEL, deliveryName, forecastBasis, forecastPrefix } from '../common/outlook-text.js';
import type { HtmlContext } from './context.js';
import { esc } from './escape.js';
import { budgetText, moneyText } from '../common/cost-text.js';
import { sectionStart, type SectionHead } from './section.js';
import { firedBreakers } from './status.js';

type Status = 'ok' | 'warn' | 'bad' | 'none';
const ICON: Record<Status, string> = { ok: '\u2714', warn: '\u26A0', bad: '\u2716', none: '' };
const WORD: Record<Status, string> = { ok: 'good', warn: 'warning', bad: 'problem', none: '' };

function card(key: string, title: string, value: string, sub: string, status: Status = 'none', extra = ''): string {
  const icon = status === 'none' ? '' : `<span class="icon" role="img" aria-label="${WORD[status]}">${ICON[status]}</span> `;
  return `<div class="card ${status}" data-card="${key}"><h3>${title}</h3><p class="value">${icon}${value}</p><p class="sub">${sub}</p>${extra}</div>`;
}

const VERDICT_STATUS: Record<VerdictStatus, Status> = { 'on-track': 'ok', 'at-risk': 'warn', late: 'bad', 'no-deadline': 'none' };

export function renderSummary(ctx: HtmlContext, head: SectionHead): string {
  const { criticalPath, result, detectedRisks, outlook: o } = ctx.a;
  const cards: string[] = [];
  const verdict = VERDICT_STATUS[o.verdict.status];

  cards.push(card('verdict', 'Verdict', VERDICT_LABEL[o.verdict.status], esc(verdictReason(ctx)), verdict));
  cards.push(
    card('finish', 'Forecast finish', `${forecastPrefix(o)}${esc(ctx.date(o.forecastFinish.date))}`, `${esc(forecastBasis(o))}; planned finish ${esc(ctx.date(o.plannedFinish.date))} (${esc(ctx.slots(o.plannedFinish.offset))})`),
  );

  if (o.deadline && o.delivery && o.margins) {
    const eff = o.delivery.reason !== 'deadline' ? `; effective delivery ${esc(ctx.date(o.delivery.date))}` : '';
    cards.push(card('deadline', 'Deadline', esc(ctx.date(o.deadline.date)), `${o.deadline.hard ? 'Hard' : 'Flexible'}, target confidence ${shareText(o.targetConfidence)}${eff}`, verdict));
  } else cards.push(card('deadline', 'Deadline', 'none', 'No deadline is set'));

  if (o.pOnTime) {
    const p = o.pOnTime;
    const status: Status = p.probability >= p.target ? 'ok' : p.probability >= p.target - 0.2 ? 'warn' : 'bad';
    cards.push(card('on-time', 'P(on time)', shareText(p.probability), `By ${esc(ctx.date(p.by))}; target ${shareText(p.target)}, from ${wholeText(result.forecast?.iterations ?? 0)} simulated ${noun(result.forecast?.iterations ?? 0, 'run')}`, status));
  } else cards.push(card('on-time', 'P(on time)', 'n/a', result.forecast ? 'No deadline to measure against' : 'Forecast not run'));

  const m = o.margins;
  if (!m) cards.push(card('buffer', 'Buffer', 'n/a', 'No deadline is set'));
  else if (m.toDelivery < 0) cards.push(card('buffer', 'Buffer', 'none', `The plan is ${esc(ctx.slots(-m.toDelivery))} late`, 'bad'));
  else {
    const share = m.bufferPercent ?? 0;
    const status: Status = share < MIN_BUFFER_PERCENT ? 'warn' : 'ok';
    cards.push(card('buffer', 'Buffer', esc(ctx.slots(m.toDelivery)), `${percentText(share)} of the time to delivery (aim for 10-20%)`, status));
  }

  const carriers = criticalPath.people.map(ctx.person).join(', ');
  cards.push(card('critical', 'Critical path', esc(ctx.slots(criticalPath.length)), `${countText(criticalPath.ids.length, 'activity', 'activities')}${carriers ? `, carried by ${carriers}` : ''}`));

  const cost = ctx.a.cost;
  if (cost) {
    const money = (minor: number) => esc(moneyText(minor, cost.currency));
    const shown = cost.forecast ? `P80 ${money(cost.forecast.p80)}` : money(cost.planned);
    const b = cost.budget;
    const check = b ? `; ${esc(budgetText(cost, b))}${b.over ? `: the largest costs ${b.drivers.map((d) => `${ctx.title(d.id)} (${money(d.amount)})`).join(', ')}` : ''}` : '; no budget stated';
    cards.push(card('cost', 'Cost', shown, `Planned ${money(cost.planned)}${cost.forecast ? `, P50 ${money(cost.forecast.p50)}` : ''}${check}`, b ? (b.over ? 'bad' : 'ok') : 'none'));
  }

  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  const count = warnings.length + detectedRisks.length;
  const list = warnings.map((w) => `<li>${esc(w.message)} <code>${esc(w.code)}</code></li>`).join('');
  const details = list ? `<details><summary>Show</summary><ul>${list}</ul></details>` : '';
  const sub = `${countText(warnings.length, 'spec warning')} and ${countText(detectedRisks.length, 'risk')} detected in the plan`;
  cards.push(card('warnings', 'Warnings', String(count), sub, count === 0 ? 'ok' : 'warn', details));
  return `${sectionStart(head)}${firedBreakers(ctx)}<div class="cards">${cards.join('\n')}</div></section>`;
}

/** The verdict's reason in a line, from the same facts as the Markdown's verdict. */
function verdictReason(ctx: HtmlContext): string {
  const o = ctx.a.outlook;
  const m = o.margins;
  switch (o.verdict.reason) {
    case 'finish-after-delivery':
      return `The planned finish is ${ctx.slots(-m!.toDelivery)} after ${deliveryName(o)}; ${mustsLine(ctx)}`;
    case 'p-on-time-below-target':
      return `${shareText(o.pOnTime!.probability)} of runs deliver by ${ctx.date(o.pOnTime!.by)}; the target is ${shareText(o.pOnTime!.target)}`;
    case 'thin-buffer':
      return `Less than ${MIN_BUFFER_PERCENT}% of the time to delivery is buffer`;
    case 'p-on-time-meets-target':
      return `${shareText(o.pOnTime!.probability)} of runs deliver by ${ctx.date(o.pOnTime!.by)}`;
    case 'buffer-holds':
      return `The planned finish leaves ${ctx.slots(m!.toDelivery)} before ${deliveryName(o)}`;
    default:
      return 'No deadline is set';
  }
}

/** Whether the must-haves fit, as the Markdown's late verdict says it. */
function mustsLine(ctx: HtmlContext): string {
  const c = ctx.a.capacity;
  return c.mustsFit ? 'the must-haves fit' : `the must-haves do not fit either: on likely estimates they finish ${ctx.slots(c.mustLateBy)} after it`;
}
