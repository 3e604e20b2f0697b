/**
 * Where each spec path sits in the source text. The loader records ranges while reading YAML;
 * later stages only know paths, and ask here for the nearest located ancestor.
 */

export type Path = readonly (string | number)[];
export type Range = readonly [number, number];

interface Entry {
  value?: Range;
  key?: Range;
}

export class SourceMap {
  private readonly entries = new Map<string, Entry>();

  set(path: Path, range: Range, what: 'key' | 'value'): void {
    const k = pathKey(path);
    const entry = this.entries.get(k) ?? {};
    entry[what] = range;
    this.entries.set(k, entry);
  }

  /**
   * The range of `path`, preferring the key (`prefer: 'key'`, for unknown keys) or the value;
   * falls back to the nearest ancestor that has a position.
   */
  locate(path: Path, prefer: 'key' | 'value' = 'value'): Range | undefined {
    for (let n = path.length; n >= 0; n--) {
      const entry = this.entries.get(pathKey(path.slice(0, n)));
      if (!entry) continue;
      const range = prefer === 'key' && n === path.length ? (entry.key ?? entry.value) : (entry.value ?? entry.key);
      if (range) return range;
    }
    return undefined;
  }
}

function pathKey(path: Path): string {
  return JSON.stringify(path);
}
