import { execFileSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileSystem } from './file-system.js';
import { readRegularFile } from './read-regular-file.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'execplan-read-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const LIMIT = 1024;

describe('readRegularFile', () => {
  it('reads a regular file', async () => {
    await writeFile(join(dir, 'plan.yaml'), 'plan: x\n');
    expect(await readRegularFile(join(dir, 'plan.yaml'), LIMIT)).toEqual({ ok: true, text: 'plan: x\n' });
  });

  it('tells a missing file, also behind a file in the path', async () => {
    expect(await readRegularFile(join(dir, 'none.yaml'), LIMIT)).toEqual({ ok: false, problem: 'missing' });
    await writeFile(join(dir, 'file'), '');
    expect(await readRegularFile(join(dir, 'file', 'x.yaml'), LIMIT)).toEqual({ ok: false, problem: 'missing' });
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(await readRegularFile(fifo, LIMIT)).toEqual({ ok: false, problem: 'not-a-file', kind: 'a FIFO (named pipe)' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses a directory, a device and a socket', async () => {
    expect(await readRegularFile(dir, LIMIT)).toMatchObject({ problem: 'not-a-file', kind: 'a directory' });
    expect(await readRegularFile('/dev/zero', LIMIT)).toMatchObject({ problem: 'not-a-file', kind: 'a character device' });
    const socket = join(dir, 'socket');
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(await readRegularFile(socket, LIMIT)).toMatchObject({ problem: 'not-a-file', kind: 'a socket' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a file over the limit by its size, before reading it', async () => {
    await writeFile(join(dir, 'big.yaml'), 'x'.repeat(LIMIT + 1));
    expect(await readRegularFile(join(dir, 'big.yaml'), LIMIT)).toEqual({ ok: false, problem: 'too-large', bytes: LIMIT + 1, atLeast: false });
    await writeFile(join(dir, 'edge.yaml'), 'x'.repeat(LIMIT));
    expect(await readRegularFile(join(dir, 'edge.yaml'), LIMIT)).toMatchObject({ ok: true });
  });

  it('stops reading past the limit when the file claims a size of 0 (as /proc files do)', async () => {
    const endless = (await fsp.open('/dev/zero')) as Awaited<ReturnType<FileSystem['open']>>;
    const fs: FileSystem = {
      ...fsp,
      open: async () =>
        Object.assign(Object.create(endless) as typeof endless, {
          stat: async () => Object.assign(await fsp.stat(join(dir, 'plan.yaml')), { size: 0 }),
        }),
    };
    try {
      const read = await readRegularFile('/any', LIMIT, fs);
      expect(read).toMatchObject({ ok: false, problem: 'too-large', atLeast: true });
    } finally {
      await endless.close();
    }
  });
});
