import * as fsp from 'node:fs/promises';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileSystem } from './file-system.js';
import { OutputError } from './output-error.js';
import { writeFileAtomically, writeFilesAtomically, type OutputFile } from './write-atomically.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'execplan-io-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const files: OutputFile[] = [
  { name: 'plan.md', text: 'new md' },
  { name: 'plan.json', text: 'new json' },
  { name: 'plan.html', text: 'new html' },
];

/** Every file under `root` with its content, so a test sees any file added, removed or changed. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    out[path.slice(root.length + 1)] = entry.isFile() ? await readFile(path, 'utf8') : `<${entry.isDirectory() ? 'dir' : 'other'}>`;
  }
  return out;
}

/** The node file system with the `nth` call of `operation` failing with `code`. */
function failing(operation: 'writeFile' | 'rename', nth: number, code: string): FileSystem {
  let calls = 0;
  const original = fsp[operation] as (...args: unknown[]) => Promise<unknown>;
  return {
    ...fsp,
    [operation]: async (...args: unknown[]) => {
      calls += 1;
      if (calls === nth) throw Object.assign(new Error(`${code}: injected`), { code, syscall: operation });
      return original(...args);
    },
  };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('writeFilesAtomically', () => {
  it('writes every file into a new nested directory and leaves nothing else', async () => {
    const out = join(dir, 'a', 'b');
    await writeFilesAtomically(out, files);
    expect(await snapshot(dir)).toEqual({ a: '<dir>', 'a/b': '<dir>', 'a/b/plan.md': 'new md', 'a/b/plan.json': 'new json', 'a/b/plan.html': 'new html' });
  });

  it('replaces older versions of the files', async () => {
    await writeFile(join(dir, 'plan.md'), 'old md');
    await writeFilesAtomically(dir, files);
    expect(await snapshot(dir)).toEqual({ 'plan.md': 'new md', 'plan.json': 'new json', 'plan.html': 'new html' });
  });

  it('writes nothing when the disk fills on the third file, and removes the directories it made', async () => {
    await writeFile(join(dir, 'plan.md'), 'old md');
    const error = await caught(writeFilesAtomically(join(dir, 'new', 'out'), files, failing('writeFile', 3, 'ENOSPC')));
    expect(error).toBeInstanceOf(OutputError);
    expect(error).toMatchObject({ code: 'ENOSPC', path: join(dir, 'new', 'out', 'plan.html') });
    expect(await snapshot(dir)).toEqual({ 'plan.md': 'old md' });
  });

  it('puts back the files already moved when the third rename fails', async () => {
    await writeFile(join(dir, 'plan.md'), 'old md');
    await writeFile(join(dir, 'other.txt'), 'untouched');
    const error = await caught(writeFilesAtomically(dir, files, failing('rename', 3, 'EIO')));
    expect(error).toMatchObject({ code: 'EIO', path: join(dir, 'plan.html') });
    expect(await snapshot(dir)).toEqual({ 'plan.md': 'old md', 'other.txt': 'untouched' });
  });

  it('refuses a directory in the place of the last file before moving any', async () => {
    await mkdir(join(dir, 'plan.html'));
    await writeFile(join(dir, 'plan.json'), 'old json');
    const error = await caught(writeFilesAtomically(dir, files));
    expect(error).toMatchObject({ code: 'EISDIR', path: join(dir, 'plan.html') });
    expect(await snapshot(dir)).toEqual({ 'plan.html': '<dir>', 'plan.json': 'old json' });
  });

  it('refuses a file in the place of the directory, or on its path', async () => {
    await writeFile(join(dir, 'file'), 'mine');
    expect(await caught(writeFilesAtomically(join(dir, 'file'), files))).toMatchObject({ code: 'EEXIST' });
    expect(await caught(writeFilesAtomically(join(dir, 'file', 'sub'), files))).toMatchObject({ code: 'ENOTDIR' });
    expect(await snapshot(dir)).toEqual({ file: 'mine' });
  });

  it('gives up at once where the file system refuses new directories (/proc)', async () => {
    const started = Date.now();
    const error = await caught(writeFilesAtomically('/proc/execplan-test/out', files));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(OutputError);
  });

  it('lets an error that is not the environment (a bug) through unchanged', async () => {
    const bug = new TypeError('bug');
    const fs: FileSystem = { ...fsp, rename: () => Promise.reject(bug) };
    expect(await caught(writeFilesAtomically(dir, files, fs))).toBe(bug);
    expect(await snapshot(dir)).toEqual({});
  });
});

describe('writeFileAtomically', () => {
  it('writes one file whole, or leaves the old one', async () => {
    const path = join(dir, 'plan.yaml');
    await writeFileAtomically(path, 'first');
    expect(await caught(writeFileAtomically(path, 'second', failing('writeFile', 1, 'ENOSPC')))).toMatchObject({ code: 'ENOSPC', path });
    expect(await snapshot(dir)).toEqual({ 'plan.yaml': 'first' });
  });
});
