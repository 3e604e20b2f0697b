/**
 * The risk matrix: impact x likelihood → High / Medium / Low, as the seed's register groups its
 * risks ("High Risks (Could derail project)", "Medium Risks (Could impact timeline)",
 * "Low Risks (Minor impact)"). Impact sets the band, because the seed files a high-impact,
 * low-likelihood risk (security review finds critical issues) under High and a low-impact,
 * high-likelihood one (beta feedback needs UX changes) under Low; a medium-impact risk that is
 * also unlikely drops to Low.
 *
 *                    likelihood
 *   impact       low      medium    high
 *   high         High     High      High
 *   medium       Low      Medium    Medium
 *   low          Low      Low       Low
 */
import type { Level } from '../model/index.js';

export type Severity = 'high' | 'medium' | 'low';

const MATRIX: Record<Level, Record<Level, Severity>> = {
  high: { low: 'high', medium: 'high', high: 'high' },
  medium: { low: 'low', medium: 'medium', high: 'medium' },
  low: { low: 'low', medium: 'low', high: 'low' },
};

export function riskSeverity(impact: Level, likelihood: Level): Severity {
  return MATRIX[impact][likelihood];
}
