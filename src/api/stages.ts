/**
 * The pipeline's stages as the library exports them, each behind a guard for its arguments. The
 * core functions trust their callers (the pipeline hands them what the stage before produced);
 * a library caller can hand them anything, so the guards stand here, at the boundary, and the
 * pipeline keeps calling the core directly.
 *
 * Calls that answer with diagnostics (the loaders) report a bad argument as an `E_BAD_ARGUMENT`
 * diagnostic; the others throw an `ExecplanError` with a code.
 */
import { analysePlan as analyseCore, type PlanAnalysis, type PlanResult } from '../analyse/index.js';
import { formatDiagnostics as formatCore, type Diagnostic } from '../diag/index.js';
import { forecastPlan as forecastCore, type Forecast, type ForecastOptions } from '../forecast/index.js';
import type { Model } from '../model/index.js';
import type { ScheduledPlan } from '../plan/index.js';
import { parsePsplib as parsePsplibCore, type PsplibParseResult } from '../psplib/index.js';
import { outputFormats as coreFormats, planDocument as planDocumentCore, renderHtml as renderHtmlCore, renderJson as renderJsonCore, renderMarkdown as renderMarkdownCore, type OutputFormat } from '../render/index.js';
import { checkSchedule as checkCore, type Schedule, type Violation } from '../schedule/index.js';
import { loadSpec as loadSpecCore, type LoadResult } from '../spec/index.js';
import { ExecplanError } from './errors.js';
import { analysisProblem, diagnosticsProblem, isPlainObject, isRecord, mismatch, modelProblem, planResultProblem, scheduleProblem, type Problem } from './guards.js';
import { forecastOptions, resolveOptions } from './options.js';
import { argumentDiagnostic } from './source.js';

/** Throws the first problem found, naming the call. */
export function refuse(call: string, ...problems: Problem[]): void {
  const problem = problems.find((p) => p !== undefined);
  if (problem) throw new ExecplanError('E_BAD_ARGUMENT', `${call}(): ${problem}`);
}

function textProblem(name: string, value: unknown): Problem {
  return typeof value === 'string' ? undefined : mismatch(name, 'a string', value);
}

export function loadSpec(text: string): LoadResult {
  const problem = textProblem('text', text);
  return problem ? { diagnostics: [argumentDiagnostic(problem)] } : loadSpecCore(text);
}

export function parsePsplib(text: string, options: { readonly name?: string } = {}): PsplibParseResult {
  const problem = textProblem('text', text) ?? psplibOptionsProblem(options);
  return problem ? { diagnostics: [argumentDiagnostic(problem)] } : parsePsplibCore(text, options);
}

function psplibOptionsProblem(options: unknown): Problem {
  if (!isPlainObject(options)) return mismatch('options', 'an object ({ name? })', options);
  const unknown = Object.keys(options).find((key) => key !== 'name');
  if (unknown !== undefined) return `options: unknown option ${JSON.stringify(unknown.slice(0, 40))} (the one option is name)`;
  return options.name === undefined || typeof options.name === 'string' ? undefined : mismatch('options.name', 'a string', options.name);
}

/** The independent checker; garbage in is an error, never "no violations". */
export function checkSchedule(model: Model, schedule: Schedule): Violation[] {
  refuse('checkSchedule', modelProblem(model), scheduleProblem(schedule));
  return checkCore(model, schedule);
}

/** The forecast of a scheduled plan; options left out take the schema's defaults. */
export function forecastPlan(result: ScheduledPlan, options: Partial<ForecastOptions> = {}): Forecast {
  refuse('forecastPlan', planResultProblem(result));
  return forecastCore(result, forecastSettings('forecastPlan()', options));
}

/**
 * Forecast options through the one options schema. A forecast of no iterations has no
 * distribution to read percentiles from; the pipeline skips the forecast for `iterations: 0`.
 */
export function forecastSettings(call: string, options: unknown): ForecastOptions {
  const resolved = resolveOptions(call, options);
  if (resolved.iterations < 1) throw new ExecplanError('E_BAD_OPTION', `${call}: option 'iterations': a forecast needs at least 1 iteration (plan and runPlan skip the forecast for 0)`);
  return forecastOptions(resolved);
}

export function analysePlan(result: PlanResult): PlanAnalysis {
  refuse('analysePlan', planResultProblem(result));
  return analyseCore(result);
}

/** A renderer that refuses anything but an analysis. */
function guardedRender<T>(call: string, render: (analysis: PlanAnalysis) => T): (analysis: PlanAnalysis) => T {
  return (analysis) => {
    refuse(call, analysisProblem(analysis));
    return render(analysis);
  };
}

export const renderMarkdown: (analysis: PlanAnalysis) => string = guardedRender('renderMarkdown', renderMarkdownCore);
export const renderJson: (analysis: PlanAnalysis) => string = guardedRender('renderJson', renderJsonCore);
export const renderHtml: (analysis: PlanAnalysis) => string = guardedRender('renderHtml', renderHtmlCore);
export const planDocument: (analysis: PlanAnalysis) => ReturnType<typeof planDocumentCore> = guardedRender('planDocument', planDocumentCore);

export const outputFormats: readonly OutputFormat[] = Object.freeze(coreFormats.map((format) => Object.freeze({ ...format, render: guardedFormat(`outputFormats[${format.name}].render`, format) })));

/** A format's renderer that refuses anything but an analysis, and options that are not an object. */
function guardedFormat(call: string, format: OutputFormat): OutputFormat['render'] {
  return (analysis, options) => {
    refuse(call, analysisProblem(analysis), options === undefined || isRecord(options) ? undefined : mismatch('options', 'an object ({ icsPeople? })', options));
    return format.render(analysis, options);
  };
}

export function formatDiagnostics(diags: readonly Diagnostic[], options: { readonly file: string; readonly text: string; readonly color?: boolean }): string {
  refuse('formatDiagnostics', diagnosticsProblem(diags, 'diags'), formatOptionsProblem(options));
  return formatCore(diags, { file: options.file, text: options.text, color: options.color ?? false });
}

function formatOptionsProblem(options: unknown): Problem {
  if (!isRecord(options)) return mismatch('options', 'an object ({ file, text, color? })', options);
  if (typeof options.file !== 'string') return mismatch('options.file', 'a string', options.file);
  if (typeof options.text !== 'string') return mismatch('options.text', 'a string (the source text)', options.text);
  return options.color === undefined || typeof options.color === 'boolean' ? undefined : mismatch('options.color', 'true or false', options.color);
}
