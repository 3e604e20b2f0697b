import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, SeededRandom } from './random.js';

describe('SeededRandom.reseed', () => {
  it('draws exactly the numbers a new generator of the same seed draws, reseeding one object', () => {
    const stream = new SeededRandom();
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.double({ noNaN: true, min: -1e12, max: 1e12 })), (seed) => {
        const random = createRandom(seed);
        stream.reseed(seed);
        for (let k = 0; k < 50; k++) expect(stream.next()).toBe(random.next());
      }),
    );
  });

  it('starts from the same non-zero state as createRandom for seed 0', () => {
    const stream = new SeededRandom();
    stream.reseed(0);
    const random = createRandom(0);
    const drawn = Array.from({ length: 5 }, () => stream.next());
    expect(drawn).toEqual(Array.from({ length: 5 }, () => random.next()));
    expect(new Set(drawn).size).toBe(5);
  });
});
