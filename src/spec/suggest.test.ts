import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './suggest.js';

describe('editDistance', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('tpye', 'type')).toBe(1);
  });
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closest', () => {
  const keys = ['duration', 'effort', 'estimate', 'after', 'assignee'];
  it('finds a misspelt key', () => {
    expect(closest('duraton', keys)).toBe('duration');
    expect(closest('asignee', keys)).toBe('assignee');
  });
  it('ignores case', () => {
    expect(closest('After', keys)).toBe('after');
  });
  it('returns nothing when no candidate is close', () => {
    expect(closest('colour', keys)).toBeUndefined();
  });
  it('does not suggest the word itself', () => {
    expect(closest('after', keys)).toBeUndefined();
  });
  it('keeps short ids strict: one edit at most', () => {
    expect(closest('be3', ['be1', 'fe2'])).toBe('be1');
    expect(closest('qa', ['be1'])).toBeUndefined();
  });
});
