/**
 * Everything the commands may do to the outside world goes through CliIo, so tests can run the
 * CLI in memory and assert on what it printed and wrote.
 */
import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { checkOutputDirectory, isSystemError, pathKind, readRegularFile, systemErrorReason, writeFileAtomically, writeFilesAtomically, type OutputFile, type PathKind, type ReadFile } from '../io/index.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Whether stderr is a terminal (colour, progress bars). */
  readonly isTTY: boolean;
  /** Milliseconds from an arbitrary origin, for progress bars; absent in tests. */
  readonly now?: () => number;
  /** A file the package ships (the bundled examples). */
  readText(path: string): Promise<string>;
  /** A user's input file: a regular file of at most `maxBytes`, refused before reading otherwise. */
  readInput(path: string, maxBytes: number): Promise<ReadFile>;
  pathKind(path: string): Promise<PathKind>;
  /** Throws an OutputError when `dir` cannot be made or written, before any work is done. */
  checkOutputDirectory(dir: string): Promise<void>;
  /** Writes the whole file or nothing: a temp file renamed into place. */
  writeTextAtomic(path: string, text: string): Promise<void>;
  /** Writes every file into `dir` or none of them (see src/io/write-atomically.ts). */
  writeFilesAtomic(dir: string, files: readonly OutputFile[]): Promise<void>;
  /** Calls `onChange` whenever the file at `path` is written, replaced or removed; the returned function stops watching. */
  watchFile(path: string, onChange: () => void): () => void;
  /** Calls `handler` on Ctrl-C (SIGINT) instead of the default exit; the returned function restores the default. */
  onInterrupt(handler: () => void): () => void;
}

export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}

export interface NodeIo extends CliIo {
  /** After standard output failed: later output is dropped instead of failing again. */
  dropStdout(): void;
}

export function nodeIo(): NodeIo {
  let stdoutOpen = true;
  return {
    stdout: (text) => void (stdoutOpen && process.stdout.write(text)),
    dropStdout: () => void (stdoutOpen = false),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    now: () => performance.now(),
    readText: (path) => readFile(path, 'utf8'),
    readInput: (path, maxBytes) => readRegularFile(path, maxBytes),
    pathKind: (path) => pathKind(path),
    checkOutputDirectory: (dir) => checkOutputDirectory(dir),
    writeTextAtomic: (path, text) => writeFileAtomically(path, text),
    writeFilesAtomic: (dir, files) => writeFilesAtomically(dir, files),
    watchFile: (path, onChange) => {
      // The directory, not the file: editors save by writing a new file and renaming it over
      // the old one, and a watch on the old file's inode would see nothing after the first save.
      const name = basename(path);
      const watcher = watch(dirname(path), (_event, changed) => {
        if (changed === null || changed === name) onChange();
      });
      // A directory that goes away ends the events; the next read reports the missing spec.
      watcher.on('error', onChange);
      return () => watcher.close();
    },
    onInterrupt: (handler) => {
      process.on('SIGINT', handler);
      return () => void process.off('SIGINT', handler);
    },
  };
}

/**
 * The exit code standard output's failure calls for. A closed pipe (`execplan plan x.yaml |
 * head -1`) means the reader has all it wanted: nothing is printed and the command's own exit
 * code stands (0 when it succeeded), so a deliberate `| head` under `set -o pipefail` does not
 * fail. Anything else (a full disk, an I/O error) loses output the user asked for: a message on
 * stderr and exit 2.
 */
export function stdoutFailed(error: unknown, io: Pick<CliIo, 'stderr'>): number {
  if (isSystemError(error) && error.code === 'EPIPE') return 0;
  const reason = isSystemError(error) ? systemErrorReason(error) : String(error);
  io.stderr(`execplan: error: cannot write to standard output: ${reason}\n  hint: write to a file with --out DIR, or free space where the output is redirected\n`);
  return 2;
}
