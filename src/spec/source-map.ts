/**
 * Where each spec path sits in the source text. The loader records ranges while reading YAML;
 * later stages only know paths, and ask here for the nearest located ancestor. It also records
 * the keys that are really the tail of an unquoted value split at a comma inside `{ }`, so that
 * the report on such a key can say so.
 *
 * Positions are kept in a tree that follows the document, one node per located value: a
 * generated spec of thousands of tasks has a few hundred thousand of them, and a lookup walks a
 * path step by step instead of spelling every path out as text.
 */

export type Path = readonly (string | number)[];
export type Range = readonly [number, number];

/** A value of the document with where it is written; -1 where it has no such position. */
export class PositionNode {
  keyStart = -1;
  keyEnd = -1;
  valueStart = -1;
  valueEnd = -1;
  /** The positions inside this value are still to be read (see PositionReader). */
  unread = false;
  /** Keyed by the path segment itself: list index 0 and mapping key "0" are different children. */
  private children: Map<string | number, PositionNode> | undefined;

  child(segment: string | number): PositionNode {
    this.children ??= new Map();
    let node = this.children.get(segment);
    if (!node) {
      node = new PositionNode();
      this.children.set(segment, node);
    }
    return node;
  }

  find(segment: string | number): PositionNode | undefined {
    return this.children?.get(segment);
  }

  mark(range: Range, what: 'key' | 'value'): void {
    if (what === 'key') {
      this.keyStart = range[0];
      this.keyEnd = range[1];
    } else {
      this.valueStart = range[0];
      this.valueEnd = range[1];
    }
  }

  /** The preferred range, else the other one, else undefined. */
  range(prefer: 'key' | 'value'): Range | undefined {
    const key: Range | undefined = this.keyStart >= 0 ? [this.keyStart, this.keyEnd] : undefined;
    const value: Range | undefined = this.valueStart >= 0 ? [this.valueStart, this.valueEnd] : undefined;
    return prefer === 'key' ? (key ?? value) : (value ?? key);
  }
}

/** A value that commas in a flow mapping cut into a value and keys without values. */
export interface SplitValue {
  /** The key the value belongs to: `title`. */
  readonly key: string;
  /** The value as written, commas included: `Inventory schemas, extensions and queries`. */
  readonly text: string;
}

/**
 * Records positions on demand, for a reader that does not record them while it parses: a spec
 * without diagnostics never pays for positions it does not read, and one with diagnostics pays
 * only for the elements they are about.
 */
export interface PositionReader {
  /** Records positions (under the map's root) the first time one is asked for; as deep as it likes. */
  fill(map: SourceMap): void;
  /** Records the positions inside a node that was left `unread`. */
  expand?(node: PositionNode): void;
}

export class SourceMap {
  /** The whole document: the node of the empty path. */
  readonly root = new PositionNode();
  private readonly splits = new Map<string, SplitValue>();

  private read = false;

  constructor(private readonly reader?: PositionReader) {}

  private filled(): void {
    if (this.read) return;
    this.read = true;
    this.reader?.fill(this);
  }

  set(path: Path, range: Range, what: 'key' | 'value'): void {
    let node = this.root;
    for (const segment of path) node = node.child(segment);
    node.mark(range, what);
  }

  /** Notes that the key at `path` is a piece of `split`'s value after a comma. */
  setSplit(path: Path, split: SplitValue): void {
    this.splits.set(pathKey(path), split);
  }

  /** The value the key at `path` was cut from, when it is the tail of a comma-split value. */
  splitAt(path: Path): SplitValue | undefined {
    this.filled();
    return this.splits.get(pathKey(path));
  }

  /**
   * The range of `path`, preferring the key (`prefer: 'key'`, for unknown keys) or the value;
   * falls back to the nearest ancestor that has a position.
   */
  locate(path: Path, prefer: 'key' | 'value' = 'value'): Range | undefined {
    this.filled();
    const trail: PositionNode[] = [this.root];
    for (const segment of path) {
      const node = trail[trail.length - 1];
      if (node.unread) {
        node.unread = false;
        this.reader?.expand?.(node);
      }
      const next = node.find(segment);
      if (!next) break;
      trail.push(next);
    }
    for (let n = trail.length - 1; n >= 0; n--) {
      const range = trail[n].range(prefer === 'key' && n === path.length ? 'key' : 'value');
      if (range) return range;
    }
    return undefined;
  }
}

/** The map's key of a path: its JSON text, `["tasks",0,"id"]`. */
function pathKey(path: Path): string {
  return JSON.stringify(path);
}
