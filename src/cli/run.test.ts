import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo } from './test-utils/capture-io.js';
import { commands } from './commands/index.js';
import { run } from './run.js';
import { packageVersion } from './version.js';

const root = new URL('../../', import.meta.url).pathname;
const example = (name: string) => join(root, 'examples', `${name}.yaml`);

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'execplan-cli-'));
}

describe('global flags', () => {
  it('prints the package version', async () => {
    const io = captureIo();
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out.join('')).toBe(`${packageVersion()}\n`);
  });

  it('lists every command in the help', async () => {
    const io = captureIo();
    expect(await run(['--help'], io)).toBe(0);
    for (const name of ['plan', 'check', 'schema', 'init']) expect(io.out.join('')).toContain(`  ${name}`);
  });

  it('lists each command with the summary its own help starts with', async () => {
    for (const entry of commands) {
      const io = captureIo();
      expect(await run([entry.name, '--help'], io)).toBe(0);
      expect(io.out.join('').split('\n')[0]).toBe(entry.summary);
      expect((await entry.load()).name).toBe(entry.name);
    }
  });

  it('gives each command its own help', async () => {
    for (const name of ['plan', 'check', 'schema', 'init']) {
      const io = captureIo();
      expect(await run([name, '--help'], io)).toBe(0);
      expect(io.out.join('')).toContain(`Usage: execplan ${name}`);
    }
  });

  it('rejects an unknown command with exit 2 and a hint', async () => {
    const io = captureIo();
    expect(await run(['plna'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/unknown command 'plna'[\s\S]*hint/);
  });

  it('rejects an unknown option with exit 2 and no stack trace', async () => {
    const io = captureIo();
    expect(await run(['check', '--frobnicate', 'x.yaml'], io)).toBe(2);
    expect(io.err.join('')).not.toMatch(/\n\s+at /);
  });
});

describe('check', () => {
  it('accepts every bundled example', async () => {
    for (const name of ['launch', 'incident', 'sprint', 'migration']) {
      const io = captureIo();
      expect(await run(['check', example(name)], io), io.err.join('')).toBe(0);
      expect(io.out.join('')).toContain(': ok (');
    }
  });

  it('counts what it found in the singular for one', async () => {
    const dir = await tempDir();
    const file = join(dir, 'one.yaml');
    await writeFile(file, 'plan: one\nstart: 2024-10-15\nteam: [{ id: p }]\ntasks: [{ id: a, duration: 1d, assignee: p }]\n', 'utf8');
    const io = captureIo();
    expect(await run(['check', file], io), io.err.join('')).toBe(0);
    expect(io.out.join('')).toContain(': ok (1 activity, 1 resource, 0 warnings)');
  });

  it('reports a missing file with exit 2', async () => {
    const io = captureIo();
    expect(await run(['check', 'no/such/plan.yaml'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/^no\/such\/plan\.yaml:1:1: error E_FILE_NOT_FOUND: /);
  });

  it('stays quiet about a clean spec under --quiet', async () => {
    const io = captureIo();
    expect(await run(['check', '--quiet', example('launch')], io)).toBe(0);
    expect(io.out.join('')).toBe('');
  });
});

describe('schema', () => {
  it('prints a JSON Schema', async () => {
    const io = captureIo();
    expect(await run(['schema'], io)).toBe(0);
    const schema = JSON.parse(io.out.join('')) as Record<string, unknown>;
    expect(String(schema.$schema)).toContain('json-schema.org');
  });
});

describe('init', () => {
  it('writes a starter spec that passes check', async () => {
    const dir = await tempDir();
    const io = captureIo({ cwd: dir });
    expect(await run(['init', '--example', 'sprint'], io)).toBe(0);
    expect(await readdir(dir)).toEqual(['plan.yaml']);
    expect(await run(['check', 'plan.yaml'], captureIo({ cwd: dir }))).toBe(0);
  });

  it('never overwrites without --force', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'plan.yaml'), 'mine');
    const io = captureIo({ cwd: dir });
    expect(await run(['init'], io)).toBe(2);
    expect(await readFile(join(dir, 'plan.yaml'), 'utf8')).toBe('mine');
    expect(await run(['init', '--force'], captureIo({ cwd: dir }))).toBe(0);
    expect(await readFile(join(dir, 'plan.yaml'), 'utf8')).not.toBe('mine');
  });

  it('names the known examples when asked for an unknown one', async () => {
    const io = captureIo({ cwd: await tempDir() });
    expect(await run(['init', '--example', 'nope'], io)).toBe(2);
    expect(io.err.join('')).toContain('launch');
  });
});

describe('plan', () => {
  it('writes the JSON plan into --out and nothing else', async () => {
    const dir = await tempDir();
    const io = captureIo({ cwd: dir });
    expect(await run(['plan', example('launch'), '--format', 'json', '--out', 'out', '--schedules', '50'], io), io.err.join('')).toBe(0);
    expect(await readdir(join(dir, 'out'))).toEqual(['launch.json']);
    const doc = JSON.parse(await readFile(join(dir, 'out', 'launch.json'), 'utf8')) as { format: string; version: number };
    expect(doc).toMatchObject({ format: 'execplan.plan', version: 2 });
  });

  it('gives the same bytes for the same seed', async () => {
    const first = captureIo();
    const second = captureIo();
    await run(['plan', example('sprint'), '--format', 'json', '--schedules', '30', '--seed', '7'], first);
    await run(['plan', example('sprint'), '--format', 'json', '--schedules', '30', '--seed', '7'], second);
    expect(first.out.join('')).toBe(second.out.join(''));
  });

  it('shows the first ten warnings of a kind and counts the rest', async () => {
    const dir = await tempDir();
    const dependants = Array.from({ length: 13 }, (_, k) => `  - { id: m${k}, duration: 1d, after: [extra] }`).join('\n');
    await writeFile(join(dir, 'many.yaml'), `plan: x\nstart: 2024-10-15\ntasks:\n  - { id: extra, duration: 1d, priority: could }\n${dependants}\n`);
    const io = captureIo({ cwd: dir });
    expect(await run(['plan', 'many.yaml', '--format', 'json', '--out', 'out', '--schedules', '10', '--iterations', '0'], io), io.err.join('')).toBe(0);
    const err = io.err.join('');
    expect(err.match(/warning W_MUST_AFTER_OPTIONAL/g)).toHaveLength(10);
    expect(err).toContain('many.yaml: 3 more W_MUST_AFTER_OPTIONAL warnings like the ones above; the JSON plan (--format json) lists them all under diagnostics\n');
    const doc = JSON.parse(await readFile(join(dir, 'out', 'many.json'), 'utf8')) as { diagnostics: { code: string }[] };
    expect(doc.diagnostics.filter((d) => d.code === 'W_MUST_AFTER_OPTIONAL')).toHaveLength(13);
    const check = captureIo({ cwd: dir });
    expect(await run(['check', 'many.yaml'], check)).toBe(0);
    expect(check.err.join('').match(/warning W_MUST_AFTER_OPTIONAL/g)).toHaveLength(13);
  });

  it('writes nothing when the spec has errors', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bad.yaml'), 'plan: x\nstart: 2024-10-15\ntasks:\n  - { id: a, duration: 1d, after: [zz] }\n');
    const io = captureIo({ cwd: dir });
    expect(await run(['plan', 'bad.yaml', '--out', 'out'], io)).toBe(2);
    expect(io.written).toEqual([]);
    expect(await readdir(dir)).toEqual(['bad.yaml']);
  });

  it('rejects a --time that is not a number of seconds above 0', async () => {
    for (const bad of ['0', 'soon', '5s']) {
      const io = captureIo();
      expect(await run(['plan', example('launch'), '--time', bad, '--iterations', '0'], io), bad).toBe(2);
      expect(io.err.join('')).toContain(`--time must be a number of seconds above 0, got '${bad}'`);
    }
  });

  it('stops the search at a tiny --time and still writes a checked plan that states the limit', async () => {
    const io = captureIo();
    expect(await run(['plan', example('launch'), '--format', 'json', '--schedules', '100000', '--time', '0.001', '--iterations', '0'], io), io.err.join('')).toBe(0);
    const doc = JSON.parse(io.out.join('')) as { plan: { schedules: number; time: number }; tasks: unknown[] };
    expect(doc.plan).toMatchObject({ schedules: 100_000, time: 0.001 });
    expect(doc.tasks.length).toBeGreaterThan(0);
  });

  it('rejects a bad --schedules value', async () => {
    const io = captureIo();
    expect(await run(['plan', example('launch'), '--schedules', 'many'], io)).toBe(2);
    expect(io.err.join('')).toContain('--schedules');
  });
});
