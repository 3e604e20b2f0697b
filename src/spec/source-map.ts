/**
 * Where each spec path sits in the source text. The loader records ranges while reading YAML;
 * later stages only know paths, and ask here for the nearest located ancestor. It also records
 * the keys that are really the tail of an unquoted value split at a comma inside `{ }`, so that
 * the report on such a key can say so.
 */

export type Path = readonly (string | number)[];
export type Range = readonly [number, number];

interface Entry {
  value?: Range;
  key?: Range;
}

/** A value that commas in a flow mapping cut into a value and keys without values. */
export interface SplitValue {
  /** The key the value belongs to: `title`. */
  readonly key: string;
  /** The value as written, commas included: `Inventory schemas, extensions and queries`. */
  readonly text: string;
}

export class SourceMap {
  private readonly entries = new Map<string, Entry>();
  private readonly splits = new Map<string, SplitValue>();

  /**
   * `fill`, when given, records the ranges the first time a position is asked for: a spec
   * without diagnostics never pays for a map it does not read.
   */
  constructor(private fill?: (map: SourceMap) => void) {}

  private filled(): void {
    const fill = this.fill;
    this.fill = undefined;
    fill?.(this);
  }

  set(path: Path, range: Range, what: 'key' | 'value'): void {
    this.setAt(pathKey(path), range, what);
  }

  /** `set` for a caller that built the path's key (`pathKey`) itself, segment by segment. */
  setAt(k: string, range: Range, what: 'key' | 'value'): void {
    const entry = this.entries.get(k) ?? {};
    entry[what] = range;
    this.entries.set(k, entry);
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
    for (let n = path.length; n >= 0; n--) {
      const entry = this.entries.get(pathKey(path.slice(0, n)));
      if (!entry) continue;
      const range = prefer === 'key' && n === path.length ? (entry.key ?? entry.value) : (entry.value ?? entry.key);
      if (range) return range;
    }
    return undefined;
  }
}

/** The map's key of a path: its JSON text, `["tasks",0,"id"]`. */
export function pathKey(path: Path): string {
  return JSON.stringify(path);
}
