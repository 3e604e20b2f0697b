/**
 * The section layer of the PSPLIB reader: finds each section by its header (never by line number,
 * since generators and hand edits shift lines) and reads its key values and numeric table rows.
 */
import type { Diagnostic } from '../diag/index.js';
import { isRule, lineRange, readCount, type SourceLine, type Token } from './lines.js';

export type SectionName =
  | 'projects'
  | 'jobs'
  | 'horizon'
  | 'renewable'
  | 'nonrenewable'
  | 'doubly'
  | 'projectInfo'
  | 'precedence'
  | 'requests'
  | 'availabilities';

/** Header patterns, matched against the trimmed line. `jobs\b` keeps `jobnr.` column titles out. */
const HEADERS: Readonly<Record<SectionName, RegExp>> = {
  projects: /^projects\s*:/i,
  jobs: /^jobs\b[^:]*:/i,
  horizon: /^horizon\s*:/i,
  renewable: /^-\s*renewable\s*:/i,
  nonrenewable: /^-\s*nonrenewable\s*:/i,
  doubly: /^-\s*doubly\s+constrained\s*:/i,
  projectInfo: /^project\s+information\s*:/i,
  precedence: /^precedence\s+relations\s*:/i,
  requests: /^requests\/durations\s*:/i,
  availabilities: /^resource\s*availabilities\s*:/i,
};

export const SECTION_TITLES: Readonly<Record<SectionName, string>> = {
  projects: 'projects',
  jobs: 'jobs (incl. supersource/sink )',
  horizon: 'horizon',
  renewable: '- renewable',
  nonrenewable: '- nonrenewable',
  doubly: '- doubly constrained',
  projectInfo: 'PROJECT INFORMATION:',
  precedence: 'PRECEDENCE RELATIONS:',
  requests: 'REQUESTS/DURATIONS:',
  availabilities: 'RESOURCEAVAILABILITIES:',
};

/** Line index of the first header of each section present. */
export type SectionIndex = Partial<Record<SectionName, number>>;

export function locateSections(lines: readonly SourceLine[]): SectionIndex {
  const found: SectionIndex = {};
  const names = Object.keys(HEADERS) as SectionName[];
  lines.forEach((line, index) => {
    const trimmed = line.text.trim();
    for (const name of names) {
      if (found[name] === undefined && HEADERS[name].test(trimmed)) found[name] = index;
    }
  });
  return found;
}

function isHeader(line: SourceLine): boolean {
  const trimmed = line.text.trim();
  return Object.values(HEADERS).some((pattern) => pattern.test(trimmed));
}

/** A key value such as `jobs (incl. supersource/sink ):  32`: the first token after the colon. */
export interface KeyValue {
  readonly value: number;
  readonly token: Token;
}

export function readKeyValue(line: SourceLine, diagnostics: Diagnostic[]): KeyValue | undefined {
  const colon = line.start + line.text.indexOf(':');
  const token = line.tokens.find((t) => t.start > colon);
  if (!token) {
    diagnostics.push(badNumber(`'${line.text.trim()}' has no value after the colon`, lineRange(line)));
    return undefined;
  }
  const value = readCount(token);
  if (value === undefined) {
    diagnostics.push(badNumber(`expected a whole number, found '${token.text}'`, [token.start, token.end]));
    return undefined;
  }
  return { value, token };
}

/**
 * A data row of a table; `values[i]` is the number in `line.tokens[i]`, or `values` is undefined
 * when a field was malformed (already reported), so the row still counts but is not used.
 */
export interface Row {
  readonly line: SourceLine;
  readonly values: readonly number[] | undefined;
}

/**
 * Data rows after a section header, up to the next `****` rule, the next header or the end.
 * Column titles (`jobnr. mode ...`, `R 1 R 2`) and underlines may precede the first data row;
 * after it, any non-blank line is data, so a mangled row is reported rather than skipped.
 */
export function readTableRows(lines: readonly SourceLine[], headerIndex: number, diagnostics: Diagnostic[]): Row[] {
  const rows: Row[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i];
    if (isRule(line, '*') || isHeader(line)) break;
    if (line.tokens.length === 0) continue;
    if (rows.length === 0 && (/^[A-Za-z]/.test(line.text.trim()) || isRule(line, '-') || isRule(line, '='))) continue;
    const values: number[] = [];
    let malformed = false;
    for (const token of line.tokens) {
      const value = readCount(token);
      if (value === undefined) {
        diagnostics.push(badNumber(`expected a whole number, found '${token.text}'`, [token.start, token.end]));
        malformed = true;
      } else values.push(value);
    }
    rows.push({ line, values: malformed ? undefined : values });
  }
  return rows;
}

function badNumber(message: string, range: readonly [number, number]): Diagnostic {
  return {
    code: 'E_PSPLIB_BAD_NUMBER',
    severity: 'error',
    message,
    range,
    hint: 'PSPLIB fields are whole numbers separated by spaces',
  };
}
