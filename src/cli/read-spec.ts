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

export async function readSpec(file: string, ctx: CommandContext): Promise<ReadSpec> {
  // Refused before parsing, on bytes: a plan is never this big, a mistake often is.
  const read = await ctx.io.readInput(resolvePath(ctx.io, file), MAX_SPEC_CHARS);
  if (read.ok) return { file, text: read.text, diagnostics: [] };
  switch (read.problem) {
    case 'missing':
      return failed(file, 'E_FILE_NOT_FOUND', `cannot read '${file}': no such file`, 'check the path; `execplan init` writes a starter spec');
    case 'not-a-file':
      return failed(file, 'E_NOT_A_FILE', `cannot read '${file}': it is ${read.kind}, not a regular file`, 'give the path of a spec file; to plan from a pipe, save the text to a file first');
    case 'too-large':
      return failed(file, 'E_TOO_LARGE', `'${file}' is ${read.atLeast ? 'over ' : ''}${(read.bytes / 1048576).toFixed(1)} MB; specs are limited to ${MAX_SPEC_CHARS / 1048576} MB`, 'split the plan or remove generated content');
    case 'unreadable':
      return failed(file, 'E_FILE_UNREADABLE', `cannot read '${file}': ${read.reason}`, 'check the file is a readable text file');
  }
}

function failed(file: string, code: DiagCode, message: string, hint: string): ReadSpec {
  // The range points at the file's start, so the message still reads `file:1:1: error CODE`.
  return { file, text: '', diagnostics: [makeDiagnostic(code, message, { hint, range: [0, 0] })] };
}

/** Prints diagnostics to stderr; warnings are left out under --quiet. */
export function reportDiagnostics(spec: ReadSpec, diagnostics: readonly Diagnostic[], ctx: CommandContext): void {
  const shown = ctx.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  if (shown.length === 0) return;
  ctx.io.stderr(formatDiagnostics(shown, { file: spec.file, text: spec.text, color: ctx.color }));
}
