/**
 * The lexical layer of the PSPLIB reader: lines and whitespace-separated tokens, each with its
 * character offsets into the source so every diagnostic can point at the exact field.
 */

export interface Token {
  readonly text: string;
  /** Offsets [start, end) into the whole source text. */
  readonly start: number;
  readonly end: number;
}

export interface SourceLine {
  /** The line without its terminator. */
  readonly text: string;
  readonly start: number;
  readonly tokens: readonly Token[];
}

/** Splits the source into lines (LF or CRLF) and every line into tokens. */
export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    const contentEnd = lineEnd > lineStart && source[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const text = source.slice(lineStart, contentEnd);
    lines.push({ text, start: lineStart, tokens: tokenize(text, lineStart) });
    if (lineEnd === source.length) break;
    lineStart = lineEnd + 1;
  }
  return lines;
}

function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  const pattern = /\S+/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = offset + match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** The range of a line's visible content (or its start, when blank), for line-level problems. */
export function lineRange(line: SourceLine): readonly [number, number] {
  const first = line.tokens[0];
  const last = line.tokens[line.tokens.length - 1];
  return first && last ? [first.start, last.end] : [line.start, line.start];
}

/** A separator line such as `*****` or `-----`: it ends a section (stars) or underlines a header. */
export function isRule(line: SourceLine, char: '*' | '-' | '='): boolean {
  const trimmed = line.text.trim();
  return trimmed.length > 0 && [...trimmed].every((c) => c === char);
}

/** Whole non-negative numbers only: PSPLIB has no signs, decimals or exponents in these fields. */
export function readCount(token: Token): number | undefined {
  return /^\d+$/.test(token.text) ? Number(token.text) : undefined;
}
