/**
 * JSON specs without the YAML parser. JSON is YAML, and the YAML reader takes it, but it builds
 * a syntax tree and a document tree first: on a generated 5,000-task spec that is two thirds of
 * the loading time. This reader takes strict JSON only, builds the same plain data the YAML
 * reader builds (mappings as `Object.create(null)` objects), and records the same source ranges,
 * lazily: a second scan fills the source map the first time a diagnostic asks for a position.
 * Anything it does not take (comments, duplicate keys, control characters in strings, leading
 * zeros, nesting past the limit, a top level that is not a mapping) returns undefined, and the
 * YAML reader reads the text and reports whatever is wrong with it.
 */
import { MAX_DEPTH } from './limits.js';
import { PositionNode, SourceMap } from './source-map.js';

/** Why a scan gave up: the YAML reader takes over. */
const NOT_PLAIN_JSON = Symbol('not plain JSON');


/** What the YAML reader gives (a YamlTree), without diagnostics: the text is valid by construction. */
export interface JsonTree {
  readonly value: unknown;
  readonly sourceMap: SourceMap;
  readonly diagnostics: readonly [];
}

export function readJson(text: string): JsonTree | undefined {
  const value = scan(text);
  if (value === NOT_PLAIN_JSON) return undefined;
  const sourceMap = new SourceMap((map) => void scan(text, map.root));
  return { value, sourceMap, diagnostics: [] };
}

/** With `positions`, the scan also records where each value sits, in the tree under that root. */
function scan(text: string, positions?: PositionNode): unknown {
  const scanner = new Scanner(text, positions);
  try {
    scanner.space();
    if (text.charCodeAt(scanner.at) !== OPEN_BRACE) return NOT_PLAIN_JSON;
    const value = scanner.value(0);
    scanner.space();
    return scanner.at === text.length ? value : NOT_PLAIN_JSON;
  } catch (error) {
    if (error === NOT_PLAIN_JSON) return NOT_PLAIN_JSON;
    throw error;
  }
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;

class Scanner {
  at = 0;
  /** When recording: the position node of each value being read, the innermost last. */
  private readonly open: PositionNode[];
  private readonly record: boolean;

  constructor(
    private readonly text: string,
    root?: PositionNode,
  ) {
    this.record = root !== undefined;
    this.open = root ? [root] : [];
  }

  space(): void {
    const t = this.text;
    let i = this.at;
    for (let c = t.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = t.charCodeAt(++i));
    this.at = i;
  }

  value(depth: number): unknown {
    const start = this.at;
    const c = this.text.charCodeAt(start);
    let value: unknown;
    if (c === OPEN_BRACE) value = this.mapping(depth + 1);
    else if (c === OPEN_BRACKET) value = this.sequence(depth + 1);
    else if (c === QUOTE) value = this.string();
    else value = this.literal();
    if (this.record) {
      const node = this.open[this.open.length - 1];
      node.valueStart = start;
      node.valueEnd = this.at;
    }
    return value;
  }

  private mapping(depth: number): Record<string, unknown> {
    if (depth > MAX_DEPTH) throw NOT_PLAIN_JSON;
    const out: Record<string, unknown> = Object.create(null);
    this.at++;
    this.space();
    if (this.text.charCodeAt(this.at) === CLOSE_BRACE) {
      this.at++;
      return out;
    }
    for (;;) {
      if (this.text.charCodeAt(this.at) !== QUOTE) throw NOT_PLAIN_JSON;
      const keyStart = this.at;
      const key = this.string();
      if (Object.prototype.hasOwnProperty.call(out, key)) throw NOT_PLAIN_JSON;
      if (this.record) {
        const node = this.enter(key);
        node.keyStart = keyStart;
        node.keyEnd = this.at;
      }
      this.space();
      if (this.text.charCodeAt(this.at++) !== COLON) throw NOT_PLAIN_JSON;
      this.space();
      out[key] = this.value(depth);
      if (this.record) this.open.pop();
      this.space();
      const next = this.text.charCodeAt(this.at++);
      if (next === CLOSE_BRACE) return out;
      if (next !== COMMA) throw NOT_PLAIN_JSON;
      this.space();
    }
  }

  private sequence(depth: number): unknown[] {
    if (depth > MAX_DEPTH) throw NOT_PLAIN_JSON;
    const out: unknown[] = [];
    this.at++;
    this.space();
    if (this.text.charCodeAt(this.at) === CLOSE_BRACKET) {
      this.at++;
      return out;
    }
    for (;;) {
      if (this.record) this.enter(out.length);
      out.push(this.value(depth));
      if (this.record) this.open.pop();
      this.space();
      const next = this.text.charCodeAt(this.at++);
      if (next === CLOSE_BRACKET) return out;
      if (next !== COMMA) throw NOT_PLAIN_JSON;
      this.space();
    }
  }

  private enter(segment: string | number): PositionNode {
    const node = this.open[this.open.length - 1].child(segment);
    this.open.push(node);
    return node;
  }

  private string(): string {
    const t = this.text;
    const start = this.at;
    let escaped = false;
    let i = start + 1;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === QUOTE) break;
      // Raw control characters (a line break inside quotes) are YAML's to fold or refuse.
      if (Number.isNaN(c) || c < 0x20) throw NOT_PLAIN_JSON;
      if (c === BACKSLASH) {
        escaped = true;
        i++;
      }
      i++;
    }
    this.at = i + 1;
    if (!escaped) return t.slice(start + 1, i);
    try {
      return JSON.parse(t.slice(start, i + 1)) as string;
    } catch {
      throw NOT_PLAIN_JSON;
    }
  }

  private literal(): unknown {
    const t = this.text;
    for (const [word, value] of LITERALS) {
      if (t.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.at;
    const m = NUMBER.exec(t);
    if (!m || m[0].length === 0) throw NOT_PLAIN_JSON;
    this.at += m[0].length;
    return Number(m[0]);
  }
}

const LITERALS: readonly (readonly [string, unknown])[] = [
  ['true', true],
  ['false', false],
  ['null', null],
];
