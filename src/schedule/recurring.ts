/**
 * Recurring work (model.recurring) as fixed occurrences that take capacity before any activity
 * is placed: each occurrence starts every `every` slots from its first slot, on the people it
 * names, or on the holder of its skills who is working then and has done the fewest
 * occurrences so far (then by id). A period where nobody may do it (time off, out of hours, a
 * freeze that blocks all work) has no occurrence. Two recurring items that need the same person
 * beyond capacity make the plan unschedulable, at the later item.
 */
import { freezeBlocks, type RateProfile, type WorkCalendar } from '../calendar/index.js';
import type { Diagnostic } from '../diag/index.js';
import type { Model, Recurring, Resource } from '../model/index.js';
import { restAllows, type RestTable } from './rest.js';
import type { ScheduledOccurrence } from './types.js';

const EPSILON = 1e-9;

export interface Reserved {
  readonly occurrences: readonly ScheduledOccurrence[];
  /** Per resource (team order), the share of its units recurring work takes in each slot. */
  readonly usage: readonly Float64Array[];
  /** Recurring work without its own end: its occurrences stop with the plan's finish. */
  readonly untilFinish: readonly string[];
}

export type Expanded = { readonly reserved: Reserved; readonly diagnostics?: undefined } | { readonly reserved?: undefined; readonly diagnostics: readonly Diagnostic[] };

/** Slots of one occurrence and the share of its people's units it takes. */
export function occurrenceSpan(duration: number): { readonly slots: number; readonly share: number } {
  return { slots: Math.max(1, Math.ceil(duration - EPSILON)), share: duration < 1 - EPSILON ? duration : 1 };
}

export function expandRecurring(model: Model, calendar: WorkCalendar, rates: readonly RateProfile[], rest?: RestTable): Expanded {
  const resources = model.resources;
  const usage = resources.map(() => new Float64Array(0) as Float64Array);
  const done = new Float64Array(resources.length);
  const occurrences: ScheduledOccurrence[] = [];
  const index = new Map(resources.map((r, k) => [r.id, k]));
  const rate = (k: number, s: number) => (s < rates[k].dense.length ? rates[k].dense[s] : rates[k].steady);
  const pending = new Int32Array(Math.max(1, ...(model.recurring ?? []).map((r) => occurrenceSpan(r.duration).slots)));
  // Rest rules hold for recurring work too: a holder it would overwork is skipped like one off shift.
  const rested = (who: number, s: number, from: number, share: number) => {
    for (let t = from; t < s; t++) pending[t - from] = t;
    return !rest || restAllows(rest, who, s, share, resources[who].capacity, usage[who], pending, s - from);
  };
  const frozen = (from: number, to: number) => calendar.freezes.some((f) => f.from < to && f.to > from && freezeBlocks(f, undefined));
  for (const r of model.recurring ?? []) {
    const { slots, share } = occurrenceSpan(r.duration);
    const every = Math.max(1, Math.round(r.every));
    const [first, end] = calendar.periodSlots(r.from, r.to);
    const holders = candidatesOf(r, resources, index);
    for (let k = 0, start = first; start < end && start + slots <= calendar.horizon; k++, start += every) {
      if (start < 0 || frozen(start, start + slots)) continue;
      const fits = (who: number) => {
        for (let s = start; s < start + slots; s++) {
          if (rate(who, s) <= 0 || !rested(who, s, start, share)) return 'off';
          if ((s < usage[who].length ? usage[who][s] : 0) + share > resources[who].capacity + EPSILON) return 'full';
        }
        return 'ok';
      };
      let crew: number[] | undefined;
      if (r.assignees.length > 0) {
        const answers = holders.map(fits);
        if (answers.includes('off')) continue;
        if (answers.includes('full')) return { diagnostics: [clash(r, resources[holders[answers.indexOf('full')]], calendar.slotStart(start))] };
        crew = holders;
      } else {
        const order = [...holders].sort((a, b) => done[a] - done[b] || (resources[a].id < resources[b].id ? -1 : 1));
        const answers = order.map(fits);
        const pick = answers.indexOf('ok');
        if (pick < 0 && answers.includes('full')) return { diagnostics: [clash(r, resources[order[answers.indexOf('full')]], calendar.slotStart(start))] };
        if (pick < 0) continue;
        crew = [order[pick]];
      }
      for (const who of crew) {
        if (usage[who].length < start + slots) usage[who] = grown(usage[who], start + slots);
        for (let s = start; s < start + slots; s++) usage[who][s] += share;
        done[who]++;
      }
      occurrences.push({ recurring: r.id, index: k, start, finish: start + slots, assignees: crew.map((w) => resources[w].id), ...(share < 1 ? { share } : {}) });
    }
  }
  const untilFinish = (model.recurring ?? []).filter((r) => r.untilFinish).map((r) => r.id);
  return { reserved: { occurrences, usage, untilFinish } };
}

function candidatesOf(r: Recurring, resources: readonly Resource[], index: ReadonlyMap<string, number>): number[] {
  if (r.assignees.length > 0) return r.assignees.map((id) => index.get(id)).filter((k): k is number => k !== undefined);
  return resources.flatMap((m, k) => (r.skills.every((s) => m.skills.includes(s)) ? [k] : []));
}

function clash(r: Recurring, who: Resource, at: string): Diagnostic {
  return {
    code: 'E_UNSCHEDULABLE',
    severity: 'error',
    message: `Recurring work '${r.id}' needs '${who.id}' at ${at}, but other recurring work already takes all of them then.`,
    hint: 'Move one of the recurring items (from), make them shorter, or let skills choose someone else.',
    path: [...r.path, 'id'],
  };
}

function grown(a: Float64Array, atLeast: number): Float64Array {
  let size = Math.max(64, a.length);
  while (size < atLeast) size *= 2;
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

/**
 * Occurrences of work without its own end stop with the plan: none starts at or after its
 * finish. Dropping them only frees capacity, so the schedule stays feasible.
 */
export function withinPlanLife(reserved: Reserved, makespan: number): ScheduledOccurrence[] {
  const untilFinish = new Set(reserved.untilFinish);
  return reserved.occurrences.filter((o) => !untilFinish.has(o.recurring) || o.start < makespan);
}

