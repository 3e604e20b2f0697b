/**
 * The `html` suite: a generated 1,000-task plan rendered as the HTML report, its size, the time
 * to render it, and the time Chromium takes to open it from disk (navigation to load, and to the
 * first frame painted after load). Targets from issue 6: under 1.5 MB, open in under 2 s.
 * Needs Debian's Chromium at /usr/bin/chromium and the playwright-core dev dependency; without
 * them the suite says so and is skipped.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { planModel } from '../api/index.js';
import { renderHtml } from '../render/index.js';
import { generateProject } from './generate.js';
import type { SuiteEntry } from './results.js';
import { formatTable, median, round } from './table.js';

export const HTML_TASKS = 1000;
export const HTML_MAX_BYTES = 1.5 * 1024 * 1024;
export const HTML_MAX_OPEN_MS = 2000;
const CHROMIUM = '/usr/bin/chromium';

/**
 * Evaluated in the page (a string, as the build has no DOM types): performance.now() counts from
 * navigation start, and two animation frames after load the first frame after load is painted.
 */
const IN_PAGE_TIMES = `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  done({ load: nav.loadEventEnd, open: performance.now(), fcp: fcp ? fcp.startTime : NaN });
})))`;

export interface HtmlResult {
  readonly tasks: number;
  readonly bytes: number;
  readonly renderMs: number;
  /** Navigation start to the load event, median over the runs. */
  readonly loadMs: number;
  /** Navigation start to the first frame painted after load, median over the runs. */
  readonly openMs: number;
  readonly firstContentfulPaintMs: number;
  readonly runs: number;
  readonly withinTargets: boolean;
}

async function openTimes(file: string, runs: number): Promise<{ loadMs: number[]; openMs: number[]; fcpMs: number[] }> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const times = { loadMs: [] as number[], openMs: [] as number[], fcpMs: [] as number[] };
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const t = (await page.evaluate(IN_PAGE_TIMES)) as { load: number; open: number; fcp: number };
      times.loadMs.push(t.load);
      times.openMs.push(t.open);
      times.fcpMs.push(t.fcp);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

export async function runHtmlCase(tasks: number, seed: number, runs: number): Promise<HtmlResult> {
  const outcome = planModel(generateProject({ tasks, seed }), { schedules: 1, seed, iterations: 0, formats: [] });
  if (!outcome.result) throw new Error(`the generated ${tasks}-task project did not plan`);
  const start = performance.now();
  const html = renderHtml(outcome.analysis!);
  const renderMs = performance.now() - start;
  const dir = mkdtempSync(join(tmpdir(), 'execplan-html-'));
  try {
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    const t = await openTimes(file, runs);
    const bytes = Buffer.byteLength(html);
    const openMs = median(t.openMs);
    return {
      tasks,
      bytes,
      renderMs: round(renderMs, 1),
      loadMs: round(median(t.loadMs), 1),
      openMs: round(openMs, 1),
      firstContentfulPaintMs: round(median(t.fcpMs), 1),
      runs,
      withinTargets: bytes < HTML_MAX_BYTES && openMs < HTML_MAX_OPEN_MS,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the suite, prints its table and records its entry. Returns false when a target is
 * missed; a missing Chromium is a skip, not a failure.
 */
export async function runHtmlSuite(
  options: { readonly seed: number; readonly runs: number },
  entries: Record<string, SuiteEntry>,
  entry: (opts: unknown, result: unknown, notes: string[]) => SuiteEntry,
  log: (line?: string) => void,
): Promise<boolean> {
  log('\nHTML report');
  if (!existsSync(CHROMIUM)) {
    log(`  ${CHROMIUM} is missing: skipped (apt-get install chromium to measure)`);
    return true;
  }
  const r = await runHtmlCase(HTML_TASKS, options.seed, options.runs);
  const notes = [
    `generated project (src/bench/generate.ts), seed ${options.seed}, one schedule; Debian Chromium headless, median of ${r.runs} run(s)`,
    'open = navigation start to the first frame painted after the load event; targets: < 1.5 MB and open < 2 s',
  ];
  log(
    formatTable(
      ['tasks', 'size KB', 'render ms', 'FCP ms', 'load ms', 'open ms', 'targets'],
      [[r.tasks, round(r.bytes / 1024, 0), r.renderMs, r.firstContentfulPaintMs, r.loadMs, r.openMs, r.withinTargets ? 'met' : 'MISSED']],
    ),
  );
  notes.forEach((n) => log(`  ${n}`));
  entries.html = entry({ tasks: HTML_TASKS, runs: options.runs, seed: options.seed }, r, notes);
  return r.withinTargets;
}
