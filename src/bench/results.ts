/**
 * The results file. Each suite's entry carries its own machine, date and options, and a run
 * replaces only the suites it ran, so suites run at different times can share one file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MachineInfo } from './machine.js';

export interface SuiteEntry {
  readonly ranAt: string;
  readonly machine: MachineInfo;
  readonly options: unknown;
  readonly result: unknown;
  readonly notes: readonly string[];
}

export interface ResultsFile {
  readonly version: 1;
  readonly suites: Record<string, SuiteEntry>;
}

export function writeResults(path: string, entries: Readonly<Record<string, SuiteEntry>>): void {
  let previous: ResultsFile = { version: 1, suites: {} };
  if (existsSync(path)) {
    try {
      previous = JSON.parse(readFileSync(path, 'utf8')) as ResultsFile;
    } catch {
      // An unreadable old file is replaced rather than blocking a new run.
    }
  }
  const merged: ResultsFile = { version: 1, suites: { ...previous.suites, ...entries } };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(merged, null, 2) + '\n');
}
