/**
 * The file operations the edge uses, as one object: production passes node:fs/promises, tests
 * pass a copy with one operation failing, to reach the failure paths a real disk rarely shows
 * (a rename failing half-way through a set of files).
 */
import * as fsp from 'node:fs/promises';
import { isSystemError } from './output-error.js';

export type FileSystem = Pick<typeof fsp, 'access' | 'copyFile' | 'link' | 'lstat' | 'mkdir' | 'mkdtemp' | 'open' | 'rename' | 'rm' | 'rmdir' | 'stat' | 'writeFile'>;

export const nodeFileSystem: FileSystem = fsp;

export type PathKind = 'missing' | 'file' | 'directory' | 'other';

/** What is at `path`, following symbolic links; a path through a file counts as missing. */
export async function pathKind(path: string, fs: FileSystem = nodeFileSystem): Promise<PathKind> {
  try {
    const stats = await fs.stat(path);
    return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : 'other';
  } catch (error) {
    if (isSystemError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return 'missing';
    throw error;
  }
}

/** `a FIFO (named pipe)`, `a directory`: what a non-regular file is, for messages. */
export function describeKind(stats: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}
