import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureIo } from '../test-utils/capture-io.js';
import { run } from '../run.js';

const root = new URL('../../../', import.meta.url).pathname;

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'execplan-import-'));
}

describe('import', () => {
  it('turns the MSPDI that plan writes into a spec that passes check', async () => {
    const dir = await tempDir();
    const planned = captureIo({ cwd: dir });
    expect(await run(['plan', join(root, 'examples', 'sprint.yaml'), '--format', 'mspdi,csv,ics', '--out', 'out', '--iterations', '0'], planned), planned.err.join('')).toBe(0);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['sprint.csv', 'sprint.ics', 'sprint.load.csv', 'sprint.xml']);
    const io = captureIo({ cwd: dir });
    expect(await run(['import', 'out/sprint.xml', '--out', 'sprint.yaml'], io), io.err.join('')).toBe(0);
    expect(io.out.join('')).toBe('wrote sprint.yaml\n');
    expect(await run(['check', 'sprint.yaml'], captureIo({ cwd: dir }))).toBe(0);
  });

  it('reports broken XML as file:line:col with exit 2, and writes nothing', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bad.xml'), '<Project>\n  <Tasks>\n    <Task><Name>a</Task>\n</Project>\n');
    const io = captureIo({ cwd: dir });
    expect(await run(['import', 'bad.xml', '--out', 'bad.yaml'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/^bad\.xml:3:\d+: error E_XML_SYNTAX: /);
    expect(io.err.join('')).not.toMatch(/\n\s+at /);
    expect(io.written).toEqual([]);
    expect(await readdir(dir)).toEqual(['bad.xml']);
  });

  it('refuses an XML bomb without expanding it', async () => {
    const dir = await tempDir();
    const laughs = Array.from({ length: 9 }, (_, i) => ` <!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('\n');
    await writeFile(join(dir, 'bomb.xml'), `<?xml version="1.0"?>\n<!DOCTYPE Project [\n <!ENTITY l0 "lol">\n${laughs}\n]>\n<Project><Title>&l9;</Title></Project>\n`);
    const io = captureIo({ cwd: dir });
    expect(await run(['import', 'bomb.xml'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/^bomb\.xml:2:1: error E_XML_DOCTYPE: /);
    expect(io.out).toEqual([]);
  });

  it('prints the spec when there is no --out, and never overwrites a file without --force', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'mine.yaml'), 'mine');
    const fixture = join(root, 'test', 'fixtures', 'mspdi', 'ms-project.xml');
    const io = captureIo({ cwd: dir });
    expect(await run(['import', fixture, '--out', 'mine.yaml'], io)).toBe(2);
    const printed = captureIo({ cwd: dir });
    expect(await run(['import', fixture], printed)).toBe(0);
    expect(printed.out.join('')).toMatch(/^# Imported from ms-project\.xml by execplan import\.\nplan: Website relaunch\n/);
    expect(printed.err.join('')).toContain('warning W_MSPDI_DROPPED');
  });
});
