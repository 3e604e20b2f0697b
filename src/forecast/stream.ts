/**
 * The forecast's PRNG: the same xoshiro128** sequence, seeded through splitmix32, that
 * createRandom (src/schedule/random.ts) gives for a seed, held in one reseedable object. The
 * forecast draws a fresh sequence per iteration and one number per estimate, millions per plan;
 * state in fields rather than in closures, and one object for every iteration, make those draws
 * several times cheaper. Its test holds it to createRandom number for number.
 */
export class DrawStream {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;
  private mix = 0;

  /** Starts the sequence createRandom(seed) gives. */
  reseed(seed: number): void {
    this.mix = (Math.floor(seed) | 0) >>> 0;
    this.a = this.splitmix() | 0;
    this.b = this.splitmix() | 0;
    this.c = this.splitmix() | 0;
    this.d = this.splitmix() | 0;
    // xoshiro must not start from all zeros
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** Uniform in [0, 1). */
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

  private splitmix(): number {
    this.mix = (this.mix + 0x9e3779b9) >>> 0;
    let z = this.mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  }
}
