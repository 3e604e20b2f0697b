/**
 * Reading a spec file at the edge: file errors become positioned diagnostics. Which loader reads
 * the text is the pipeline's choice (src/api/source.ts).
 */
import { makeDiagnostic, type DiagCode, type Diagnostic, formatDiagnostics } from '../diag/index.js';
import { MAX_SPEC_CHARS } from '../spec/index.js';
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

/**
 * Prints diagnostics to stderr; warnings are left out under --quiet. A diagnostic about another
 * input of the run (its `file` is that input's, a baseline's) is shown at its place in that file,
 * after the spec's.
 */
export function reportDiagnostics(spec: ReadSpec, diagnostics: readonly Diagnostic[], ctx: CommandContext, others: readonly ReadSpec[] = []): void {
  const shown = ctx.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const elsewhere = (d: Diagnostic) => others.some((o) => o.file === d.file);
  for (const [read, own] of [[spec, shown.filter((d) => !elsewhere(d))], ...others.map((o) => [o, shown.filter((d) => d.file === o.file)] as const)] as const) {
    if (own.length > 0) ctx.io.stderr(formatDiagnostics(own, { file: read.file, text: read.text, color: ctx.color }));
  }
}
