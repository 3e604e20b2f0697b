/**
 * The finish drift split into causes along the current critical chain. Walking the chain from
 * the plan start, each baseline activity on it moves the finish by how much later it starts
 * after the chain work before it than it did in the baseline (`start`), plus how much longer it
 * takes (`re-estimated`, `duration`, or what the status says of it); work new since the baseline
 * takes the place of the gap it opens. What is left at the end is the baseline's own finish
 * lying after its last activity on this chain. The terms telescope, so they add up to the drift
 * exactly.
 */
import type { CriticalChain, Driver } from '../../schedule/index.js';
import type { DriftCause, DriftCauseKind, ItemSlip, SlipProgress } from './types.js';

export interface DriftInputs {
  readonly chain: CriticalChain | undefined;
  readonly items: ReadonlyMap<string, ItemSlip>;
  /** Ids whose likely work changed since the baseline. */
  readonly reestimated: ReadonlySet<string>;
  /** The baseline's activities that ended it (finish at its makespan), for the last term. */
  readonly baselineLast: readonly string[];
  /** The plan start's variance in slots (slot 0 against the baseline's start). */
  readonly planStart: number;
  readonly drift: number;
  readonly progress?: SlipProgress;
  /** What an activity waits for in the current plan. */
  readonly driverOf?: (id: string) => Driver | undefined;
}

export function driftCauses(inputs: DriftInputs): DriftCause[] {
  const causes: DriftCause[] = [];
  const add = (kind: DriftCauseKind, ids: readonly string[], slots: number, driver?: Driver) => {
    if (slots !== 0) causes.push({ kind, ids, slots, ...(driver ? { driver } : {}) });
  };
  add('plan-start', [], inputs.planStart);
  let reached = inputs.planStart;
  let added: string[] = [];
  for (const step of inputs.chain ?? []) {
    if (step.kind !== 'activity') continue;
    const item = inputs.items.get(step.id);
    if (!item) {
      added.push(step.id);
      continue;
    }
    const gap = item.start.slots - reached;
    if (added.length > 0) add('added', added, gap);
    else add('start', [item.id], gap, inputs.driverOf?.(item.id));
    added = [];
    add(lengthCause(item.id, inputs), [item.id], item.finish.slots - item.start.slots);
    reached = item.finish.slots;
  }
  const rest = inputs.drift - reached;
  if (added.length > 0) add('added', added, rest);
  else add('baseline-finish', inputs.baselineLast, rest);
  return causes;
}

function lengthCause(id: string, inputs: DriftInputs): DriftCauseKind {
  if (inputs.reestimated.has(id)) return 're-estimated';
  return inputs.progress?.activities.get(id)?.state ?? 'duration';
}
