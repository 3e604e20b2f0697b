#!/usr/bin/env node
// Regenerates docs/images/launch-report.png, the README's picture of the HTML report: renders
// examples/launch.yaml with the built CLI (`execplan plan --format html`) and photographs the
// top of the report (summary and Gantt chart) in Debian's Chromium. Run `npm run docs:screenshot`
// (it builds first). Needs /usr/bin/chromium (apt-get install chromium).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'images', 'launch-report.png');
const dir = mkdtempSync(join(tmpdir(), 'execplan-shot-'));
try {
  execFileSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'plan', join(root, 'examples', 'launch.yaml'), '--format', 'html', '--out', dir, '--quiet'], { stdio: 'inherit' });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  await page.goto(pathToFileURL(join(dir, 'launch.html')).href);
  const box = await page.locator('#schedule').boundingBox();
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: 0, width: 1440, height: Math.ceil(box.y + box.height) } });
  await browser.close();
  process.stdout.write(`wrote ${out}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
