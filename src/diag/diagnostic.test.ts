import { describe, expect, it } from 'vitest';
import { hasErrors, locateDiagnostics, type Diagnostic } from './diagnostic.js';

const warning: Diagnostic = { code: 'W_RISK_NO_OWNER', severity: 'warning', message: 'risk has no owner' };
const error: Diagnostic = { code: 'E_UNKNOWN_REF', severity: 'error', message: 'unknown task' };

describe('hasErrors', () => {
  it('is false when only warnings are present', () => {
    expect(hasErrors([warning])).toBe(false);
  });
  it('is true as soon as one error is present', () => {
    expect(hasErrors([warning, error])).toBe(true);
  });
});

describe('locateDiagnostics', () => {
  const positions = { locate: (path: readonly (string | number)[]) => (path[0] === 'tasks' ? ([10, 20] as const) : undefined) };

  it('gives a diagnostic with a path and no range the range of its path', () => {
    const [d] = locateDiagnostics([{ ...error, path: ['tasks', 2] }], positions);
    expect(d.range).toEqual([10, 20]);
  });
  it('keeps a range already known, and leaves alone what it cannot place', () => {
    const placed = { ...error, path: ['tasks', 2], range: [1, 2] as const };
    const unknown = { ...error, path: ['team', 0] };
    expect(locateDiagnostics([placed, unknown, warning], positions)).toEqual([placed, unknown, warning]);
  });
});
