/**
 * The risk register in the seed's form, grouped High / Medium / Low by the matrix in
 * src/analyse/risk-matrix.ts, declared risks first, then the risks execplan detected.
 */
import type { RegisterEntry } from '../../analyse/index.js';
import type { Risk } from '../../model/index.js';
import type { DocContext } from './context.js';
import { detectedRiskText } from '../common/detected-risk-text.js';
import { inline } from './escape.js';
import { capitalised, shareText } from '../common/format.js';

const STATUS: Record<Risk['status'], string> = {
  open: '🔴 Open',
  monitor: '⚠️ Monitor',
  mitigated: '✅ Mitigated',
  accepted: '✅ Accepted',
  closed: '✅ Closed',
};

const BANDS = [
  { key: 'high', heading: 'High risks (could derail the project)' },
  { key: 'medium', heading: 'Medium risks (could impact the timeline)' },
  { key: 'low', heading: 'Low risks (minor impact)' },
] as const;

function entryLines(ctx: DocContext, e: RegisterEntry, n: number): string[] {
  if (e.detected) {
    const t = detectedRiskText({ ...ctx, scopeSection: ctx.outline.ref('scope') }, e.risk);
    return [
      `**Risk ${n}: ${t.title}** (detected in the plan)`,
      `- Impact: ${capitalised(e.risk.impact)}`,
      `- Likelihood: ${capitalised(e.risk.likelihood)}`,
      `- Evidence: ${t.evidence}`,
      `- Mitigation (suggested): ${t.mitigation}`,
      '- Owner: to assign',
      '- Status: 🔍 Detected',
    ];
  }
  const r = e.risk;
  const affects = r.affects.filter((id) => ctx.a.index.activity.has(id)).map(ctx.title);
  return [
    `**Risk ${n}: ${inline(r.title)}**`,
    `- Impact: ${capitalised(r.impact)}`,
    `- Likelihood: ${capitalised(r.likelihood)}${r.probability !== undefined ? ` (${shareText(r.probability)})` : ''}`,
    `- Mitigation: ${r.mitigation ? inline(r.mitigation) : 'none yet'}`,
    `- Owner: ${r.owner ? ctx.person(r.owner) : 'to assign'}`,
    `- Status: ${STATUS[r.status]}`,
    ...(affects.length > 0 ? [`- Affects: ${affects.join(', ')}`] : []),
  ];
}

export function renderRiskRegister(ctx: DocContext): string {
  const register = ctx.a.riskRegister;
  const lines = [
    'Bands by impact x likelihood: high impact is High whatever the likelihood; medium impact is Medium unless unlikely (then Low); low impact is Low.',
  ];
  let n = 0;
  for (const band of BANDS) {
    const entries = register[band.key];
    if (entries.length === 0) continue;
    lines.push('', `### ${band.heading}`);
    for (const e of entries) lines.push('', ...entryLines(ctx, e, ++n));
  }
  if (n === 0) lines.push('', 'No open risks are declared or detected.');
  if (register.closed.length > 0) lines.push('', `Closed: ${register.closed.map((r) => inline(r.title)).join('; ')}`);
  return lines.join('\n');
}
