/**
 * Golden diagnostics: every bad spec under test/fixtures/bad marks the diagnostics it must
 * produce (see test/fixtures/README.md). We assert codes, severities and lines: never wording.
 * Each fixture also goes through the CLI: exit 2, a `file:line:col: error CODE` line per error,
 * no stack trace, nothing written.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLineIndex } from '../src/diag/line-index.js';
import type { Diagnostic } from '../src/diag/diagnostic.js';
import { loadSpec } from '../src/spec/load.js';
import { checkSource } from '../src/api/check.js';
import { loadSource } from '../src/api/source.js';
import { captureIo } from '../src/cli/test-utils/capture-io.js';
import { run } from '../src/cli/run.js';
import { markKey, readMarks, type Mark } from './support/marks.js';
import { thousands, MAX_ACTIVITIES, MAX_LINKS, MAX_RESOURCES, MAX_SPEC_CHARS } from '../src/spec/limits.js';

// The size limits are lowered here: at their real values (100,000 activities, 64 MiB) each
// hostile input would be a spec of tens of megabytes, read twice. The mechanism is the same;
// docs/limits.md holds the real values and test/limits.test.ts keeps it in step with them.
vi.mock('../src/spec/limits.js', async (original) => ({
  ...(await original<typeof import('../src/spec/limits.js')>()),
  MAX_ACTIVITIES: 2_000,
  MAX_RESOURCES: 500,
  MAX_LINKS: 20_000,
  MAX_SPEC_CHARS: 8 * 1024 * 1024,
}));

const root = new URL('../', import.meta.url).pathname;
const badDir = join(root, 'test/fixtures/bad');
const fixtures = readdirSync(badDir).filter((f) => f.endsWith('.yaml')).sort();

function actualMarks(text: string, diagnostics: readonly Diagnostic[]): Mark[] {
  const index = createLineIndex(text);
  return diagnostics.map((d) => ({ line: d.range ? index.position(d.range[0]).line : 0, severity: d.severity, code: d.code }));
}

const keys = (marks: readonly Mark[]): string[] => marks.map(markKey).sort();

async function checkThroughCli(file: string, cwd: string): Promise<{ exit: number; stderr: string; written: string[] }> {
  const io = captureIo({ cwd });
  const exit = await run(['check', file], io);
  return { exit, stderr: io.err.join(''), written: io.written };
}

function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s{4}at /m);
  expect(stderr).not.toMatch(/internal error/);
}

describe('bad fixtures', () => {
  it('has at least 30 distinct bad specs', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(fixtures)('%s', (name) => {
    const path = join(badDir, name);
    const text = readFileSync(path, 'utf8');
    const expected = readMarks(text);

    it('marks at least one error', () => {
      expect(expected.some((m) => m.severity === 'error')).toBe(true);
    });

    it('checks (loads and compiles) to exactly the marked diagnostics and no model', () => {
      const result = checkSource({ text });
      expect(keys(actualMarks(text, result.diagnostics))).toEqual(keys(expected));
      expect(result.model).toBeUndefined();
      for (const d of result.diagnostics) expect(d.range, d.code).toBeDefined();
    });

    it('fails `execplan check` with exit 2 and positioned errors', async () => {
      const file = relative(root, path);
      const { exit, stderr, written } = await checkThroughCli(file, root);
      expect(exit).toBe(2);
      for (const m of expected.filter((e) => e.severity === 'error')) {
        expect(stderr).toMatch(new RegExp(`^${escape(file)}:${m.line}:\\d+: error ${m.code}:`, 'm'));
      }
      expectNoStackTrace(stderr);
      expect(written).toEqual([]);
    });
  });
});

const statusDir = join(root, 'test/fixtures/bad-status');
const statusFixtures = readdirSync(statusDir).filter((f) => f.endsWith('.status.yaml')).sort();
const statusPlan = readFileSync(join(statusDir, 'plan.yaml'), 'utf8');

describe('bad status files', () => {
  it('has a bad status file for each rule of docs/tracking.md', () => {
    expect(statusFixtures.length).toBeGreaterThanOrEqual(12);
  });

  it('describe a plan that has no problems of its own', () => {
    expect(checkSource({ text: statusPlan }).diagnostics).toEqual([]);
  });

  describe.each(statusFixtures)('%s', (name) => {
    const path = join(statusDir, name);
    const text = readFileSync(path, 'utf8');
    const expected = readMarks(text);

    it('loads with the plan to exactly the marked diagnostics, each naming the status file, and no status', () => {
      const loaded = loadSource({ text: statusPlan, status: { text, name } });
      expect(loaded.status).toBeUndefined();
      expect(keys(actualMarks(text, loaded.diagnostics))).toEqual(keys(expected));
      for (const d of loaded.diagnostics) {
        expect(d.range, d.code).toBeDefined();
        expect(d.file).toBe(name);
      }
    });

    it('fails `execplan plan --status` with exit 2, positioned errors in the status file, nothing written', async () => {
      const file = relative(root, path);
      const io = captureIo({ cwd: root });
      const exit = await run(['plan', relative(root, join(statusDir, 'plan.yaml')), '--status', file, '--iterations', '0', '--out', 'out-never-written'], io);
      const stderr = io.err.join('');
      expect(exit).toBe(2);
      for (const m of expected.filter((e) => e.severity === 'error')) {
        expect(stderr).toMatch(new RegExp(`^${escape(file)}:${m.line}:\\d+: error ${m.code}:`, 'm'));
      }
      expectNoStackTrace(stderr);
      expect(io.written).toEqual([]);
    });
  });
});

describe('generated hostile inputs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'execplan-golden-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const cases: { name: string; text: () => string; code: string; line: number }[] = [
    { name: 'an empty file', text: () => '', code: 'E_EMPTY', line: 1 },
    { name: 'only blank lines', text: () => '\n   \n\n', code: 'E_EMPTY', line: 1 },
    { name: '10,000 nested block lists', text: () => `${'- '.repeat(10_000)}x\n`, code: 'E_TOO_DEEP', line: 1 },
    { name: '10,000 nested flow mappings', text: () => `plan: x\nstart: 2024-10-15\ntasks: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, code: 'E_TOO_DEEP', line: 3 },
    { name: '100 levels of indented mappings', text: () => indentedMappings(100), code: 'E_TOO_DEEP', line: 67 },
    { name: 'random bytes with a NUL on line 3', text: () => `plan: x\nstart: 2024-10-15\n${randomGarbage(4096, 7)}`, code: 'E_BINARY', line: 3 },
    { name: 'a UTF-16 file read as UTF-8', text: () => Buffer.from('plan: x\n', 'utf16le').toString('utf8'), code: 'E_BINARY', line: 1 },
    // One element past each count limit of docs/limits.md, reported on its line.
    { name: `${thousands(MAX_ACTIVITIES + 1)} activities`, text: () => `plan: x\nstart: 2024-10-15\ntasks:\n${items(MAX_ACTIVITIES + 1, (k) => `{ id: t${k}, duration: 1d }`)}`, code: 'E_LIMIT', line: MAX_ACTIVITIES + 4 },
    { name: `${thousands(MAX_RESOURCES + 1)} team entries`, text: () => `plan: x\nstart: 2024-10-15\nteam:\n${items(MAX_RESOURCES + 1, (k) => `{ id: p${k} }`)}tasks: [{ id: a, duration: 1d }]\n`, code: 'E_LIMIT', line: MAX_RESOURCES + 4 },
    { name: `${thousands(MAX_LINKS + 20)} links`, text: () => `plan: x\nstart: 2024-10-15\ntasks:\n  - { id: a, duration: 1d }\n${items(MAX_LINKS / 20 + 1, (k) => `{ id: t${k}, duration: 1d, after: [${Array(20).fill('a').join(', ')}] }`)}`, code: 'E_LIMIT', line: MAX_LINKS / 20 + 5 },
    { name: '1,001 risks', text: () => `plan: x\nstart: 2024-10-15\ntasks: [{ id: a, duration: 1d }]\nrisks:\n${items(1_001, (k) => `{ id: r${k}, title: r, owner: o, mitigation: m }`)}`, code: 'E_LIMIT', line: 1_005 },
    { name: '1,001 freezes', text: () => `plan: x\nstart: 2024-10-15\ncalendar:\n  freezes:\n${items(1_001, () => '{ name: f, from: 2024-12-01, to: 2024-12-02 }', '    ')}tasks: [{ id: a, duration: 1d }]\n`, code: 'E_LIMIT', line: 1_005 },
    { name: '10,001 periods of time off', text: () => `plan: x\nstart: 2024-10-15\nteam:\n  - id: p\n    time_off:\n${items(10_001, () => '{ from: 2025-01-01, to: 2025-01-02 }', '    ')}tasks: [{ id: a, duration: 1d }]\n`, code: 'E_LIMIT', line: 10_006 },
  ];

  it.each(cases)('$name: $code on line $line, through the loader and the CLI', async ({ name, text, code, line }) => {
    const source = text();
    const result = loadSpec(source);
    expect(result.model).toBeUndefined();
    expect(keys(actualMarks(source, result.diagnostics))).toEqual(keys([{ line, severity: 'error', code }]));

    const file = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
    await writeFile(file, source, 'utf8');
    const before = await readdir(dir);
    const cli = await checkThroughCli(relative(dir, file), dir);
    expect(cli.exit).toBe(2);
    expect(cli.stderr).toMatch(new RegExp(`:${line}:\\d+: error ${code}:`));
    expectNoStackTrace(cli.stderr);
    expect(cli.written).toEqual([]);
    expect(await readdir(dir)).toEqual(before);
  });

  it('refuses a file past the size limit before parsing it, through the loader and the CLI', async () => {
    const line = 'note: "padding padding padding padding padding padding padding padding padding"\n';
    const big = `plan: big\nstart: 2024-10-15\n${line.repeat(Math.ceil((MAX_SPEC_CHARS + 1024 * 1024) / line.length))}`;
    const started = Date.now();
    const result = loadSpec(big);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['E_TOO_LARGE']);
    expect(result.diagnostics[0].range).toEqual([0, 0]);

    const file = join(dir, 'fifty-megabytes.yaml');
    await writeFile(file, big, 'utf8');
    const before = await readdir(dir);
    const cli = await checkThroughCli('fifty-megabytes.yaml', dir);
    expect(cli.exit).toBe(2);
    expect(cli.stderr).toMatch(/^fifty-megabytes\.yaml:1:1: error E_TOO_LARGE:/m);
    expectNoStackTrace(cli.stderr);
    expect(cli.written).toEqual([]);
    expect(await readdir(dir)).toEqual(before);
    await rm(file);
  });

  it('never touches Object.prototype, whatever the keys', () => {
    const result = loadSpec(readFileSync(join(badDir, 'proto-keys.yaml'), 'utf8'));
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});

/** `n` list items, one a line. */
function items(n: number, item: (k: number) => string, indent = '  '): string {
  return Array.from({ length: n }, (_, k) => `${indent}- ${item(k)}\n`).join('');
}

function indentedMappings(depth: number): string {
  let out = 'plan: x\nstart: 2024-10-15\n';
  // The root map is level 1; the map holding k(i), on line 3 + i, is level i + 1. Level 65, the
  // first too deep, is on line 67.
  for (let i = 0; i < depth; i++) out += `${' '.repeat(i)}k${i}:\n`;
  return `${out}${' '.repeat(depth)}v\n`;
}

/** Deterministic pseudo-random bytes (decoded as Latin-1) with a NUL in the middle. */
function randomGarbage(length: number, seed: number): string {
  let state = seed;
  const chars: string[] = [];
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    chars.push(String.fromCharCode(32 + (state % 95)));
  }
  chars[length >> 1] = '\0';
  // No line breaks before the NUL, so it sits on the first line of the garbage.
  return chars.join('').replace(/\n/g, ' ');
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
