/**
 * Where a re-planned plan stands: the fired circuit breakers (shown first, in the summary) and
 * the check-in of the status's week with each person's standup, from the same facts as the
 * Markdown's check-ins.
 */
import type { TrackedItem } from '../../analyse/index.js';
import { askText, firedText } from '../common/tracking-text.js';
import type { HtmlContext } from './context.js';
import { esc } from './escape.js';
import { sectionStart, type SectionHead } from './section.js';

export function firedBreakers(ctx: HtmlContext): string {
  return ctx.a.breakers
    .filter((b) => b.fired)
    .map((b) => `<p class="breaker" role="alert" data-breaker="${esc(b.gate)}"><strong>Circuit breaker fired</strong>: ${firedText(ctx, b)}.</p>`)
    .join('\n');
}

function list(title: string, key: string, items: readonly string[], empty: string): string {
  const body = items.length > 0 ? items.map((i) => `<li>${i}</li>`).join('') : `<li class="empty">${esc(empty)}</li>`;
  return `<div class="checkin" data-checkin="${key}" data-count="${items.length}"><h3>${esc(title)}</h3><ul>${body}</ul></div>`;
}

export function renderStatus(ctx: HtmlContext, head: SectionHead): string {
  const t = ctx.a.tracking;
  if (!t) return '';
  const c = t.checkin;
  const who = (i: TrackedItem) => (i.people.length > 0 ? ` by ${i.people.map(ctx.person).join(', ')}` : '');
  const blocks = [
    list('Completed', 'completed', c.completed.map((i) => `${ctx.title(i.activity)}${who(i)} (done ${esc(ctx.date(i.done))})`), 'Nothing finished this week'),
    list('In progress', 'in-progress', c.inProgress.map((i) => `${ctx.title(i.activity)}${who(i)}: ${i.percent}% complete`), 'Nothing under way'),
    list('Blocked', 'blocked', c.blocked.map((i) => `${ctx.title(i.activity)}${who(i)}: ${esc(i.reason)}${i.until ? ` (until ${esc(ctx.date(i.until))})` : ''}`), 'Nothing blocked'),
    list('Risks', 'risks', c.risks.map((r) => `${esc(ctx.a.index.risk.get(r.risk)?.title ?? r.risk)}: ${r.state === 'occurred' ? `occurred${r.delay !== undefined ? `, ${esc(ctx.slots(r.delay))} of delay` : ''}` : 'rising'}`), 'None occurred or rising'),
    list('Next', 'next', c.next.map((i) => `${ctx.title(i.activity)}${who(i)}`), 'Nothing new starts'),
    list('Asks and escalations', 'asks', c.asks.map((a) => askText(ctx, a)), 'None'),
  ];
  const standups = t.standups
    .map((s) => `<tr><th scope="row">${ctx.person(s.person)}</th><td>${s.yesterday.map(ctx.title).join(', ')}</td><td>${s.today.map(ctx.title).join(', ')}</td><td>${s.blockers.map(ctx.title).join(', ')}</td></tr>`)
    .join('');
  return [
    sectionStart(head),
    `<p>${esc(c.period.label)} as of ${esc(ctx.date(t.asOf))}: ${t.done} done, ${t.inProgress} in progress, ${t.blocked} blocked; the rest is re-planned from ${esc(ctx.date(ctx.a.result.calendar.slotStart(t.from)))}.</p>`,
    `<div class="cards">${blocks.join('\n')}</div>`,
    `<h3>Daily standup</h3><table class="standup"><thead><tr><th scope="col">Person</th><th scope="col">Yesterday</th><th scope="col">Today</th><th scope="col">Blockers</th></tr></thead><tbody>${standups}</tbody></table>`,
    '</section>',
  ].join('\n');
}
