/** Diagnostics as the tools return them: line and column in the spec text, and the spec path. */
import { z } from 'zod';
import { positionDiagnostics, type Diagnostic } from '../api/index.js';

export const toolDiagnosticSchema = z.object({
  code: z.string().describe('A stable code of the diagnostic catalog (resource execplan://diagnostics)'),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  hint: z.string().optional(),
  line: z.number().int().optional().describe('1-based line in the spec text (or in `input`)'),
  column: z.number().int().optional().describe('1-based column in the spec text (or in `input`)'),
  input: z.enum(['status', 'baseline']).optional().describe('The text line and column point into when it is not the spec'),
  path: z.string().optional().describe('Where in the spec, e.g. tasks[3].after[0]'),
});

export type ToolDiagnostic = z.infer<typeof toolDiagnosticSchema>;

const INPUTS = ['status', 'baseline'] as const;

/** `others`: the texts besides the spec that diagnostics may point into (a diagnostic's `file` names which). */
export function toolDiagnostics(diagnostics: readonly Diagnostic[], text: string, others: { readonly status?: string; readonly baseline?: string } = {}): ToolDiagnostic[] {
  return diagnostics.map((raw) => {
    const input = INPUTS.find((name) => raw.file === name && others[name] !== undefined);
    const [d] = positionDiagnostics([raw], input ? others[input]! : text);
    return { d, input };
  }).map(({ d, input }) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.line !== undefined && d.column !== undefined ? { line: d.line, column: d.column } : {}),
    ...(input ? { input } : {}),
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
    .map((d) => `${d.input ? `${d.input}:` : ''}${d.line !== undefined ? `${d.line}:${d.column}: ` : ''}${d.severity} ${d.code}: ${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}`)
    .join('\n');
}
