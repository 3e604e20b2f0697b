import { describe, expect, it } from 'vitest';
import { findCycles, stronglyConnectedComponents } from './cycles.js';

const graph = (edges: Record<string, string[]>) => (n: string) => edges[n] ?? [];

describe('findCycles', () => {
  it('returns nothing for a DAG', () => {
    expect(findCycles(['a', 'b', 'c'], graph({ a: ['b', 'c'], b: ['c'] }))).toEqual([]);
  });

  it('names a three-node cycle starting at its earliest node', () => {
    expect(findCycles(['x', 'b', 'c', 'a'], graph({ a: ['b'], b: ['c'], c: ['a'] }))).toEqual([['b', 'c', 'a', 'b']]);
  });

  it('reports a self-loop as a one-step cycle', () => {
    expect(findCycles(['a', 'b'], graph({ a: ['a', 'b'] }))).toEqual([['a', 'a']]);
  });

  it('reports one cycle per strongly connected component, in node order', () => {
    const cycles = findCycles(['a', 'b', 'c', 'd', 'e'], graph({ a: ['b'], b: ['a'], c: ['d'], d: ['e'], e: ['c'] }));
    expect(cycles).toEqual([['a', 'b', 'a'], ['c', 'd', 'e', 'c']]);
  });

  it('picks the shortest cycle through the first node of a component', () => {
    // a -> b -> c -> d -> a, and a shortcut c -> a.
    const cycles = findCycles(['a', 'b', 'c', 'd'], graph({ a: ['b'], b: ['c'], c: ['d', 'a'], d: ['a'] }));
    expect(cycles).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('ignores edges to unknown nodes', () => {
    expect(findCycles(['a'], graph({ a: ['ghost'], ghost: ['a'] }))).toEqual([]);
  });

  it('handles a 100,000-node chain closed into a ring without overflowing the stack', () => {
    const n = 100_000;
    const nodes = Array.from({ length: n }, (_, i) => `t${i}`);
    const cycles = findCycles(nodes, (id) => [`t${(Number(id.slice(1)) + 1) % n}`]);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n + 1);
    expect(cycles[0][0]).toBe('t0');
    expect(cycles[0][n]).toBe('t0');
  });
});

describe('stronglyConnectedComponents', () => {
  it('puts every node in exactly one component', () => {
    const comps = stronglyConnectedComponents(['a', 'b', 'c', 'd'], graph({ a: ['b'], b: ['a', 'c'], c: ['d'] }));
    expect(comps.flat().sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(comps.find((c) => c.includes('a'))?.sort()).toEqual(['a', 'b']);
  });
});
