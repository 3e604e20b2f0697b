/**
 * Watch mode through a real process (the built bin, dist/cli/main.js) and real file writes:
 * good → broken → good, the last good files kept while the spec is broken, an editor's save by
 * rename noticed, and Ctrl-C (SIGINT) ending with exit code 0.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../src/cli/test-utils/capture-io.js';
import { run } from '../src/cli/run.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/cli/main.js');
const WAIT_MS = 20_000;

let dir = '';
beforeAll(async () => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first`);
  dir = await mkdtemp(join(tmpdir(), 'execplan-watch-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('execplan plan --watch', () => {
  it('re-plans on each save, keeps the last good files while the spec is broken, and stops on Ctrl-C with 0', async () => {
    const sprint = await readFile(join(root, 'examples/sprint.yaml'), 'utf8');
    const spec = join(dir, 'spec.yaml');
    await writeFile(spec, sprint);
    const child = spawn(process.execPath, [bin, 'plan', 'spec.yaml', '--out', 'out', '--watch', '--format', 'md,json', '--iterations', '50', '--schedules', '20'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const lines = () => stdout.split('\n').filter(Boolean);
    const until = async (what: string, done: () => boolean) => {
      for (let waited = 0; !done(); waited += 50) {
        if (waited > WAIT_MS) throw new Error(`no ${what} within ${WAIT_MS} ms; stdout: ${stdout}; stderr: ${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const outputs = async () => ({ md: await readFile(join(dir, 'out/spec.md'), 'utf8'), json: JSON.parse(await readFile(join(dir, 'out/spec.json'), 'utf8')) });
    try {
      await until('first plan', () => lines().length === 1);
      const good = await outputs();
      expect(lines()[0]).toBe(`spec.yaml: finish ${good.json.summary.finish}, P(on time by ${good.json.summary.pOnTime.by}) ${Math.round(good.json.summary.pOnTime.probability * 1000) / 10}%, critical path ${good.json.summary.criticalPath.length} activities; wrote out/spec.md, out/spec.json`);

      await writeFile(spec, `${sprint}tasks: [\n`);
      await until('the broken spec reported', () => /not planned; the last good plan stays in out/.test(stderr));
      expect(stderr).toMatch(/^spec\.yaml:\d+:\d+: error E_YAML_/m);
      expect(await outputs()).toEqual(good);

      // An editor's save: a new file renamed over the spec.
      const slower = sprint.replace('estimate: [3d, 4d, 6d], goal: billing', 'estimate: [8d, 10d, 12d], goal: billing');
      expect(slower).not.toBe(sprint);
      await writeFile(join(dir, '.spec.yaml.swp'), slower);
      await rename(join(dir, '.spec.yaml.swp'), spec);
      await until('the second plan', () => lines().length === 2);
      const next = await outputs();
      expect(next.json.summary.finish > good.json.summary.finish).toBe(true);
      expect(lines()[1]).toContain(`finish ${good.json.summary.finish} -> ${next.json.summary.finish} (later)`);
      expect(next.md).not.toBe(good.md);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('needs --out', async () => {
    const io = captureIo({ cwd: root });
    expect(await run(['plan', 'examples/sprint.yaml', '--watch'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/--watch needs --out DIR/);
  });
});
