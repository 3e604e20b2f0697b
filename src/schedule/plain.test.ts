import { describe, expect, it } from 'vitest';
import { PlainDecoder, type PlainNetwork } from './plain.js';

/**
 * One resource of capacity 1. P (3 slots) holds nothing; Q (2 slots) follows P; R (4 slots) has
 * no predecessor. The list P, Q, R puts Q at 3 and so pushes R behind it (makespan 9); R could
 * have run at 0, before Q can start.
 */
const net: PlainNetwork = {
  n: 3,
  span: Int32Array.from([3, 2, 4]),
  predStart: Int32Array.from([0, 0, 1, 1]),
  predIndex: Int32Array.from([0]),
  delta: Int32Array.from([3]),
  demandStart: Int32Array.from([0, 0, 1, 2]),
  demandResource: Int32Array.from([0, 0]),
  demandUnits: Int32Array.from([1, 1]),
  capacity: Int32Array.from([1]),
  weight: Float64Array.from([1, 1, 1]),
  horizon: 20,
};
const list = Int32Array.from([0, 1, 2]);

describe('the parameterised active schedule of a list', () => {
  it('is the serial schedule when the delay reaches the wait of the list order', () => {
    const decoder = new PlainDecoder(net);
    const placed = new Int32Array(3);
    expect(decoder.decodeBounded(list, 3, placed)).toBe(9);
    expect(Array.from(decoder.start)).toEqual([0, 3, 5]);
    expect(Array.from(placed)).toEqual([0, 1, 2]);
    expect(decoder.decode(list)).toBe(9);
  });

  it('lets work that can start now go before work that would wait longer than the delay', () => {
    const decoder = new PlainDecoder(net);
    const placed = new Int32Array(3);
    // R can start at 0 and Q only at 3: with a delay of 2, R goes first, and Q waits for it.
    expect(decoder.decodeBounded(list, 2, placed)).toBe(6);
    expect(Array.from(decoder.start)).toEqual([0, 4, 0]);
    expect(Array.from(placed)).toEqual([0, 2, 1]);
  });

  it('writes an order the serial scheme decodes to the same schedule', () => {
    const decoder = new PlainDecoder(net);
    const placed = new Int32Array(3);
    decoder.decodeBounded(list, 0, placed);
    const bounded = Array.from(decoder.start);
    expect(decoder.decode(placed)).toBe(6);
    expect(Array.from(decoder.start)).toEqual(bounded);
  });

  it('may write the order placed over the list it reads', () => {
    const decoder = new PlainDecoder(net);
    const order = Int32Array.from(list);
    expect(decoder.decodeBounded(order, 2, order)).toBe(6);
    expect(Array.from(order)).toEqual([0, 2, 1]);
  });

  it('leaves the profile clear for the next decode', () => {
    const decoder = new PlainDecoder(net);
    decoder.decodeBounded(list, 0, new Int32Array(3));
    expect(decoder.decode(list)).toBe(9);
    expect(Array.from(decoder.start)).toEqual([0, 3, 5]);
  });
});
