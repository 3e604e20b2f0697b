/** The baseline option of a plan run: its text read by the pure loader, its diagnostics marked as pointing into it. */
import type { Diagnostic } from '../diag/index.js';
import type { Baseline, Model } from '../model/index.js';
import { loadBaseline } from '../spec/index.js';

export interface BaselineRead {
  readonly baseline?: Baseline;
  /** Each with `file` the baseline's name: its range points into the baseline's text, not the spec's. */
  readonly diagnostics: readonly Diagnostic[];
}

/** With the model, the baseline is also checked against the plan it is compared with. */
export function readBaseline(option: { readonly text: string; readonly name?: string } | undefined, model: Model | undefined): BaselineRead {
  if (!option) return { diagnostics: [] };
  const loaded = loadBaseline(option.text, model ? { unit: model.calendar.unit, start: model.start } : undefined);
  return { ...(loaded.baseline ? { baseline: loaded.baseline } : {}), diagnostics: loaded.diagnostics.map((d) => ({ ...d, file: option.name ?? 'baseline' })) };
}
