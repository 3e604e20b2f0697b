import { describe, expect, it } from 'vitest';
import { boundedDistance, closest, editDistance, MAX_SUGGESTION_COMPARISONS, Vocabulary } from './suggest.js';

describe('editDistance', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('tpye', 'type')).toBe(1);
  });
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('boundedDistance', () => {
  it('equals editDistance within the bound and is the bound plus one past it', () => {
    let state = 7;
    const random = (n: number) => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % n;
    };
    const word = () => Array.from({ length: random(9) }, () => 'abc'[random(3)]).join('');
    for (let trial = 0; trial < 5000; trial++) {
      const a = word();
      const b = word();
      const k = 1 + random(3);
      const exact = editDistance(a, b);
      expect(boundedDistance(a, b, k), `${a} ${b} ${k}`).toBe(exact <= k ? exact : k + 1);
    }
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
  it('gives a tie to the earlier word, whatever its length', () => {
    expect(closest('abcdef', ['abcdefgh', 'abcd', 'abcdxy'])).toBe('abcdefgh');
    expect(closest('abcdef', ['abcdxy', 'abcd', 'abcdefgh'])).toBe('abcdxy');
  });
});

describe('Vocabulary', () => {
  const ids = Array.from({ length: 10_000 }, (_, i) => `task-${String(i).padStart(5, '0')}`);

  it('answers 10,000 near misses among 10,000 ids within its comparison budget', () => {
    const vocabulary = new Vocabulary(ids);
    const answers = ids.map((id) => vocabulary.closest(`tsak-${id.slice(5)}`));
    expect(vocabulary.comparisons).toBeLessThanOrEqual(MAX_SUGGESTION_COMPARISONS);
    // The first queries, within the budget, still get the exact answer.
    const answered = answers.filter((a) => a !== undefined).length;
    expect(answered).toBeGreaterThanOrEqual(10);
    expect(answers.slice(0, answered)).toEqual(ids.slice(0, answered));
  });

  it('compares a word only with words of a length within its edit limit', () => {
    const mixed = [...Array.from({ length: 1000 }, (_, i) => `x${'y'.repeat(20)}${i}`), 'deploy'];
    const vocabulary = new Vocabulary(mixed);
    expect(vocabulary.closest('depoly')).toBe('deploy');
    expect(vocabulary.comparisons).toBe(1);
  });
});
