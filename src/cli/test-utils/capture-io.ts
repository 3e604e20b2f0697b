/** Test helper: run the CLI in memory and assert on what it printed and which files it wrote. */
import { join } from 'node:path';
import { writeFileAtomically, writeFilesAtomically } from '../../io/index.js';
import { nodeIo, type CliIo } from '../io.js';

/** A CliIo over the real file system for reads and writes, capturing output; `written` lists every file it was asked to write. */
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
    writeFilesAtomic: async (dir, files) => {
      written.push(...files.map((f) => join(dir, f.name)));
      await writeFilesAtomically(dir, files);
    },
  };
}
