/**
 * PSPLIB single-mode RCPSP input (`.sm`): text in, Model and positioned diagnostics out. Pure.
 * Format and data: shared/psplib/README.md. Codes: docs/diagnostics-psplib.md.
 */
import type { Diagnostic } from '../diag/index.js';
import type { Model } from '../model/index.js';
import { readPsplibInstance, type PsplibInstance } from './instance.js';
import { psplibToModel } from './to-model.js';

export interface PsplibParseOptions {
  /** The plan's name, e.g. the file's base name; the file itself has none. Default 'psplib'. */
  readonly name?: string;
}

export interface PsplibParseResult {
  /** Absent when any error was found. */
  readonly model?: Model;
  /** The raw instance (capacities, durations, MPM-Time = LB0), for benchmarks and reports. */
  readonly instance?: PsplibInstance;
  readonly diagnostics: Diagnostic[];
}

export function parsePsplib(text: string, options: PsplibParseOptions = {}): PsplibParseResult {
  const { instance, diagnostics } = readPsplibInstance(text);
  if (!instance) return { diagnostics };
  return { model: psplibToModel(instance, options.name ?? 'psplib'), instance, diagnostics };
}
