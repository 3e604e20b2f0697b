import { describe, expect, it } from 'vitest';
import type { Diagnostic } from './diagnostic.js';
import { formatDiagnostics, formatSummary, sortDiagnostics } from './format.js';

const text = 'plan: x\ntasks:\n  - { id: a, after: [ot-spik] }\n';
const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];

const unknownRef: Diagnostic = { code: 'E_UNKNOWN_REF', severity: 'error', message: 'no task has id "ot-spik"', hint: 'did you mean "ot-spike"?', range: at('ot-spik') };
const warning: Diagnostic = { code: 'W_NO_TASKS', severity: 'warning', message: 'the plan has no tasks', range: [0, 4] };

describe('formatDiagnostics', () => {
  it('prints file:line:col, severity and code, the source line, a caret under the range and the hint', () => {
    const out = formatDiagnostics([unknownRef], { file: 'plan.yaml', text, color: false });
    expect(out.split('\n')).toEqual([
      'plan.yaml:3:22: error E_UNKNOWN_REF: no task has id "ot-spik"',
      '    3 |   - { id: a, after: [ot-spik] }',
      '      |                      ^~~~~~~',
      '  hint: did you mean "ot-spike"?',
      '',
    ]);
  });

  it('sorts by position so output is deterministic', () => {
    const out = formatDiagnostics([unknownRef, warning], { file: 'f', text, color: false });
    expect(out.indexOf('W_NO_TASKS')).toBeLessThan(out.indexOf('E_UNKNOWN_REF'));
    expect(out).toMatch(/^f:1:1: warning W_NO_TASKS/m);
  });

  it('prints a diagnostic without a range with the file name only', () => {
    const out = formatDiagnostics([{ code: 'E_EMPTY', severity: 'error', message: 'empty' }], { file: 'f', text: '', color: false });
    expect(out).toMatch(/^f: error E_EMPTY: empty$/m);
  });

  it('uses ANSI colour only when asked', () => {
    expect(formatDiagnostics([unknownRef], { file: 'f', text, color: false })).not.toContain('\x1b[');
    expect(formatDiagnostics([unknownRef], { file: 'f', text, color: true })).toContain('\x1b[31merror');
  });

  it('replaces control characters in the excerpt and keeps the caret aligned', () => {
    const binary = 'a\x00b\tc';
    const out = formatDiagnostics([{ code: 'E_BINARY', severity: 'error', message: 'nul', range: [4, 5] }], { file: 'f', text: binary, color: false });
    expect(out).toContain('    1 | a?b c');
    expect(out).toContain('      |     ^');
  });

  it('cuts a long line to a window around the range', () => {
    const long = `${'x'.repeat(500)}BAD${'y'.repeat(500)}`;
    const out = formatDiagnostics([{ code: 'E_TYPE', severity: 'error', message: 'm', range: [500, 503] }], { file: 'f', text: long, color: false });
    const [, source, caret] = out.split('\n');
    expect(source.length).toBeLessThan(140);
    expect(source.slice(caret.indexOf('^'), caret.indexOf('^') + 3)).toBe('BAD');
  });

  it('replaces control characters inside the window of a long line, caret still on the range', () => {
    const long = `${'x'.repeat(500)}\t\x01BAD${'y'.repeat(500)}`;
    const out = formatDiagnostics([{ code: 'E_TYPE', severity: 'error', message: 'm', range: [502, 505] }], { file: 'f', text: long, color: false });
    const [, source, caret] = out.split('\n');
    expect(source).toContain('x ?BAD');
    expect(source.slice(caret.indexOf('^'), caret.indexOf('^') + 3)).toBe('BAD');
  });

  it('underlines to the end of the first line when a range spans lines', () => {
    const out = formatDiagnostics([{ code: 'E_TYPE', severity: 'error', message: 'm', range: [text.indexOf('tasks'), text.length] }], { file: 'f', text, color: false });
    expect(out).toContain('      | ^~~~~~');
  });
});

describe('sortDiagnostics', () => {
  it('orders equal positions by code and never mutates its input', () => {
    const a: Diagnostic = { code: 'W_B', severity: 'warning', message: '', range: [3, 4] };
    const b: Diagnostic = { code: 'E_A', severity: 'error', message: '', range: [3, 4] };
    const input = [a, b];
    expect(sortDiagnostics(input).map((d) => d.code)).toEqual(['E_A', 'W_B']);
    expect(input).toEqual([a, b]);
  });
});

describe('formatSummary', () => {
  it('counts errors and warnings', () => {
    expect(formatSummary([unknownRef, warning, warning])).toBe('1 error and 2 warnings');
  });
});
