/**
 * Risks: the impact x likelihood heat map with each risk's id in its cell, banded by the matrix
 * in src/analyse/risk-matrix.ts, and the register as a sortable table (declared risks, then the
 * ones execplan detected in the plan).
 */
import { type RegisterEntry, riskSeverity } from '../../analyse/index.js';
import type { Level } from '../../model/index.js';
import { detectedRiskText } from '../common/detected-risk-text.js';
import { capitalised } from '../common/format.js';
import type { HtmlContext } from './context.js';
import { attrs, esc } from './escape.js';
import { sectionLink, sectionStart, type SectionHead } from './section.js';
import { cell, sortableTable } from './table.js';

const LEVELS: readonly Level[] = ['low', 'medium', 'high'];
const RANK: Record<Level, number> = { low: 0, medium: 1, high: 2 };

interface Row {
  readonly id: string;
  readonly title: string;
  readonly severity: Level;
  readonly impact: Level;
  readonly likelihood: Level;
  readonly owner: string;
  readonly mitigation: string;
  readonly status: string;
  readonly affects: string;
}

function rowsOf(ctx: HtmlContext): Row[] {
  const register = ctx.a.riskRegister;
  const entries: RegisterEntry[] = [...register.high, ...register.medium, ...register.low];
  // The cut order if the plan slips is listed with the forecast's cuts.
  const words = { ...ctx, scopeSection: sectionLink(ctx.section('confidence')) };
  return entries.map((e): Row => {
    if (e.detected) {
      const t = detectedRiskText(words, e.risk);
      return {
        id: e.risk.id,
        title: `${t.title} <span class="tag">detected</span><br><small>${t.evidence}</small>`,
        severity: e.severity,
        impact: e.risk.impact,
        likelihood: e.risk.likelihood,
        owner: 'to assign',
        mitigation: `Suggested: ${t.mitigation}`,
        status: 'detected',
        affects: '',
      };
    }
    const r = e.risk;
    return {
      id: r.id,
      title: esc(r.title),
      severity: e.severity,
      impact: r.impact,
      likelihood: r.likelihood,
      owner: r.owner ? ctx.person(r.owner) : 'to assign',
      mitigation: r.mitigation ? esc(r.mitigation) : 'none yet',
      status: r.status,
      affects: r.affects.filter((id) => ctx.a.index.activity.has(id)).map(ctx.title).join(', '),
    };
  });
}

function heatMap(rows: readonly Row[]): string {
  const head = LEVELS.map((l) => `<th scope="col">${capitalised(l)}</th>`).join('');
  const body = [...LEVELS].reverse().map((impact) => {
    const cells = LEVELS.map((likelihood) => {
      const here = rows.filter((r) => r.impact === impact && r.likelihood === likelihood);
      const severity = riskSeverity(impact, likelihood);
      const label = `${capitalised(impact)} impact, ${likelihood} likelihood: ${severity} band, ${here.length} risk${here.length === 1 ? '' : 's'}`;
      const ids = here.map((r) => `<li>${esc(r.id)}</li>`).join('');
      return `<td${attrs({ class: `sev-${severity}`, 'data-impact': impact, 'data-likelihood': likelihood, 'data-count': here.length, 'aria-label': label })}><span class="band">${capitalised(severity)}</span>${ids ? `<ul>${ids}</ul>` : ''}</td>`;
    });
    return `<tr><th scope="row">${capitalised(impact)}</th>${cells.join('')}</tr>`;
  });
  return `<table class="heat" aria-describedby="heat-note"><caption>Risk heat map: impact (rows) by likelihood (columns)</caption><thead><tr><td></td>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

export function renderRisks(ctx: HtmlContext, head: SectionHead): string {
  const rows = rowsOf(ctx);
  const closed = ctx.a.riskRegister.closed;
  const columns = [
    { label: 'Id' },
    { label: 'Risk' },
    { label: 'Band' },
    { label: 'Impact' },
    { label: 'Likelihood' },
    { label: 'Owner' },
    { label: 'Mitigation' },
    { label: 'Status' },
    { label: 'Affects' },
  ];
  const table = sortableTable(
    'risk-table',
    'Risk register',
    columns,
    rows.map((r) => [
      cell(`<code>${esc(r.id)}</code>`, r.id),
      cell(r.title),
      cell(capitalised(r.severity), 2 - RANK[r.severity], `sev-${r.severity}`),
      cell(capitalised(r.impact), 2 - RANK[r.impact]),
      cell(capitalised(r.likelihood), 2 - RANK[r.likelihood]),
      cell(r.owner),
      cell(r.mitigation),
      cell(esc(r.status)),
      cell(r.affects),
    ]),
  );
  const note =
    '<p id="heat-note">Bands: high impact is High whatever the likelihood; medium impact is Medium unless unlikely (then Low); low impact is Low.</p>';
  const empty = rows.length === 0 ? '<p>No open risks are declared or detected.</p>' : '';
  const closedLine = closed.length > 0 ? `<p>Closed: ${closed.map((r) => esc(r.title)).join('; ')}.</p>` : '';
  return `${sectionStart(head)}${heatMap(rows)}${note}${empty}${rows.length > 0 ? table : ''}${closedLine}</section>`;
}
