import { describe, expect, it } from 'vitest';
import { hasErrors, type Diagnostic } from './diagnostic.js';

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
