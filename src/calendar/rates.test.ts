import { describe, expect, it } from 'vitest';
import { freezeBlocks } from './rates.js';

const freeze = (blocks: 'all' | string[]) => ({ name: 'f', from: 0, to: 5, blocks });

describe('freezeBlocks', () => {
  it("blocks every kind, and work of no kind, when it blocks 'all'", () => {
    expect(freezeBlocks(freeze('all'), 'deploy')).toBe(true);
    expect(freezeBlocks(freeze('all'), undefined)).toBe(true);
  });
  it('blocks only the kinds it lists', () => {
    expect(freezeBlocks(freeze(['deploy']), 'deploy')).toBe(true);
    expect(freezeBlocks(freeze(['deploy']), 'code')).toBe(false);
  });
  it('never blocks work of no kind when it lists kinds', () => {
    expect(freezeBlocks(freeze(['deploy']), undefined)).toBe(false);
  });
});
