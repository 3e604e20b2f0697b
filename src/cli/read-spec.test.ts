import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diag/index.js';
import { firstWarningsPerCode } from './read-spec.js';

const at = (code: string, start: number, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ code, severity, message: `${code} at ${start}`, range: [start, start + 1] });

describe('firstWarningsPerCode', () => {
  it('keeps the first warnings of each code in reading order and counts the rest by code', () => {
    const diagnostics = [at('W_B', 50), at('W_A', 40), at('W_A', 10), at('W_B', 5), at('W_A', 30), at('W_A', 20), at('W_C', 60)];
    const { kept, left } = firstWarningsPerCode(diagnostics, 2);
    expect(kept.map((d) => d.message)).toEqual(['W_B at 5', 'W_A at 10', 'W_A at 20', 'W_B at 50', 'W_C at 60']);
    expect(left).toEqual([['W_A', 2]]);
  });

  it('never leaves out an error', () => {
    const diagnostics = [at('E_X', 1, 'error'), at('E_X', 2, 'error'), at('E_X', 3, 'error'), at('W_A', 4), at('W_A', 5)];
    const { kept, left } = firstWarningsPerCode(diagnostics, 1);
    expect(kept.map((d) => d.message)).toEqual(['E_X at 1', 'E_X at 2', 'E_X at 3', 'W_A at 4']);
    expect(left).toEqual([['W_A', 1]]);
  });
});
