/** The general justifier keeps the mirrors of recent makespans: a kept mirror justifies as a new one does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel, listNetwork } from './compile.js';
import { GeneralSearch } from './decoders.js';
import { sampleList } from './lists.js';
import { createRandom } from './random.js';
import { GeneralDecoder } from './sgs.js';
import { contendedPlanInput, toContendedModel } from './testing/random-plans.js';

describe('GeneralSearch.justify', () => {
  it('gives each list the same justified schedule from kept mirrors as from a justifier of its own', () => {
    fc.assert(
      fc.property(contendedPlanInput, fc.integer(), (input, seed) => {
        const problem = compileModel(toContendedModel(input)).problem!;
        const net = listNetwork(problem);
        const random = createRandom(seed);
        const value = new Float64Array(problem.n);
        // Enough lists for several makespans, so mirrors are kept, reused and dropped.
        const lists = Array.from({ length: 12 }, () => sampleList(net, value, random));
        const shared = new GeneralSearch(new GeneralDecoder(problem), problem, net);
        for (const list of lists) {
          const own = new GeneralSearch(new GeneralDecoder(problem), problem, net);
          if (shared.decode(list) < 0 || own.decode(list) < 0) continue;
          const [outShared, outOwn] = [new Int32Array(problem.n), new Int32Array(problem.n)];
          expect(shared.justify(list, outShared)).toBe(own.justify(list, outOwn));
          expect([...outShared]).toEqual([...outOwn]);
          expect([...shared.start]).toEqual([...own.start]);
          expect([...shared.slack]).toEqual([...own.slack]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
