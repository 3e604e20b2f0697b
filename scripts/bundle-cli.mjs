#!/usr/bin/env node
// The execplan command as a few bundled files instead of some two hundred modules: Node then
// resolves, reads and compiles far less at every start. Part of `npm run build`, after tsc, which
// still writes the library (dist/api) and its types. Each command stays a chunk of its own, loaded
// only when it runs, and the forecast's worker is an entry beside it. Every chunk sits in
// dist/cli, so paths relative to the package (package.json, examples/) hold from any of them.
//
// The bundle is CommonJS so that each file can be compiled with a V8 code cache, which Node 20
// offers only for CommonJS (scripts/cli-bin/code-cache.cjs). The bin (dist/cli/main.js) and the
// worker (dist/cli/worker.js) stay small ES modules that load it. The caches are recorded last, by
// starting the MCP server and running `check` and `plan` on the bundled example.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';

const out = new URL('../dist/cli/', import.meta.url);
const src = (path) => new URL(`../src/${path}`, import.meta.url).pathname;
const bin = (file) => new URL(`./cli-bin/${file}`, import.meta.url);

await build({
  input: { execplan: src('cli/main.ts'), 'forecast-worker': src('api/worker.ts') },
  platform: 'node',
  // Dependencies are bundled too: their module graphs are the largest part of the start-up.
  external: [/^node:/],
  logLevel: 'warn',
  output: {
    dir: out.pathname,
    format: 'cjs',
    entryFileNames: '[name].cjs',
    chunkFileNames: 'chunk-[name]-[hash].cjs',
    sourcemap: true,
  },
});

// tsc wrote the unbundled bin's map; the bin is now the loader.
rmSync(new URL('main.js.map', out), { force: true });
for (const file of ['main.js', 'worker.js', 'code-cache.cjs']) copyFileSync(bin(file), new URL(file, out));

const example = new URL('../examples/launch.yaml', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'execplan-cache-'));
try {
  // Plan last: the chunks it shares with the others keep the cache of the command that runs the most
  // code. The MCP server, given no input, starts and ends.
  recordCache(['mcp']);
  recordCache(['check', example]);
  recordCache(['plan', example, '--quiet', '--format', 'md,json,html,csv,ics,mspdi', '--out', scratch]);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function recordCache(args) {
  const loader = new URL('code-cache.cjs', out).pathname;
  const run = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(loader)}).record('execplan.cjs', ${JSON.stringify(args)})`], { encoding: 'utf8', input: '' });
  if (run.status !== 0) throw new Error(`recording the code cache with execplan ${args.join(' ')} failed (exit ${run.status}):\n${run.stderr}`);
}
