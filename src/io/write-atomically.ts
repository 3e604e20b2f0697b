/**
 * Writing files whole, and sets of files whole: readers (and a crash half-way) never see a
 * half-written file, and a run that fails leaves the directory as it found it.
 *
 * The files are written into a temporary directory beside their targets (so every move is a
 * rename within one file system, which is atomic), then renamed into place one by one. If a
 * rename fails, the files already moved are put back: the old version where there was one,
 * nothing where there was none.
 */
import { basename, dirname, join } from 'node:path';
import { cannotCreate, makeDirectory, removeDirectories } from './directories.js';
import { type FileSystem, nodeFileSystem } from './file-system.js';
import { OutputError } from './output-error.js';

export interface OutputFile {
  /** A plain file name, no directory part. */
  readonly name: string;
  readonly text: string;
}

/** One file, whole or not at all. */
export async function writeFileAtomically(path: string, text: string, fs: FileSystem = nodeFileSystem): Promise<void> {
  await writeFilesAtomically(dirname(path), [{ name: basename(path), text }], fs);
}

/** Every file of `files` into `dir` (created if missing), or none of them. */
export async function writeFilesAtomically(dir: string, files: readonly OutputFile[], fs: FileSystem = nodeFileSystem): Promise<void> {
  for (const { name } of files) {
    if (name === '' || name === '.' || name === '..' || name !== basename(name)) throw new Error(`not a plain file name: '${name}'`);
  }
  const created = await makeDirectory(dir, fs);
  try {
    await refuseDirectoriesInTheWay(dir, files, fs);
    await writeThroughStaging(dir, files, fs);
  } catch (error) {
    await removeDirectories(created, fs);
    throw error;
  }
}

/** A directory where a file should go cannot be replaced by a rename: refused before anything moves. */
async function refuseDirectoriesInTheWay(dir: string, files: readonly OutputFile[], fs: FileSystem): Promise<void> {
  for (const { name } of files) {
    const target = join(dir, name);
    const stats = await fs.lstat(target).catch(() => undefined);
    if (stats?.isDirectory()) throw new OutputError('EISDIR', target, `cannot write '${target}': a directory of that name is in the way (EISDIR)`);
  }
}

async function writeThroughStaging(dir: string, files: readonly OutputFile[], fs: FileSystem): Promise<void> {
  let staging: string;
  try {
    staging = await fs.mkdtemp(join(dir, '.execplan-'));
  } catch (error) {
    throw cannotCreate(error, join(dir, basename(files[0]?.name ?? '')));
  }
  try {
    for (const { name, text } of files) {
      await fs.writeFile(join(staging, name), text, 'utf8').catch((error: unknown) => {
        throw OutputError.from(error, 'write', join(dir, name));
      });
    }
    await moveAllOrNone(staging, dir, files, fs);
  } finally {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

interface Moved {
  readonly target: string;
  /** Where the file it replaced is kept until the set is complete; absent when there was none. */
  readonly previous?: string;
}

async function moveAllOrNone(staging: string, dir: string, files: readonly OutputFile[], fs: FileSystem): Promise<void> {
  const previousDir = join(staging, '.previous');
  await fs.mkdir(previousDir).catch((error: unknown) => {
    throw OutputError.from(error, 'write into', dir);
  });
  const moved: Moved[] = [];
  try {
    for (const { name } of files) {
      const target = join(dir, name);
      const previous = await keepPrevious(target, join(previousDir, name), fs);
      await fs.rename(join(staging, name), target).catch((error: unknown) => {
        throw OutputError.from(error, 'write', target);
      });
      moved.push({ target, ...(previous ? { previous } : {}) });
    }
  } catch (error) {
    await putBack(moved, fs);
    throw error;
  }
}

/**
 * A second name for the file about to be replaced (a hard link, or a copy where links are not
 * supported), so a rollback can restore it; the target keeps its name throughout.
 */
async function keepPrevious(target: string, keep: string, fs: FileSystem): Promise<string | undefined> {
  const stats = await fs.lstat(target).catch(() => undefined);
  if (!stats) return undefined;
  try {
    await fs.link(target, keep);
  } catch {
    await fs.copyFile(target, keep).catch((error: unknown) => {
      throw OutputError.from(error, 'replace', target);
    });
  }
  return keep;
}

/** Undoes the moves, last first; best effort, since the failure being reported comes first. */
async function putBack(moved: readonly Moved[], fs: FileSystem): Promise<void> {
  for (const { target, previous } of [...moved].reverse()) {
    if (previous) await fs.rename(previous, target).catch(() => undefined);
    else await fs.rm(target, { force: true }).catch(() => undefined);
  }
}
