/**
 * Offsets to line and column, computed only when a diagnostic is displayed (the loader keeps
 * offsets). Lines are split at `\n`; a `\r` before it belongs to the break, not to the line.
 */

export interface SourcePosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units from the start of the line. */
  readonly column: number;
}

export interface LineIndex {
  position(offset: number): SourcePosition;
  /** The text of a 1-based line without its line break. */
  lineText(line: number): string;
  readonly lineCount: number;
}

export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);

  const lineOf = (offset: number): number => {
    // Binary search for the last line start <= offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  return {
    lineCount: starts.length,
    position(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length));
      const line = lineOf(clamped);
      return { line: line + 1, column: clamped - starts[line] + 1 };
    },
    lineText(line) {
      const i = line - 1;
      if (i < 0 || i >= starts.length) return '';
      const end = i + 1 < starts.length ? starts[i + 1] - 1 : text.length;
      const raw = text.slice(starts[i], end);
      return raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    },
  };
}
