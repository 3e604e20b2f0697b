/**
 * The words every format shares for where a plan stands: a circuit breaker's condition ("Build
 * the WebSocket server has taken 7 working days, more than 5"), an ask, a blocker. Escaped by
 * the context.
 */
import type { Ask, Breaker } from '../../analyse/index.js';
import type { EstimateLearning } from '../../forecast/index.js';
import type { BaseContext } from './context.js';
import { countText, formatDate, percentileLabel, shareText } from './format.js';

export function conditionText(ctx: BaseContext, b: Breaker): string {
  const c = b.condition;
  switch (c.kind) {
    case 'overrun': {
      if (c.taken === undefined) return `${ctx.title(c.task)} takes more than ${ctx.slots(c.exceeds)}`;
      const projected = c.projected !== undefined && c.projected > c.taken ? `; the re-plan has it take ${ctx.slots(c.projected)}` : '';
      return `${ctx.title(c.task)} has taken ${ctx.slots(c.taken)}, ${c.taken > c.exceeds ? 'more than' : 'within'} its bound of ${ctx.slots(c.exceeds)}${projected}`;
    }
    case 'gate-failed':
      return `${ctx.title(c.gate)} fails`;
    case 'risk-occurred':
      return `${ctx.text(ctx.a.index.risk.get(c.risk)?.title ?? c.risk)} occurs`;
    case 'on-time-below':
      return `the chance of delivering in time${c.probability !== undefined ? ` (${shareText(c.probability)})` : ''} is below ${shareText(c.level)}`;
  }
}

/** "Circuit breaker: WebSocket server fired: ... Action: cut cursor display." */
export function firedText(ctx: BaseContext, b: Breaker): string {
  return `${ctx.title(b.gate)} fired: ${conditionText(ctx, b)}. Action: ${ctx.text(b.action)}`;
}

export function askText(ctx: BaseContext, ask: Ask): string {
  switch (ask.kind) {
    case 'gate-failed':
      return `${ctx.title(ask.gate)} failed${ask.note ? ` (${ctx.text(ask.note)})` : ''}: ${ask.onFail ? ctx.text(ask.onFail) : 'decide what happens next'}`;
    case 'breaker-fired':
      return `${ctx.title(ask.gate)} fired: ${ctx.text(ask.action)}`;
    case 'musts-late':
      return `${ask.count === 1 ? '1 must-have now finishes' : `${ask.count} must-haves now finish`} after the delivery date (${formatDate(ask.delivery)}), the last ${ctx.title(ask.last)} on ${formatDate(ask.finish)}: cut, add people or move the date`;
  }
}

/** "Backend Senior 1 has taken 1.3x their estimates over 4 tasks", one per person, most biased first. */
export function biasTexts(ctx: BaseContext, learning: EstimateLearning): string[] {
  const people = [...learning.people].sort((x, y) => Math.abs(Math.log(y.ratio)) - Math.abs(Math.log(x.ratio)) || x.person.localeCompare(y.person));
  return people.map((p) =>
    p.tasks > 0
      ? `${ctx.person(p.person)} has taken ${p.ratio.toFixed(2)}x their estimates over ${countText(p.tasks, 'finished task')}`
      : `${ctx.person(p.person)} has no finished task yet: ${p.ratio.toFixed(2)}x, the team's ratio (never below 1)`,
  );
}

/** How far learning moves P50 and P80 from the estimates as written. */
export function learningMoveText(learning: EstimateLearning): string {
  const move = (p: number) => {
    const raw = learning.raw.find((x) => x.p === p)!;
    const learned = learning.learned.find((x) => x.p === p)!;
    return `${percentileLabel(p)} from ${formatDate(raw.date)} to ${formatDate(learned.date)}`;
  };
  return `Learning from ${countText(learning.team.tasks, 'finished task')} (the team at ${learning.team.ratio.toFixed(2)}x its estimates) moves ${move(0.5)} and ${move(0.8)}.`;
}
