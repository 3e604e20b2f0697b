/**
 * Structural guards for what the library's callers hand in, so that null, a number, a string or
 * an object of another kind is told apart from the real thing before a stage reads it. A model
 * to be scheduled is checked whole (`model-shape.ts`: the scheduler reads every field); the
 * pipeline's own products (a scheduled plan, an analysis, a forecast) only by their outline, in
 * time linear in their top-level lists at most, since a caller normally hands back what the
 * library gave.
 *
 * Each guard returns what is wrong, as words like "model.start must be a string, got null", or
 * undefined when the value passes.
 */
import type { Diagnostic } from '../diag/index.js';
import { modelShapeProblem } from './model-shape.js';

export type Problem = string | undefined;

/** What a value is, for a message: its kind, never its contents (they may be huge or hostile). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case 'undefined':
      return 'nothing';
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : String(value);
    case 'string':
      return value.length <= 24 ? `the string ${JSON.stringify(value)}` : `a string of ${value.length} characters`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object of another kind';
    default:
      return `a ${typeof value}`;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object literal (or one without a prototype): not a Date, Map or class instance, which would read as empty options. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `name must be …, got …`: the message for a value that failed `expected`. */
export function mismatch(name: string, expected: string, value: unknown): string {
  return `${name} must be ${expected}, got ${describeValue(value)}`;
}

function stringProblem(name: string, value: unknown): Problem {
  return typeof value === 'string' ? undefined : mismatch(name, 'a string', value);
}

function recordProblem(name: string, value: unknown, what = 'an object'): Problem {
  return isRecord(value) ? undefined : mismatch(name, what, value);
}

function arrayProblem(name: string, value: unknown): Problem {
  return Array.isArray(value) ? undefined : mismatch(name, 'a list', value);
}

/** A list whose every item is an object: the items are read field by field downstream. */
function recordsProblem(name: string, value: unknown): Problem {
  if (!Array.isArray(value)) return mismatch(name, 'a list', value);
  const bad = value.findIndex((item) => !isRecord(item));
  return bad < 0 ? undefined : mismatch(`${name}[${bad}]`, 'an object', value[bad]);
}

function finiteProblem(name: string, value: unknown): Problem {
  return typeof value === 'number' && Number.isFinite(value) ? undefined : mismatch(name, 'a finite number', value);
}

function firstProblem(...checks: (() => Problem)[]): Problem {
  for (const check of checks) {
    const problem = check();
    if (problem) return problem;
  }
  return undefined;
}

const MODEL_EXPECTED = 'a Model (an object as loadSpec and parsePsplib return)';

/**
 * A `Model` a caller hands in to be scheduled: its whole shape and its references
 * (`model-shape.ts`), since the scheduler reads every field of it.
 */
export function modelProblem(value: unknown, name = 'model'): Problem {
  return isRecord(value) ? modelShapeProblem(value, name) : mismatch(name, MODEL_EXPECTED, value);
}

/** The outline of a model inside a scheduled plan, which the scheduler built from a checked one. */
function modelOutlineProblem(value: unknown, name: string): Problem {
  if (!isRecord(value)) return mismatch(name, MODEL_EXPECTED, value);
  return firstProblem(
    () => stringProblem(`${name}.name`, value.name),
    () => stringProblem(`${name}.start`, value.start),
    () => recordProblem(`${name}.calendar`, value.calendar),
    () => recordProblem(`${name}.constraints`, value.constraints),
    () => recordProblem(`${name}.metrics`, value.metrics),
    () => (['goals', 'resources', 'activities', 'risks'] as const).map((k) => recordsProblem(`${name}.${k}`, value[k])).find(Boolean),
  );
}

/** A `Schedule` as the scheduler returns it. */
export function scheduleProblem(value: unknown, name = 'schedule'): Problem {
  if (!isRecord(value)) return mismatch(name, 'a Schedule (an object with activities and a makespan)', value);
  return firstProblem(
    () => finiteProblem(`${name}.makespan`, value.makespan),
    () => recordsProblem(`${name}.activities`, value.activities),
    () => (value.activities as readonly Record<string, unknown>[]).map((a, i) => scheduledActivityProblem(a, `${name}.activities[${i}]`)).find(Boolean),
  );
}

function scheduledActivityProblem(activity: Record<string, unknown>, name: string): Problem {
  return firstProblem(
    () => stringProblem(`${name}.id`, activity.id),
    () => finiteProblem(`${name}.start`, activity.start),
    () => finiteProblem(`${name}.finish`, activity.finish),
    () => (Array.isArray(activity.assignees) && activity.assignees.every((r) => typeof r === 'string') ? undefined : mismatch(`${name}.assignees`, 'a list of resource ids', activity.assignees)),
    () => (Array.isArray(activity.segments) && activity.segments.every(isInterval) ? undefined : mismatch(`${name}.segments`, 'a list of [from, to] slot pairs', activity.segments)),
  );
}

function isInterval(value: unknown): boolean {
  return Array.isArray(value) && value.length === 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

/** A `ScheduledPlan` (from `schedulePlan`) or a `PlanResult` (a `PlanRun`'s `result`). */
export function planResultProblem(value: unknown, name = 'result'): Problem {
  if (!isRecord(value)) return mismatch(name, "a ScheduledPlan (as schedulePlan returns, or a PlanRun's result)", value);
  return firstProblem(
    () => modelOutlineProblem(value.model, `${name}.model`),
    () => scheduleProblem(value.schedule, `${name}.schedule`),
    () => recordProblem(`${name}.calendar`, value.calendar),
    () => recordProblem(`${name}.timing`, value.timing),
    () => arrayProblem(`${name}.diagnostics`, value.diagnostics),
    () => recordProblem(`${name}.options`, value.options),
    () => (isRecord(value.options) ? finiteProblem(`${name}.options.schedules`, value.options.schedules) ?? finiteProblem(`${name}.options.seed`, value.options.seed) : undefined),
    () => (value.forecast === undefined ? undefined : forecastProblem(value.forecast, `${name}.forecast`)),
    () => (value.baseline === undefined ? undefined : baselineProblem(value.baseline, `${name}.baseline`)),
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

function dateProblem(name: string, value: unknown): Problem {
  return typeof value === 'string' && ISO_DATE.test(value) ? undefined : mismatch(name, 'a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)', value);
}

/** A `Baseline` as the baseline loader returns it: its dates are read, so they must be dates. */
function baselineProblem(value: unknown, name: string): Problem {
  if (!isRecord(value)) return mismatch(name, 'a Baseline (as the --baseline option gives it)', value);
  return firstProblem(
    () => stringProblem(`${name}.name`, value.name),
    () => dateProblem(`${name}.start`, value.start),
    () => dateProblem(`${name}.finish`, value.finish),
    () => finiteProblem(`${name}.makespan`, value.makespan),
    () => arrayProblem(`${name}.criticalPath`, value.criticalPath),
    () => arrayProblem(`${name}.unscheduled`, value.unscheduled),
    () => recordsProblem(`${name}.activities`, value.activities),
    () =>
      (value.activities as readonly Record<string, unknown>[])
        .map((a, i) => firstProblem(() => stringProblem(`${name}.activities[${i}].id`, a.id), () => dateProblem(`${name}.activities[${i}].start`, a.start), () => dateProblem(`${name}.activities[${i}].finish`, a.finish), () => finiteProblem(`${name}.activities[${i}].startOffset`, a.startOffset), () => finiteProblem(`${name}.activities[${i}].finishOffset`, a.finishOffset), () => arrayProblem(`${name}.activities[${i}].assignees`, a.assignees)))
        .find(Boolean),
  );
}

const ANALYSIS_SECTIONS = ['index', 'outlook', 'buffer', 'capacity', 'criticalPath', 'allocation', 'riskRegister', 'scope', 'rollout'] as const;
const ANALYSIS_LISTS = ['periods', 'phases', 'detectedRisks', 'readiness'] as const;

/** A `PlanAnalysis` as `analysePlan` returns it. */
export function analysisProblem(value: unknown, name = 'analysis'): Problem {
  if (!isRecord(value)) return mismatch(name, 'a PlanAnalysis (as analysePlan returns)', value);
  return firstProblem(
    () => planResultProblem(value.result, `${name}.result`),
    () => ANALYSIS_SECTIONS.map((k) => recordProblem(`${name}.${k}`, value[k])).find(Boolean),
    () => ANALYSIS_LISTS.map((k) => arrayProblem(`${name}.${k}`, value[k])).find(Boolean),
  );
}

/** A `Forecast`, as a forecast runner must resolve to. */
export function forecastProblem(value: unknown, name = 'forecast'): Problem {
  if (!isRecord(value)) return mismatch(name, 'a Forecast (as forecastPlan returns)', value);
  return firstProblem(
    () => finiteProblem(`${name}.iterations`, value.iterations),
    () => recordProblem(`${name}.deterministic`, value.deterministic),
    () => recordProblem(`${name}.buffer`, value.buffer),
    () => recordProblem(`${name}.precision`, value.precision),
    () => (['percentiles', 'histogram', 'cumulative', 'tasks', 'riskDrivers', 'mergePoints'] as const).map((k) => arrayProblem(`${name}.${k}`, value[k])).find(Boolean),
  );
}

/** A list of `Diagnostic`s; ranges, when present, are whole offsets in order. */
export function diagnosticsProblem(value: unknown, name = 'diagnostics'): Problem {
  if (!Array.isArray(value)) return mismatch(name, 'a list of diagnostics', value);
  for (let i = 0; i < value.length; i++) {
    const problem = diagnosticProblem(value[i], `${name}[${i}]`);
    if (problem) return problem;
  }
  return undefined;
}

function diagnosticProblem(value: unknown, name: string): Problem {
  if (!isRecord(value)) return mismatch(name, 'a diagnostic ({ code, severity, message, ... })', value);
  const d = value as Partial<Record<keyof Diagnostic, unknown>>;
  return firstProblem(
    () => stringProblem(`${name}.code`, d.code),
    () => (d.severity === 'error' || d.severity === 'warning' ? undefined : mismatch(`${name}.severity`, "'error' or 'warning'", d.severity)),
    () => stringProblem(`${name}.message`, d.message),
    () => (d.hint === undefined ? undefined : stringProblem(`${name}.hint`, d.hint)),
    () => (d.path === undefined ? undefined : arrayProblem(`${name}.path`, d.path)),
    () => (d.range === undefined || isRange(d.range) ? undefined : mismatch(`${name}.range`, 'two whole offsets [start, end] with start <= end', d.range)),
  );
}

function isRange(value: unknown): boolean {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [start, end] = value as unknown[];
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && (start as number) >= 0 && (start as number) <= (end as number);
}
