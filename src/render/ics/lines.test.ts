import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsDateValue } from './lines.js';

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
  it('leaves <, &, quotes and ]]> alone: they mean nothing to iCalendar', () => expect(escapeText('<a & "b"> ]]>')).toBe('<a & "b"> ]]>'));
});

describe('foldLine', () => {
  it('keeps a line of 75 octets whole', () => expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75)));
  it('folds the 76th octet onto a line that starts with a space', () => expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`));
  it('counts the leading space of a continuation', () => expect(foldLine('x'.repeat(75 + 75))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`));
  it('never cuts a multi-byte character: 74 ASCII octets and an emoji fold before the emoji', () => {
    const folded = foldLine(`${'x'.repeat(74)}🚀`);
    expect(folded).toBe(`${'x'.repeat(74)}\r\n 🚀`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});

describe('icsDateValue', () => {
  it('writes a date as DATE', () => expect(icsDateValue('2024-12-15')).toBe('20241215'));
  it('writes a date-time as floating local time', () => expect(icsDateValue('2024-10-14T09:30')).toBe('20241014T093000'));
});
