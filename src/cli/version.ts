import { readFileSync } from 'node:fs';
import { packageRoot } from './package-root.js';

/** The version in package.json, read from the installed package so it never drifts. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as { version: string };
  return pkg.version;
}
