/**
 * The options of a plan run, as one zod schema: the CLI's flags, the library API and the MCP
 * tools all validate through it, so a limit or a default is stated once.
 */
import { z } from 'zod';
import { DISTRIBUTIONS, DEFAULT_ITERATIONS, type ForecastOptions } from '../forecast/index.js';
import { makeDiagnostic, type Diagnostic } from '../diag/index.js';
import { FORMAT_NAMES } from '../render/index.js';
import { ExecplanError } from './errors.js';
import { isPlainObject, mismatch } from './guards.js';
import { thousands } from '../spec/index.js';

/** The default search budget of a small plan; bigger plans get fewer (defaultSchedules). */
export const DEFAULT_SCHEDULES = 1000;
export const DEFAULT_SEED = 1;
/**
 * Activities times schedules that the default budget spends up to LARGE_PLAN activities: each
 * generated schedule places every activity once, so a constant product keeps the default search
 * near a constant time (about half a second on one core) whatever the plan's size.
 */
export const DEFAULT_SEARCH_WORK = 250_000;
/** Above this many activities the default budget falls faster than 1 / activities (defaultSchedules). */
export const LARGE_PLAN = 1_000;
/**
 * The fewest schedules a large plan's default search gets: the priority rule's schedule and its
 * justification, then a sample and part of its own (on a generated 20,000-task plan 3 schedules
 * gave 188 working days where 5 gave 183; docs/scheduling.md).
 */
export const LARGE_PLAN_MIN_SCHEDULES = 5;

/**
 * The search budget when none is given: 1,000 schedules up to 250 activities, then
 * 250,000 / activities up to 1,000 activities (250 at 1,000). Above that 250 x (1,000 /
 * activities)^1.5 (88 at 2,000, 22 at 5,000), not below 5 nor above 250,000 / activities (5 at
 * 20,000, 2 at 100,000): a large plan's search has too few schedules to breed, and on generated
 * plans its first dozen found the makespan the constant-time budget found
 * (docs/scheduling.md). Small plans get a thorough search and big ones a good one in bounded
 * time; it depends only on the plan, so the same spec and seed still give the same plan.
 */
export function defaultSchedules(activities: number): number {
  const n = Math.max(1, activities);
  const constantTime = Math.floor(DEFAULT_SEARCH_WORK / n);
  if (n <= LARGE_PLAN) return Math.max(1, Math.min(DEFAULT_SCHEDULES, constantTime));
  const falling = Math.floor((DEFAULT_SEARCH_WORK / LARGE_PLAN) * (LARGE_PLAN / n) ** 1.5);
  return Math.max(1, Math.min(constantTime, Math.max(LARGE_PLAN_MIN_SCHEDULES, falling)));
}

/**
 * Limits of the options that set an amount of work (docs/limits.md, "Options"). Past them a value
 * is a slip of the keyboard, not a finer plan, and would run for hours or exhaust memory.
 *
 * Iterations: the P95 of 100,000 runs has a sampling error of about 0.07 percentage points,
 * and the dates are reported in whole days (1,000 already hold P80 to one working day, see
 * docs/forecast.md). Each iteration keeps its finish and a row of drawn amounts (4 bytes per
 * uncertain activity), so the limit also caps that table (40 MB for 100 uncertain activities).
 */
export const MAX_ITERATIONS = 100_000;
/**
 * Schedules: PSPLIB studies compare heuristics at 1,000, 5,000 and 50,000 generated schedules;
 * the search counts schedules, not time, and the launch example takes 6 s at 100,000 and 41 s
 * at 1,000,000 on one core.
 */
export const MAX_SCHEDULES = 100_000;
/**
 * Workers: each is a V8 isolate with its own copy of the plan (about 18 MB measured), so 64
 * bound the threads' memory near 1.2 GB. More workers than cores are slower, not faster (each
 * range re-plans what it needs): runners use at most the cores they have, whatever is asked.
 */
export const MAX_WORKERS = 64;
/**
 * Time limit of the search, in seconds: an hour. A search that has not settled in an hour of
 * one core will not settle in two; past it a value is a slip (minutes typed as seconds).
 */
export const MAX_TIME_SECONDS = 3600;

const count = (min: number, what: string, max = Number.MAX_SAFE_INTEGER) =>
  z
    .number({ error: `${what} must be a whole number >= ${min}` })
    .int(`${what} must be a whole number >= ${min}`)
    .min(min, `${what} must be a whole number >= ${min}`)
    .max(max, `${what} must be at most ${thousands(max)}`);

export const planOptionsSchema = z
  .object({
    /** Output formats, in order; none gives the analysis alone. */
    formats: z.array(z.enum(FORMAT_NAMES, { error: `format must be one of: ${FORMAT_NAMES.join(', ')}` })).default(['md']),
    /** Budget of generated schedules for the improvement search; absent: by the plan's size (defaultSchedules). */
    schedules: count(1, 'schedules', MAX_SCHEDULES).optional(),
    /**
     * Most seconds the search may take; it then returns the best schedule so far. A cap on the
     * budget (given or by size), never a longer search: the forecast's re-plans take a share of
     * that budget, so it must stay bounded. The plan then depends on the machine's speed: only
     * without a time limit is it reproducible.
     */
    time: z
      .number({ error: 'time must be a number of seconds above 0' })
      .gt(0, 'time must be a number of seconds above 0')
      .max(MAX_TIME_SECONDS, `time must be at most ${thousands(MAX_TIME_SECONDS)} seconds`)
      .optional(),
    /** Seeds the search and the forecast: same seed, same plan. */
    seed: count(0, 'seed').default(DEFAULT_SEED),
    /** Monte Carlo iterations; 0 skips the forecast. */
    iterations: count(0, 'iterations', MAX_ITERATIONS).default(DEFAULT_ITERATIONS),
    /** Target chance of delivering in time, 0..1; default the deadline's. */
    confidence: z.number({ error: 'confidence must be a probability above 0 and at most 1' }).gt(0, 'confidence must be above 0').max(1, 'confidence must be at most 1').optional(),
    /** Distribution of three-point estimates. */
    distribution: z.enum(DISTRIBUTIONS, { error: `distribution must be one of: ${DISTRIBUTIONS.join(', ')}` }).default('pert'),
    /** Correlation between estimates, 0..1. */
    correlation: z.number({ error: 'correlation must be a number from 0 to 1' }).min(0, 'correlation must be at least 0').max(1, 'correlation must be at most 1').default(0),
    /** Worker threads for the forecast; absent: the runner decides. */
    workers: count(0, 'workers', MAX_WORKERS).optional(),
    /** An earlier JSON output of execplan to report the slip against: its text, and the file name for messages. */
    baseline: z
      .object({ text: z.string({ error: 'baseline.text must be the text of an earlier JSON plan' }), name: z.string({ error: 'baseline.name must be a string' }).optional() }, { error: 'baseline must be { text, name? }: the text of an earlier JSON plan' })
      .strict()
      .optional(),
    /** iCalendar output: add each person's tasks as events. */
    icsPeople: z.boolean({ error: 'icsPeople must be true or false' }).default(false),
  })
  .strict();

/** Options as callers give them: every field optional. */
export type PlanOptions = z.input<typeof planOptionsSchema>;
/** Options with defaults filled in. */
export type ResolvedPlanOptions = z.output<typeof planOptionsSchema>;

export interface OptionIssue {
  /** The option's name (`iterations`), or empty for the options object itself. */
  readonly option: string;
  readonly message: string;
}

export type ParsedOptions = { readonly ok: true; readonly options: ResolvedPlanOptions } | { readonly ok: false; readonly issues: readonly OptionIssue[] };

/** Left out (`undefined`) means every default; anything but a plain object of options is an issue. */
export function parsePlanOptions(input: unknown): ParsedOptions {
  if (input !== undefined && !isPlainObject(input)) return { ok: false, issues: [{ option: '', message: mismatch('options', 'an object of options', input) }] };
  const parsed = planOptionsSchema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, options: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ option: String(i.path[0] ?? ''), message: issueMessage(i) })) };
}

/** Unknown names are listed, but not without end: a caller may pass any object. */
const LISTED_UNKNOWN = 5;
const SHOWN_NAME = 40;

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'unrecognized_keys') return issue.message;
  const shown = issue.keys.slice(0, LISTED_UNKNOWN).map((k) => (k.length > SHOWN_NAME ? `${k.slice(0, SHOWN_NAME)}...` : k));
  const more = issue.keys.length > LISTED_UNKNOWN ? ` and ${issue.keys.length - LISTED_UNKNOWN} more` : '';
  return `unknown option${issue.keys.length === 1 ? '' : 's'}: ${shown.join(', ')}${more}`;
}

/** Each issue as the `E_BAD_OPTION` diagnostic the library returns for it. */
export function optionDiagnostics(issues: readonly OptionIssue[]): Diagnostic[] {
  return issues.map((i) => makeDiagnostic('E_BAD_OPTION', i.option ? `option '${i.option}': ${i.message}` : i.message));
}

/** Resolved options, or an `ExecplanError` (`E_BAD_OPTION`) naming every issue: for calls that answer without diagnostics. */
export function resolveOptions(call: string, input: unknown): ResolvedPlanOptions {
  const parsed = parsePlanOptions(input);
  if (parsed.ok) return parsed.options;
  throw new ExecplanError('E_BAD_OPTION', `${call}: ${optionDiagnostics(parsed.issues).map((d) => d.message).join('; ')}`);
}

/** The forecast's settings from resolved options; the plan's seed seeds it. */
export function forecastOptions(options: ResolvedPlanOptions): ForecastOptions {
  return {
    iterations: options.iterations,
    seed: options.seed,
    distribution: options.distribution,
    correlation: options.correlation,
    ...(options.confidence !== undefined ? { confidence: options.confidence } : {}),
  };
}
