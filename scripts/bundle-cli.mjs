#!/usr/bin/env node
// The execplan command as a few bundled files instead of some two hundred modules: Node then
// resolves, reads and compiles far less at every start. Part of `npm run build`, after tsc, which
// still writes the library (dist/api) and its types. The bundle replaces dist/cli/main.js (the
// bin); each command stays a chunk of its own, loaded only when it runs, and the forecast's worker
// is an entry beside it, where the thread pool looks for it. Every chunk sits in dist/cli, so paths
// relative to the package (package.json, examples/) hold from any of them.
import { rmSync } from 'node:fs';
import { build } from 'rolldown';

const out = new URL('../dist/cli/', import.meta.url);
const src = (path) => new URL(`../src/${path}`, import.meta.url).pathname;

await build({
  input: { main: src('cli/main.ts'), worker: src('api/worker.ts') },
  platform: 'node',
  // Dependencies are bundled too: their module graphs are the largest part of the start-up.
  external: [/^node:/],
  logLevel: 'warn',
  output: {
    dir: out.pathname,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunk-[name]-[hash].js',
    sourcemap: true,
  },
});
