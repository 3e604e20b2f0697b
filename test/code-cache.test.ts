/**
 * The built command's code cache (scripts/cli-bin/code-cache.cjs): the build records a V8 cache
 * beside the files `mcp`, `check` and `plan` load, this Node accepts them (a rejected cache would cost
 * the start-up it exists to save, with nothing else failing), and a command whose caches are
 * missing or damaged still runs and says the same.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = join(root, 'dist/cli');
const example = join(root, 'examples/launch.yaml');

/** In a fresh process without extra flags: the bundle's files whose recorded cache V8 refuses. */
const REJECTED_BY_V8 = `console.log(JSON.stringify(require(process.argv[1]).rejectedCaches()))`;

function execplan(bin: string, args: readonly string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
}

beforeAll(() => {
  if (!existsSync(join(bundle, 'main.js'))) throw new Error(`${bundle} is missing: run npm run build first`);
});

describe('the code cache of the built command', () => {
  it('is recorded for the bin and for every chunk that mcp, check and plan load', () => {
    const cached = readdirSync(bundle).filter((f) => f.endsWith('.cjs.v8-cache'));
    const chunks = ['api', 'check', 'diag', 'forecast', 'mcp', 'plan', 'schedule', 'spec'];
    expect(cached).toContain('execplan.cjs.v8-cache');
    for (const chunk of chunks) expect(cached.some((f) => f.startsWith(`chunk-${chunk}-`)), chunk).toBe(true);
  });

  it('is accepted by this Node, in a fresh process without extra flags', () => {
    const probe = spawnSync(process.execPath, ['-e', REJECTED_BY_V8, join(bundle, 'code-cache.cjs')], { encoding: 'utf8' });
    expect(probe.status).toBe(0);
    expect(JSON.parse(probe.stdout)).toEqual([]);
  });

  describe('missing or damaged', () => {
    let copy = '';
    beforeAll(async () => {
      copy = await mkdtemp(join(tmpdir(), 'execplan-cache-'));
      await cp(join(root, 'package.json'), join(copy, 'package.json'));
      await cp(bundle, join(copy, 'dist/cli'), { recursive: true });
      await symlink(join(root, 'node_modules'), join(copy, 'node_modules'));
    });
    afterAll(async () => {
      if (copy) await rm(copy, { recursive: true, force: true });
    });

    it('leaves check and plan saying exactly what they say with it', async () => {
      const args = [['check', example], ['plan', example, '--schedules', '50', '--iterations', '300', '--format', 'json']];
      const withCache = args.map((a) => execplan(join(bundle, 'main.js'), a));
      const caches = (await readdir(join(copy, 'dist/cli'))).filter((f) => f.endsWith('.v8-cache'));
      // Half the caches gone, the other half garbage of the same names.
      for (const [k, f] of caches.entries()) {
        if (k % 2 === 0) await rm(join(copy, 'dist/cli', f));
        else await writeFile(join(copy, 'dist/cli', f), 'not a code cache');
      }
      const without = args.map((a) => execplan(join(copy, 'dist/cli/main.js'), a));
      expect(withCache.map((r) => r.status)).toEqual([0, 0]);
      expect(without.map((r) => [r.status, r.stdout, r.stderr])).toEqual(withCache.map((r) => [r.status, r.stdout, r.stderr]));
    });
  });
});
