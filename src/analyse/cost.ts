/**
 * The plan's cost, once, for every format: the planned cost (labour and fixed costs) in total,
 * per phase and per calendar week; the cost at P50 and P80 from the forecast; and the budget
 * check: whether the P80 cost (or, without a forecast, the planned cost) stays within the
 * budget, and which items drive the cost when it does not. Amounts are whole minor units
 * (cents) of the plan currency, and the parts add up exactly to the totals.
 */
import { planCosts, splitLabour, type PlanIndex, type WeekBucket } from '../plan/index.js';
import type { PhaseAnalysis } from './phases.js';
import type { PlanResult } from './result.js';

export interface CostLine {
  /** The phase's id (null: work without a phase) or the week's Monday. */
  readonly key: string | null;
  readonly title: string;
  readonly amount: number;
}

export interface BudgetCheck {
  readonly amount: number;
  /** What the check measures: the forecast's P80 cost, or the planned cost without a forecast. */
  readonly basis: 'p80' | 'planned';
  /** Budget minus the measured cost: negative when over. */
  readonly margin: number;
  readonly over: boolean;
  /** The largest cost items, largest first (up to three), named when over budget. */
  readonly drivers: readonly { readonly id: string; readonly amount: number }[];
}

export interface CostAnalysis {
  readonly currency: string;
  readonly planned: number;
  readonly labour: number;
  readonly fixed: number;
  readonly byPhase: readonly CostLine[];
  readonly byWeek: readonly CostLine[];
  readonly forecast?: { readonly p50: number; readonly p80: number; readonly p95: number };
  readonly budget?: BudgetCheck;
  /** People and pools doing scheduled work without a rate. */
  readonly unrated: readonly string[];
}

const DRIVERS = 3;

export function analyseCost(result: PlanResult, index: PlanIndex, phases: readonly PhaseAnalysis[], weeks: readonly WeekBucket[]): CostAnalysis | undefined {
  const costs = planCosts(result);
  if (!costs) return undefined;
  const byId = new Map(costs.activities.map((a) => [a.id, a.labour + a.fixed]));
  let labour = 0;
  let fixed = 0;
  for (const a of costs.activities) {
    labour += a.labour;
    fixed += a.fixed;
  }
  const byPhase = phases.map((p) => ({
    key: p.name ?? null,
    title: p.title,
    amount: p.activities.reduce((sum, id) => sum + (byId.get(id) ?? 0), 0),
  }));
  const byWeek = weekCosts(costs.activities, index, weeks);
  const planned = labour + fixed;
  const forecast = result.forecast?.cost;
  const budget = result.model.constraints.budget;
  return {
    currency: costs.currency,
    planned,
    labour,
    fixed,
    byPhase,
    byWeek,
    ...(forecast ? { forecast: { p50: forecast.p50, p80: forecast.p80, p95: forecast.p95 } } : {}),
    ...(budget ? { budget: budgetCheck(Math.round(budget.amount * 100), forecast?.p80, planned, costs.activities) } : {}),
    unrated: costs.unrated,
  };
}

/** Labour split over the weeks it is worked in; a fixed cost falls in the week its item starts. */
function weekCosts(activities: NonNullable<ReturnType<typeof planCosts>>['activities'], index: PlanIndex, weeks: readonly WeekBucket[]): CostLine[] {
  // Weeks are consecutive and ascending: the last week starting at or before the slot.
  const weekOf = (slot: number) => {
    let lo = 0;
    let hi = weeks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (weeks[mid].from <= slot) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const amounts = new Map<number, number>();
  for (const a of activities) {
    splitLabour(a, weekOf, amounts);
    if (a.fixed > 0) {
      const k = weekOf(index.scheduled.get(a.id)?.start ?? 0);
      amounts.set(k, (amounts.get(k) ?? 0) + a.fixed);
    }
  }
  return weeks.map((w, k) => ({ key: w.monday, title: `Week ${w.number}`, amount: amounts.get(k) ?? 0 }));
}

function budgetCheck(amount: number, p80: number | undefined, planned: number, activities: NonNullable<ReturnType<typeof planCosts>>['activities']): BudgetCheck {
  const measured = p80 ?? planned;
  const over = measured > amount;
  const drivers = over
    ? activities
        .map((a) => ({ id: a.id, amount: a.labour + a.fixed }))
        .sort((x, y) => y.amount - x.amount || (x.id < y.id ? -1 : 1))
        .slice(0, DRIVERS)
    : [];
  return { amount, basis: p80 === undefined ? 'planned' : 'p80', margin: amount - measured, over, drivers };
}
