/**
 * "Did you mean": the closest known word by optimal-string-alignment (Damerau-Levenshtein)
 * distance, so a swapped pair of letters (`tpye`) counts as one edit.
 *
 * A spec can hold thousands of ids and thousands of unknown references, and comparing each
 * reference with each id is quadratic: minutes for 10,000 near misses. So the known words are
 * indexed once by length (a word within k edits differs in length by at most k), a comparison
 * stops as soon as it cannot come within the limit, and one vocabulary answers at most
 * MAX_SUGGESTION_COMPARISONS comparisons: past that budget, words get no suggestion. The order of
 * queries is the order of the spec, so which ones get a suggestion is deterministic.
 */

/** Comparisons one vocabulary spends on suggestions; enough for hundreds of typos in a big plan. */
export const MAX_SUGGESTION_COMPARISONS = 200_000;

/** Long inputs are not typos of short keys, and comparing them would cost time for nothing. */
const MAX_WORD_LENGTH = 64;

export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Three rows of the distance table, reused across comparisons (grown when a word is longer). */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(72), new Int32Array(72), new Int32Array(72)];

/**
 * editDistance when it is at most `k`, otherwise k + 1. Only the band |i - j| <= k of the table
 * can hold a value within k, and a row's minimum never decreases, so the work is O(len * k) and
 * stops at the first row that is all past k.
 */
export function boundedDistance(a: string, b: string, k: number): number {
  const n = a.length;
  const m = b.length;
  const over = k + 1;
  if (Math.abs(n - m) > k) return over;
  if (rows[0].length < m + 2) rows = [new Int32Array(m + 2), new Int32Array(m + 2), new Int32Array(m + 2)];
  let [before, prev, cur] = rows;
  for (let j = 0; j <= m; j++) prev[j] = j <= k ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    // The cells just outside the band are read by the next rows: past k, whatever they held.
    cur[lo - 1] = lo === 1 && i <= k ? i : over;
    if (hi < m) cur[hi + 1] = over;
    let rowMin = cur[lo - 1];
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2] + 1);
      cur[j] = v > over ? over : v;
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > k) return over;
    [before, prev, cur] = [prev, cur, before];
  }
  return Math.min(prev[m], over);
}

/** Most edits a word of this length may be from a suggestion: a third of it, at least 1, at most 3. */
function editLimit(length: number): number {
  return Math.min(3, Math.max(1, Math.floor(length / 3)));
}

/**
 * Known words indexed for "did you mean". Build it once per set of words and ask it for every
 * unknown word; `comparisons` counts the work done so far.
 */
export class Vocabulary {
  private readonly words: string[] = [];
  private readonly lower: string[] = [];
  /** Indices into `words` by length, ascending. */
  private readonly byLength = new Map<number, number[]>();
  comparisons = 0;

  constructor(
    words: Iterable<string>,
    private readonly budget = MAX_SUGGESTION_COMPARISONS,
  ) {
    for (const w of words) {
      const k = this.words.length;
      this.words.push(w);
      this.lower.push(w.toLowerCase());
      const bucket = this.byLength.get(w.length);
      if (bucket) bucket.push(k);
      else this.byLength.set(w.length, [k]);
    }
  }

  /**
   * The known word nearest to `word`, if it is close enough to be a plausible typo (see
   * editLimit). Ties go to the earlier word; case differences are free, so `Deploy` finds
   * `deploy`; the word itself is never suggested. Undefined too once the budget is spent.
   */
  closest(word: string): string | undefined {
    if (word.length > MAX_WORD_LENGTH) return undefined;
    const limit = editLimit(word.length);
    const buckets: number[][] = [];
    let cost = 0;
    for (let len = Math.max(0, word.length - limit); len <= word.length + limit; len++) {
      const bucket = this.byLength.get(len);
      if (bucket) {
        buckets.push(bucket);
        cost += bucket.length;
      }
    }
    if (this.comparisons + cost > this.budget) return undefined;
    this.comparisons += cost;
    const lower = word.toLowerCase();
    let best = -1;
    let bestDistance = limit + 1;
    for (const bucket of buckets) {
      for (const k of bucket) {
        if (this.words[k] === word) continue;
        // Within the best distance so far (not below it): an equal one still wins if earlier.
        const dist = boundedDistance(lower, this.lower[k], Math.min(limit, bestDistance));
        if (dist < bestDistance || (dist === bestDistance && dist <= limit && k < best)) {
          best = k;
          bestDistance = dist;
        }
      }
    }
    return best < 0 ? undefined : this.words[best];
  }
}

/** The known word nearest to `word` (see Vocabulary.closest), for a one-off question. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return new Vocabulary(candidates, Infinity).closest(word);
}

/** A hint sentence for `closest`, or undefined when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string> | Vocabulary): string | undefined {
  const match = candidates instanceof Vocabulary ? candidates.closest(word) : closest(word, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}
