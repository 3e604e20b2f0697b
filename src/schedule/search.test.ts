import { describe, expect, it } from 'vitest';
import type { ListNetwork } from './lists.js';
import { createRandom } from './random.js';
import { directionShare, fartherFrom, fitterMember, inheritedSpans, mirroredTieOf, populationFor, searchBothWays, searchSchedules, searchTuning, startDistance, summedFloat, tooLongAmong, type Direction, type Individual, type SearchDecoder } from './search.js';

/** n independent activities; a list's "makespan" depends on its order, to give the search work. */
const independent = (n: number): ListNetwork => ({ n, predStart: new Int32Array(n + 1), predIndex: new Int32Array(0), succStart: new Int32Array(n + 1), succIndex: new Int32Array(0) });
const net = independent(10);
/** An FNV-1a hash of a schedule's starts: the decoders' signature, so members with one schedule are clones. */
const signatureOf = (start: Int32Array): number => start.reduce((h, x) => Math.imul(h ^ x, 16777619), 2166136261) >>> 0;

class CountingDecoder implements SearchDecoder {
  passes = 0;
  tie = 0;
  start = new Int32Array(10);
  slack = new Int32Array(10);
  private last = 0;
  decode(list: Int32Array): number {
    this.passes++;
    this.start = Int32Array.from(list);
    this.last = 100 + list.reduce((sum, j, k) => sum + Math.abs(j - k), 0);
    return this.last;
  }
  justify(list: Int32Array, out: Int32Array): number {
    this.passes += 2;
    out.set(list);
    // Sometimes "worse", so the search has to replay the list.
    return list[0] % 2 === 0 ? this.last : this.last + 1;
  }
  signature(): number {
    return signatureOf(this.start);
  }
}

/** A counting decoder that also makes parameterised active schedules (here: the list as given). */
class BoundedDecoder extends CountingDecoder {
  bounded = 0;
  readonly longestSpan = 4;
  delays: number[] = [];
  decodeBounded(list: Int32Array, delay: number, out: Int32Array): number {
    this.bounded++;
    this.delays.push(delay);
    out.set(list);
    return this.decode(list);
  }
}

/**
 * A counting decoder that right-justifies alone, as the plain fast path does: each backward pass
 * is one schedule and saves a slot on lists that start with an even activity.
 */
class RightDecoder extends CountingDecoder {
  right = 0;
  /** Forward passes over the list a right-justification wrote: packing a child to the left. */
  packed = 0;
  private written: Int32Array | undefined;
  override decode(list: Int32Array): number {
    if (list === this.written) this.packed++;
    return super.decode(list);
  }
  rightJustify(list: Int32Array, out: Int32Array): number {
    this.passes++;
    this.right++;
    out.set(list);
    this.written = out;
    return 100 + list.reduce((sum, j, k) => sum + Math.abs(j - k), 0) - (list[0] % 2 === 0 ? 1 : 0);
  }
}

/**
 * A right-justifying decoder whose backward pass is bounded by a delay, as the fast path's: on
 * lists that start with an odd activity it comes out longer than the forward schedule, and then
 * the search asks for the forward schedule back.
 */
class BoundedRightDecoder extends CountingDecoder {
  readonly longestSpan = 4;
  delays: number[] = [];
  longer = 0;
  views = 0;
  rightJustify(list: Int32Array, out: Int32Array, delay = -1): number {
    this.passes++;
    this.delays.push(delay);
    out.set(list);
    const forward = 100 + list.reduce((sum, j, k) => sum + Math.abs(j - k), 0);
    if (list[0] % 2 === 0) return forward - 1;
    this.longer++;
    return forward + 7;
  }
  forwardView(): void {
    this.views++;
  }
}

/**
 * Every schedule is 100 slots long; a packed schedule's tie follows its list, and every
 * right-justified one looks better than any (tie -1), as a schedule pushed to the end can.
 */
class TieDecoder implements SearchDecoder {
  tie = 0;
  start = new Int32Array(10);
  /** Ties of the packed schedules: forward passes over a list a right-justification wrote. */
  readonly packedTies: number[] = [];
  private written: Int32Array | undefined;
  decode(list: Int32Array): number {
    this.start = Int32Array.from(list);
    this.tie = list.reduce((sum, j, k) => sum + j * k, 0);
    if (list === this.written) this.packedTies.push(this.tie);
    return 100;
  }
  rightJustify(list: Int32Array, out: Int32Array): number {
    out.set(list);
    this.written = out;
    this.tie = -1;
    return 100;
  }
  signature(): number {
    return signatureOf(this.start);
  }
}

/** Every list schedules in 200; each justification of the schedule just made saves one more slot. */
class ShrinkingDecoder implements SearchDecoder {
  passes = 0;
  tie = 0;
  start = new Int32Array(10);
  slack = new Int32Array(10);
  private current = 0;
  decode(): number {
    this.passes++;
    this.current = 200;
    return this.current;
  }
  justify(list: Int32Array, out: Int32Array): number {
    this.passes += 2;
    out.set(list);
    this.current--;
    return this.current;
  }
  signature(): number {
    return this.current;
  }
}

/** Every list schedules in 500 slots, and nothing justifies it: one schedule a list. */
class LongDecoder implements SearchDecoder {
  passes = 0;
  tie = 0;
  start = new Int32Array(10);
  decode(list: Int32Array): number {
    this.passes++;
    this.start = Int32Array.from(list);
    return 500;
  }
  signature(): number {
    return signatureOf(this.start);
  }
}

const direction = (decoder: SearchDecoder): Direction => ({ net, decoder, base: Int32Array.from([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]), samplingValue: new Float64Array(10) });

describe('the improvement search', () => {
  const decoders: Record<string, () => SearchDecoder & { passes: number }> = {
    'double-justified': () => new CountingDecoder(),
    'only right-justified': () => new RightDecoder(),
  };
  const budgets = [1, 2, 3, 4, 7, 50, 301];
  it.each(Object.keys(decoders).flatMap((kind) => budgets.map((budget) => [budget, kind] as const)))('never generates more than %i schedules when children are %s', (budget, kind) => {
    const one = decoders[kind]();
    searchSchedules(direction(one), { budget, lowerBound: 0 }, createRandom(1));
    expect(one.passes).toBeLessThanOrEqual(budget);
    const a = decoders[kind]();
    const b = decoders[kind]();
    searchBothWays([direction(a), direction(b)], { budget, lowerBound: 0 }, createRandom(1));
    expect(a.passes + b.passes).toBeLessThanOrEqual(budget);
  });
  it('gives each direction a quarter of the budget from 5,000 schedules up, less below, and the better one the rest', () => {
    // 0.25 + 0.15 x log10(budget / 5,000), between 0.15 and 0.25: 0.19 at 2,000.
    expect([1, 500, 1000, 2000, 5000, 50_000].map((b) => directionShare(b).toFixed(4))).toEqual(['0.1500', '0.1500', '0.1500', '0.1903', '0.2500', '0.2500']);
    for (const [budget, share] of [
      [1000, 150],
      [2000, 380],
      [5000, 1250],
      [50_000, 12_500],
    ]) {
      const better = new CountingDecoder();
      const worse = new LongDecoder();
      const found = searchBothWays([direction(better), direction(worse)], { budget, lowerBound: 0 }, createRandom(2));
      expect(found?.direction).toBe(0);
      // The second direction makes up what the first, at three schedules a child, left unspent.
      expect(worse.passes).toBeGreaterThanOrEqual(share);
      expect(worse.passes).toBeLessThanOrEqual(share + 3);
      expect(better.passes + worse.passes).toBeLessThanOrEqual(budget);
      expect(better.passes).toBeGreaterThan(budget - share - 5);
    }
  });
  it('spends two schedules on a child that only right-justifies, and packs only a new best to the left', () => {
    const d = new RightDecoder();
    const best = searchSchedules(direction(d), { budget: 3000, lowerBound: 0 }, createRandom(5));
    // About 1,500 children of two schedules, less the few passes that pack and justify a new best again.
    expect(d.right).toBeGreaterThan(1300);
    expect(d.right).toBeLessThanOrEqual(1500);
    expect(d.packed).toBeGreaterThan(0);
    expect(d.packed).toBeLessThan(100);
    expect(d.passes).toBeLessThanOrEqual(3000);
    expect(best?.makespan).toBeLessThan(110);
  });
  it('bounds the backward pass of every right-justified child by a random delay, and keeps the forward schedule when that is shorter', () => {
    const d = new BoundedRightDecoder();
    const best = searchSchedules(direction(d), { budget: 3000, lowerBound: 0 }, createRandom(5));
    expect(d.passes).toBeLessThanOrEqual(3000);
    // Delays run from 0 up to 1.5 times the longest span (4) on this small network, for every
    // backward pass.
    expect(d.delays.length).toBeGreaterThan(1300);
    expect(Math.min(...d.delays)).toBe(0);
    expect(Math.max(...d.delays)).toBe(5);
    // Each longer backward pass hands the forward schedule back, and the search still improves.
    expect(d.longer).toBeGreaterThan(100);
    expect(d.views).toBe(d.longer);
    expect(best?.makespan).toBeLessThan(110);
  });
  it('decodes every child as a parameterised active schedule where children are right-justified alone too', () => {
    class Both extends BoundedRightDecoder {
      bounded = 0;
      decodeBounded(list: Int32Array, delay: number, out: Int32Array): number {
        this.bounded++;
        out.set(list);
        return this.decode(list);
      }
    }
    const d = new Both();
    searchSchedules(direction(d), { budget: 3000, lowerBound: 0 }, createRandom(5));
    // Every backward pass but those of the first population's lists follows a bounded child.
    expect(d.bounded).toBe(d.delays.length - searchTuning(10, 3000, true).population);
    expect(d.passes).toBeLessThanOrEqual(3000);
  });
  it('keeps the best schedule by its own tie, however a right-justified child looked', () => {
    const d = new TieDecoder();
    const best = searchSchedules(direction(d), { budget: 400, lowerBound: 0 }, createRandom(3));
    expect(d.packedTies.length).toBeGreaterThan(5);
    expect(best?.tie).toBe(Math.min(...d.packedTies));
  });
  it('double-justifies every child above 5,000 schedules, where each justification is worth more', () => {
    const d = new RightDecoder();
    searchSchedules(direction(d), { budget: 6000, lowerBound: 0 }, createRandom(5));
    expect(d.right).toBe(0);
    expect(d.passes).toBeLessThanOrEqual(6000);
  });
  it('right-justifies the children of a large network up to 5,000 schedules too', () => {
    const n = 100;
    const large = new RightDecoder();
    large.slack = new Int32Array(n);
    const base = Int32Array.from({ length: n }, (_, k) => n - 1 - k);
    const search = (budget: number) => searchSchedules({ net: independent(n), decoder: large, base, samplingValue: new Float64Array(n) }, { budget, lowerBound: 0 }, createRandom(5));
    search(5000);
    expect(large.right).toBeGreaterThan(1600);
    large.right = 0;
    large.passes = 0;
    search(6000);
    expect(large.right).toBe(0);
    expect(large.passes).toBeLessThanOrEqual(6000);
  });
  it('tunes small networks (up to 75 activities) for variety and large ones for children near their parents', () => {
    const tuning = (n: number, budget: number, rightJustifies = true) => {
      const t = searchTuning(n, budget, rightJustifies);
      return [t.population, t.shifts, t.rightOnly, t.delaySpans, t.adaptsDelay, t.justifyWithin, t.ranksByFloat, t.restartsAfter];
    };
    // Small: 0 to 8 shifts, right-justified children and delays up to 1.5 spans up to 5,000
    // schedules, 60 members above 2,000.
    expect([1000, 2000, 2001, 4999, 5000, 10_000, 50_000].map((b) => tuning(32, b))).toEqual([
      [40, 9, true, 1.5, false, Infinity, false, Infinity],
      [40, 9, true, 1.5, false, Infinity, false, Infinity],
      [60, 9, true, 1.5, false, Infinity, false, Infinity],
      [60, 9, true, 1.5, false, Infinity, false, Infinity],
      [60, 9, true, 1.5, false, Infinity, false, Infinity],
      [64, 9, false, 3, false, Infinity, true, Infinity],
      [120, 9, false, 3, false, Infinity, true, 8000],
    ]);
    expect(tuning(75, 5000)).toEqual([60, 9, true, 1.5, false, Infinity, false, Infinity]);
    // Large: 0 to 3 shifts, delays up to 3 spans for the first population and adapted by each
    // child after, no justification for a child over 3% longer than every member,
    // right-justified children up to 5,000 schedules (double-justified above and ranked by
    // float; from 50,000 restarted after 8,000 schedules without a shorter best), then with
    // fewer members below 5,000 (40 x sqrt(budget / 5,000), at least 20), the population by
    // budget above.
    expect([500, 1000, 2000, 4000, 5000, 5001, 49_999, 50_000].map((b) => tuning(76, b))).toEqual([
      [20, 4, true, 3, true, 1.03, false, Infinity],
      [20, 4, true, 3, true, 1.03, false, Infinity],
      [25, 4, true, 3, true, 1.03, false, Infinity],
      [36, 4, true, 3, true, 1.03, false, Infinity],
      [40, 4, true, 3, true, 1.03, false, Infinity],
      [40, 4, false, 3, true, 1.03, true, Infinity],
      [120, 4, false, 3, true, 1.03, true, Infinity],
      [120, 4, false, 3, true, 1.03, true, 8000],
    ]);
    // A decoder that cannot right-justify alone double-justifies every child and keeps the
    // population by budget. The general scheme also makes no parameterised active schedules,
    // and so adapts no bound, justifies long children and ranks by no float (below).
    expect([1000, 5000].map((b) => tuning(76, b, false))).toEqual([
      [40, 4, false, 3, true, 1.03, true, Infinity],
      [40, 4, false, 3, true, 1.03, true, Infinity],
    ]);
    expect(tuning(32, 1000, false)).toEqual([40, 9, false, 1.5, false, Infinity, true, Infinity]);
    expect(tuning(76, 50_000, false)).toEqual([120, 4, false, 3, true, 1.03, true, 8000]);
    // Without parameterised active schedules (the general scheme): no float, no adapted bound, no restart.
    const general = searchTuning(76, 50_000, false, false);
    expect([general.ranksByFloat, general.adaptsDelay, general.justifyWithin, general.restartsAfter]).toEqual([false, false, Infinity, Infinity]);
  });
  it('bounds the backward pass of every double justification where the decoder makes parameterised active schedules', () => {
    class Justifying extends BoundedDecoder {
      justifyDelays: number[] = [];
      override justify(list: Int32Array, out: Int32Array, delay = -1): number {
        this.justifyDelays.push(delay);
        return super.justify(list, out);
      }
    }
    const d = new Justifying();
    searchSchedules(direction(d), { budget: 6000, lowerBound: 0 }, createRandom(3));
    // Every list's justification is bounded; only a new best's justifications again are serial.
    const bounded = d.justifyDelays.filter((delay) => delay >= 0);
    expect(bounded.length).toBeGreaterThan(1000);
    expect(d.justifyDelays.length - bounded.length).toBeLessThan(50);
    expect(Math.min(...bounded)).toBe(0);
    expect(Math.max(...bounded)).toBe(11);
    // Without parameterised active schedules (the general scheme) justification stays serial.
    const serial: number[] = [];
    class General extends CountingDecoder {
      override justify(list: Int32Array, out: Int32Array, delay = -1): number {
        serial.push(delay);
        return super.justify(list, out);
      }
    }
    searchSchedules(direction(new General()), { budget: 3000, lowerBound: 0 }, createRandom(3));
    expect(serial.length).toBeGreaterThan(500);
    expect(new Set(serial)).toEqual(new Set([-1]));
  });
  it('decodes every child as a parameterised active schedule where the decoder can, within the budget', () => {
    const d = new BoundedDecoder();
    searchSchedules(direction(d), { budget: 3000, lowerBound: 0 }, createRandom(3));
    // Each bounded decode is one of the passes counted (decode, then the two of justification,
    // and a replay of the list where a justification came out longer).
    expect(d.passes).toBeLessThanOrEqual(3000);
    const children = (3000 - 3 * 40) / 4;
    expect(d.bounded).toBeGreaterThan(children);
    expect(d.bounded).toBeLessThanOrEqual((3000 - 3 * 40) / 3);
    // Delays run from 0 up to 1.5 times the longest span (4) on this small network.
    expect(Math.min(...d.delays)).toBe(0);
    expect(Math.max(...d.delays)).toBe(5);
  });
  it("draws a large network's delays under bounds each child inherits and adapts", () => {
    const n = 80;
    const large = (decoder: SearchDecoder): Direction => ({ net: independent(n), decoder, base: Int32Array.from({ length: n }, (_, k) => n - 1 - k), samplingValue: new Float64Array(n) });
    class LargeBounded extends BoundedDecoder {
      override start = new Int32Array(n);
      override slack = new Int32Array(n);
    }
    const d = new LargeBounded();
    const best = searchSchedules(large(d), { budget: 6000, lowerBound: 0 }, createRandom(3));
    // From 0 up to each child's bound: beyond the tuning's 3 spans of 4 for some, below 8 spans.
    expect(Math.min(...d.delays)).toBe(0);
    expect(Math.max(...d.delays)).toBeGreaterThan(11);
    expect(Math.max(...d.delays)).toBeLessThan(8 * 4);
    expect(best?.delaySpans).toBeGreaterThanOrEqual(0.1);
    expect(best?.delaySpans).toBeLessThanOrEqual(8);
    // A small network keeps the tuning's bound, and without parameterised active schedules none is drawn.
    expect(searchSchedules(direction(new BoundedDecoder()), { budget: 3000, lowerBound: 0 }, createRandom(3))?.delaySpans).toBeUndefined();
    expect(searchSchedules(large(new CountingDecoder()), { budget: 3000, lowerBound: 0 }, createRandom(3))?.delaySpans).toBeUndefined();
  });
  it('justifies no child of a large network on the fast path more than 3% longer than every member, once the population is full', () => {
    const n = 80;
    class Skipping extends BoundedDecoder {
      override start = new Int32Array(n);
      override slack = new Int32Array(n);
      /** Bounded decodes (children) whose justification followed. */
      justifiedChildren = 0;
      private child = false;
      override decodeBounded(list: Int32Array, delay: number, out: Int32Array): number {
        const m = super.decodeBounded(list, delay, out);
        this.child = true;
        return m;
      }
      override decode(list: Int32Array): number {
        this.child = false;
        return super.decode(list);
      }
      override justify(list: Int32Array, out: Int32Array): number {
        if (this.child) this.justifiedChildren++;
        this.child = false;
        return super.justify(list, out);
      }
    }
    const run = (size: number, decoder: Skipping) => searchSchedules({ net: independent(size), decoder, base: Int32Array.from({ length: size }, (_, k) => size - 1 - k), samplingValue: new Float64Array(size) }, { budget: 6000, lowerBound: 0 }, createRandom(3));
    const large = new Skipping();
    run(n, large);
    // A skipped child costs its one pass, not three, so the budget makes more children.
    const skipped = large.bounded - large.justifiedChildren;
    expect(skipped).toBeGreaterThan(100);
    expect(large.passes).toBeLessThanOrEqual(6000);
    // A small network justifies every child the budget has room for.
    const small = new Skipping();
    run(10, small);
    expect(small.bounded - small.justifiedChildren).toBeLessThanOrEqual(1);
    // So does the general scheme, which makes no parameterised active schedules, on a large network.
    class General extends CountingDecoder {
      override start = new Int32Array(n);
      override slack = new Int32Array(n);
      decodes = 0;
      justifiedDecodes = 0;
      private decoded = false;
      override decode(list: Int32Array): number {
        this.decodes++;
        this.decoded = true;
        return super.decode(list);
      }
      /** Never longer than the schedule justified, so no list is replayed. */
      override justify(list: Int32Array, out: Int32Array): number {
        if (this.decoded) this.justifiedDecodes++;
        this.decoded = false;
        this.passes += 2;
        out.set(list);
        return 100 + list.reduce((sum, j, k) => sum + Math.abs(j - k), 0);
      }
    }
    const general = new General();
    searchSchedules({ net: independent(n), decoder: general, base: Int32Array.from({ length: n }, (_, k) => n - 1 - k), samplingValue: new Float64Array(n) }, { budget: 6000, lowerBound: 0 }, createRandom(3));
    expect(general.decodes).toBeGreaterThan(1500);
    expect(general.decodes - general.justifiedDecodes).toBeLessThanOrEqual(1);
  });
  it('calls a makespan too long when it exceeds the longest member by more than the factor', () => {
    const members = [100, 120, 110].map((makespan): Individual => ({ list: new Int32Array(0), makespan, tie: 0, signature: makespan }));
    expect(tooLongAmong(123, members, 1.03)).toBe(false);
    expect(tooLongAmong(124, members, 1.03)).toBe(true);
    expect(tooLongAmong(10_000, members, Infinity)).toBe(false);
  });
  it('improves on the first list', () => {
    // The reversed base list scores 150; the identity would score 100.
    const best = searchSchedules(direction(new CountingDecoder()), { budget: 3000, lowerBound: 0 }, createRandom(5));
    expect(best?.makespan).toBeLessThan(110);
  });
  it('justifies a new best schedule again while that shortens it', () => {
    // The first list: decode (200) and justify (199), 3 schedules; then 10 more justifications
    // of 2 schedules each take it to 189. Without them every list would stay at 199.
    const d = new ShrinkingDecoder();
    const best = searchSchedules(direction(d), { budget: 23, lowerBound: 0 }, createRandom(1));
    expect(best?.makespan).toBe(189);
    expect(d.passes).toBe(23);
  });
  it('stops when the caller says so, after the first list, and asks nothing without one', () => {
    // The first list is decoded and justified (3 schedules) before the first question.
    const d = new CountingDecoder();
    let asked = 0;
    const best = searchSchedules(direction(d), { budget: 3000, lowerBound: 0, stop: () => ++asked > 4 }, createRandom(5));
    expect(best?.makespan).toBeDefined();
    // The first list and four samples (each decoded, justified, maybe replayed or justified
    // again); the fifth answer stops the seeding, and the evolution asks once more.
    expect(asked).toBe(6);
    expect(d.passes).toBeLessThan(30);
    const free = new CountingDecoder();
    const unlimited = searchSchedules(direction(free), { budget: 300, lowerBound: 0 }, createRandom(5));
    const never = searchSchedules(direction(new CountingDecoder()), { budget: 300, lowerBound: 0, stop: () => false }, createRandom(5));
    expect(never).toEqual(unlimited);
  });
  it('keeps 40 members up to 5,000 schedules and adds 80 per tenfold budget above', () => {
    // 40 + 80 x log10(2) = 64.08; 40 + 80 x log10(20) = 144.08.
    expect([1, 1000, 5000, 10_000, 50_000, 100_000].map(populationFor)).toEqual([40, 40, 40, 64, 120, 144]);
  });
  it('stops as soon as it reaches the lower bound', () => {
    const d = new CountingDecoder();
    const best = searchSchedules(direction(d), { budget: 3000, lowerBound: 130 }, createRandom(5));
    expect(best?.makespan).toBeLessThanOrEqual(130);
    expect(d.passes).toBeLessThan(3000);
  });
});

/** Whether a list starts with activities 0 to count - 1, in that order. */
const inOrder = (list: Int32Array, count: number): boolean => list.subarray(0, count).every((j, k) => j === k);

/**
 * A large network whose list in the order of its activities takes one slot less than any other:
 * the first list is a best that nothing beats, so the search stalls from the start. Where it is
 * told to improve, every list takes a slot less per 1,000 decoded.
 */
class StallingDecoder implements SearchDecoder {
  tie = 0;
  readonly longestSpan = 4;
  start: Int32Array;
  slack: Int32Array;
  /** Lists decoded by the serial scheme: with parameterised active children, the first list and every sample. */
  serial = 0;
  /** Lists decoded either way. */
  decoded = 0;
  constructor(
    n: number,
    private readonly improving = false,
  ) {
    this.start = new Int32Array(n);
    this.slack = new Int32Array(n);
  }
  protected schedule(list: Int32Array): number {
    this.start = Int32Array.from(list);
    const slots = this.improving ? 1_000_000 - Math.floor(this.decoded / 1000) : 100;
    return inOrder(list, list.length) ? slots - 1 : slots;
  }
  decode(list: Int32Array): number {
    this.serial++;
    this.decoded++;
    return this.schedule(list);
  }
  justify(list: Int32Array, out: Int32Array): number {
    out.set(list);
    return this.schedule(list);
  }
  signature(): number {
    return signatureOf(this.start);
  }
}

/** The same, making parameterised active children, as the fast path does. */
class BoundedStallingDecoder extends StallingDecoder {
  /** Each child: whether its list starts as the best's (its first ten activities), and the serial decodes before it. */
  readonly children: { likeBest: boolean; serial: number }[] = [];
  decodeBounded(list: Int32Array, _delay: number, out: Int32Array): number {
    out.set(list);
    this.decoded++;
    this.children.push({ likeBest: inOrder(list, 10), serial: this.serial });
    return this.schedule(list);
  }
}

describe('restarts', () => {
  const n = 80;
  const budget = 50_000;
  const stalling = (decoder: SearchDecoder, samplingValue: ArrayLike<number> = new Float64Array(n)): Direction => ({ net: independent(n), decoder, base: Int32Array.from({ length: n }, (_, k) => k), samplingValue });
  const population = searchTuning(n, budget, false).population;
  it('samples the population again after 8,000 schedules without a shorter best, keeping the fittest member', () => {
    const d = new BoundedStallingDecoder(n);
    const best = searchSchedules(stalling(d), { budget, lowerBound: 0 }, createRandom(4));
    expect(best?.makespan).toBe(99);
    // 120 members at 50,000 schedules, each list three schedules: the first population takes
    // 360; restarts at 8,361, 16,719, 25,077, 33,435 and 41,793 (each 119 samples, 357
    // schedules); a sixth would come after 50,000.
    expect(population).toBe(120);
    expect(d.serial).toBe(population + 5 * (population - 1));
    // Children between two restarts: 8,001 schedules at three a child.
    const periods = [0, 1, 2, 3, 4, 5].map((k) => d.children.filter((c) => c.serial === population + k * (population - 1)));
    expect(periods.slice(0, 5).map((p) => p.length)).toEqual([2667, 2667, 2667, 2667, 2667]);
    // The best, which no other list matches, is kept and breeds after each restart: children
    // that start as it does come only from it (a sample starts so once in 10^18).
    for (const period of periods) expect(period.filter((c) => c.likeBest).length).toBeGreaterThan(5);
  });
  it('never restarts while the best keeps shortening', () => {
    const d = new BoundedStallingDecoder(n, true);
    searchSchedules(stalling(d), { budget, lowerBound: 0 }, createRandom(4));
    expect(d.children.length).toBeGreaterThan(9000);
    expect(d.serial).toBe(population);
  });
  it('never restarts where members do not rank by float', () => {
    // The general scheme makes no parameterised active schedules; every list is decoded serially,
    // so samples show as reads of the sampling values, each noted with the lists decoded by then.
    const d = new StallingDecoder(n);
    let reads = 0;
    let lastRead = 0;
    const values = new Proxy(new Array<number>(n).fill(0), {
      get(target, key) {
        if (typeof key === 'string' && /^[0-9]+$/.test(key)) {
          reads++;
          lastRead = d.decoded;
        }
        return Reflect.get(target, key);
      },
    });
    expect(searchTuning(n, budget, false, false).restartsAfter).toBe(Infinity);
    searchSchedules(stalling(d, values), { budget, lowerBound: 0 }, createRandom(4));
    expect(d.decoded).toBeGreaterThan(9000);
    // The first list, then 119 samples: the last sample is read with 119 lists decoded.
    expect(reads).toBeGreaterThan(0);
    expect(lastRead).toBe(population - 1);
  });
});

describe('self-adaptive delay bounds', () => {
  it("draws a child's bound around its mother's, lognormally, within 0.1 to 8 spans", () => {
    const random = createRandom(7);
    const draws = Array.from({ length: 4000 }, () => inheritedSpans(2, random));
    // The mother's bound is the median; e^(0.3 z) keeps about 68% within a factor e^0.3 of it.
    expect(draws.filter((x) => x > 2).length / draws.length).toBeCloseTo(0.5, 1);
    expect(draws.filter((x) => x > 2 * Math.exp(-0.3) && x < 2 * Math.exp(0.3)).length / draws.length).toBeCloseTo(0.68, 1);
    expect(Math.min(...draws)).toBeGreaterThan(0.1);
    expect(Math.max(...draws)).toBeLessThan(8);
    expect(Math.max(...Array.from({ length: 400 }, () => inheritedSpans(7.9, random)))).toBe(8);
    expect(Math.min(...Array.from({ length: 400 }, () => inheritedSpans(0.11, random)))).toBe(0.1);
  });
});

describe('dissimilar mating', () => {
  const member = (start: number[] | undefined): Individual => ({ list: new Int32Array(3), makespan: 10, tie: 0, signature: 0, ...(start ? { start: Int32Array.from(start) } : {}) });
  const mother = member([0, 2, 5]);
  it('measures the summed differences of starts', () => {
    expect(startDistance(Int32Array.from([0, 2, 5]), Int32Array.from([1, 2, 3]))).toBe(3);
  });
  it('takes the candidate whose schedule lies farther from the mother', () => {
    const near = member([0, 2, 6]);
    const far = member([4, 0, 0]);
    expect(fartherFrom(mother, near, far)).toBe(far);
    expect(fartherFrom(mother, far, near)).toBe(far);
  });
  it('keeps the first candidate on equal distance or without starts', () => {
    const a = member([1, 2, 5]);
    const b = member([0, 3, 5]);
    expect(fartherFrom(mother, a, b)).toBe(a);
    expect(fartherFrom(member(undefined), a, member([9, 9, 9]))).toBe(a);
  });
});

describe('how members rank', () => {
  const member = (makespan: number, tie: number, mirroredTie?: number): Individual => ({ list: new Int32Array(3), makespan, tie, signature: 0, ...(mirroredTie === undefined ? {} : { mirroredTie }) });
  it('ranks right-justified members by makespan, then by their tie in mirrored time, never by their forward tie', () => {
    expect(fitterMember(member(10, 5, 20), member(10, 9, 12), true)).toBe(false);
    expect(fitterMember(member(10, 9, 12), member(10, 5, 20), true)).toBe(true);
    expect(fitterMember(member(10, 5), member(10, 9), true)).toBe(false);
    expect(fitterMember(member(10, 9), member(10, 5), true)).toBe(false);
    expect(fitterMember(member(9, 50, 99), member(10, 5, 1), true)).toBe(true);
  });
  it('ranks justified members by makespan, then tie, as the best is chosen', () => {
    expect(fitterMember(member(10, 5, 20), member(10, 9, 12), false)).toBe(true);
    expect(fitterMember(member(10, 9), member(10, 5), false)).toBe(false);
    expect(fitterMember(member(9, 50), member(10, 5), false)).toBe(true);
  });
  it('ranks members of one makespan by their float, the most first, before any tie', () => {
    const floated = (makespan: number, tie: number, float: number, mirroredTie?: number): Individual => ({ ...member(makespan, tie, mirroredTie), float });
    expect(fitterMember(floated(10, 9, 5), floated(10, 1, 4), false)).toBe(true);
    expect(fitterMember(floated(10, 1, 4), floated(10, 9, 5), false)).toBe(false);
    expect(fitterMember(floated(10, 9, 5, 30), floated(10, 1, 4, 2), true)).toBe(true);
    // A shorter makespan still comes first; equal floats, or one missing, fall back to the tie.
    expect(fitterMember(floated(11, 1, 50), floated(10, 9, 0), false)).toBe(false);
    expect(fitterMember(floated(10, 1, 4), floated(10, 9, 4), false)).toBe(true);
    expect(fitterMember(floated(10, 1, 4), member(10, 9), false)).toBe(true);
    expect(fitterMember(member(10, 9), floated(10, 1, 4), false)).toBe(false);
  });
  it('sums the square roots of the positive slacks as a schedule\'s float', () => {
    expect(summedFloat(Int32Array.from([0, 4, 1, -2, 9]))).toBe(6);
    expect(summedFloat(new Int32Array(3))).toBe(0);
  });
  it('gives members their float only where children are double-justified parameterised active schedules', () => {
    class SlackDecoder extends BoundedDecoder {
      override justify(list: Int32Array, out: Int32Array): number {
        for (let j = 0; j < list.length; j++) this.slack[j] = list[j];
        return super.justify(list, out);
      }
    }
    const floatOf = (decoder: SearchDecoder, budget: number) => searchSchedules(direction(decoder), { budget, lowerBound: 0 }, createRandom(3))?.float;
    // The slacks are some order of 0 to 9, so the float is the sum of their roots.
    expect(floatOf(new SlackDecoder(), 6000)).toBeCloseTo([...Array(10).keys()].reduce((sum, j) => sum + Math.sqrt(j), 0), 9);
    expect(floatOf(new CountingDecoder(), 6000)).toBeUndefined();
    // Right-justified children (up to 5,000 schedules) rank by their tie in mirrored time alone.
    class BoundedRightOnly extends SlackDecoder {
      rightJustify(list: Int32Array, out: Int32Array): number {
        this.passes++;
        for (let j = 0; j < list.length; j++) this.slack[j] = list[j];
        out.set(list);
        return 100 + list.reduce((sum, j, k) => sum + Math.abs(j - k), 0);
      }
    }
    expect(floatOf(new BoundedRightOnly(), 5000)).toBeUndefined();
    expect(floatOf(new BoundedRightOnly(), 6000)).toBeGreaterThan(0);
  });
  it('sums finishes in mirrored time: makespan minus each start', () => {
    // Starts 0, 2, 5 in a schedule of 8 slots: mirrored finishes 8, 6, 3.
    expect(mirroredTieOf(Int32Array.from([0, 2, 5]), 8)).toBe(17);
  });
});
