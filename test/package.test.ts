/**
 * The README's first command runs `npx execplan`, which executes the package's bin directly:
 * the built file must exist, start with a node shebang and be executable.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> };
const bin = fileURLToPath(new URL(`../${pkg.bin.execplan}`, import.meta.url));

describe('the execplan bin (after npm run build)', () => {
  it('is an executable node script', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).toBe(0o111);
  });

  it('runs directly, as npx runs it', () => {
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
