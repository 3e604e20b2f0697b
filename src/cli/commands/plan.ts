import { basename, extname, join } from 'node:path';
import { planModel, DEFAULT_SCHEDULES, DEFAULT_SEED } from '../../api/plan.js';
import { hasErrors } from '../../diag/diagnostic.js';
import { findFormat, outputFormats, type OutputFormat } from '../../render/formats.js';
import { checkSchedule } from '../../schedule/check.js';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError, type Command, type OptionValues } from '../command.js';
import { resolvePath } from '../io.js';
import { readSpec, reportDiagnostics } from '../read-spec.js';

export const planCommand: Command = {
  name: 'plan',
  summary: 'Schedule a spec and write the execution plan',
  usage: 'execplan plan SPEC [--format F[,F...]] [--out DIR] [--schedules N] [--seed N]',
  help: `Schedules the spec with people, skills, calendars and freezes, checks the schedule with the
independent checker, and renders it. Without --out the first format goes to stdout; with --out
every format is written to DIR/<spec name>.<ext> (whole files only: nothing is written when the
spec has errors).

Options:
  --format F     ${outputFormats.map((f) => `${f.name} (${f.description})`).join(', ')}; default ${outputFormats[0].name}
  --out DIR      Write files into DIR instead of printing
  --schedules N  Budget of generated schedules for the search (default ${DEFAULT_SCHEDULES})
  --seed N       Seed of the search (default ${DEFAULT_SEED}); same seed, same plan

Examples:
  execplan plan examples/launch.yaml
  execplan plan examples/launch.yaml --format json --out out
  execplan plan ../shared/psplib/j30/j301_1.sm --format json --schedules 5000`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    schedules: { type: 'string' },
    seed: { type: 'string' },
  },
  async run(positionals, values, ctx) {
    if (positionals.length !== 1) throw new UsageError('plan needs exactly one spec file', 'execplan plan examples/launch.yaml');
    const formats = parseFormats(values);
    const schedules = parseInteger(values.schedules, 'schedules', 1, DEFAULT_SCHEDULES);
    const seed = parseInteger(values.seed, 'seed', 0, DEFAULT_SEED);
    const spec = await readSpec(positionals[0], ctx);
    if (!spec.model || hasErrors(spec.diagnostics)) {
      reportDiagnostics(spec, spec.diagnostics, ctx);
      return EXIT_BAD_INPUT;
    }
    const outcome = planModel(spec.model, { schedules, seed }, spec.diagnostics);
    reportDiagnostics(spec, outcome.diagnostics, ctx);
    if (!outcome.result) return EXIT_BAD_INPUT;
    const violations = checkSchedule(spec.model, outcome.result.schedule);
    if (violations.length > 0) {
      throw new Error(`the schedule failed its own check (${violations.length} violations; first: ${violations[0].message})`);
    }
    const rendered = formats.map((format) => ({ format, text: format.render(outcome.result!) }));
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

function parseInteger(value: unknown, name: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${name} must be a whole number >= ${min}, got '${String(value)}'`);
  }
  return n;
}
