/**
 * The risk register: the spec's risks and the risks detected in the plan, banded High / Medium /
 * Low by the matrix in risk-matrix.ts. Declared risks keep their spec order within a band;
 * detected ones follow them. Closed risks stay out of the bands (they are history, not watch).
 */
import type { Risk } from '../model/index.js';
import type { DetectedRiskEntry } from './detected-risks.js';
import { riskSeverity, type Severity } from './risk-matrix.js';

export type RegisterEntry =
  | { readonly detected: false; readonly severity: Severity; readonly risk: Risk }
  | { readonly detected: true; readonly severity: Severity; readonly risk: DetectedRiskEntry };

export interface RiskRegister {
  readonly high: readonly RegisterEntry[];
  readonly medium: readonly RegisterEntry[];
  readonly low: readonly RegisterEntry[];
  readonly closed: readonly Risk[];
}

export function buildRiskRegister(declared: readonly Risk[], detected: readonly DetectedRiskEntry[]): RiskRegister {
  const entries: RegisterEntry[] = [
    ...declared.filter((r) => r.status !== 'closed').map((risk): RegisterEntry => ({ detected: false, severity: riskSeverity(risk.impact, risk.likelihood), risk })),
    ...detected.map((risk): RegisterEntry => ({ detected: true, severity: riskSeverity(risk.impact, risk.likelihood), risk })),
  ];
  return {
    high: entries.filter((e) => e.severity === 'high'),
    medium: entries.filter((e) => e.severity === 'medium'),
    low: entries.filter((e) => e.severity === 'low'),
    closed: declared.filter((r) => r.status === 'closed'),
  };
}
