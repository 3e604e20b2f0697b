/**
 * The words every format shares for where a plan stands: a circuit breaker's condition ("Build
 * the WebSocket server has taken 7 working days, more than 5"), an ask, a blocker. Escaped by
 * the context.
 */
import type { Ask, Breaker } from '../../analyse/index.js';
import type { BaseContext } from './context.js';
import { formatDate, shareText } from './format.js';

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
