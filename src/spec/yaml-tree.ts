/**
 * YAML (or JSON) text to plain data plus a map from spec paths to source ranges.
 *
 * Safety by construction:
 * - nesting depth is checked on the token stream before the document tree is built, so deep
 *   input is refused before any recursive step runs;
 * - mappings become objects without a prototype (mapping.ts), so `__proto__` and `constructor` are plain
 *   keys that the schema then reports as unknown, and no prototype is ever touched;
 * - alias expansion is counted and capped (billion laughs).
 */
import { Composer, CST, Parser, Scalar, isAlias, isMap, isScalar, isSeq, type Document, type Pair, type YAMLError, type YAMLMap } from 'yaml';
import { MINUTES_PER_DAY, dayFromCivil, daysInMonth, formatDay, formatInstant } from '../calendar/index.js';
import { makeDiagnostic, type DiagCode, type Diagnostic } from '../diag/index.js';
import { readJson } from './json-tree.js';
import { finished, hasKey, newMapping, setKey } from './mapping.js';
import { readPlainYaml } from './yaml-plain.js';
import { MAX_ALIAS_EXPANSIONS, MAX_ALIAS_NODES, MAX_DEPTH } from './limits.js';
import { SourceMap, type Path, type PositionReader, type Range } from './source-map.js';

export interface YamlTree {
  /** The document as plain data; absent when the text could not be read. */
  readonly value?: unknown;
  readonly sourceMap: SourceMap;
  readonly diagnostics: readonly Diagnostic[];
}

export function readYaml(text: string): YamlTree {
  // Plain JSON (what tools write) and the plain YAML specs are written in are read without
  // building YAML's trees; anything else comes here.
  return readJson(text) ?? readPlain(text) ?? readYamlTree(text);
}

function readPlain(text: string): YamlTree | undefined {
  const value = readPlainYaml(text);
  if (value === undefined) return undefined;
  return { value, sourceMap: new SourceMap(new LibraryPositions(text)), diagnostics: [] };
}

/** The library's own positions, recorded the first time a diagnostic asks for one. */
class LibraryPositions implements PositionReader {
  constructor(private readonly text: string) {}

  fill(map: SourceMap): void {
    readYamlTree(this.text, map);
  }
}

/** The YAML reader alone, whatever the text (JSON included); it records positions in `sourceMap`. */
export function readYamlTree(text: string, sourceMap = new SourceMap()): YamlTree {
  const tokens = Array.from(new Parser().parse(text));

  const deep = firstTooDeep(tokens);
  if (deep !== undefined) {
    return { sourceMap, diagnostics: [tooDeep(deep)] };
  }

  const docs = Array.from(new Composer({ version: '1.2', uniqueKeys: true }).compose(tokens));
  const diagnostics: Diagnostic[] = [];
  for (const doc of docs) {
    for (const e of [...doc.errors, ...doc.warnings]) diagnostics.push(yamlDiagnostic(e, text.length));
  }
  if (docs.length > 1) {
    const second = Math.min(docs[1].range ? docs[1].range[0] : 0, text.length);
    diagnostics.push(makeDiagnostic('E_YAML_MULTI_DOC', 'the file holds more than one YAML document', { range: [second, Math.min(second + 1, text.length)] }));
  }
  if (diagnostics.length > 0 || docs.length === 0) return { sourceMap, diagnostics };

  const converter = new Converter(docs[0], sourceMap, text);
  const value = converter.convert(docs[0].contents, [], 0, false);
  return converter.problem ? { sourceMap, diagnostics: [converter.problem] } : { value, sourceMap, diagnostics };
}

function yamlDiagnostic(e: YAMLError, length: number): Diagnostic {
  const code: DiagCode = e.code === 'DUPLICATE_KEY' ? 'E_YAML_DUPLICATE_KEY' : e.code === 'RESOURCE_EXHAUSTION' ? 'E_TOO_DEEP' : 'E_YAML_SYNTAX';
  // yaml's messages may carry a code excerpt after the first line; we print our own.
  const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  // Errors at the end of the text point just past it; keep ranges inside the text.
  const start = Math.min(e.pos[0], length);
  const end = Math.min(Math.max(e.pos[1], start + 1), length);
  return makeDiagnostic(code, lowerFirst(message), { range: [start, end] });
}

function tooDeep(offset: number): Diagnostic {
  return makeDiagnostic('E_TOO_DEEP', `lists and mappings are nested more than ${MAX_DEPTH} levels deep`, {
    range: [offset, offset + 1],
  });
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0].toLowerCase() + s.slice(1) : s;
}

/** Offset of the first collection nested deeper than MAX_DEPTH, walking the tokens iteratively. */
function firstTooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
      continue;
    }
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth + 1 > MAX_DEPTH) return token.offset;
    for (const item of token.items) {
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Builds plain data from the document tree, recording where each path sits in the source. */
class Converter {
  problem: Diagnostic | undefined;
  private expansions = 0;
  private aliasNodes = 0;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly sourceMap: SourceMap,
    private readonly text: string,
  ) {}

  /** `inAlias`: inside an alias expansion, positions point at the alias, not at the anchor. */
  convert(node: unknown, path: Path, depth: number, inAlias: boolean): unknown {
    if (this.problem) return undefined;
    if (inAlias && ++this.aliasNodes > MAX_ALIAS_NODES) return this.fail('E_YAML_ALIAS_LIMIT', `aliases expand to more than ${MAX_ALIAS_NODES} values`, path);
    if (isAlias(node)) {
      if (!inAlias) this.record(path, node.range);
      if (++this.expansions > MAX_ALIAS_EXPANSIONS) return this.fail('E_YAML_ALIAS_LIMIT', `more than ${MAX_ALIAS_EXPANSIONS} alias expansions`, path);
      return this.convert(node.resolve(this.doc), path, depth, true);
    }
    if (!inAlias && isNodeWithRange(node)) this.record(path, node.range);
    if (isScalar(node)) return plainScalar(node.value, node.source);
    if (isMap(node) || isSeq(node)) {
      if (depth + 1 > MAX_DEPTH) return this.fail('E_TOO_DEEP', `lists and mappings are nested more than ${MAX_DEPTH} levels deep`, path);
    }
    if (isSeq(node)) return node.items.map((item, i) => this.convert(item, [...path, i], depth + 1, inAlias));
    if (isMap(node)) {
      const out = newMapping();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) {
          const range = isNodeWithRange(pair.key) ? pair.key.range : undefined;
          return this.fail('E_YAML_KEY', 'a mapping key must be a plain name, not a list or mapping', path, range);
        }
        const key = String(pair.key.value);
        const childPath = [...path, key];
        if (hasKey(out, key)) {
          return this.fail('E_YAML_DUPLICATE_KEY', `map keys must be unique; "${key}" repeats`, path, pair.key.range);
        }
        if (!inAlias) this.record(childPath, pair.key.range, 'key');
        // `key:` with nothing after it is null, located at the key.
        setKey(out, key, pair.value === null ? null : this.convert(pair.value, childPath, depth + 1, inAlias));
      }
      if (node.flow && !inAlias) this.recordSplits(node, path);
      return finished(out);
    }
    return null;
  }

  /**
   * In `{ title: Inventory schemas, extensions and queries }` the comma ends the title, and
   * "extensions and queries" becomes a key without a value. Each such key after a plain (unquoted)
   * text value is recorded with the value as written, commas included, when the pieces read as
   * prose (a space in one of them): `{ id: a, tpye }` is a key that lost its colon, not a split.
   */
  private recordSplits(map: YAMLMap, path: Path): void {
    let head: { key: string; value: Scalar; tails: Pair[] } | undefined;
    const close = () => {
      if (!head || head.tails.length === 0) return;
      const pieces = [head.value, ...head.tails.map((t) => t.key as Scalar)].map((s) => String(s.value));
      if (!pieces.some((p) => /\s/.test(p))) return;
      const last = head.tails[head.tails.length - 1].key as Scalar;
      const text = this.text.slice(head.value.range![0], last.range![1]);
      for (const tail of head.tails) this.sourceMap.setSplit([...path, String((tail.key as Scalar).value)], { key: head.key, text });
    };
    for (const pair of map.items) {
      if (pair.value === null && head && isScalar(pair.key) && pair.key.range) {
        head.tails.push(pair);
        continue;
      }
      close();
      const plainText = isScalar(pair.value) && pair.value.type === Scalar.PLAIN && typeof pair.value.value === 'string' && pair.value.range;
      head = plainText && isScalar(pair.key) ? { key: String(pair.key.value), value: pair.value as Scalar, tails: [] } : undefined;
    }
    close();
  }

  private record(path: Path, range: readonly number[] | null | undefined, what: 'key' | 'value' = 'value'): void {
    if (range) this.sourceMap.set(path, [range[0], range[1]], what);
  }

  private fail(code: DiagCode, message: string, path: Path, range?: readonly number[] | null): undefined {
    const at: Range | undefined = range ? [range[0], range[1]] : this.sourceMap.locate(path);
    this.problem = makeDiagnostic(code, message, { path, range: at ?? [0, 0] });
    return undefined;
  }
}

function isNodeWithRange(node: unknown): node is { range: readonly number[] } {
  return typeof node === 'object' && node !== null && 'range' in node && Array.isArray((node as { range: unknown }).range);
}

/** Scalars the spec can use; YAML 1.1 timestamps become ISO strings, anything exotic a string. */
function plainScalar(value: unknown, source: string | undefined): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return timestampText(source ?? '') ?? source ?? String(value);
  return String(value);
}

const TIMESTAMP = /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.\d*)?(?:[ \t]*(Z|[-+]\d\d?(?::\d\d)?))?)?$/;

/**
 * A YAML 1.1 timestamp (`%YAML 1.1` documents) as the spec writes dates: UTC, to the minute, the
 * date alone at midnight. Read from the source text, not from the parser's Date, which takes
 * years 0-99 for 1900-1999. Undefined when the text is no real date (the schema reports it).
 */
function timestampText(source: string): string | undefined {
  const m = TIMESTAMP.exec(source.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const sign = m[7]?.startsWith('-') ? -1 : 1;
  const [offsetHours, offsetMinutes] = m[7] && m[7] !== 'Z' ? m[7].slice(1).split(':').map(Number) : [0, 0];
  const minutes = dayFromCivil(year, month, day) * MINUTES_PER_DAY + Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0) - sign * (offsetHours * 60 + (offsetMinutes ?? 0));
  const at = Math.floor(minutes / MINUTES_PER_DAY);
  if (at < dayFromCivil(0, 1, 1) || at > dayFromCivil(9999, 12, 31)) return undefined;
  return minutes % MINUTES_PER_DAY === 0 ? formatDay(at) : formatInstant(minutes);
}
