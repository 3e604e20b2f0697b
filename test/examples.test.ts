/** Every example passes `execplan check` cleanly: exit 0 and no diagnostics at all. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureIo } from '../src/cli/test-utils/capture-io.js';
import { run } from '../src/cli/run.js';

const root = new URL('../', import.meta.url).pathname;
const files = readdirSync(new URL('../examples/', import.meta.url)).filter((f) => f.endsWith('.yaml'));
const examples = files.filter((f) => !f.endsWith('.status.yaml'));
const statuses = files.filter((f) => f.endsWith('.status.yaml'));

describe('examples', () => {
  it.each(examples)('examples/%s checks clean', async (name) => {
    const io = captureIo({ cwd: root });
    expect(await run(['check', `examples/${name}`], io)).toBe(0);
    expect(io.err.join('')).toBe('');
    expect(io.out.join('')).toMatch(/ok/);
  });

  it.each(statuses)('examples/%s re-plans its example with no diagnostics', async (name) => {
    const io = captureIo({ cwd: root });
    const spec = `examples/${name.replace(/\.status\.yaml$/, '.yaml')}`;
    expect(await run(['plan', spec, '--status', `examples/${name}`, '--iterations', '0'], io)).toBe(0);
    expect(io.err.join('')).toBe('');
  });
});
