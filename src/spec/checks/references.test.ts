import { describe, expect, it } from 'vitest';
import { loadSpec } from '../load.js';
import { MAX_SUGGESTION_COMPARISONS } from '../suggest.js';

describe('checkReferences at scale', () => {
  it('spends one bounded budget of comparisons on the suggestions for thousands of near-miss references', () => {
    // Every task waits on a near miss of its predecessor's id: 3,000 unknown references among
    // 3,000 ids of one length, so each suggestion compares with every id.
    const n = 3000;
    const id = (i: number) => `task-${String(i).padStart(5, '0')}`;
    const tasks = Array.from({ length: n }, (_, i) => `  - { id: ${id(i)}, duration: 1d${i > 0 ? `, after: [tsak-${id(i - 1).slice(5)}]` : ''} }`);
    const { diagnostics } = loadSpec(`plan: t\nstart: 2024-10-15\ntasks:\n${tasks.join('\n')}\n`);
    expect(diagnostics.filter((d) => d.code === 'E_UNKNOWN_REF')).toHaveLength(n - 1);
    // One vocabulary of the ids answers them all, in spec order, until its budget is spent.
    const hinted = diagnostics.filter((d) => d.hint?.startsWith('did you mean'));
    expect(hinted).toHaveLength(Math.floor(MAX_SUGGESTION_COMPARISONS / n));
    expect(hinted.map((d) => d.hint)).toEqual(hinted.map((_, i) => `did you mean "${id(i)}"?`));
  });
});
