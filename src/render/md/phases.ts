/**
 * Phases in the seed's form. Each phase lists its streams (one per person, lettered
 * A, B, C as the seed's "Stream A (Backend Senior #1)"), with the work of each period and the
 * weekdays inside it, then externals, gates, circuit breakers and the risk watch.
 */
import type { PhaseAnalysis, Stream, StreamItem } from '../../analyse/index.js';
import type { PlanPeriod } from '../../plan/index.js';
import type { DocContext } from './context.js';
import { inline } from './escape.js';
import { formatDate, streamLetter, timeOf } from '../common/format.js';

function itemText(ctx: DocContext, item: StreamItem, period: PlanPeriod, single: boolean): string {
  const cal = ctx.a.result.calendar;
  const critical = ctx.a.index.critical.has(item.activity) ? ' (critical)' : '';
  const what = `${ctx.title(item.activity)}${critical}`;
  if (ctx.unit === 'hour') return `${period.label}, ${timeOf(cal.slotStart(item.from))}-${timeOf(cal.slotEnd(item.to - 1))}: ${what}`;
  // One day never reads as the whole period, even when it is all the period has.
  const whole = item.to - item.from > 1 && item.from === period.from && item.to === period.to;
  const days = weekdays(ctx, item);
  if (single) return `${days}: ${what}`;
  return whole ? `${period.label}: ${what}` : `${period.label}, ${days}: ${what}`;
}

/**
 * "Mon" or "Tue-Thu": the weekdays an item is worked. Named rather than counted, because a
 * plan's first week may start mid-week and a holiday shifts every later day's position.
 */
function weekdays(ctx: DocContext, item: StreamItem): string {
  return item.to - item.from === 1 ? ctx.weekday(item.from) : `${ctx.weekday(item.from)}-${ctx.weekday(item.to - 1)}`;
}

function streamLines(ctx: DocContext, stream: Stream, letter: string, single: boolean): string[] {
  const lines = [`Stream ${letter} (${ctx.person(stream.resource)}):`];
  for (const item of stream.items) lines.push(`- ${itemText(ctx, item, ctx.a.periods[item.period - 1], single)}`);
  const seen = new Set<string>();
  for (const item of stream.items) {
    const text = ctx.a.index.activity.get(item.activity)?.deliverable;
    if (text && !seen.has(item.activity)) lines.push(`- Deliverable: ${inline(text)}`);
    seen.add(item.activity);
  }
  return [...lines, ''];
}

function streams(ctx: DocContext, phase: PhaseAnalysis): string[] {
  const single = phase.firstPeriod === phase.lastPeriod && ctx.unit === 'day';
  const isCritical = (s: Stream) => s.items.some((i) => ctx.a.index.critical.has(i.activity));
  const critical = phase.streams.filter(isCritical);
  const parallel = phase.streams.filter((s) => !isCritical(s));
  const ordered = [...critical, ...parallel];
  const position = new Map(ordered.map((s, i) => [s, i]));
  const letterOf = (s: Stream) => streamLetter(position.get(s)!);
  if (critical.length === 0 || parallel.length === 0) return ordered.flatMap((s) => streamLines(ctx, s, letterOf(s), single));
  return [
    '**Critical path** (blocks everything):',
    '',
    ...critical.flatMap((s) => streamLines(ctx, s, letterOf(s), single)),
    '**Parallel work**:',
    '',
    ...parallel.flatMap((s) => streamLines(ctx, s, letterOf(s), single)),
  ];
}

function extras(ctx: DocContext, phase: PhaseAnalysis): string[] {
  const { index, result } = ctx.a;
  const cal = result.calendar;
  const lines: string[] = [];
  const block = (title: string, items: string[]) => {
    if (items.length > 0) lines.push(`**${title}**:`, '', ...items.map((i) => `- ${i}`), '');
  };
  const unstaffed = (id: string) => {
    const s = index.scheduled.get(id)!;
    const a = index.activity.get(id);
    return `${ctx.title(id)}${a?.owner ? ` (${inline(a.owner)})` : ''}: ${formatDate(cal.slotStart(s.start))} to ${formatDate(cal.slotEnd(s.finish - 1))}${index.critical.has(id) ? ' (critical)' : ''}`;
  };
  const isExternal = (id: string) => index.activity.get(id)?.type === 'external';
  block('External', phase.unstaffed.filter(isExternal).map(unstaffed));
  block('Work without people', phase.unstaffed.filter((id) => !isExternal(id)).map(unstaffed));
  block(
    'Gates and milestones',
    phase.gates.map((g) => {
      const a = index.activity.get(g.id);
      const head = `${g.type === 'gate' ? 'Go/no-go' : 'Milestone'}: **${ctx.title(g.id)}**, end of ${formatDate(g.date)} (${ctx.a.periods[g.period - 1].label})`;
      const info = a?.gate;
      if (!info) return head;
      const question = info.question && info.question !== a.title ? ` ${sentence(inline(info.question))}` : '';
      const criteria = info.criteria.length > 0 ? ` Criteria: ${info.criteria.map(inline).join('; ')}.` : '';
      const onFail = info.onFail || info.trigger?.action;
      return `${head}.${question}${criteria}${onFail ? ` If not: ${inline(onFail)}` : ''}`;
    }),
  );
  block(
    'Circuit breakers',
    phase.breakers.map((b) => `If ${ctx.title(b.task)} takes more than ${ctx.slots(b.exceeds)}: ${inline(b.action)} (${ctx.title(b.gate)})`),
  );
  block(
    'Risk watch',
    phase.risks.map((id) => {
      const r = index.risk.get(id)!;
      return `${inline(r.title)}: ${r.mitigation ? inline(r.mitigation) : 'no mitigation yet'}${r.owner ? ` (owner: ${ctx.person(r.owner)})` : ''}`;
    }),
  );
  return lines;
}

/** Ends a sentence that has no closing punctuation of its own. */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function phaseSection(ctx: DocContext, phase: PhaseAnalysis, n: number): string[] {
  const goals = phase.goals.map(ctx.goal);
  const lines = [`### Phase ${n}: ${inline(phase.title)} (${phase.label})`, ''];
  // The phase's own goal; the plan's goals its work serves come after, never in its place.
  if (phase.purpose !== undefined) lines.push(`**Goal**: ${inline(phase.purpose)}`, '');
  if (goals.length > 0) lines.push(`**Serves**: ${goals.join('; ')}`, '');
  if (phase.declaredDeliverables.length > 0) lines.push(`**Deliverables**: ${phase.declaredDeliverables.map(inline).join('; ')}`, '');
  const peak = phase.parallelism.peak;
  lines.push(`**Dates**: ${formatDate(phase.start)} to ${formatDate(phase.finish)}; ${peak <= 1 ? 'one stream at a time' : `${peak} parallel streams at the peak`}`, '');
  for (const line of streams(ctx, phase)) lines.push(line);
  for (const line of extras(ctx, phase)) lines.push(line);
  while (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function renderPhases(ctx: DocContext): string {
  const sections = ctx.a.phases.map((p, i) => phaseSection(ctx, p, i + 1).join('\n'));
  return sections.length > 0 ? sections.join('\n\n') : 'Nothing is scheduled.';
}
