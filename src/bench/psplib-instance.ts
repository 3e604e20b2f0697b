/**
 * One PSPLIB instance through the scheduler at each budget, every schedule verified by the
 * independent checker. Pure apart from the clock (timings are what a benchmark is for).
 */
import { parsePsplib } from '../psplib/index.js';
import { checkSchedule, scheduleModel } from '../schedule/index.js';

export interface PsplibRun {
  readonly set: string;
  readonly file: string;
  readonly name: string;
  readonly key: string;
  readonly budgets: readonly number[];
  readonly seed: number;
}

export interface BudgetOutcome {
  readonly budget: number;
  /** Undefined when the scheduler returned no schedule. */
  readonly makespan?: number;
  readonly ms: number;
  readonly violations: number;
}

export interface InstanceOutcome {
  readonly set: string;
  readonly name: string;
  readonly key: string;
  /** MPM-Time from the file: the critical-path lower bound LB0. */
  readonly lb0: number;
  readonly outcomes: readonly BudgetOutcome[];
  /** Parse or scheduling diagnostics, when something went wrong. */
  readonly errors: readonly string[];
}

export function solvePsplibInstance(job: PsplibRun, text: string): InstanceOutcome {
  const parsed = parsePsplib(text, { name: job.name });
  const base = { set: job.set, name: job.name, key: job.key, lb0: parsed.instance?.project?.mpmTime ?? 0 };
  if (!parsed.model) return { ...base, outcomes: [], errors: parsed.diagnostics.map((d) => `${d.code}: ${d.message}`) };
  const model = parsed.model;
  const errors: string[] = [];
  const outcomes = job.budgets.map((budget): BudgetOutcome => {
    const start = performance.now();
    const result = scheduleModel(model, { schedules: budget, seed: job.seed });
    const ms = performance.now() - start;
    if (!result.schedule) {
      errors.push(...result.diagnostics.map((d) => `${d.code}: ${d.message}`));
      return { budget, ms, violations: 0 };
    }
    const violations = checkSchedule(model, result.schedule).length;
    return { budget, makespan: result.schedule.makespan, ms, violations };
  });
  return { ...base, outcomes, errors };
}
