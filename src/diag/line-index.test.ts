import { describe, expect, it } from 'vitest';
import { createLineIndex } from './line-index.js';

describe('createLineIndex', () => {
  const index = createLineIndex('ab\ncd\r\n\nlast');
  it('gives 1-based line and column', () => {
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(4)).toEqual({ line: 2, column: 2 });
    expect(index.position(8)).toEqual({ line: 4, column: 1 });
  });
  it('puts an offset on a line break at the end of its line', () => {
    expect(index.position(2)).toEqual({ line: 1, column: 3 });
  });
  it('clamps offsets outside the text', () => {
    expect(index.position(-5)).toEqual({ line: 1, column: 1 });
    expect(index.position(999)).toEqual({ line: 4, column: 5 });
  });
  it('returns line text without the line break or carriage return', () => {
    expect(index.lineText(2)).toBe('cd');
    expect(index.lineText(3)).toBe('');
    expect(index.lineText(4)).toBe('last');
    expect(index.lineText(9)).toBe('');
    expect(index.lineCount).toBe(4);
  });
});
