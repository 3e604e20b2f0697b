/**
 * Seeded pseudo-random numbers (xoshiro128**, seeded through splitmix32), so the search is
 * reproducible: the same seed gives the same sequence on every machine. No Math.random.
 */

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  below(n: number): number;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * The generator's state in fields rather than in closures, as in the forecast's DrawStream:
 * each draw reads and writes all four words, and V8 does that several times faster in fields.
 */
class Xoshiro128 implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    const init = splitmix32(Math.floor(seed) | 0);
    this.a = init() | 0;
    this.b = init() | 0;
    this.c = init() | 0;
    this.d = init() | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1; // xoshiro must not start from all zeros
  }

  next(): number {
    let { a, b, c, d } = this;
    const x = Math.imul(b, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    return result / 4294967296;
  }

  below(n: number): number {
    return Math.floor(this.next() * n);
  }
}

export function createRandom(seed: number): Random {
  return new Xoshiro128(seed);
}
