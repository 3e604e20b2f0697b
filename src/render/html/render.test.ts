import { analysePlan } from '../../analyse/index.js';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../analyse/test-utils/build-plan.js';
import { findFormat } from '../formats.js';
import { sectionById } from '../md/sections.js';
import { CSP, HTML_SECTIONS, renderHtml } from './render.js';
import { all, parseHtml } from './test-utils/dom.js';
import { planFile, planGenerated, sampleForecast } from './test-utils/plans.js';

const launch = planFile('examples/launch.yaml');
const html = renderHtml(analysePlan(launch));
const doc = parseHtml(html);
const attr = (selector: string, name: string) => all(doc, selector).map((e) => e.getAttribute(name)!);

describe('the launch report', () => {
  it('is registered as the html format', () => {
    const format = findFormat('html')!;
    expect(format.extension).toBe('html');
    expect(format.render(analysePlan(launch))).toBe(html);
  });

  it('draws one Gantt row per scheduled activity, in groups per phase', () => {
    const ids = attr('svg.gantt [data-task]', 'data-task');
    expect(ids.sort()).toEqual(launch.schedule.activities.map((s) => s.id).sort());
    expect(all(doc, 'svg.gantt g.phase').length).toBeGreaterThan(1);
    const gates = launch.model.activities.filter((a) => a.type === 'gate' || a.type === 'milestone').map((a) => a.id);
    expect(attr('svg.gantt [data-task]:has(.diamond)', 'data-task').sort()).toEqual(gates.sort());
  });

  it("marks exactly the timing's critical activities", () => {
    const critical = launch.timing.activities.filter((t) => t.critical).map((t) => t.id);
    expect(critical.length).toBeGreaterThan(0);
    expect(attr('svg.gantt [data-critical="true"]', 'data-task').sort()).toEqual(critical.sort());
    expect(all(doc, 'svg.gantt [data-critical]').every((e) => ['true', 'false'].includes(e.getAttribute('data-critical')!))).toBe(true);
  });

  it('draws an arrow per dependency between scheduled activities', () => {
    const scheduled = new Set(launch.schedule.activities.map((s) => s.id));
    const links = launch.model.activities.filter((a) => scheduled.has(a.id)).flatMap((a) => a.deps.filter((d) => scheduled.has(d.from)));
    expect(all(doc, 'svg.gantt path.dep').length).toBe(links.length);
  });

  it('shows the deadline, the effective delivery, the freeze and the holiday, on a weekly axis', () => {
    expect(attr('svg.gantt [data-deadline]', 'data-deadline')).toEqual(['2024-12-15']);
    expect(attr('svg.gantt [data-delivery]', 'data-delivery')).toEqual(['2024-12-12']);
    expect(doc.querySelector('svg.gantt rect.freeze title')!.textContent).toContain('Holiday freeze');
    expect(all(doc, 'svg.gantt rect.holiday').length).toBe(1);
    expect(doc.querySelector('svg.gantt')!.getAttribute('data-axis-unit')).toBe('week');
  });

  it('puts dates, float and estimate in each bar tooltip', () => {
    const tip = doc.querySelector('svg.gantt [data-task="ot-spike"] > title')!.textContent!;
    expect(tip).toMatch(/Tue 2024-10-15 to \w{3} 2024-10-\d\d/);
    expect(tip).toMatch(/Float: \d+ working days? total/);
    expect(tip).toContain('Estimate: 2 / 3 / 5');
  });

  it('has a load row per person and a summary card for each headline fact', () => {
    expect(attr('table.load [data-resource]', 'data-resource')).toEqual(launch.model.resources.map((r) => r.id));
    expect(attr('[data-card]', 'data-card')).toEqual(['verdict', 'finish', 'deadline', 'on-time', 'buffer', 'critical', 'warnings']);
  });

  it('files every open risk in one heat-map cell and one register row', () => {
    const cells = all(doc, 'table.heat td[data-count]');
    expect(cells.length).toBe(9);
    const inCells = cells.reduce((n, c) => n + Number(c.getAttribute('data-count')), 0);
    const rows = all(doc, '#risk-table tbody tr').length;
    expect(inCells).toBe(rows);
    expect(rows).toBeGreaterThanOrEqual(launch.model.risks.filter((r) => r.status !== 'closed').length);
    const otLibrary = doc.querySelector('td[data-impact="high"][data-likelihood="medium"]')!;
    expect(otLibrary.textContent).toContain('ot-library');
  });

  it("points detected risks at the report's own section with the cut order, by a link", () => {
    const table = doc.querySelector('#risk-table')!.textContent!;
    expect(table).toContain('if the plan slips (the Confidence and scope section)');
    expect(table).not.toMatch(/section \d/);
    expect(attr('#risk-table a', 'href').every((href) => href === '#confidence')).toBe(true);
    expect(doc.querySelector('#confidence h2')!.textContent).toBe('Confidence and scope');
  });

  it('navigates to every section by the id and title the section carries', () => {
    const links = all(doc, 'nav a').map((a) => [a.getAttribute('href'), a.textContent]);
    const shown = HTML_SECTIONS.filter((s) => s.id !== 'slip');
    expect(links).toEqual(shown.map((s) => [`#${s.id}`, s.title]));
    for (const s of shown) expect(doc.querySelector(`section#${s.id} > h2`)!.textContent).toBe(s.title);
  });

  it('names the sections that mirror the Markdown plan as the Markdown plan does', () => {
    for (const id of ['summary', 'risks'] as const) expect(HTML_SECTIONS.find((s) => s.id === id)?.title).toBe(sectionById(id).title);
    expect(doc.querySelector('#risks h2')!.textContent).toBe('Risk register');
  });

  it('is described section by section in docs/html.md', () => {
    const text = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../docs/html.md'), 'utf8');
    const lines = text.slice(text.indexOf('| section | contents |')).split('\n').slice(2);
    const rows = lines.slice(0, lines.findIndex((l) => !l.startsWith('| ')));
    const titles = rows.map((l) => l.split('|')[1].trim());
    expect(titles).toEqual(HTML_SECTIONS.map((s) => s.title));
  });

  it('lists every scheduled activity in the sortable task table', () => {
    expect(attr('#task-table tbody tr', 'data-id')).toEqual(launch.schedule.activities.map((s) => s.id));
    expect(all(doc, '#task-table thead th button').length).toBe(11);
  });

  it('says the forecast was not run when there is none', () => {
    const { forecast: _, ...bare } = launch;
    const d = parseHtml(renderHtml(analysePlan(bare)));
    expect(d.querySelector('[data-forecast="absent"]')!.textContent).toContain('Forecast not run');
    expect(d.querySelector('svg.histogram')).toBeNull();
    expect(d.querySelector('[data-card="on-time"] .value')!.textContent).toBe('n/a');
  });

  it('requests nothing from the network and declares a strict Content-Security-Policy', () => {
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(CSP);
    expect(all(doc, '[src], link, img, iframe, object, embed').length).toBe(0);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
    expect(html).not.toMatch(/@import|url\((?!#)/);
  });

  it('is deterministic', () => expect(renderHtml(analysePlan(planFile('examples/launch.yaml')))).toBe(html));

  it('counts one of a thing in the singular', () => {
    const d = parseHtml(renderHtml(analysePlan(buildPlan({ resources: [{ id: 'p' }], activities: [{ id: 'a', assignee: 'p', at: [0, 1] }], criticalPath: ['a'] }))));
    expect(d.querySelector('header .meta')!.textContent).toContain('1 scheduled activity; search budget 1 schedule,');
    expect(d.querySelector('[data-card="critical"] .sub')!.textContent).toBe('1 activity, carried by p');
    expect(d.querySelector('#task-table caption')!.textContent).toContain('1 scheduled activity ');
  });
});

describe('the confidence section with a forecast', () => {
  const result = { ...launch, forecast: sampleForecast(launch) };
  const f = result.forecast;
  const d = parseHtml(renderHtml(analysePlan(result)));

  it('draws the histogram, the S-curve and the markers', () => {
    expect(all(d, 'svg.histogram rect.hist-bar').length).toBe(f.histogram.length);
    expect(d.querySelector('svg.s-curve polyline.curve')).not.toBeNull();
    for (const chart of ['histogram', 's-curve']) {
      // The launch delivers by Dec 12, before its Dec 15 deadline: both lines are drawn, each named.
      expect(all(d, `svg.${chart} [data-marker]`).map((e) => e.getAttribute('data-marker'))).toEqual(['P50', 'P80', 'P95', 'deadline', 'delivery']);
    }
  });

  it('draws a tornado bar per risk driver and lists the recommended cuts', () => {
    expect(all(d, 'svg.tornado [data-risk]').map((e) => e.getAttribute('data-risk'))).toEqual(f.riskDrivers.map((r) => r.riskId));
    // The widest of P80 impact 4 and mean impact 3 spans the 240 px bar area.
    const first = d.querySelector('svg.tornado [data-risk]')!;
    expect(first.querySelector('.driver-bar')!.getAttribute('width')).toBe('240');
    expect(first.querySelector('.driver-mean')!.getAttribute('width')).toBe('180');
    expect(first.querySelector('.value')!.textContent).toBe('+4 working days at P80, +3 mean; 30% likely');
    expect(all(d, '[data-cut]').map((e) => e.getAttribute('data-cut'))).toEqual(f.scopeFit!.cuts.map((c) => c.id));
    expect(d.querySelector('#confidence')!.textContent).toContain('from 62% to 91%');
  });

  it('shows P(on time) and the target-confidence finish in the summary cards', () => {
    expect(d.querySelector('[data-card="on-time"] .value')!.textContent).toContain('62%');
    expect(d.querySelector('[data-card="finish"] .value')!.textContent).toMatch(/^P90 /);
  });
});

describe('hostile text', () => {
  const hostile = renderHtml(analysePlan(planFile('test/fixtures/html/xss.yaml')));
  const d = parseHtml(hostile);

  it('stays text: no element or attribute comes from the spec', () => {
    expect(all(d, 'script').length).toBe(1);
    expect(all(d, 'img, iframe, b, [onmouseover], [onerror], [onload]').length).toBe(0);
    expect(d.querySelector('svg.gantt [data-task="xss"] .label')!.textContent).toBe('<script>alert(1)</script>');
    expect(d.querySelector('#task-table tr[data-id="quote"] td:nth-child(2)')!.textContent).toBe('" onmouseover="alert(2)" x="');
    expect(d.querySelector('h1')!.textContent).toBe(`<script>alert('plan')</script> & "quotes": Execution Plan`);
    expect(d.querySelector('#risk-table')!.textContent).toContain('</td></tr></table><script>alert(5)</script>');
  });

  it("names a detected risk's freeze as written, escaped once", () => {
    const detected = all(d, '#risk-table tbody tr').find((tr) => tr.textContent!.startsWith('detected-after-freeze-1'))!.textContent;
    expect(detected).toContain(`Must-have work is scheduled after the <img src=x onerror=alert('freeze')>`);
    expect(detected).not.toContain('\\');
  });

  it('keeps every Gantt row inside the chart', () => {
    expect(all(d, 'svg.gantt [data-task]').length).toBe(2);
  });
});

describe('a 1,000-task plan', () => {
  it('renders under 1.5 MB', () => {
    const big = renderHtml(analysePlan(planGenerated(1000)));
    expect(Buffer.byteLength(big)).toBeLessThan(1.5 * 1024 * 1024);
    expect((big.match(/data-task="/g) ?? []).length).toBe(1000);
  });
});

describe('the axis across plan lengths', () => {
  it('reads hours for the incident and days for the sprint', () => {
    const unit = (name: string) => parseHtml(renderHtml(analysePlan(planFile(`examples/${name}.yaml`)))).querySelector('svg.gantt')!.getAttribute('data-axis-unit');
    expect(unit('incident')).toBe('hour');
    expect(unit('sprint')).toBe('day');
  });
});
