/** The library's plan calls: thin shells over the one pipeline (src/api/pipeline.ts). */
import type { Diagnostic } from '../diag/index.js';
import type { Model } from '../model/index.js';
import type { PlanOptions } from './options.js';
import { runRequestSync, type PlanRun } from './pipeline.js';

export type PlanOutcome = PlanRun;

/** Spec text (YAML or JSON) → the planned, forecast and analysed plan, with every format asked for rendered. */
export function plan(specText: string, options: PlanOptions = {}): PlanOutcome {
  return runRequestSync({ source: { text: specText }, options, names: { text: 'specText' } });
}

/** A model built in code → the same run as `plan`. */
export function planModel(model: Model, options: PlanOptions = {}, loadDiagnostics: readonly Diagnostic[] = []): PlanOutcome {
  return runRequestSync({ source: { model, diagnostics: loadDiagnostics }, options, names: { model: 'model', diagnostics: 'loadDiagnostics' } });
}
