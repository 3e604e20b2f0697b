import { availableParallelism } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { DEFAULT_SCHEDULES, DEFAULT_SEARCH_WORK, DEFAULT_SEED, defaultSchedules, LARGE_PLAN, MAX_ITERATIONS, MAX_SCHEDULES, MAX_WORKERS, parsePlanOptions, type PlanOptions, runPlan, type ForecastRunner, autoWorkers, BATCH_WORTH_THREADS, forecastInThreads } from '../../api/index.js';
import { DEFAULT_ITERATIONS } from '../../forecast/index.js';
import { MAX_BASELINE_CHARS, namedStatusFile, thousands } from '../../spec/index.js';
import { outputFormats } from '../../render/index.js';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type Command, type CommandContext, type OptionValues } from '../command.js';
import { resolvePath } from '../io.js';
import { progressBar } from '../progress.js';
import { planReport, readInputFile, readSpec, reportDiagnostics, type InputKind, type ReadSpec } from '../read-spec.js';
import { outputFiles } from '../output-files.js';
import { watchPlan } from '../watch.js';

export const planCommand: Command = {
  name: 'plan',
  summary: 'Schedule a spec and write the execution plan',
  usage: 'execplan plan SPEC [--status FILE] [--format F[,F...]] [--out DIR [--watch]] [--schedules N] [--time SECONDS] [--seed N] [--iterations N] [--confidence P] [--ics-people] [--baseline PLAN.json]',
  help: `Schedules the spec with people, skills, calendars and freezes, checks the schedule with the
independent checker, and renders it. Without --out the first format goes to stdout; with --out
every format is written to DIR/<spec name>.<ext>, all of them or none: nothing is written when
the spec has errors or one of the files cannot be written.

Options:
  --status FILE  Re-plan from where the plan stands: what is done, in progress or blocked as of a
                 day (docs/tracking.md); default the file the spec names with status:
  --format F     ${outputFormats.map((f) => `${f.name} (${f.description})`).join(', ')}; default ${outputFormats[0].name}
  --out DIR      Write files into DIR (created if missing) instead of printing
  --watch        With --out: plan again on every save of SPEC, print a one-line summary of
                 what changed (finish, P(on time), critical path) or the spec's problems, and
                 keep the last good files when the spec breaks; Ctrl-C stops
  --schedules N  Budget of generated schedules for the search, at most ${thousands(MAX_SCHEDULES)} (default: by the
                 plan's size: ${thousands(DEFAULT_SCHEDULES)} up to ${DEFAULT_SEARCH_WORK / DEFAULT_SCHEDULES} activities, ${thousands(DEFAULT_SEARCH_WORK)} / activities up to
                 ${thousands(LARGE_PLAN)}, then fewer: ${defaultSchedules(5_000)} at 5,000, ${defaultSchedules(20_000)} at 20,000)
  --time SECONDS Stop the search after SECONDS with the best schedule so far, or at the budget
                 if that comes first (to search longer, raise --schedules too). The plan then
                 depends on the machine's speed; without --time the same spec, seed and budget
                 always give the same plan
  --seed N       Seed of the search and the Monte Carlo forecast (default ${DEFAULT_SEED}); same seed, same plan
  --iterations N Most Monte Carlo iterations for the confidence forecast, which stops sooner once
                 P50, P80 and P95 are precise (default ${DEFAULT_ITERATIONS}, at most ${thousands(MAX_ITERATIONS)}; 0 skips it)
  --confidence P Target chance of finishing by the deadline: 80, 80% or 0.8 (default: the deadline's)
  --distribution D  pert (PERT-beta, default) or triangular, for three-point estimates
  --correlation R   Correlation between estimates, 0..1 (default 0: independent)
  --workers N    Worker threads for the forecast, at most ${MAX_WORKERS} and never more than the cores
                 (default: one per core for big plans, none for small ones)
  --ics-people   With --format ics: add each person's tasks as events
  --baseline F   An earlier JSON output of execplan (--format json) to report the slip against:
                 start and finish variances, the finish drift and its causes, added and removed
                 work, the schedule performance index (docs/tracking.md)

Examples:
  execplan plan examples/launch.yaml
  execplan plan examples/launch.yaml --format json --out out
  execplan plan my-plan.yaml --format md,html --out out --watch
  execplan plan examples/launch.yaml --iterations 10000 --confidence 80%
  execplan plan examples/launch.yaml --status examples/launch.status.yaml
  execplan plan examples/launch.yaml --baseline baselines/launch-2024-10-15.json
  execplan plan test/fixtures/psplib/j301_1.sm --format json --schedules 5000`,
  options: {
    format: { type: 'string' },
    status: { type: 'string' },
    out: { type: 'string' },
    schedules: { type: 'string' },
    time: { type: 'string' },
    seed: { type: 'string' },
    iterations: { type: 'string' },
    confidence: { type: 'string' },
    distribution: { type: 'string' },
    correlation: { type: 'string' },
    workers: { type: 'string' },
    watch: { type: 'boolean' },
    'ics-people': { type: 'boolean' },
    baseline: { type: 'string' },
  },
  async run(positionals, values, ctx) {
    if (positionals.length !== 1) throw new UsageError('plan needs exactly one spec file', 'execplan plan examples/launch.yaml');
    const options = validOptions(flagOptions(values), values);
    const outFlag = typeof values.out === 'string' ? values.out : undefined;
    const out = outFlag === undefined ? undefined : resolvePath(ctx.io, outFlag);
    const baselineFile = typeof values.baseline === 'string' ? values.baseline : undefined;
    // Before the work: a plan that took minutes must not then find it has nowhere to go.
    if (out !== undefined) {
      refuseOverwritingTheSpec(positionals[0], out, options, ctx);
      if (baselineFile !== undefined) refuseOverwritingTheBaseline(positionals[0], baselineFile, out, options, ctx);
      await ctx.io.checkOutputDirectory(out);
    }
    // Watching re-reads the spec alone; a status beside it would silently go unread.
    if (values.watch && values.status !== undefined) throw new UsageError('--watch does not re-plan from a status file', 'drop --status, or run execplan plan SPEC --status FILE once');
    if (values.watch && (out === undefined || outFlag === undefined)) throw new UsageError('--watch needs --out DIR: it keeps the plan files there up to date', 'execplan plan my-plan.yaml --out out --watch');
    // Read once: a watched plan is compared with the baseline as it was when the watch began.
    const baseline = baselineFile === undefined ? undefined : await readInputFile(baselineFile, ctx, BASELINE_INPUT);
    if (baseline && baseline.diagnostics.length > 0) {
      reportDiagnostics(baseline, baseline.diagnostics, ctx);
      return EXIT_BAD_INPUT;
    }
    const withBaseline = baseline ? { ...options, baseline: { text: baseline.text, name: baseline.file } } : options;
    if (values.watch && out !== undefined && outFlag !== undefined) return watchPlan({ file: positionals[0], out, outFlag, options: withBaseline, runner: threadRunner(ctx), ...(baseline ? { baseline } : {}) }, ctx);
    const spec = await readSpec(positionals[0], ctx);
    if (spec.diagnostics.length > 0) {
      reportDiagnostics(spec, spec.diagnostics, ctx);
      return EXIT_BAD_INPUT;
    }
    const status = await readStatus(spec, values, ctx);
    if (status && status.diagnostics.length > 0) {
      reportDiagnostics(status, status.diagnostics, ctx);
      return EXIT_BAD_INPUT;
    }
    const source = { text: spec.text, name: spec.file, ...(status ? { status: { text: status.text, name: status.file } } : {}) };
    const run = await runPlan(source, withBaseline, threadRunner(ctx));
    reportDiagnostics(spec, run.diagnostics, ctx, [status, baseline].filter((r): r is ReadSpec => r !== undefined), planReport(run.result !== undefined));
    if (!run.result) return EXIT_BAD_INPUT;
    if (out === undefined || outFlag === undefined) {
      ctx.io.stdout(run.outputs[0].text);
      return EXIT_OK;
    }
    const files = outputFiles(spec.file, run.outputs);
    await ctx.io.writeFilesAtomic(out, files);
    if (!ctx.quiet) for (const file of files) ctx.io.stdout(`wrote ${join(outFlag, file.name)}\n`);
    return EXIT_OK;
  },
};

/** The status file of --status, or the one the spec names (relative to the spec), read at the edge. */
async function readStatus(spec: ReadSpec, values: OptionValues, ctx: CommandContext): Promise<ReadSpec | undefined> {
  if (values.status !== undefined) {
    if (typeof values.status !== 'string' || values.status === '') throw new UsageError('--status needs a file', 'execplan plan examples/launch.yaml --status examples/launch.status.yaml');
    return readSpec(values.status, ctx);
  }
  const named = namedStatusFile(spec.text);
  return named === undefined ? undefined : readSpec(join(dirname(spec.file), named), ctx);
}

/** `plan.json --format json --out .` would replace the spec with its own plan. */
function refuseOverwritingTheSpec(file: string, out: string, options: PlanOptions, ctx: CommandContext): void {
  const name = basename(file, extname(file));
  const spec = resolvePath(ctx.io, file);
  const parsed = parsePlanOptions(options);
  const formats = parsed.ok ? parsed.options.formats : [];
  const clash = outputFormats.find((f) => formats.includes(f.name) && join(out, `${name}.${f.extension}`) === spec);
  if (clash) throw new UsageError(`--out would write the ${clash.name} plan over the spec '${file}' itself`, 'choose another --out directory');
}

const BASELINE_INPUT: InputKind = {
  what: 'baseline',
  maxChars: MAX_BASELINE_CHARS,
  missingHint: 'give the JSON of an earlier plan: `execplan plan SPEC --format json --out baselines`',
  notAFileHint: 'give the path of an earlier JSON plan; to read one from a pipe, save it to a file first',
  tooLargeHint: 'give the JSON execplan wrote for the earlier plan',
};

/** `--baseline out/launch.json --format json --out out` would replace the baseline with the plan compared against it. */
function refuseOverwritingTheBaseline(file: string, baselineFile: string, out: string, options: PlanOptions, ctx: CommandContext): void {
  const name = basename(file, extname(file));
  const parsed = parsePlanOptions(options);
  const formats = parsed.ok ? parsed.options.formats : [];
  const clash = outputFormats.find((f) => formats.includes(f.name) && join(out, `${name}.${f.extension}`) === resolvePath(ctx.io, baselineFile));
  if (clash) throw new UsageError(`--out would write the ${clash.name} plan over the baseline '${baselineFile}' it is compared with`, 'keep baselines apart, e.g. --baseline baselines/launch-2024-10-15.json');
}

/** The forecast across worker threads (one per core for big plans), with a progress bar on a terminal. */
export function threadRunner(ctx: CommandContext): ForecastRunner {
  return async (plan, options) => {
    const cores = availableParallelism();
    // Any split of the iterations gives the same forecast, and threads beyond the cores only
    // compete for them: the flag is an upper bound.
    const workers = Math.min(options.workers ?? autoWorkers(plan, options.iterations, cores), cores);
    // Workers the caller did not ask for start only for a batch that pays for their cold start.
    const startAt = options.workers === undefined ? BATCH_WORTH_THREADS : 0;
    const progress = progressBar(ctx.io, 'forecast', ctx.quiet);
    try {
      return await forecastInThreads(plan, options, { workers, onProgress: progress.update, startAt });
    } finally {
      progress.finish();
    }
  };
}

/** The flags as plan options: numbers parsed, everything else left for the options schema to judge. */
function flagOptions(values: OptionValues): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  if (typeof values.format === 'string') {
    options.formats = values.format.split(',').map((s) => s.trim()).filter(Boolean);
    if ((options.formats as string[]).length === 0) throw new UsageError('--format needs at least one format', `choose from: ${outputFormats.map((f) => f.name).join(', ')}`);
  }
  for (const name of ['schedules', 'seed', 'iterations', 'workers'] as const) {
    if (values[name] !== undefined) options[name] = wholeNumber(values[name]);
  }
  if (values.correlation !== undefined) options.correlation = decimal(values.correlation);
  if (values.time !== undefined) options.time = decimal(values.time);
  if (values.confidence !== undefined) options.confidence = confidenceShare(values.confidence);
  if (values.distribution !== undefined) options.distribution = values.distribution;
  if (values['ics-people'] === true) options.icsPeople = true;
  return options;
}

/** Judged by the one options schema; a bad flag is a usage error naming the flag and what was given. */
function validOptions(options: Record<string, unknown>, values: OptionValues): PlanOptions {
  const parsed = parsePlanOptions(options);
  if (parsed.ok) return options as PlanOptions;
  const issue = parsed.issues[0];
  const flag = issue.option === 'formats' ? 'format' : issue.option;
  const given = flag ? `, got '${String(values[flag] ?? '')}'` : '';
  throw new UsageError(`--${issue.message}${given}`, `run 'execplan plan --help' for the options`);
}

function wholeNumber(value: unknown): number {
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

function decimal(value: unknown): number {
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
}

/** 80, 80% and 0.8 all mean 0.8; a bare number above 1 is a percentage. */
function confidenceShare(value: unknown): number {
  const text = typeof value === 'string' ? value.trim() : '';
  const percent = text.endsWith('%');
  const n = text === '' ? Number.NaN : Number(percent ? text.slice(0, -1) : text);
  return percent || n > 1 ? n / 100 : n;
}
