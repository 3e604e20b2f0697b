/**
 * Everything the commands may do to the outside world goes through CliIo, so tests can run the
 * CLI in memory and assert on what it printed and wrote.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFileAtomically } from '../io/index.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Whether stderr is a terminal (colour, progress bars). */
  readonly isTTY: boolean;
  /** Milliseconds from an arbitrary origin, for progress bars; absent in tests. */
  readonly now?: () => number;
  readText(path: string): Promise<string>;
  /** Byte size of a file, or undefined when it does not exist. */
  sizeOf(path: string): Promise<number | undefined>;
  /** Writes the whole file or nothing: a temp file renamed into place. */
  writeTextAtomic(path: string, text: string): Promise<void>;
  exists(path: string): Promise<boolean>;
}

export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}

export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    now: () => performance.now(),
    readText: (path) => readFile(path, 'utf8'),
    sizeOf: async (path) => {
      try {
        return (await stat(path)).size;
      } catch {
        return undefined;
      }
    },
    writeTextAtomic: writeFileAtomically,
    exists: async (path) => {
      try {
        await stat(path);
        return true;
      } catch {
        return false;
      }
    },
  };
}
