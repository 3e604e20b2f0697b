import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stdoutFailed } from './io.js';
import { run } from './run.js';
import { captureIo } from './test-utils/capture-io.js';

const systemError = (code: string, syscall: string, path?: string) => Object.assign(new Error(`${code}: injected, ${syscall}`), { code, syscall, ...(path ? { path } : {}) });
const example = new URL('../../examples/sprint.yaml', import.meta.url).pathname;
/** Never written: the writes below are stubs. */
const out = join(tmpdir(), 'execplan-never-written');

describe('stdoutFailed', () => {
  it('ends a closed pipe quietly, with the command left to set the exit code', () => {
    const err: string[] = [];
    expect(stdoutFailed(systemError('EPIPE', 'write'), { stderr: (t) => void err.push(t) })).toBe(0);
    expect(err).toEqual([]);
  });

  it('reports any other failure of stdout with its code and exit 2', () => {
    const err: string[] = [];
    expect(stdoutFailed(systemError('ENOSPC', 'write'), { stderr: (t) => void err.push(t) })).toBe(2);
    expect(err.join('')).toMatch(/standard output: no space left on device \(ENOSPC\)/);
  });
});

describe('a file operation refused by the system, wherever it escapes', () => {
  it('is exit 2 with the code and the path, never an internal error', async () => {
    const io = { ...captureIo(), writeFilesAtomic: () => Promise.reject(systemError('EIO', 'write', join(out, 'sprint.md'))) };
    const exit = await run(['plan', example, '--out', out, '--schedules', '10', '--iterations', '0'], { ...io, checkOutputDirectory: async () => undefined });
    expect(exit).toBe(2);
    expect(io.err.join('')).toBe(`execplan: error: write '${join(out, 'sprint.md')}' failed: input/output error (EIO)\n`);
  });

  it('leaves any other error an internal one, a bug to report', async () => {
    const io = { ...captureIo(), writeFilesAtomic: () => Promise.reject(new TypeError('x is undefined')) };
    const exit = await run(['plan', example, '--out', out, '--schedules', '10', '--iterations', '0'], { ...io, checkOutputDirectory: async () => undefined });
    expect(exit).toBe(1);
    expect(io.err.join('')).toMatch(/internal error/);
  });
});
