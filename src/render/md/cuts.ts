/**
 * The scope cuts the forecast recommends (src/forecast/scope-fit.ts), with the chance
 * of making the deadline before and after; when no cut is enough, the date that reaches the
 * target and the extra people that would reach the deadline instead.
 */
import type { CapacityAsk, ScopeFit } from '../../forecast/index.js';
import type { DocContext } from './context.js';
import { inline } from './escape.js';
import { notForecast } from './confidence.js';
import { formatDate, shareText } from '../common/format.js';
import { runsPrecisionText } from '../common/precision-text.js';

function cutLines(ctx: DocContext, fit: ScopeFit): string[] {
  return fit.cuts.map((c) => {
    const deps = c.dependents.length > 0 ? `, with ${c.dependents.map(ctx.title).join(', ')}` : '';
    return `- ${ctx.title(c.id)} (${c.priority}${deps})`;
  });
}

export function renderCuts(ctx: DocContext): string {
  const f = ctx.a.result.forecast;
  if (!f) return notForecast();
  const lines: string[] = [];
  const fit = f.scopeFit;
  const target = shareText(f.targetConfidence);
  if (!fit) return [...lines, 'No deadline is set, so there is no date to fit the scope to.'].join('\n');
  const by = formatDate(ctx.a.outlook.delivery?.date ?? '');
  if (!fit.needed) return [...lines, `No cut needed: the chance of delivering by ${by} is ${shareText(fit.probabilityBefore)}, at or above the target of ${target}.`].join('\n');
  if (fit.reachesTarget) {
    const n = fit.cuts.length;
    lines.push(`Cut ${n === 1 ? 'this item' : `these ${n} items`} to raise the chance of delivering by ${by} from ${shareText(fit.probabilityBefore)} to ${shareText(fit.probabilityAfter)} (${runsPrecisionText(fit.runsAfter, fit.halfWidthAfter)}; target ${target}); no smaller set of should/could work reaches the target:`, '');
    lines.push(...cutLines(ctx, fit));
    return lines.join('\n');
  }
  if (fit.cuts.length > 0) {
    lines.push(`Cutting all the flexible work raises the chance of delivering by ${by} from ${shareText(fit.probabilityBefore)} only to ${shareText(fit.probabilityAfter)} (${runsPrecisionText(fit.runsAfter, fit.halfWidthAfter)}), below the target of ${target}:`, '');
    lines.push(...cutLines(ctx, fit), '');
  } else lines.push(`The chance of delivering by ${by} is ${shareText(fit.probabilityBefore)}, below the target of ${target}, and there is no should/could work to cut.`, '');
  lines.push('⚠️ **The must-haves alone cannot make the deadline at the target confidence.** What would:', '');
  if (fit.dateAtTarget) lines.push(`- **Move the date**: ${formatDate(fit.dateAtTarget.date)} is met with ${target} confidence${fit.cuts.length > 0 ? ' without the flexible work' : ''}.`);
  const asks = fit.extraCapacity ?? [];
  if (asks.length > 0) {
    const text = asks.map((a) => `${morePeople(a)} (${shareText(a.probability)} on time, ${runsPrecisionText(a.runs, a.halfWidth)})`).join('; or ');
    const which = asks.length === 1 ? 'this reaches' : 'any one of these reaches';
    lines.push(`- **Add people**: ${which} the deadline with ${target} confidence, re-planned and re-simulated: ${text}.`);
  } else {
    const best = fit.bestCapacity;
    const closest = best ? `; the closest, ${morePeople(best)}, gives ${shareText(best.probability)} (${runsPrecisionText(best.runs, best.halfWidth)})` : '';
    lines.push(`- **Add people**: no single skill with up to 3 extra people reaches the deadline at the target confidence${closest}.`);
  }
  if (fit.fixedGoalsAtRisk.length > 0) {
    lines.push(`- **Cut must-have scope**: only by a decision on the fixed goals, which execplan never cuts: ${fit.fixedGoalsAtRisk.map(ctx.goal).join(', ')}.`);
  }
  return lines.join('\n');
}

function morePeople(a: CapacityAsk): string {
  return `${a.people} more ${inline(a.skill)} ${a.people === 1 ? 'person' : 'people'}`;
}
