/**
 * Diagnostics as text, in the compiler style editors and terminals understand:
 *
 *   launch.yaml:12:14: error E_UNKNOWN_REF: task "ot-spik" is not defined
 *      12 |     after: [ot-spik]
 *         |             ^~~~~~~
 *     hint: did you mean "ot-spike"?
 *
 * Output is sorted by position (then code) so it is deterministic. Colour is an option, never
 * decided here: the CLI looks at NO_COLOR and the terminal.
 */
import type { Diagnostic } from './diagnostic.js';
import { createLineIndex, type LineIndex } from './line-index.js';

export interface FormatOptions {
  /** The name shown before each position, usually the path as the user typed it. */
  readonly file: string;
  /** The source text the diagnostics' ranges point into. */
  readonly text: string;
  readonly color: boolean;
}

const MAX_EXCERPT = 120;
const CONTEXT_BEFORE = 40;

type Paint = (style: keyof typeof ANSI, s: string) => string;
const ANSI = { bold: '1', red: '31', yellow: '33', green: '32', cyan: '36', dim: '2' } as const;

export function formatDiagnostics(diags: readonly Diagnostic[], options: FormatOptions): string {
  const index = createLineIndex(options.text);
  const paint: Paint = options.color ? (style, s) => `\x1b[${ANSI[style]}m${s}\x1b[0m` : (_style, s) => s;
  return sortDiagnostics(diags)
    .map((d) => formatOne(d, options.file, index, paint))
    .join('\n');
}

/** "2 errors and 1 warning", for the end of a report. */
export function formatSummary(diags: readonly Diagnostic[]): string {
  const errors = diags.filter((d) => d.severity === 'error').length;
  const warnings = diags.length - errors;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')}`;
}

/** By start offset, then code; diagnostics without a position come first. Never mutates input. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return [...diags].sort((a, b) => {
    const pa = a.range ? a.range[0] : -1;
    const pb = b.range ? b.range[0] : -1;
    if (pa !== pb) return pa - pb;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}

function formatOne(d: Diagnostic, file: string, index: LineIndex, paint: Paint): string {
  const kind = d.severity === 'error' ? paint('red', 'error') : paint('yellow', 'warning');
  const lines: string[] = [];
  if (!d.range) {
    lines.push(`${paint('bold', `${file}:`)} ${kind} ${paint('bold', d.code)}: ${d.message}`);
  } else {
    const { line, column } = index.position(d.range[0]);
    lines.push(`${paint('bold', `${file}:${line}:${column}:`)} ${kind} ${paint('bold', d.code)}: ${d.message}`);
    lines.push(...excerpt(index, d.range, paint));
  }
  if (d.hint) lines.push(`  ${paint('cyan', 'hint:')} ${d.hint}`);
  return lines.join('\n') + '\n';
}

/** The source line with the range underlined; a long line is cut to a window around the range. */
function excerpt(index: LineIndex, range: readonly [number, number], paint: Paint): string[] {
  const start = index.position(range[0]);
  const end = index.position(Math.max(range[0], range[1]));
  // Cut before cleaning: a one-line JSON spec has a line of megabytes, and every diagnostic on it
  // would otherwise clean the whole line again. Cleaning keeps the length, so columns still hold.
  const full = index.lineText(start.line);
  const from = start.column - 1;
  // The underline stops at the end of the first line when the range spans several.
  const to = end.line === start.line ? Math.max(end.column - 1, from + 1) : Math.max(full.length, from + 1);

  let shown = full.length > MAX_EXCERPT ? '' : printable(full);
  let caretAt = from;
  let width = Math.min(to - from, Math.max(1, full.length - from));
  if (full.length > MAX_EXCERPT) {
    const cut = Math.max(0, from - CONTEXT_BEFORE);
    const prefix = cut > 0 ? '...' : '';
    shown = prefix + printable(full.slice(cut, cut + MAX_EXCERPT));
    caretAt = prefix.length + from - cut;
    width = Math.max(1, Math.min(width, shown.length - caretAt));
  }
  const gutter = String(start.line).padStart(5);
  const blank = ' '.repeat(gutter.length);
  const marker = '^' + '~'.repeat(Math.max(0, width - 1));
  return [`${paint('dim', `${gutter} |`)} ${shown}`, `${paint('dim', `${blank} |`)} ${' '.repeat(caretAt)}${paint('green', marker)}`];
}

/** Control characters would garble the terminal; tabs become one space so carets stay aligned. */
function printable(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/\t/g, ' ').replace(/[\x00-\x1f\x7f]/g, '?');
}
