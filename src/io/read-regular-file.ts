/**
 * Reading an input file that must be a regular file. Opening a FIFO for reading blocks until a
 * writer comes, and a device can stream forever; so the file is opened without blocking, its
 * kind checked on the open handle (no window for a swap between check and read), and at most
 * `maxBytes` + 1 bytes are read whatever size it claims.
 */
import { constants } from 'node:fs';
import { type FileSystem, describeKind, nodeFileSystem } from './file-system.js';
import { isSystemError, systemErrorReason } from './output-error.js';

export type ReadFile =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: 'missing' }
  /** `kind` reads `a directory`, `a FIFO (named pipe)`, ... */
  | { readonly ok: false; readonly problem: 'not-a-file'; readonly kind: string }
  /** `bytes` is the size, or with `atLeast` what was read before giving up (a size the file system did not tell). */
  | { readonly ok: false; readonly problem: 'too-large'; readonly bytes: number; readonly atLeast: boolean }
  | { readonly ok: false; readonly problem: 'unreadable'; readonly reason: string };

const CHUNK = 1 << 16;

export async function readRegularFile(path: string, maxBytes: number, fs: FileSystem = nodeFileSystem): Promise<ReadFile> {
  let handle: Awaited<ReturnType<FileSystem['open']>>;
  try {
    handle = await fs.open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return openFailed(error, path, fs);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, problem: 'not-a-file', kind: describeKind(stats) };
    if (stats.size > maxBytes) return { ok: false, problem: 'too-large', bytes: stats.size, atLeast: false };
    return await readAtMost(handle, maxBytes);
  } catch (error) {
    if (!isSystemError(error)) throw error;
    return { ok: false, problem: 'unreadable', reason: systemErrorReason(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function readAtMost(handle: { read(buffer: Buffer, offset: number, length: number, position: null): Promise<{ bytesRead: number }> }, maxBytes: number): Promise<ReadFile> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return { ok: false, problem: 'too-large', bytes: total, atLeast: true };
  }
  return { ok: true, text: Buffer.concat(chunks, total).toString('utf8') };
}

/** A socket cannot even be opened (ENXIO): still reported as the wrong kind of file. */
async function openFailed(error: unknown, path: string, fs: FileSystem): Promise<ReadFile> {
  if (!isSystemError(error)) throw error;
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return { ok: false, problem: 'missing' };
  const stats = await fs.stat(path).catch(() => undefined);
  if (stats && !stats.isFile()) return { ok: false, problem: 'not-a-file', kind: describeKind(stats) };
  return { ok: false, problem: 'unreadable', reason: systemErrorReason(error) };
}
