/**
 * `execplan plan SPEC --out DIR --watch`: plan again on every save, debounced. A good plan
 * replaces the files in DIR (all of them or none) and prints one line of what changed since the
 * last good plan; a broken spec prints its diagnostics and leaves the last good files in place.
 * Ctrl-C stops after the run in progress, with exit code 0.
 */
import { join } from 'node:path';
import { runPlan, type ForecastRunner, type PlanOptions } from '../api/index.js';
import { EXIT_OK, type CommandContext } from './command.js';
import { resolvePath } from './io.js';
import { outputFiles } from './output-files.js';
import { planReport, readSpec, reportDiagnostics, type ReadSpec } from './read-spec.js';
import { watchFacts, watchSummary, type WatchFacts } from './watch-summary.js';

/** Saves come in bursts (write, rename, a formatter's second write): plan once they settle. */
export const WATCH_DEBOUNCE_MS = 150;

export interface WatchRequest {
  readonly file: string;
  /** The output directory, resolved, and as the user wrote it (for messages). */
  readonly out: string;
  readonly outFlag: string;
  readonly options: PlanOptions;
  readonly runner: ForecastRunner;
  /** The baseline file the options carry, for showing its diagnostics at their place in it. */
  readonly baseline?: ReadSpec;
}

export async function watchPlan(request: WatchRequest, ctx: CommandContext): Promise<number> {
  let last: WatchFacts | undefined;
  const planOnce = async () => {
    try {
      last = (await planAndWrite(request, last, ctx)) ?? last;
    } catch (error) {
      // A file that cannot be written this time (a full disk) may be writable after the next save.
      ctx.io.stderr(`execplan: error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  };
  await new Promise<void>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running: Promise<void> | undefined;
    let again = false;
    let stopping = false;
    const start = () => {
      timer = undefined;
      if (running) {
        again = true;
        return;
      }
      running = planOnce().finally(() => {
        running = undefined;
        if (stopping) resolve();
        else if (again) {
          again = false;
          start();
        }
      });
    };
    const unwatch = ctx.io.watchFile(resolvePath(ctx.io, request.file), () => {
      if (timer !== undefined) clearTimeout(timer);
      if (!stopping) timer = setTimeout(start, WATCH_DEBOUNCE_MS);
    });
    const restore = ctx.io.onInterrupt(() => {
      stopping = true;
      if (timer !== undefined) clearTimeout(timer);
      unwatch();
      restore();
      if (!running) resolve();
    });
    if (!ctx.quiet) ctx.io.stderr(`watching ${request.file}; Ctrl-C stops\n`);
    start();
  });
  return EXIT_OK;
}

/** One run: the facts of a good plan whose files were written, or undefined when the spec is broken. */
async function planAndWrite(request: WatchRequest, last: WatchFacts | undefined, ctx: CommandContext): Promise<WatchFacts | undefined> {
  const spec = await readSpec(request.file, ctx);
  const run = spec.diagnostics.length > 0 ? undefined : await runPlan({ text: spec.text, name: spec.file }, request.options, request.runner);
  reportDiagnostics(spec, run ? run.diagnostics : spec.diagnostics, ctx, request.baseline ? [request.baseline] : [], planReport(run?.result !== undefined));
  if (!run?.result || !run.analysis) {
    ctx.io.stderr(`${request.file}: not planned; ${last ? `the last good plan stays in ${request.outFlag}` : 'waiting for a good spec'}\n`);
    return undefined;
  }
  const files = outputFiles(spec.file, run.outputs);
  await ctx.io.writeFilesAtomic(request.out, files);
  const facts = watchFacts(run.analysis);
  ctx.io.stdout(`${request.file}: ${watchSummary(last, facts)}; wrote ${files.map((f) => join(request.outFlag, f.name)).join(', ')}\n`);
  return facts;
}
