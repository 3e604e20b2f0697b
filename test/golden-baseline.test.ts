/**
 * Golden diagnostics of bad baselines: each file under test/fixtures/bad/baseline is given as the
 * --baseline of spec.yaml beside it, and must fail with the code its MARKS line names, at that
 * line of the baseline file: through the pipeline and through `execplan plan` (exit 2, a
 * `file:line:col: error CODE:` line, no stack trace, nothing written).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPlanSync } from '../src/api/index.js';
import { createLineIndex } from '../src/diag/line-index.js';
import { captureIo } from '../src/cli/test-utils/capture-io.js';
import { run } from '../src/cli/run.js';

const root = new URL('../', import.meta.url).pathname;
const dir = join(root, 'test/fixtures/bad/baseline');
const spec = readFileSync(join(dir, 'spec.yaml'), 'utf8');
const marks = readFileSync(join(dir, 'MARKS'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    const [file, line, code] = l.trim().split(/\s+/);
    return { file, line: Number(line), code };
  });

let out = '';
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'execplan-baseline-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('bad baselines', () => {
  it('every fixture has its mark, and there are at least 8', async () => {
    const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
    expect(marks.map((m) => m.file).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(marks)('$file', ({ file, line, code }) => {
    const text = readFileSync(join(dir, file), 'utf8');

    it(`gives ${code} on line ${line} of the baseline, and no plan`, () => {
      const run = runPlanSync({ text: spec }, { formats: ['md'], iterations: 0, schedules: 5, baseline: { text, name: file } });
      expect(run.result).toBeUndefined();
      expect(run.outputs).toEqual([]);
      const index = createLineIndex(text);
      const errors = run.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => ({ code: d.code, file: d.file, line: d.range ? index.position(d.range[0]).line : 0 }))).toEqual([{ code, file, line }]);
    });

    it('fails `execplan plan --baseline` with exit 2 at its position, writing nothing', async () => {
      const io = captureIo({ cwd: root });
      const baseline = relative(root, join(dir, file));
      const exit = await run(['plan', relative(root, join(dir, 'spec.yaml')), '--baseline', baseline, '--out', out, '--iterations', '0', '--schedules', '5'], io);
      const stderr = io.err.join('');
      expect(exit).toBe(2);
      expect(stderr).toMatch(new RegExp(`^${baseline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+: error ${code}:`, 'm'));
      expect(stderr).not.toMatch(/^\s{4}at /m);
      expect(io.written).toEqual([]);
      expect(await readdir(out)).toEqual([]);
    });
  });

  it('a missing baseline file is E_FILE_NOT_FOUND at the baseline, exit 2', async () => {
    const io = captureIo({ cwd: root });
    const exit = await run(['plan', relative(root, join(dir, 'spec.yaml')), '--baseline', 'no/such/plan.json', '--iterations', '0'], io);
    expect(exit).toBe(2);
    expect(io.err.join('')).toMatch(/^no\/such\/plan\.json:1:1: error E_FILE_NOT_FOUND:/m);
    expect(io.out).toEqual([]);
  });
});
