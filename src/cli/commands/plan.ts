import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import { forecastOptions, schedulePlan, DEFAULT_SCHEDULES, DEFAULT_SEED, type PlanOptions } from '../../api/plan.js';
import type { DistributionName } from '../../forecast/distributions.js';
import { DEFAULT_ITERATIONS } from '../../forecast/forecast.js';
import { autoWorkers, forecastInThreads } from '../../forecast/threads.js';
import { countText } from '../../render/common/format.js';
import { findFormat, outputFormats, renderFormats, type OutputFormat } from '../../render/formats.js';
import { checkSchedule } from '../../schedule/check.js';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type Command, type OptionValues } from '../command.js';
import { resolvePath } from '../io.js';
import { progressBar } from '../progress.js';
import { readSpec, reportDiagnostics } from '../read-spec.js';

export const planCommand: Command = {
  name: 'plan',
  summary: 'Schedule a spec and write the execution plan',
  usage: 'execplan plan SPEC [--format F[,F...]] [--out DIR] [--schedules N] [--seed N] [--iterations N] [--confidence P]',
  help: `Schedules the spec with people, skills, calendars and freezes, checks the schedule with the
independent checker, and renders it. Without --out the first format goes to stdout; with --out
every format is written to DIR/<spec name>.<ext> (whole files only: nothing is written when the
spec has errors).

Options:
  --format F     ${outputFormats.map((f) => `${f.name} (${f.description})`).join(', ')}; default ${outputFormats[0].name}
  --out DIR      Write files into DIR instead of printing
  --schedules N  Budget of generated schedules for the search (default ${DEFAULT_SCHEDULES})
  --seed N       Seed of the search and the Monte Carlo forecast (default ${DEFAULT_SEED}); same seed, same plan
  --iterations N Monte Carlo iterations for the confidence forecast (default ${DEFAULT_ITERATIONS}; 0 skips it)
  --confidence P Target chance of finishing by the deadline: 80, 80% or 0.8 (default: the deadline's)
  --distribution D  pert (PERT-beta, default) or triangular, for three-point estimates
  --correlation R   Correlation between estimates, 0..1 (default 0: independent)
  --workers N    Worker threads for the forecast (default: one per core for big plans, none for small ones)

Examples:
  execplan plan examples/launch.yaml
  execplan plan examples/launch.yaml --format json --out out
  execplan plan examples/launch.yaml --iterations 10000 --confidence 80%
  execplan plan test/fixtures/psplib/j301_1.sm --format json --schedules 5000`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    schedules: { type: 'string' },
    seed: { type: 'string' },
    iterations: { type: 'string' },
    confidence: { type: 'string' },
    distribution: { type: 'string' },
    correlation: { type: 'string' },
    workers: { type: 'string' },
  },
  async run(positionals, values, ctx) {
    if (positionals.length !== 1) throw new UsageError('plan needs exactly one spec file', 'execplan plan examples/launch.yaml');
    const formats = parseFormats(values);
    const options: PlanOptions = {
      schedules: parseCount(values.schedules, 'schedules', 1),
      seed: parseCount(values.seed, 'seed', 0),
      iterations: parseCount(values.iterations, 'iterations', 0),
      distribution: parseDistribution(values.distribution),
      correlation: parseShare(values.correlation, 'correlation'),
      confidence: parseConfidence(values.confidence),
    };
    const workersAsked = parseCount(values.workers, 'workers', 0);
    const spec = await readSpec(positionals[0], ctx);
    if (!spec.model) {
      reportDiagnostics(spec, spec.diagnostics, ctx);
      return EXIT_BAD_INPUT;
    }
    const outcome = schedulePlan(spec.model, options, spec.diagnostics);
    reportDiagnostics(spec, outcome.diagnostics, ctx);
    if (!outcome.result) return EXIT_BAD_INPUT;
    const violations = checkSchedule(spec.model, outcome.result.schedule);
    if (violations.length > 0) {
      throw new Error(`the schedule failed its own check (${countText(violations.length, 'violation')}; first: ${violations[0].message})`);
    }
    let result = outcome.result;
    const forecast = forecastOptions(options, result.options.seed);
    if (forecast.iterations > 0) {
      const workers = workersAsked ?? autoWorkers(result, forecast.iterations, availableParallelism());
      const progress = progressBar(ctx.io, 'forecast', ctx.quiet);
      try {
        result = { ...result, forecast: await forecastInThreads(result, forecast, { workers, onProgress: progress.update }) };
      } finally {
        progress.finish();
      }
    }
    const texts = renderFormats(formats, result);
    const rendered = formats.map((format, i) => ({ format, text: texts[i] }));
    if (typeof values.out !== 'string') {
      ctx.io.stdout(rendered[0].text);
      return EXIT_OK;
    }
    const name = basename(spec.file, extname(spec.file));
    for (const { format, text } of rendered) {
      const target = join(resolvePath(ctx.io, values.out), `${name}.${format.extension}`);
      await ctx.io.writeTextAtomic(target, text);
      if (!ctx.quiet) ctx.io.stdout(`wrote ${join(values.out, `${name}.${format.extension}`)}\n`);
    }
    return EXIT_OK;
  },
};

function parseFormats(values: OptionValues): OutputFormat[] {
  const requested = typeof values.format === 'string' ? values.format.split(',').map((s) => s.trim()).filter(Boolean) : [outputFormats[0].name];
  return requested.map((name) => {
    const format = findFormat(name);
    if (!format) throw new UsageError(`unknown format '${name}'`, `choose from: ${outputFormats.map((f) => f.name).join(', ')}`);
    return format;
  });
}

/** A whole number >= min; undefined when the flag is absent, so the plan's default applies. */
function parseCount(value: unknown, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${name} must be a whole number >= ${min}, got '${String(value)}'`);
  }
  return n;
}

function parseDistribution(value: unknown): DistributionName | undefined {
  if (value === undefined) return undefined;
  if (value === 'pert' || value === 'triangular') return value;
  throw new UsageError(`--distribution must be pert or triangular, got '${String(value)}'`);
}

/** A share 0..1 given as 0.3; undefined when the flag is absent. */
function parseShare(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new UsageError(`--${name} must be a number from 0 to 1, got '${String(value)}'`);
  }
  return n;
}

/** 80, 80% and 0.8 all mean 0.8; a bare number above 1 is a percentage. */
function parseConfidence(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  const percent = text.endsWith('%');
  const n = Number(percent ? text.slice(0, -1) : text);
  const share = percent || n > 1 ? n / 100 : n;
  if (text === '' || !Number.isFinite(n) || !(share > 0) || share > 1) {
    throw new UsageError(`--confidence must be a probability such as 80, 80% or 0.8, got '${String(value)}'`);
  }
  return share;
}
