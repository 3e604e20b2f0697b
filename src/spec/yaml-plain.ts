/**
 * The YAML that specs are written in, read without the YAML library. The library's lexer takes
 * most of the time `execplan check` spends on a spec of a few hundred lines, most of it the first
 * time its code runs. Specs use a small part of YAML: block mappings and lists, one-line flow
 * collections, plain and simply quoted scalars, comments. This reader takes that part only and
 * builds the same plain data the library's reader builds; anything else (anchors, tags, block
 * scalars, multi-line scalars or flow collections, escapes, tabs, duplicate keys, a key without a
 * value inside `{ }`, anything the library might warn about) returns undefined, and the library
 * reads the text and reports whatever is wrong with it.
 *
 * Positions are the library's own: the first time a diagnostic asks for one, the library reads
 * the text and records them, so they cannot differ from what it reports for the same text.
 */
import { MAX_DEPTH } from './limits.js';
import { finished, hasKey, newMapping, setKey, type Mapping } from './mapping.js';

/** Depth is counted a little differently from the library's reader: stop well before its limit. */
const DEPTH_LIMIT = MAX_DEPTH - 2;

/** Why a read gave up: the YAML library takes over. */
const NOT_PLAIN = Symbol('not plain YAML');

export function readPlainYaml(text: string): Mapping | undefined {
  if (!/^[\x20-\x7e\n\u00a0-\u2027\u202a-\ufefe]*$/.test(text) || text.startsWith('%') || /^(?:---|\.\.\.)(?:\s|$)/m.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

function giveUp(): never {
  throw NOT_PLAIN;
}

interface Line {
  /** Offset of the first non-space character. */
  readonly start: number;
  readonly indent: number;
  /** Offset of the line break (or the end of the text). */
  readonly end: number;
}

class Reader {
  private readonly lines: Line[] = [];
  /** Index of the next line with content (not blank, not only a comment). */
  private next = 0;

  constructor(private readonly text: string) {
    for (let from = 0; from <= text.length; ) {
      let end = text.indexOf('\n', from);
      if (end < 0) end = text.length;
      let start = from;
      while (start < end && text.charCodeAt(start) === SPACE) start++;
      if (start < end && text.charCodeAt(start) !== HASH) this.lines.push({ start, indent: start - from, end });
      from = end + 1;
    }
  }

  document(): Mapping {
    const first = this.lines[0];
    if (!first || first.indent !== 0) giveUp();
    const value = this.blockMapping(0, first.start, 1);
    if (this.next < this.lines.length) giveUp();
    return value;
  }

  /** A mapping whose keys sit at column `indent`; the first key starts at `at`, on the current line. */
  private blockMapping(indent: number, at: number, depth: number): Mapping {
    if (depth > DEPTH_LIMIT) giveUp();
    const out = newMapping();
    for (let pos = at; ; ) {
      const line = this.lines[this.next];
      const colon = this.keyEnd(pos, line.end);
      const key = String(scalarOf(trimSpaces(this.text.slice(pos, colon))));
      if (hasKey(out, key)) giveUp();
      setKey(out, key, this.valueAfter(colon + 1, line, indent, depth, true));
      const following = this.lines[this.next];
      if (!following || following.indent < indent) return finished(out);
      if (following.indent > indent || this.isItem(following.start)) giveUp();
      pos = following.start;
    }
  }

  /** The items of a list whose dashes sit at column `indent`, from the current line on. */
  private blockSequence(indent: number, depth: number, underKeyAtIndent = false): unknown[] {
    if (depth > DEPTH_LIMIT) giveUp();
    const out: unknown[] = [];
    for (;;) {
      const line = this.lines[this.next];
      const after = line.start + 1;
      let content = after;
      while (content < line.end && this.text.charCodeAt(content) === SPACE) content++;
      const c = this.text.charCodeAt(content);
      if (content < line.end && c !== HASH && this.hasKey(content, line.end)) {
        // `- id: a` starts a mapping whose keys line up with `id`.
        out.push(this.blockMapping(content - (line.start - line.indent), content, depth + 1));
      } else {
        if (content < line.end && c === DASH && this.isItem(content)) giveUp();
        out.push(this.valueAfter(after, line, indent, depth, false));
      }
      const following = this.lines[this.next];
      if (!following || following.indent < indent) return out;
      if (following.indent > indent) giveUp();
      // A list at its key's own column ends where the next key of that mapping starts.
      if (!this.isItem(following.start)) return underKeyAtIndent ? out : giveUp();
    }
  }

  /**
   * The value that starts after a key's colon or an item's dash, on this line or, when the line
   * ends there, on the lines below (more indented, or a list at the key's own column).
   */
  private valueAfter(from: number, line: Line, indent: number, depth: number, inMapping: boolean): unknown {
    const t = this.text;
    let at = from;
    while (at < line.end && t.charCodeAt(at) === SPACE) at++;
    if (at < line.end && at === from) giveUp();
    this.next++;
    if (at >= line.end || t.charCodeAt(at) === HASH) {
      const below = this.lines[this.next];
      if (below && below.indent > indent) return this.blockNode(below, depth + 1);
      if (below && inMapping && below.indent === indent && this.isItem(below.start)) return this.blockSequence(indent, depth + 1, true);
      return null;
    }
    const value = this.inline(at, line.end, depth + 1);
    return value;
  }

  private blockNode(line: Line, depth: number): unknown {
    if (this.isItem(line.start)) return this.blockSequence(line.indent, depth);
    if (this.hasKey(line.start, line.end)) return this.blockMapping(line.indent, line.start, depth);
    return giveUp();
  }

  /** A value that fills the rest of its line: a flow collection, a quoted or a plain scalar. */
  private inline(at: number, end: number, depth: number): unknown {
    const t = this.text;
    const c = t.charCodeAt(at);
    if (c === OPEN_BRACE || c === OPEN_BRACKET || c === QUOTE || c === APOSTROPHE) {
      const flow = new FlowReader(t, at, end);
      const value = flow.value(depth);
      flow.restIsComment();
      return value;
    }
    let stop = t.indexOf(' #', at);
    if (stop < 0 || stop > end) stop = end;
    const raw = trimSpaces(t.slice(at, stop));
    if (!isPlainStart(raw) || raw.includes(': ') || raw.endsWith(':')) giveUp();
    return scalarOf(raw);
  }

  /** Offset of the colon ending a plain key that starts at `at`. */
  private keyEnd(at: number, end: number): number {
    const t = this.text;
    if (!isPlainStart(t.slice(at, Math.min(at + 2, end)))) giveUp();
    // The library refuses an implicit key longer than 1024 characters.
    for (let i = at; i < Math.min(end, at + 1000); i++) {
      const c = t.charCodeAt(i);
      if (c === COLON && (i + 1 === end || t.charCodeAt(i + 1) === SPACE)) return i;
      if (c === HASH && t.charCodeAt(i - 1) === SPACE) break;
      if (c === OPEN_BRACE || c === OPEN_BRACKET || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === COMMA) break;
    }
    return giveUp();
  }

  private hasKey(at: number, end: number): boolean {
    try {
      this.keyEnd(at, end);
      return true;
    } catch (error) {
      if (error === NOT_PLAIN) return false;
      throw error;
    }
  }

  /** A list item's dash: `-` followed by a space or the end of the line. */
  private isItem(at: number): boolean {
    const t = this.text;
    if (t.charCodeAt(at) !== DASH) return false;
    const c = t.charCodeAt(at + 1);
    return c === SPACE || c === NEWLINE || Number.isNaN(c);
  }
}

/** A flow collection or quoted scalar on one line: `{ id: a, after: [b, c] }`. */
class FlowReader {
  constructor(
    private readonly text: string,
    private at: number,
    private readonly end: number,
  ) {}

  value(depth: number): unknown {
    const c = this.text.charCodeAt(this.at);
    if (c === OPEN_BRACE) return this.mapping(depth);
    if (c === OPEN_BRACKET) return this.sequence(depth);
    if (c === QUOTE) return this.doubleQuoted();
    if (c === APOSTROPHE) return this.singleQuoted();
    return this.plain();
  }

  /** Nothing but a comment, after a space, may follow on the line. */
  restIsComment(): void {
    const from = this.at;
    this.space();
    if (this.at < this.end && !(this.text.charCodeAt(this.at) === HASH && this.at > from)) giveUp();
  }

  private mapping(depth: number): Mapping {
    if (depth > DEPTH_LIMIT) giveUp();
    const out = newMapping();
    this.at++;
    this.space();
    if (this.take(CLOSE_BRACE)) return finished(out);
    for (;;) {
      const keyStart = this.at;
      let colon = keyStart;
      const t = this.text;
      while (colon < this.end && !(t.charCodeAt(colon) === COLON && t.charCodeAt(colon + 1) === SPACE)) {
        const c = t.charCodeAt(colon);
        if (c === COMMA || c === OPEN_BRACE || c === CLOSE_BRACE || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === HASH) giveUp();
        colon++;
      }
      if (colon >= this.end) giveUp();
      const raw = trimSpaces(t.slice(keyStart, colon));
      if (!isPlainStart(raw)) giveUp();
      const key = String(scalarOf(raw));
      if (hasKey(out, key)) giveUp();
      this.at = colon + 1;
      this.space();
      setKey(out, key, this.value(depth + 1));
      this.space();
      if (this.take(CLOSE_BRACE)) return finished(out);
      if (!this.take(COMMA)) giveUp();
      this.space();
      if (this.text.charCodeAt(this.at) === CLOSE_BRACE) giveUp();
    }
  }

  private sequence(depth: number): unknown[] {
    if (depth > DEPTH_LIMIT) giveUp();
    const out: unknown[] = [];
    this.at++;
    this.space();
    if (this.take(CLOSE_BRACKET)) return out;
    for (;;) {
      out.push(this.value(depth + 1));
      this.space();
      if (this.take(CLOSE_BRACKET)) return out;
      if (!this.take(COMMA)) giveUp();
      this.space();
      if (this.text.charCodeAt(this.at) === CLOSE_BRACKET) giveUp();
    }
  }

  /** A plain scalar inside `{ }` or `[ ]`: up to the next comma or closing bracket. */
  private plain(): unknown {
    const t = this.text;
    const start = this.at;
    let i = start;
    for (; i < this.end; i++) {
      const c = t.charCodeAt(i);
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET) break;
      if (c === OPEN_BRACE || c === OPEN_BRACKET) giveUp();
      if (c === HASH && t.charCodeAt(i - 1) === SPACE) giveUp();
      if (c === COLON && (i + 1 === this.end || ' ,[]{}'.includes(t[i + 1]))) giveUp();
    }
    if (i >= this.end) giveUp();
    this.at = i;
    const raw = trimSpaces(t.slice(start, i));
    if (!isPlainStart(raw)) giveUp();
    return scalarOf(raw);
  }

  private doubleQuoted(): string {
    const close = this.text.indexOf('"', this.at + 1);
    if (close < 0 || close >= this.end) giveUp();
    const value = this.text.slice(this.at + 1, close);
    if (value.includes('\\')) giveUp();
    this.at = close + 1;
    this.afterQuote();
    return value;
  }

  private singleQuoted(): string {
    let value = '';
    let from = this.at + 1;
    for (;;) {
      const close = this.text.indexOf("'", from);
      if (close < 0 || close >= this.end) giveUp();
      value += this.text.slice(from, close);
      if (this.text.charCodeAt(close + 1) !== APOSTROPHE) {
        this.at = close + 1;
        this.afterQuote();
        return value;
      }
      value += "'";
      from = close + 2;
    }
  }

  /** A quoted scalar is followed by a separator, a space, a closing bracket or the line's end. */
  private afterQuote(): void {
    const c = this.text.charCodeAt(this.at);
    if (this.at < this.end && c !== SPACE && c !== COMMA && c !== CLOSE_BRACE && c !== CLOSE_BRACKET) giveUp();
  }

  private space(): void {
    while (this.at < this.end && this.text.charCodeAt(this.at) === SPACE) this.at++;
  }

  private take(c: number): boolean {
    if (this.text.charCodeAt(this.at) !== c) return false;
    this.at++;
    return true;
  }
}

/** Trailing spaces cut; YAML keeps other white space (a no-break space) that `trimEnd` would cut. */
function trimSpaces(raw: string): string {
  let end = raw.length;
  while (end > 0 && raw.charCodeAt(end - 1) === SPACE) end--;
  return raw.slice(0, end);
}

/** Plain scalars start with none of YAML's indicators. */
function isPlainStart(raw: string): boolean {
  if (raw.length === 0) return false;
  const c = raw.charCodeAt(0);
  if (INDICATORS.includes(raw[0])) return false;
  // `-5` and `-x` are plain; `- x` is a list item.
  if (c === DASH || c === QUESTION || c === COLON) return raw.length > 1 && raw.charCodeAt(1) !== SPACE && c === DASH;
  return true;
}

const INDICATORS = ',[]{}#&*!|>\'"%@`';

/**
 * A plain scalar as YAML 1.2's core schema reads it. Numbers are taken in their everyday forms
 * only; hexadecimal, octal, exponents, infinities and long digit strings are left to the library.
 */
function scalarOf(raw: string): unknown {
  if (raw === '~' || raw === 'null' || raw === 'Null' || raw === 'NULL') return null;
  if (raw === 'true' || raw === 'True' || raw === 'TRUE') return true;
  if (raw === 'false' || raw === 'False' || raw === 'FALSE') return false;
  const c = raw.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === DASH || c === PLUS || c === DOT) {
    if (/^-?\d{1,15}(?:\.\d{1,15})?$/.test(raw)) return Number(raw);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?[0-9]+$|^0o|^0x|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/.test(raw)) giveUp();
  }
  return raw;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
const DASH = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const COLON = 0x3a;
const QUESTION = 0x3f;
const COMMA = 0x2c;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
