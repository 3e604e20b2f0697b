/**
 * Everything the commands may do to the outside world goes through CliIo, so tests can run the
 * CLI in memory and assert on what it printed and wrote.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

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

export async function writeFileAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
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

/** An in-memory CliIo over the real file system for reads and writes, capturing output. */
export interface CapturedIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  readonly written: string[];
}

export function captureIo(options: { cwd?: string; env?: Record<string, string | undefined>; isTTY?: boolean } = {}): CapturedIo {
  const base = nodeIo();
  const out: string[] = [];
  const err: string[] = [];
  const written: string[] = [];
  return {
    ...base,
    cwd: options.cwd ?? base.cwd,
    env: options.env ?? { NO_COLOR: '1' },
    isTTY: options.isTTY ?? false,
    out,
    err,
    written,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    writeTextAtomic: async (path, text) => {
      written.push(path);
      await writeFileAtomically(path, text);
    },
  };
}
