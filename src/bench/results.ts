/**
 * The results file. Each suite's entry carries its own machine, date and options, and a run
 * replaces only the suites it ran, so suites run at different times can share one file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomically } from '../io/index.js';
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

export async function writeResults(path: string, entries: Readonly<Record<string, SuiteEntry>>): Promise<void> {
  let previous: ResultsFile = { version: 1, suites: {} };
  if (existsSync(path)) {
    try {
      previous = JSON.parse(readFileSync(path, 'utf8')) as ResultsFile;
    } catch {
      // An unreadable old file is replaced rather than blocking a new run.
    }
  }
  const merged: ResultsFile = { version: 1, suites: { ...previous.suites, ...entries } };
  // Atomic, so an interrupted run never leaves a truncated file that the next run would discard.
  await writeFileAtomically(path, JSON.stringify(merged, null, 2) + '\n');
}
