import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKING } from '../vitest.config.js';

const root = new URL('..', import.meta.url).pathname;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'node_modules' ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(root, path)] : [];
  });
}

/** What changes a module or the process for every later file that shares the worker. */
const LEAKS = /\bvi\.(mock|doMock|unmock|stubGlobal|stubEnv)\(/;

describe('test isolation', () => {
  it('runs every file that mocks modules or stubs globals with a module cache of its own', () => {
    const leaking = [...testFiles(join(root, 'src')), ...testFiles(join(root, 'test'))].filter((file) => LEAKS.test(readFileSync(join(root, file), 'utf8')));
    expect(leaking.length).toBeGreaterThan(0);
    expect(leaking.sort()).toEqual([...MOCKING].sort());
  });
});
