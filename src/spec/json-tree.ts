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
import { finished, type Mapping } from './mapping.js';
import { SourceMap, type PositionNode, type PositionReader } from './source-map.js';

/** What the YAML reader gives (a YamlTree), without diagnostics: the text is valid by construction. */
export interface JsonTree {
  readonly value: unknown;
  readonly sourceMap: SourceMap;
  readonly diagnostics: readonly [];
}

export function readJson(text: string): JsonTree | undefined {
  const value = plainJson(text);
  if (value === undefined) return undefined;
  const sourceMap = new SourceMap(new JsonPositions(text));
  return { value, sourceMap, diagnostics: [] };
}

/**
 * The engine's own JSON parser reads the text several times faster than a scanner written here
 * can. It refuses what strict JSON refuses (comments, control characters in strings, leading
 * zeros, trailing commas) and lets two things through that are left to the YAML reader here: a
 * repeated key, which it silently overwrites, and nesting past the limit.
 */
function plainJson(text: string): Mapping | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const kept = { keys: 0 };
  if (!releaseMappings(value, 1, kept)) return undefined;
  // Each repeated key leaves one key fewer in the data than the text writes.
  return kept.keys === writtenKeys(text) ? (value as Mapping) : undefined;
}

/** Cuts every mapping inside `value` from its prototype and counts their keys; false past the nesting limit. */
function releaseMappings(value: object, depth: number, kept: { keys: number }): boolean {
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) if (typeof item === 'object' && item !== null && !releaseMappings(item, depth + 1, kept)) return false;
    return true;
  }
  const mapping = finished(value as Mapping);
  for (const key in mapping) {
    kept.keys++;
    const item = mapping[key];
    if (typeof item === 'object' && item !== null && !releaseMappings(item, depth + 1, kept)) return false;
  }
  return true;
}

/** How many keys valid JSON text writes: the strings followed by a colon. */
function writtenKeys(text: string): number {
  let keys = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== QUOTE) continue;
    let end = i + 1;
    for (let c = text.charCodeAt(end); c !== QUOTE; c = text.charCodeAt(end)) end += c === BACKSLASH ? 2 : 1;
    let next = end + 1;
    for (let c = text.charCodeAt(next); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++next));
    if (text.charCodeAt(next) === COLON) keys++;
    i = end;
  }
  return keys;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;

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
