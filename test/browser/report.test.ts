import { analysePlan } from '../../src/analyse/analysis.js';
/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core (browsers
 * cannot be downloaded here; .ci/run installs the `chromium` package because of
 * .ci/needs-chromium). A missing Chromium fails these tests unless EXECPLAN_SKIP_BROWSER=1.
 * One browser is shared by every test; the launch and incident screenshots go to test-artifacts/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlanSync } from '../../src/api/index.js';
import { renderHtml } from '../../src/render/html/render.js';
import { planFile } from '../../src/render/html/test-utils/plans.js';

const CHROMIUM = '/usr/bin/chromium';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = join(root, 'test-artifacts');

interface Opened {
  readonly page: Page;
  readonly url: string;
  readonly requests: string[];
  readonly errors: string[];
  readonly dialogs: string[];
}

describe.skipIf(process.env.EXECPLAN_SKIP_BROWSER === '1')('the HTML report in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set EXECPLAN_SKIP_BROWSER=1 to skip the browser tests)`);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Writes the report to test-artifacts/NAME.html and opens it from disk, recording what happens. */
  async function open(name: string, html: string): Promise<Opened> {
    const file = join(artifacts, `${name}.html`);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const opened: Opened = { page, url, requests: [], errors: [], dialogs: [] };
    page.on('request', (r) => opened.requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') opened.errors.push(m.text());
    });
    page.on('pageerror', (e) => opened.errors.push(e.message));
    page.on('dialog', (d) => {
      opened.dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    return opened;
  }

  describe('the launch report', () => {
    const result = planFile('examples/launch.yaml');
    let o: Opened;
    beforeAll(async () => {
      o = await open('launch-report', renderHtml(analysePlan(result)));
    });
    afterAll(async () => {
      await o?.page.close();
    });

    it('loads with no console errors and requests nothing but itself', () => {
      expect(o.errors).toEqual([]);
      expect(o.requests).toEqual([o.url]);
    });

    it('has one Gantt bar per scheduled activity and marks exactly the critical ones', async () => {
      const ids = await o.page.locator('svg.gantt [data-task]').evaluateAll((els) => els.map((e) => e.getAttribute('data-task')));
      expect(ids.sort()).toEqual(result.schedule.activities.map((s) => s.id).sort());
      const critical = await o.page.locator('svg.gantt [data-critical="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-task')));
      expect(critical.sort()).toEqual(result.timing.activities.filter((t) => t.critical).map((t) => t.id).sort());
    });

    it('shows the deadline line', async () => {
      const line = o.page.locator('svg.gantt [data-deadline="2024-12-15"] path');
      await expect(line.count()).resolves.toBe(1);
      const box = await line.boundingBox();
      expect(box!.height).toBeGreaterThan(100);
    });

    it('sorts the task table when a heading is clicked', async () => {
      const floats = () => o.page.locator('#task-table tbody tr td:nth-child(10)').allTextContents();
      await o.page.locator('#task-table thead th', { hasText: 'Float' }).locator('button').click();
      const ascending = (await floats()).map(Number);
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      await o.page.locator('#task-table thead th', { hasText: 'Float' }).locator('button').click();
      const descending = (await floats()).map(Number);
      expect(descending).toEqual([...descending].sort((a, b) => b - a));
      await expect(o.page.locator('#task-table thead th[aria-sort="descending"]').count()).resolves.toBe(1);
    });

    it('follows the dark colour scheme', async () => {
      const background = () => o.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      await o.page.emulateMedia({ colorScheme: 'dark' });
      const dark = await background();
      await o.page.emulateMedia({ colorScheme: 'light' });
      expect(light).toBe('rgb(255, 255, 255)');
      expect(dark).not.toBe(light);
    });

    it('writes a screenshot', async () => {
      const path = join(artifacts, 'launch-report.png');
      await o.page.screenshot({ path, fullPage: true });
      expect(existsSync(path)).toBe(true);
    });

    it('draws the delivery, deadline and freeze labels above the first row and apart', async () => {
      const { labels, rowsTop } = await o.page.evaluate(() => {
        const gantt = document.querySelector('svg.gantt')!;
        const rows = [...gantt.querySelectorAll('g.phase text, g.phase rect, g.phase path.diamond')].map((e) => e.getBoundingClientRect().top);
        const labels = [...gantt.querySelectorAll('.marker-label, .freeze-name')].map((e) => {
          const r = e.getBoundingClientRect();
          return { text: e.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        });
        return { labels, rowsTop: Math.min(...rows) };
      });
      expect(labels.map((l) => l.text).sort()).toEqual(['Deadline', 'Holiday freeze', 'delivery']);
      for (const [i, a] of labels.entries()) {
        expect(a.bottom, `${a.text} reaches into the rows`).toBeLessThanOrEqual(rowsTop);
        for (const b of labels.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${a.text} / ${b.text}`).toBe(false);
      }
    });
  });

  describe('the launch report against a baseline', () => {
    let o: Opened;
    beforeAll(async () => {
      // The baseline: the launch before OT logic was re-estimated from 2 to 4 likely days.
      const launch = readFileSync(join(root, 'examples/launch.yaml'), 'utf8');
      const at = launch.indexOf('estimate: [3d, 4d, 7d]', launch.indexOf('  - id: ot-logic'));
      const before = `${launch.slice(0, at)}estimate: [1d, 2d, 3d]${launch.slice(at + 22)}`;
      const baseline = runPlanSync({ text: before }, { formats: ['json'], iterations: 0, schedules: 100 }).outputs[0].text;
      const html = runPlanSync({ text: launch }, { formats: ['html'], iterations: 50, schedules: 100, baseline: { text: baseline } }).outputs[0].text;
      o = await open('launch-baseline-report', html);
    });
    afterAll(async () => {
      await o?.page.close();
    });

    it('loads with no console errors and requests nothing but itself', () => {
      expect(o.errors).toEqual([]);
      expect(o.requests).toEqual([o.url]);
    });

    it('draws each baseline bar visibly, under its own row\'s current bar and inside the row', async () => {
      const rows = await o.page.locator('svg.gantt [data-task]:has(.baseline-bar)').evaluateAll((els) =>
        els.map((row) => {
          const bar = row.querySelector('.bar')!.getBoundingClientRect();
          const was = row.querySelector('.baseline-bar')!.getBoundingClientRect();
          return { id: row.getAttribute('data-task'), width: was.width, height: was.height, below: was.top >= bar.bottom, gap: was.top - bar.bottom };
        }),
      );
      expect(rows.length).toBeGreaterThan(20);
      for (const r of rows) {
        expect(r.width, r.id!).toBeGreaterThan(0);
        expect(r.height, r.id!).toBeGreaterThan(0);
        expect(r.below, r.id!).toBe(true);
        expect(r.gap, r.id!).toBeLessThan(4);
      }
    });

    it('lists ot-logic among the moved activities, two working days later', async () => {
      const cells = await o.page.locator('#slip-table tr[data-id="ot-logic"] td').allTextContents();
      expect(cells[9]).toBe('+2');
    });
  });

  describe('the incident report, an hour plan', () => {
    let o: Opened;
    beforeAll(async () => {
      o = await open('incident-report', renderHtml(analysePlan(planFile('examples/incident.yaml'))));
    });
    afterAll(async () => {
      await o?.page.close();
    });

    it('draws axis labels that neither overlap nor leave their chart, as the browser lays them out', async () => {
      const problems = await o.page.evaluate(() => {
        const out: string[] = [];
        for (const svg of document.querySelectorAll('svg.gantt, svg.histogram, svg.s-curve')) {
          const frame = svg.getBoundingClientRect();
          const boxes = [...svg.querySelectorAll('text.tick:not(.y), .marker-label, .freeze-name')].map((e) => ({ text: e.textContent, r: e.getBoundingClientRect() }));
          if (boxes.length < 4) out.push(`${svg.getAttribute('class')}: ${boxes.length} labels`);
          for (const [i, a] of boxes.entries()) {
            if (a.r.left < frame.left || a.r.right > frame.right) out.push(`${svg.getAttribute('class')}: "${a.text}" leaves the chart`);
            for (const b of boxes.slice(i + 1)) {
              if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom) out.push(`${svg.getAttribute('class')}: "${a.text}" overlaps "${b.text}"`);
            }
          }
        }
        return out;
      });
      expect(problems).toEqual([]);
    });

    it('writes a screenshot', async () => {
      const path = join(artifacts, 'incident-report.png');
      await o.page.screenshot({ path, fullPage: true });
      expect(existsSync(path)).toBe(true);
    });
  });

  describe('the hostile fixture', () => {
    let o: Opened;
    beforeAll(async () => {
      o = await open('xss-report', renderHtml(analysePlan(planFile('test/fixtures/html/xss.yaml'))));
    });
    afterAll(async () => {
      await o?.page.close();
    });

    it('runs no injected script and shows the markup as text', async () => {
      await o.page.locator('svg.gantt [data-task="xss"] .bar').hover();
      await o.page.locator('#task-table tr[data-id="quote"]').hover();
      expect(o.dialogs).toEqual([]);
      expect(o.errors).toEqual([]);
      expect(o.requests).toEqual([o.url]);
      await expect(o.page.locator('#task-table').getByText('<script>alert(1)</script>', { exact: true }).isVisible()).resolves.toBe(true);
      await expect(o.page.locator('h1').textContent()).resolves.toContain("<script>alert('plan')</script>");
    });
  });
});
