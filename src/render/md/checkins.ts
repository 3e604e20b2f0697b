/**
 * The seed's daily standup and weekly check-in formats, filled with this plan's
 * people and the first period's planned work (what the first check-in should report if all goes
 * to plan).
 */
import { firstFocuses, plannedCheckin, type TrackingAnalysis } from '../../analyse/index.js';
import { askText } from '../common/tracking-text.js';
import type { DocContext } from './context.js';
import { inline } from './escape.js';
import { driverText } from '../common/driver-text.js';
import { DAY_NAMES, formatDate, SHORT_DAY_NAMES } from '../common/format.js';

function cadence(ctx: DocContext): string {
  const c = ctx.a.result.model.cadence;
  const parts: string[] = [];
  if (c?.standup) parts.push(`daily standup on ${c.standup.days.map((d) => SHORT_DAY_NAMES[d]).join(', ')}${c.standup.time ? ` at ${inline(c.standup.time)}` : ''}`);
  if (c?.checkin) parts.push(`weekly check-in on ${DAY_NAMES[c.checkin.day]}${c.checkin.time ? ` at ${inline(c.checkin.time)}` : ''}`);
  return parts.length > 0 ? `**Cadence**: ${parts.join('; ')}.` : '**Cadence**: not set. Suggested: a daily standup and a weekly check-in.';
}

function standups(ctx: DocContext): string[] {
  const { result } = ctx.a;
  const lines = ['### Daily standup', '', 'For each person:', '', '- Yesterday: What shipped?', "- Today: What's the focus?", "- Blockers: What's in the way?", '- Risk: Any concerns about the timeline?'];
  const focuses = firstFocuses(result);
  for (const r of result.model.resources) {
    const focus = focuses.get(r.id);
    const owned = result.model.risks.filter((x) => x.owner === r.id && x.status !== 'closed').map((x) => inline(x.title));
    lines.push('', `**${inline(r.name)}**${focus ? ` (first standup ${formatDate(result.calendar.slotStart(focus.slot))})` : ''}:`);
    lines.push('- Yesterday:');
    lines.push(`- Today: ${focus ? focus.activities.map(ctx.title).join(', ') : 'no work planned in this plan'}`);
    lines.push('- Blockers:');
    lines.push(`- Risk: ${owned.length > 0 ? `watch ${owned.join('; ')}` : ''}`.trimEnd());
  }
  return lines;
}

function weekCheckin(ctx: DocContext): string[] {
  const { result, index, periods } = ctx.a;
  if (periods.length === 0 || result.schedule.makespan === 0) return [];
  const c = plannedCheckin(result, index, periods, 1);
  const who = (people: readonly string[]) => people.map(ctx.person).join(', ');
  const end = formatDate(result.calendar.slotEnd(c.period.to - 1));
  const lines = [`### ${c.period.label} Status`, '', `Pre-filled with the plan for ${formatDate(result.calendar.slotStart(c.period.from))} to ${end}; replace with what happened.`];
  const block = (title: string, items: string[], empty: string) => lines.push('', `#### ${title}`, '', ...(items.length > 0 ? items.map((i) => `- ${i}`) : [`- ${empty}`]));
  block('Completed', c.completed.map((i) => `${ctx.title(i.activity)} by ${who(i.people)}`), 'Nothing planned to finish');
  block('In Progress', c.inProgress.map((i) => `${ctx.title(i.activity)} by ${who(i.people)} - ${i.percent}% complete`), 'Nothing planned to be under way');
  const held = (w: (typeof c.waiting)[number]) => {
    const d = w.drivenBy;
    if (d.kind === 'link' && d.from === w.on) return `Blocked by ${ctx.title(w.on)}`;
    return `Waits for ${driverText(ctx, d, index.scheduled.get(w.activity)?.start ?? 0)}`;
  };
  block('Blocked', c.waiting.map((w) => `${ctx.title(w.activity)} by ${who(index.scheduled.get(w.activity)?.assignees ?? [])} - ${held(w)}`), 'Nothing expected');
  block(
    'Risks',
    c.risks.map((id) => {
      const r = index.risk.get(id)!;
      return `${inline(r.title)} - ${r.mitigation ? inline(r.mitigation) : 'mitigation to agree'}`;
    }),
    'None affecting this work',
  );
  block(`Next ${c.period.label.split(' ')[0]} Plan`, c.next.map((id) => `${ctx.title(id)} (${who(index.scheduled.get(id)?.assignees ?? [])})`), 'Nothing new starts');
  const asks = [
    ...c.decisions.map((id) => {
      const a = index.activity.get(id);
      const question = a?.gate?.question && a.gate.question !== a.title ? `: ${inline(a.gate.question)}` : '';
      return `Decision: ${ctx.title(id)}${question}`;
    }),
    ...c.externals.map((id) => `${ctx.title(id)}${index.activity.get(id)?.owner ? ` from ${inline(index.activity.get(id)!.owner!)}` : ''}: confirm the turnaround`),
  ];
  block('Asks/Escalations', asks, 'None');
  return lines;
}

/** Each person's standup around the status's day: what the status records, and the re-plan's first day. */
function trackedStandups(ctx: DocContext, t: TrackingAnalysis): string[] {
  const { result } = ctx.a;
  const today = formatDate(result.calendar.slotStart(t.from));
  const lines = ['### Daily standup', '', `For ${today}, the first day of the re-plan:`];
  const list = (ids: readonly string[], empty: string) => (ids.length > 0 ? ids.map(ctx.title).join(', ') : empty);
  for (const s of t.standups) {
    lines.push('', `**${ctx.person(s.person)}**:`);
    lines.push(`- Yesterday: ${list(s.yesterday, 'nothing recorded')}`);
    lines.push(`- Today: ${list(s.today, 'no work planned')}`);
    lines.push(`- Blockers: ${list(s.blockers, 'none recorded')}`);
  }
  return lines;
}

/** The check-in of the status's week, filled from the status and the re-plan. */
function trackedCheckin(ctx: DocContext, t: TrackingAnalysis): string[] {
  const c = t.checkin;
  const who = (people: readonly string[]) => (people.length > 0 ? ` by ${people.map(ctx.person).join(', ')}` : '');
  const lines = [`### ${c.period.label} Status`, '', `As of ${formatDate(t.asOf)}, from the status file.`];
  const block = (title: string, items: string[], empty: string) => lines.push('', `#### ${title}`, '', ...(items.length > 0 ? items.map((i) => `- ${i}`) : [`- ${empty}`]));
  block('Completed', c.completed.map((i) => `${ctx.title(i.activity)}${who(i.people)} (done ${formatDate(i.done)})`), 'Nothing finished this week');
  block('In Progress', c.inProgress.map((i) => `${ctx.title(i.activity)}${who(i.people)} - ${i.percent}% complete`), 'Nothing under way');
  block('Blocked', c.blocked.map((i) => `${ctx.title(i.activity)}${who(i.people)} - ${inline(i.reason)}${i.until ? ` (until ${formatDate(i.until)})` : ''}`), 'Nothing blocked');
  block(
    'Risks',
    c.risks.map((r) => {
      const risk = ctx.a.index.risk.get(r.risk);
      const title = inline(risk?.title ?? r.risk);
      if (r.state === 'occurred') return `${title} - occurred${r.delay !== undefined ? `, ${ctx.slots(r.delay)} of delay` : ''}${r.note ? `: ${inline(r.note)}` : ''}`;
      return `${title} - rising: it affects work under way or next; ${risk?.mitigation ? inline(risk.mitigation) : 'mitigation to agree'}`;
    }),
    'None occurred or rising',
  );
  block(`Next ${c.period.label.split(' ')[0]} Plan`, c.next.map((i) => `${ctx.title(i.activity)}${i.people.length > 0 ? ` (${i.people.map(ctx.person).join(', ')})` : ''}`), 'Nothing new starts');
  block('Asks/Escalations', c.asks.map((a) => askText(ctx, a)), 'None');
  return lines;
}

export function renderCheckins(ctx: DocContext): string {
  const t = ctx.a.tracking;
  if (t) return [cadence(ctx), '', ...trackedStandups(ctx, t), '', ...trackedCheckin(ctx, t)].join('\n').trimEnd();
  return [cadence(ctx), '', ...standups(ctx), '', ...weekCheckin(ctx)].join('\n').trimEnd();
}
