/**
 * How likely the dates are, from the Monte Carlo forecast (src/forecast): the chance
 * of making the deadline, percentile dates against the plan, buffers, the finish distribution,
 * the work that most often decides the finish, and where merge bias bites.
 */
import type { Forecast } from '../../forecast/index.js';
import { biasTexts, learningMoveText } from '../common/tracking-text.js';
import type { DocContext } from './context.js';
import { inline, tableRow } from './escape.js';
import { amountCountText, amountText, countText, formatDate, noun, percentileLabel, shareText, wholeText } from '../common/format.js';
import { deliveryName } from '../common/outlook-text.js';
import { precisionText } from '../common/precision-text.js';
import { slotWord } from '../../plan/index.js';

/** Work listed under "what decides the finish". */
const MOST_CRITICAL = 10;
const MIN_LISTED_CRITICALITY = 0.05;
const BAR_WIDTH = 30;

/** The body of a forecast section in a plan made without a forecast. */
export function notForecast(): string {
  return ['Not computed: the plan was made without a Monte Carlo forecast (`--iterations 0`).'].join('\n');
}

/** "+3 working days" against the plan. */
function versusPlan(ctx: DocContext, slots: number): string {
  return slots === 0 ? 'same as the plan' : `${slots > 0 ? '+' : '−'}${ctx.slots(Math.abs(slots))}`;
}

function method(ctx: DocContext, f: Forecast): string {
  const dist = f.distribution === 'pert' ? 'PERT-beta' : 'triangular';
  const corr = f.correlation > 0 ? `estimates correlated at ${f.correlation}` : 'independent estimates';
  return `Monte Carlo over the three-point estimates and risk events: ${wholeText(f.iterations)} ${noun(f.iterations, 'run')}, ${dist} distributions, ${corr}, seed ${f.seed}. Every run re-schedules the plan with the same people, order and calendar (see docs/forecast.md). ${inline(precisionText(f, slotWord(ctx.a.result)))}`;
}

function percentileTable(ctx: DocContext, f: Forecast): string[] {
  const rows = ['| confidence | finish | vs. the plan |', '|---|---|---|', `| Plan (likely estimates) | ${formatDate(f.deterministic.date)} | |`];
  for (const p of f.percentiles) {
    const label = `${percentileLabel(p.p)}${p.p === f.targetConfidence ? ' (target)' : ''}`;
    rows.push(`| ${label} | ${formatDate(p.date)} | ${versusPlan(ctx, p.offset - f.deterministic.offset)} |`);
  }
  return rows;
}

function facts(ctx: DocContext, f: Forecast): string[] {
  const lines: string[] = [];
  const p = ctx.a.outlook.pOnTime;
  if (p) {
    const flag = p.probability < p.target ? ' ⚠️' : ' ✅';
    lines.push(`- **Chance of delivering by ${formatDate(p.by)}** (${deliveryName(ctx.a.outlook)}): ${shareText(p.probability)} (target ${shareText(p.target)})${flag}`);
  }
  lines.push(`- **Mean finish**: ${amountCountText(f.mean, ctx.unit === 'hour' ? 'hour' : 'working day')} after the start (the plan: ${f.deterministic.offset})`);
  const b = f.buffer;
  lines.push(`- **Contingency the plan needs**: ${ctx.slots(b.toP50)} to reach P50, ${ctx.slots(b.toP80)} to P80, ${ctx.slots(b.toP95)} to P95`);
  if (b.atTargetToDeadline !== undefined) {
    const at = percentileLabel(f.targetConfidence);
    lines.push(
      b.atTargetToDeadline >= 0
        ? `- **Margin at the target confidence**: ${at} leaves ${ctx.slots(b.atTargetToDeadline)} before ${deliveryName(ctx.a.outlook)}`
        : `- **Margin at the target confidence**: ${at} is ${ctx.slots(-b.atTargetToDeadline)} past ${deliveryName(ctx.a.outlook)} ⚠️`,
    );
  }
  lines.push(`- **Critical-chain project buffer**: ${ctx.slots(b.criticalChain)} (root of the sum of squares of the critical work's pessimistic-minus-likely spreads)`);
  for (const w of b.warnings) lines.push(`- ⚠️ ${inline(w)}`);
  if (f.failedIterations) lines.push(`- ⚠️ In ${countText(f.failedIterations, 'run')} some work could not be placed at all; ${f.failedIterations === 1 ? 'it counts' : 'they count'} as finishing at the horizon.`);
  return lines;
}

function distribution(f: Forecast): string[] {
  const total = f.histogram.reduce((n, b) => n + b.count, 0);
  const most = Math.max(1, ...f.histogram.map((b) => b.count));
  const byOffset = new Map(f.cumulative.map((c) => [c.offset, c]));
  const rows = ['| finish by | runs | cumulative |', '|---|---|---|'];
  for (const bin of f.histogram) {
    if (bin.count === 0) continue;
    const last = byOffset.get(bin.to - 1);
    const bar = '█'.repeat(Math.max(1, Math.round((bin.count / most) * BAR_WIDTH)));
    rows.push(`| ${last ? formatDate(last.date) : bin.to - 1} | ${bar} ${shareText(bin.count / total)} | ${last ? shareText(last.probability) : ''} |`);
  }
  return rows;
}

function deciders(ctx: DocContext, f: Forecast): string[] {
  const work = new Set(ctx.a.result.model.activities.filter((a) => a.type === 'task' || a.type === 'external').map((a) => a.id));
  const top = f.tasks
    .filter((t) => work.has(t.id) && t.criticality >= MIN_LISTED_CRITICALITY)
    .slice()
    .sort((a, b) => b.criticality - a.criticality || Math.abs(b.sensitivity) - Math.abs(a.sensitivity) || a.id.localeCompare(b.id))
    .slice(0, MOST_CRITICAL);
  if (top.length === 0) return ['Nothing is critical in enough runs to list.'];
  const rows = ['| work | critical in | sensitivity |', '|---|---|---|'];
  for (const t of top) rows.push(tableRow([ctx.title(t.id), `${shareText(t.criticality)} of runs`, t.sensitivity.toFixed(2)]));
  return rows;
}

export function renderConfidence(ctx: DocContext): string {
  const f = ctx.a.result.forecast;
  if (!f) return notForecast();
  const lines = [method(ctx, f), '', ...percentileTable(ctx, f), '', ...facts(ctx, f)];
  if (f.learning) lines.push('', '### Estimates that learn', '', learningMoveText(f.learning), '', ...biasTexts(ctx, f.learning).map((t) => `- ${t}`));
  lines.push('', '### Finish distribution', '', ...distribution(f));
  lines.push('', '### What decides the finish', '');
  lines.push('"Critical in" is the share of runs in which the work was on the critical path; sensitivity is the rank correlation of its drawn duration with the finish (0 for work without a range).', '');
  lines.push(...deciders(ctx, f));
  if (f.mergePoints.length > 0) {
    lines.push('', '### Merge bias', '');
    for (const m of f.mergePoints) lines.push(`- ${ctx.title(m.id)}: ${inline(m.note)}`);
  }
  return lines.join('\n');
}
