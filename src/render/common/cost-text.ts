/**
 * Money and the budget check in the words every format shares: "EUR 3,500.50",
 * "P80 EUR 3,620.00 is EUR 620.00 over the budget of EUR 3,000.00". Written out by hand rather
 * than with Intl.NumberFormat, whose output depends on the runtime's locale data. The currency
 * is the user's text: the caller escapes it with the rest.
 */
import type { BudgetCheck, CostAnalysis } from '../../analyse/index.js';

/** Whole minor units (cents) as "EUR 1,234.56". */
export function moneyText(minor: number, currency: string): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const units = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${currency} ${units}.${String(abs % 100).padStart(2, '0')}`;
}

/** "P80" or "The planned cost": what the budget is held against. */
export function budgetBasis(b: BudgetCheck): string {
  return b.basis === 'p80' ? 'the P80 cost' : 'the planned cost';
}

/** The budget check in a sentence, without the drivers. */
export function budgetText(cost: CostAnalysis, b: BudgetCheck): string {
  const budget = moneyText(b.amount, cost.currency);
  if (b.over) return `${budgetBasis(b)} is ${moneyText(-b.margin, cost.currency)} over the budget of ${budget}`;
  return `${budgetBasis(b)} leaves ${moneyText(b.margin, cost.currency)} of the budget of ${budget}`;
}
