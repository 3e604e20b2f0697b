import { describe, expect, it } from 'vitest';
import { csvTable, textCell } from './cells.js';

describe('textCell', () => {
  it('leaves plain text alone', () => expect(textCell('Evaluate OT libraries')).toBe('Evaluate OT libraries'));
  it('quotes a comma, doubling quotes inside', () => expect(textCell('say "hi", then go')).toBe('"say ""hi"", then go"'));
  it('quotes a line break', () => expect(textCell('two\nlines')).toBe('"two\nlines"'));
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx'])('neutralises the formula %j with an apostrophe', (s) => expect(textCell(s)).toBe(`'${s}`));
  it('neutralises and quotes a formula with a comma', () => expect(textCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`));
  it('neutralises a leading carriage return and quotes it', () => expect(textCell('\r=1')).toBe(`"'\r=1"`));
});

describe('csvTable', () => {
  it('writes a header and rows with CRLF ends, numbers plain and booleans as yes/no', () => {
    expect(csvTable(['a', 'b', 'c', 'd'], [['x', 1.005, true, null], ['y', 2, false, '']])).toBe('a,b,c,d\r\nx,1,yes,\r\ny,2,no,\r\n');
  });
});
