/**
 * Creating the output directory one level at a time. Node's `mkdir({ recursive: true })` loops
 * forever where a file system answers ENOENT to mkdir under an existing parent (/proc does):
 * here each missing level is created once, so the work is bounded by the path's depth, and a
 * refusal is an error naming the level.
 */
import { constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type FileSystem, nodeFileSystem, pathKind } from './file-system.js';
import { OutputError, isSystemError } from './output-error.js';

interface Located {
  /** The nearest ancestor (or `dir` itself) that exists: a directory. */
  readonly existing: string;
  /** The levels below it still to create, outermost first. */
  readonly missing: readonly string[];
}

/** Walks up from `dir` to the nearest level that exists, which must be a directory. */
async function locate(dir: string, fs: FileSystem): Promise<Located> {
  const target = resolve(dir);
  const missing: string[] = [];
  for (let current = target; ; current = dirname(current)) {
    const kind = await pathKind(current, fs).catch((error: unknown) => {
      throw OutputError.from(error, 'open', current);
    });
    if (kind === 'directory') return { existing: current, missing: missing.reverse() };
    if (kind !== 'missing') throw notADirectory(current, target);
    missing.push(current);
    if (dirname(current) === current) throw new OutputError('ENOENT', current, `cannot create '${target}': the file system has no root`);
  }
}

function notADirectory(found: string, target: string): OutputError {
  if (found === target) return new OutputError('EEXIST', target, `cannot write into '${target}': it exists and is not a directory (EEXIST)`);
  return new OutputError('ENOTDIR', target, `cannot create '${target}': '${found}' is not a directory (ENOTDIR)`);
}

/**
 * Refuses early, before any work is done, an output directory that cannot be made: a file in
 * its place or on its path, or a nearest existing level this process may not write.
 */
export async function checkOutputDirectory(dir: string, fs: FileSystem = nodeFileSystem): Promise<void> {
  const { existing } = await locate(dir, fs);
  try {
    await fs.access(existing, constants.W_OK);
  } catch (error) {
    throw OutputError.from(error, 'write into', existing);
  }
}

/** Creates `dir` and the missing levels above it; returns the levels created, outermost first. */
export async function makeDirectory(dir: string, fs: FileSystem = nodeFileSystem): Promise<string[]> {
  const { missing } = await locate(dir, fs);
  const created: string[] = [];
  for (const level of missing) {
    try {
      await fs.mkdir(level);
      created.push(level);
    } catch (error) {
      await removeDirectories(created, fs);
      throw cannotCreate(error, level);
    }
  }
  return created;
}

/**
 * Why a directory could not be created in an existing parent. ENOENT there means the file system
 * refuses new entries (/proc does), which its usual wording would hide.
 */
export function cannotCreate(error: unknown, path: string): unknown {
  if (isSystemError(error) && error.code === 'ENOENT') {
    return new OutputError('ENOENT', path, `cannot create '${path}': this file system does not allow it (${error.code})`, 'choose a directory on an ordinary disk');
  }
  return OutputError.from(error, 'create', path);
}

/** Removes directories this run created, innermost first; a directory someone filled stays. */
export async function removeDirectories(created: readonly string[], fs: FileSystem = nodeFileSystem): Promise<void> {
  for (const level of [...created].reverse()) await fs.rmdir(level).catch(() => undefined);
}
