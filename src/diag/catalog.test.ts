import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG, DIAG_CODES, makeDiagnostic } from './catalog.js';

describe('the diagnostic catalog', () => {
  it('names errors E_ and warnings W_', () => {
    for (const code of DIAG_CODES) {
      expect(code.startsWith(CATALOG[code].severity === 'error' ? 'E_' : 'W_'), code).toBe(true);
    }
  });

  it('is documented code by code in docs/diagnostics.md, and the doc lists nothing else', () => {
    const doc = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^### `([EW]_[A-Z0-9_]+)`/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...DIAG_CODES].sort());
  });

  it('builds diagnostics with the catalog severity and default hint', () => {
    const d = makeDiagnostic('W_RISK_NO_OWNER', 'risk "r" has no owner', { path: ['risks', 0] });
    expect(d).toEqual({ code: 'W_RISK_NO_OWNER', severity: 'warning', message: 'risk "r" has no owner', hint: CATALOG.W_RISK_NO_OWNER.hint, path: ['risks', 0] });
  });
});
