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

/**
 * The generator's state in fields rather than in closures: each draw reads and writes all four
 * words, and V8 does that several times faster in fields. Reseeding starts a new sequence in the
 * same object, which the forecast does once an iteration, millions of draws a plan.
 */
export class SeededRandom implements Random {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;
  private mix = 0;

  constructor(seed = 0) {
    this.reseed(seed);
  }

  /** Starts the sequence a new generator of this seed gives. */
  reseed(seed: number): void {
    this.mix = (Math.floor(seed) | 0) >>> 0;
    this.a = this.splitmix() | 0;
    this.b = this.splitmix() | 0;
    this.c = this.splitmix() | 0;
    this.d = this.splitmix() | 0;
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

  /** splitmix32, which spreads the seed over the four words. */
  private splitmix(): number {
    this.mix = (this.mix + 0x9e3779b9) >>> 0;
    let z = this.mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  }
}

export function createRandom(seed: number): Random {
  return new SeededRandom(seed);
}
