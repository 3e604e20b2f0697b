/**
 * JSON specs without the YAML parser. JSON is YAML, and the YAML reader takes it, but it builds
 * a syntax tree and a document tree first: on a generated 5,000-task spec that is two thirds of
 * the loading time. This reader takes strict JSON only, builds the same plain data the YAML
 * reader builds (mappings without a prototype), and records the same source ranges,
 * lazily: the first time a diagnostic asks for a position, a second scan records where the
 * sections and their elements are, and the inside of an element is read when a diagnostic is
 * about it.
 * Anything it does not take (comments, duplicate keys, control characters in strings, leading
 * zeros, nesting past the limit, a top level that is not a mapping) returns undefined, and the
 * YAML reader reads the text and reports whatever is wrong with it.
 */
import { MAX_DEPTH } from './limits.js';
import { finished, hasKey, newMapping, setKey, type Mapping } from './mapping.js';
import { SourceMap, type PositionNode, type PositionReader } from './source-map.js';

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
  const sourceMap = new SourceMap(new JsonPositions(text));
  return { value, sourceMap, diagnostics: [] };
}

function scan(text: string): unknown {
  const scanner = new Scanner(text);
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
  constructor(private readonly text: string) {}

  space(): void {
    const t = this.text;
    let i = this.at;
    for (let c = t.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = t.charCodeAt(++i));
    this.at = i;
  }

  value(depth: number): unknown {
    const c = this.text.charCodeAt(this.at);
    let value: unknown;
    if (c === OPEN_BRACE) value = this.mapping(depth + 1);
    else if (c === OPEN_BRACKET) value = this.sequence(depth + 1);
    else if (c === QUOTE) value = this.string();
    else value = this.literal();
    return value;
  }

  private mapping(depth: number): Mapping {
    if (depth > MAX_DEPTH) throw NOT_PLAIN_JSON;
    const out = newMapping();
    this.at++;
    this.space();
    if (this.text.charCodeAt(this.at) === CLOSE_BRACE) {
      this.at++;
      return finished(out);
    }
    for (;;) {
      if (this.text.charCodeAt(this.at) !== QUOTE) throw NOT_PLAIN_JSON;
      const key = this.string();
      if (hasKey(out, key)) throw NOT_PLAIN_JSON;
      this.space();
      if (this.text.charCodeAt(this.at++) !== COLON) throw NOT_PLAIN_JSON;
      this.space();
      setKey(out, key, this.value(depth));
      this.space();
      const next = this.text.charCodeAt(this.at++);
      if (next === CLOSE_BRACE) return finished(out);
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
      out.push(this.value(depth));
      this.space();
      const next = this.text.charCodeAt(this.at++);
      if (next === CLOSE_BRACKET) return out;
      if (next !== COMMA) throw NOT_PLAIN_JSON;
      this.space();
    }
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

/** Positions down to the elements of the sections (`tasks[3]`); deeper ones are read on demand. */
const ELEMENT_DEPTH = 2;

class JsonPositions implements PositionReader {
  constructor(private readonly text: string) {}

  fill(map: SourceMap): void {
    new PositionScanner(this.text, 0).document(map.root);
  }

  expand(node: PositionNode): void {
    new PositionScanner(this.text, node.valueStart).value(node, Infinity);
  }
}

/**
 * Where the values of text that `scan` took are written. It builds no values, and skips over
 * what lies below the depth it records, so recording the elements of a spec of thousands of
 * tasks costs one pass over the text and a node per element.
 */
class PositionScanner {
  constructor(
    private readonly text: string,
    private at: number,
  ) {}

  document(root: PositionNode): void {
    this.space();
    this.value(root, ELEMENT_DEPTH);
  }

  /** Records the value at the scan position into `node`, and `levels` levels of what it holds. */
  value(node: PositionNode, levels: number): void {
    const start = this.at;
    const c = this.text.charCodeAt(start);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (levels > 0) {
        if (c === OPEN_BRACE) this.mapping(node, levels - 1);
        else this.sequence(node, levels - 1);
      } else {
        this.skipCollection();
        node.unread = true;
      }
    } else if (c === QUOTE) this.skipString();
    else this.skipLiteral();
    node.valueStart = start;
    node.valueEnd = this.at;
  }

  private mapping(node: PositionNode, levels: number): void {
    this.at++;
    this.space();
    if (this.text.charCodeAt(this.at) === CLOSE_BRACE) {
      this.at++;
      return;
    }
    for (;;) {
      const keyStart = this.at;
      this.skipString();
      const child = node.child(this.keyText(keyStart));
      child.keyStart = keyStart;
      child.keyEnd = this.at;
      this.space();
      this.at++; // the colon
      this.space();
      this.value(child, levels);
      this.space();
      if (this.text.charCodeAt(this.at++) === CLOSE_BRACE) return;
      this.space();
    }
  }

  private sequence(node: PositionNode, levels: number): void {
    this.at++;
    this.space();
    if (this.text.charCodeAt(this.at) === CLOSE_BRACKET) {
      this.at++;
      return;
    }
    for (let i = 0; ; i++) {
      this.value(node.child(i), levels);
      this.space();
      if (this.text.charCodeAt(this.at++) === CLOSE_BRACKET) return;
      this.space();
    }
  }

  /** The key as `scan` read it: escapes decoded, when it has any. */
  private keyText(start: number): string {
    const raw = this.text.slice(start + 1, this.at - 1);
    return raw.includes('\\') ? (JSON.parse(this.text.slice(start, this.at)) as string) : raw;
  }

  private space(): void {
    const t = this.text;
    let i = this.at;
    for (let c = t.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = t.charCodeAt(++i));
    this.at = i;
  }

  private skipString(): void {
    const t = this.text;
    let i = this.at + 1;
    for (let c = t.charCodeAt(i); c !== QUOTE; c = t.charCodeAt(i)) i += c === BACKSLASH ? 2 : 1;
    this.at = i + 1;
  }

  private skipLiteral(): void {
    const t = this.text;
    let i = this.at;
    for (let c = t.charCodeAt(i); c !== COMMA && c !== CLOSE_BRACE && c !== CLOSE_BRACKET && c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09 && i < t.length; c = t.charCodeAt(++i));
    this.at = i;
  }

  /** Past the mapping or list at the scan position, strings and all. */
  private skipCollection(): void {
    const t = this.text;
    let depth = 0;
    do {
      const c = t.charCodeAt(this.at);
      if (c === QUOTE) {
        this.skipString();
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
      this.at++;
    } while (depth > 0);
  }
}
