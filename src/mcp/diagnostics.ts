/** Diagnostics as the tools return them: line and column in the spec text, and the spec path. */
import { z } from 'zod';
import { positionDiagnostics, type Diagnostic } from '../api/index.js';

export const toolDiagnosticSchema = z.object({
  code: z.string().describe('A stable code of the diagnostic catalog (resource execplan://diagnostics)'),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  hint: z.string().optional(),
  line: z.number().int().optional().describe('1-based line in the spec text'),
  column: z.number().int().optional().describe('1-based column in the spec text'),
  path: z.string().optional().describe('Where in the spec, e.g. tasks[3].after[0]'),
});

export type ToolDiagnostic = z.infer<typeof toolDiagnosticSchema>;

export function toolDiagnostics(diagnostics: readonly Diagnostic[], text: string): ToolDiagnostic[] {
  return positionDiagnostics(diagnostics, text).map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.line !== undefined && d.column !== undefined ? { line: d.line, column: d.column } : {}),
    ...(d.path && d.path.length > 0 ? { path: pathText(d.path) } : {}),
  }));
}

/** `['tasks', 3, 'after', 0]` as `tasks[3].after[0]`. */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** Diagnostics as the CLI prints them, one per line, for a tool's text content. */
export function diagnosticLines(diagnostics: readonly ToolDiagnostic[]): string {
  return diagnostics
    .map((d) => `${d.line !== undefined ? `${d.line}:${d.column}: ` : ''}${d.severity} ${d.code}: ${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}`)
    .join('\n');
}
