/**
 * Reading a spec file at the edge: file errors become positioned diagnostics. Which loader reads
 * the text is the pipeline's choice (src/api/source.ts).
 */
import { makeDiagnostic, type DiagCode, type Diagnostic, formatDiagnostics, sortDiagnostics } from '../diag/index.js';
import { MAX_SPEC_CHARS, thousands } from '../spec/index.js';
import type { CommandContext } from './command.js';
import { resolvePath } from './io.js';

export interface ReadSpec {
  readonly file: string;
  readonly text: string;
  /** Why the file could not be read; empty when `text` holds it. */
  readonly diagnostics: readonly Diagnostic[];
}

/** What is read and how its failures are worded: the spec, or another input of the run. */
export interface InputKind {
  /** "spec", "baseline": how messages name the file. */
  readonly what: string;
  readonly maxChars: number;
  /** What to do when the file is missing. */
  readonly missingHint: string;
  /** What to give instead of a directory, FIFO or device. */
  readonly notAFileHint: string;
  readonly tooLargeHint: string;
}

const SPEC_INPUT: InputKind = {
  what: 'spec',
  maxChars: MAX_SPEC_CHARS,
  missingHint: 'check the path; `execplan init` writes a starter spec',
  notAFileHint: 'give the path of a spec file; to plan from a pipe, save the text to a file first',
  tooLargeHint: 'split the plan or remove generated content',
};

export function readSpec(file: string, ctx: CommandContext): Promise<ReadSpec> {
  return readInputFile(file, ctx, SPEC_INPUT);
}

export async function readInputFile(file: string, ctx: CommandContext, kind: InputKind): Promise<ReadSpec> {
  // Refused before parsing, on bytes: a plan is never this big, a mistake often is.
  const read = await ctx.io.readInput(resolvePath(ctx.io, file), kind.maxChars);
  if (read.ok) return { file, text: read.text, diagnostics: [] };
  switch (read.problem) {
    case 'missing':
      return failed(file, 'E_FILE_NOT_FOUND', `cannot read '${file}': no such file`, kind.missingHint);
    case 'not-a-file':
      return failed(file, 'E_NOT_A_FILE', `cannot read '${file}': it is ${read.kind}, not a regular file`, kind.notAFileHint);
    case 'too-large':
      return failed(file, 'E_TOO_LARGE', `'${file}' is ${read.atLeast ? 'over ' : ''}${(read.bytes / 1048576).toFixed(1)} MB; ${kind.what}s are limited to ${Math.round(kind.maxChars / 1048576)} MB`, kind.tooLargeHint);
    case 'unreadable':
      return failed(file, 'E_FILE_UNREADABLE', `cannot read '${file}': ${read.reason}`, 'check the file is a readable text file');
  }
}

function failed(file: string, code: DiagCode, message: string, hint: string): ReadSpec {
  // The range points at the file's start, so the message still reads `file:1:1: error CODE`.
  return { file, text: '', diagnostics: [makeDiagnostic(code, message, { hint, range: [0, 0] })] };
}

/** How `reportDiagnostics` shortens the spec's part of a long report. */
export interface ReportLimits {
  /**
   * Most warnings shown per code; the rest are counted in one line. Errors, and the other
   * inputs' diagnostics, are always shown in full.
   */
  readonly warningsPerCode: number;
  /** Where the user finds every warning, said after the count: "--format json lists them all". */
  readonly seeAll?: string;
}

/** A plan's run shows the first warnings of each kind, and says where to find every one when it has a plan. */
export function planReport(planned: boolean): ReportLimits {
  return { warningsPerCode: 10, ...(planned ? { seeAll: 'the JSON plan (--format json) lists them all under diagnostics' } : {}) };
}

/**
 * Prints diagnostics to stderr; warnings are left out under --quiet. A diagnostic about another
 * input of the run (its `file` is that input's, a baseline's) is shown at its place in that file,
 * after the spec's.
 */
export function reportDiagnostics(spec: ReadSpec, diagnostics: readonly Diagnostic[], ctx: CommandContext, others: readonly ReadSpec[] = [], limits?: ReportLimits): void {
  const shown = ctx.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const elsewhere = (d: Diagnostic) => others.some((o) => o.file === d.file);
  const ownOf = (read: ReadSpec, own: readonly Diagnostic[]) => (read === spec && limits ? firstWarningsPerCode(own, limits.warningsPerCode) : { kept: own, left: [] });
  for (const [read, all] of [[spec, shown.filter((d) => !elsewhere(d))], ...others.map((o) => [o, shown.filter((d) => d.file === o.file)] as const)] as const) {
    if (all.length === 0) continue;
    const { kept, left } = ownOf(read, all);
    ctx.io.stderr(formatDiagnostics(kept, { file: read.file, text: read.text, color: ctx.color }));
    for (const [code, count] of left) ctx.io.stderr(`${read.file}: ${thousands(count)} more ${code} ${count === 1 ? 'warning' : 'warnings'} like the ones above${limits?.seeAll ? `; ${limits.seeAll}` : ''}\n`);
  }
}

/**
 * The first `most` warnings of each code in reading order, every error, and how many warnings of
 * each code were left out (codes in order of their first warning).
 */
export function firstWarningsPerCode(diagnostics: readonly Diagnostic[], most: number): { kept: Diagnostic[]; left: [string, number][] } {
  const seen = new Map<string, number>();
  const kept: Diagnostic[] = [];
  for (const d of sortDiagnostics(diagnostics)) {
    const count = d.severity === 'warning' ? (seen.get(d.code) ?? 0) + 1 : 0;
    if (d.severity === 'warning') seen.set(d.code, count);
    if (count <= most) kept.push(d);
  }
  const left = [...seen].filter(([, count]) => count > most).map(([code, count]): [string, number] => [code, count - most]);
  return { kept, left };
}
