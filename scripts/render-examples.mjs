#!/usr/bin/env node
// Regenerates docs/examples/<name>.md from every examples/<name>.yaml with the built CLI, so the
// committed example plans are exactly what `execplan plan` prints. examples/<name>.status.yaml is
// a status of examples/<name>.yaml: its re-plan, against examples/<name>.baseline.json (the plan's
// JSON from before the work began) when there is one, goes to docs/examples/<name>.status.md, .json
// and .html. Run `npm run examples:render` (it builds first); src/render/md/examples-fresh.test.ts
// and test/status-example.test.ts fail when a committed file is stale.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'main.js');
const out = join(root, 'docs', 'examples');
mkdirSync(out, { recursive: true });

const names = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
for (const file of names) {
  if (file.endsWith('.status.yaml')) {
    const spec = join('examples', file.replace(/\.status\.yaml$/, '.yaml'));
    const baseline = join('examples', file.replace(/\.status\.yaml$/, '.baseline.json'));
    const args = ['plan', spec, '--status', join('examples', file), ...(existsSync(join(root, baseline)) ? ['--baseline', baseline] : [])];
    for (const [format, extension] of [['md', 'md'], ['json', 'json'], ['html', 'html']]) {
      const text = execFileSync(process.execPath, [cli, ...args, '--format', format], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
      writeFileSync(join(out, file.replace(/\.yaml$/, `.${extension}`)), text);
    }
    continue;
  }
  execFileSync(process.execPath, [cli, 'plan', join('examples', file), '--format', 'md', '--out', join('docs', 'examples')], {
    cwd: root,
    stdio: 'inherit',
  });
}
