/**
 * Compiles a Model once into the typed arrays the scheduler works on: activities (non-wont, in
 * model order), their work, demands with viable candidate resources, resource rates, freeze
 * masks and the link network. Problems that make the plan unschedulable become diagnostics.
 */
import { FIRST_PLAN_DATE, HORIZON_YEARS, LAST_PLAN_DATE, buildCalendar, freezeBlocks, freezeMask, workingHours, type RateProfile, resourceRates, type WorkCalendar } from '../calendar/index.js';
import type { Diagnostic } from '../diag/index.js';
import type { Activity, Model, Resource } from '../model/index.js';
import { LINK_TYPE, lagSlots, successorListsOf, topologicalOrder, type CpmNetwork } from './cpm.js';
import { findCrew, MAX_CREW_STEPS, type NoCrew } from './crew.js';
import { compileDates, unreachableDates } from './dates.js';
import type { ListNetwork } from './lists.js';
import { packedWork, slowestWorkingRate } from './packing.js';
import { expandRecurring, type Reserved } from './recurring.js';
import { restTable, type RestMemo, type RestTable } from './rest.js';

export const TASK = 0;
export const EXTERNAL = 1;
/** Gates, milestones and tasks without work: start = finish. */
export const POINT = 2;

/** Progress is compared with this tolerance so 0.1 + 0.2 of effort counts as 0.3. */
export const EPSILON = 1e-9;

export const PRIORITY_WEIGHT = { must: 100, should: 10, could: 1, wont: 0 } as const;

export interface Problem {
  readonly n: number;
  readonly ids: readonly string[];
  readonly activities: readonly Activity[];
  readonly type: Uint8Array;
  /** Slots of a fixed-duration activity; -1 when the work is effort. */
  readonly fixedSpan: Int32Array;
  readonly effort: Float64Array;
  readonly splittable: Uint8Array;
  /** 1 when the work may pass to another candidate mid-way (a hand-off); one demand only. */
  readonly handoff: Uint8Array;
  /** Work below one slot that packs into part of a slot (packing.ts); 0 for whole-slot work. */
  readonly packed: Float64Array;
  /** The slowest working rate of any candidate: effort packs only when this rate finishes it in a slot. 1 for fixed spans. */
  readonly packRate: Float64Array;
  /** 1 when the work or its optimistic estimate is below a slot, so a forecast draw may pack it. */
  readonly packable: Uint8Array;
  /** Freeze mask per activity (1 = blocked slot), undefined when no freeze blocks it. */
  readonly mask: readonly (Uint8Array | undefined)[];
  /** Weight of the activity's finish in the tie-break objective (must > should > could). */
  readonly weight: Float64Array;
  readonly demandStart: Int32Array;
  readonly demandUnits: Float64Array;
  readonly candidateStart: Int32Array;
  /** Viable resources per demand, sorted by id. */
  readonly candidates: Int32Array;
  /**
   * A crew within capacity: the resource meeting each demand (crew.ts). The serial scheme
   * takes it when its own pick would overfill someone.
   */
  readonly crew: Int32Array;
  readonly resources: readonly Resource[];
  readonly capacity: Float64Array;
  readonly rates: readonly RateProfile[];
  /** Links with `duration` = estimated span (best steady rate), for CPM-based priorities. */
  readonly net: CpmNetwork;
  readonly succStart: Int32Array;
  readonly succIndex: Int32Array;
  readonly order: Int32Array;
  /**
   * The last slot work may occupy: the bound no serial schedule exceeds (see horizonOf), or the
   * plan's horizon when that comes first, so no work ends after `reach.slots`.
   */
  readonly horizon: number;
  /** Earliest start slot of each activity: its `not_before` or `on` date, else 0. */
  readonly release: Int32Array;
  /** Slot each activity should finish by (its `due` date, or an `on` event's start plus span), or -1. */
  readonly due: Int32Array;
  /** The plan's horizon, when the problem was compiled from a model with a calendar. */
  readonly reach?: Reach;
  /** Recurring work's occurrences and the capacity they take before any activity is placed. */
  readonly reserved?: Reserved;
  /** Rest rules of the resources that have them (rest.ts); absent when nobody has any. */
  readonly rest?: RestTable;
}

/** How far the plan may reach: its horizon in slots, its last day, and the years it spans. */
export interface Reach {
  readonly slots: number;
  readonly lastDay: string;
  readonly years: number;
}

/**
 * What compiles of variants of one model share (the forecast compiles one per variant and
 * batch): each person's rates and rest limits over the whole horizon, which shifts make costly.
 * Valid for models with the same calendar and start as the first one compiled with it.
 */
export interface CompileMemo {
  key?: { readonly calendar: Model['calendar']; readonly start: string };
  readonly profiles: Map<Resource, RateProfile>;
  readonly slowest: Map<RateProfile, number>;
  readonly rest: RestMemo;
}

export function compileMemo(): CompileMemo {
  return { profiles: new Map(), slowest: new Map(), rest: { limits: new Map() } };
}

/** The memo when it fits the model (same calendar and start), else a fresh one. */
function memoFor(model: Model, memo: CompileMemo | undefined): CompileMemo {
  if (!memo) return compileMemo();
  if (!memo.key) memo.key = { calendar: model.calendar, start: model.start };
  return memo.key.calendar === model.calendar && memo.key.start === model.start ? memo : compileMemo();
}

export type Compiled = { readonly problem: Problem; readonly diagnostics: readonly Diagnostic[] } | { readonly problem?: undefined; readonly diagnostics: readonly Diagnostic[] };

/** Points at the activity's id, the shortest place that names it. */
function unschedulable(activity: Activity, message: string, hint: string): Diagnostic {
  return { code: 'E_UNSCHEDULABLE', severity: 'error', message, hint, path: [...activity.path, 'id'] };
}

/** A diagnostic for work or values the plan's horizon cannot hold. */
export function beyondHorizon(path: Activity['path'], message: string, reach: Reach): Diagnostic {
  return {
    code: 'E_LIMIT',
    severity: 'error',
    message,
    hint: `A plan reaches at most ${reach.years} years past its start (${reach.slots} working slots, up to ${reach.lastDay}); see docs/limits.md.`,
    path,
  };
}

/** The rate to estimate spans with: the steady one, or the best one when the steady rate is 0. */
function planningRate(profile: RateProfile): number {
  return profile.steady > EPSILON ? profile.steady : profile.peak;
}

/**
 * Values of a model (a spec's were checked by the loader; a model built in code was not) that
 * cannot fit the horizon: they would wrap in the typed arrays below, or make the scheduler step
 * through slots that cannot exist.
 */
function outOfReach(model: Model, reach: Reach): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [date, path] of [[model.deadline?.date, ['deadline']], [model.deadline?.deliverBy, ['deadline', 'deliver_by']]] as const) {
    if (date !== undefined && date.slice(0, 10) > reach.lastDay) out.push(beyondHorizon(path, `The deadline ${date} is after the end of the plan's horizon on ${reach.lastDay}.`, reach));
  }
  const within = (v: number) => Number.isFinite(v) && Math.abs(v) <= reach.slots;
  for (const a of model.activities) {
    const amount = a.work.mode === 'effort' ? a.work.amount : a.work.slots;
    const e = a.estimate;
    if (!(within(amount) && (!e || (within(e.optimistic) && within(e.likely) && within(e.pessimistic))))) {
      out.push(beyondHorizon(a.path, `Activity '${a.id}' takes more slots than the plan's horizon holds.`, reach));
    }
    if (!a.deps.every((d) => within(d.lag))) out.push(beyondHorizon(a.path, `A link of activity '${a.id}' has a lag longer than the plan's horizon.`, reach));
    if (!a.dates) continue;
    for (const [field, date] of Object.entries(a.dates)) {
      if (date.slice(0, 10) > reach.lastDay) out.push(beyondHorizon([...a.path, field === 'notBefore' ? 'not_before' : field], `The date ${date} of '${a.id}' is after the end of the plan's horizon on ${reach.lastDay}.`, reach));
    }
  }
  for (const r of model.risks) {
    const d = r.delay;
    if (d && ![d.optimistic, d.likely, d.pessimistic].every(within)) out.push(beyondHorizon(r.path, `Risk '${r.id}' delays work by more than the plan's horizon holds.`, reach));
  }
  return out;
}

function reachOf(calendar: WorkCalendar): Reach {
  return { slots: calendar.horizon, lastDay: calendar.horizonEnd, years: HORIZON_YEARS[calendar.unit] };
}

/** Fixed span of an effort at a constant rate: progress reaches the amount after this many slots. */
export function effortSpan(amount: number, rate: number): number {
  if (amount <= EPSILON) return 0;
  return Math.max(1, Math.ceil(amount / rate - EPSILON));
}

/** Why no calendar can be built for the model: no working slot, or a start with no room for a horizon. */
function calendarProblem(model: Model): Diagnostic | undefined {
  if (model.calendar.workweek.length === 0) {
    return { code: 'E_UNSCHEDULABLE', severity: 'error', message: 'The calendar has no working day, so nothing can be scheduled.', hint: 'Add working days to calendar.workweek.', path: ['calendar', 'workweek'] };
  }
  const [fromHour, toHour] = workingHours(model.calendar);
  if (model.calendar.unit === 'hour' && toHour <= fromHour) {
    return { code: 'E_UNSCHEDULABLE', severity: 'error', message: 'The working hours hold no whole hour, so an hour plan has no slot to schedule in.', hint: 'Give working hours that include at least one whole hour, e.g. [9, 17].', path: ['calendar', 'hours'] };
  }
  const day = model.start.slice(0, 10);
  if (!(day >= FIRST_PLAN_DATE && day <= LAST_PLAN_DATE)) {
    const message = `The plan starts on ${model.start}; a plan starts between ${FIRST_PLAN_DATE} and ${LAST_PLAN_DATE}.`;
    return { code: 'E_LIMIT', severity: 'error', message, hint: 'Dates run from 0000 to 9999, and a plan keeps a year clear at each end; see docs/limits.md.', path: ['start'] };
  }
  return undefined;
}

export function compileModel(model: Model, shared?: CompileMemo): Compiled {
  const noCalendar = calendarProblem(model);
  if (noCalendar) return { diagnostics: [noCalendar] };
  const calendar = buildCalendar(model);
  const reach = reachOf(calendar);
  const unreachable = outOfReach(model, reach);
  if (unreachable.length > 0) return { diagnostics: unreachable };
  const resources = model.resources;
  const resourceIndex = new Map(resources.map((r, k) => [r.id, k]));
  const memo = memoFor(model, shared);
  const rates = resources.map((r) => {
    let profile = memo.profiles.get(r);
    if (!profile) memo.profiles.set(r, (profile = resourceRates(r, calendar)));
    return profile;
  });
  const slowestOf = (profile: RateProfile) => {
    let slowest = memo.slowest.get(profile);
    if (slowest === undefined) memo.slowest.set(profile, (slowest = slowestWorkingRate(profile)));
    return slowest;
  };
  // Read over the whole horizon: once per resource, not once per demand it could meet.
  const slowestRate = rates.map(slowestOf);
  const rest = restTable(model, calendar, memo.rest);
  const expanded = model.recurring && model.recurring.length > 0 ? expandRecurring(model, calendar, rates, rest) : undefined;
  if (expanded?.diagnostics) return { diagnostics: expanded.diagnostics };
  const capacity = Float64Array.from(resources, (r) => r.capacity);
  const byId = resources.map((_, k) => k).sort((a, b) => (resources[a].id < resources[b].id ? -1 : resources[a].id > resources[b].id ? 1 : 0));

  // Many demands ask for the same skills: find each set's holders once.
  const holders = new Map<string, number[]>();
  const holdersOf = (skills: readonly string[]): number[] => {
    const key = skills.length === 1 ? skills[0] : [...skills].sort().join('\u0000');
    let found = holders.get(key);
    if (!found) holders.set(key, (found = byId.filter((k) => skills.every((s) => resources[k].skills.includes(s)))));
    return found;
  };
  // People in a role that only coordinates are never picked for hands-on work by skill.
  const coordinators = new Set((model.roles ?? []).filter((r) => !r.handsOn).flatMap((r) => r.people.map((id) => resourceIndex.get(id) ?? -1)));
  const activities = model.activities.filter((a) => a.priority !== 'wont');
  const n = activities.length;
  const index = new Map(activities.map((a, j) => [a.id, j]));
  const diagnostics: Diagnostic[] = [];
  const type = new Uint8Array(n);
  const fixedSpan = new Int32Array(n);
  const effort = new Float64Array(n);
  const splittable = new Uint8Array(n);
  const handoff = new Uint8Array(n);
  const packed = new Float64Array(n);
  const packRate = new Float64Array(n);
  const packable = new Uint8Array(n);
  const weight = new Float64Array(n);
  const mask: (Uint8Array | undefined)[] = [];
  const maskByKind = sharedMasks(calendar);
  const demandStart = new Int32Array(n + 1);
  const demandUnits: number[] = [];
  const candidateStart: number[] = [0];
  const candidates: number[] = [];
  const crew: number[] = [];
  const estimate = new Int32Array(n);
  const spanUpper = new Float64Array(n);
  // The shortest span each activity could take (at its people's best rate), for date checks.
  const spanLower = new Int32Array(n);

  activities.forEach((a, j) => {
    weight[j] = PRIORITY_WEIGHT[a.priority];
    splittable[j] = a.splittable ? 1 : 0;
    handoff[j] = a.handoff && a.demands.length === 1 && a.demands[0].resource === undefined ? 1 : 0;
    const isEffort = a.work.mode === 'effort';
    const amount = a.work.mode === 'effort' ? a.work.amount : Math.max(0, Math.ceil(a.work.slots - EPSILON));
    const hasWork = amount > EPSILON;
    type[j] = !hasWork || a.type === 'gate' || a.type === 'milestone' ? POINT : a.type === 'external' ? EXTERNAL : TASK;
    fixedSpan[j] = isEffort && type[j] === TASK ? -1 : type[j] === POINT ? 0 : Math.ceil(amount - EPSILON);
    effort[j] = isEffort ? amount : 0;
    mask.push(type[j] === TASK ? maskByKind(a.kind) : undefined);
    // Demands: only tasks take capacity; externals and points never hold resources.
    let bestRate = 1;
    let worstRate = 1;
    let slowest = 1;
    let peakRate = 1;
    if (type[j] === TASK) {
      for (const d of a.demands) {
        const named = d.resource !== undefined ? resourceIndex.get(d.resource) : undefined;
        if (d.resource !== undefined && named === undefined) {
          diagnostics.push(unschedulable(a, `Activity '${a.id}' names resource '${d.resource}', which is not in the team.`, 'Add the resource to the team or name another one.'));
          continue;
        }
        const handsOn = a.kind === 'coordination' || coordinators.size === 0 ? holdersOf(d.skills) : holdersOf(d.skills).filter((k) => !coordinators.has(k));
        const pool = named !== undefined ? [named] : handsOn;
        const viable = pool.filter((k) => capacity[k] >= d.units - EPSILON && rates[k].peak > EPSILON);
        if (viable.length === 0) {
          diagnostics.push(unschedulable(a, whyNoCandidate(a, d.units, d.skills, pool.map((k) => resources[k])), 'Lower the demand, add capacity or availability, or add someone with the skills.'));
          continue;
        }
        demandUnits.push(d.units);
        for (const k of viable) candidates.push(k);
        candidateStart.push(candidates.length);
        let fastest = -Infinity;
        let slowestPlanned = Infinity;
        let peak = -Infinity;
        for (const k of viable) {
          const rate = planningRate(rates[k]);
          fastest = Math.max(fastest, rate);
          slowestPlanned = Math.min(slowestPlanned, rate);
          peak = Math.max(peak, rates[k].peak);
          slowest = Math.min(slowest, slowestRate[k]);
        }
        bestRate = Math.min(bestRate, fastest);
        worstRate = Math.min(worstRate, slowestPlanned);
        peakRate = Math.min(peakRate, peak);
      }
    }
    if (type[j] === TASK) {
      packRate[j] = isEffort ? slowest : 1;
      const exact = a.work.mode === 'effort' ? a.work.amount : a.work.slots;
      packed[j] = packedWork(exact, !isEffort, packRate[j]);
      packable[j] = Math.min(exact, a.estimate?.optimistic ?? exact) < 1 ? 1 : 0;
    }
    demandStart[j + 1] = demandUnits.length;
    const overbooked = fixedCrewOverload(demandStart[j], demandUnits, candidateStart, candidates, capacity);
    if (overbooked >= 0) {
      diagnostics.push(unschedulable(a, `Activity '${a.id}' needs more units of '${resources[overbooked].id}' across its demands than its capacity of ${capacity[overbooked]}.`, 'Lower the units or raise the capacity.'));
    }
    const found = findCrew(crewDemands(demandStart[j], demandUnits, candidateStart, candidates), capacity, EPSILON);
    if (found.crew) crew.push(...found.crew);
    else if (overbooked < 0) diagnostics.push(unschedulable(a, noCrew(a, found.reason, demandStart[j], demandUnits, candidateStart, candidates, resources), 'Lower the units, add people with the skills, or name who meets each demand.'));
    // A slow enough rate stretches effort past the horizon; the estimate stops there (an Int32).
    estimate[j] = Math.min(reach.slots + 1, fixedSpan[j] >= 0 ? fixedSpan[j] : effortSpan(amount, bestRate));
    spanUpper[j] = fixedSpan[j] >= 0 ? fixedSpan[j] : effortSpan(amount, worstRate);
    spanLower[j] = fixedSpan[j] >= 0 ? fixedSpan[j] : effortSpan(amount, peakRate);
  });
  const dates = compileDates(activities, calendar, estimate);
  diagnostics.push(...dates.diagnostics);

  const net = compileLinks(activities, index, estimate);
  const succ = successorListsOf(n, net.predStart, net.predIndex);
  const order = topologicalOrder(n, net.predStart, net.predIndex, succ);
  if (!order) {
    diagnostics.push({ code: 'E_UNSCHEDULABLE', severity: 'error', message: 'The links between activities form a cycle, so no order can satisfy them.', hint: 'Remove one link of the cycle.', path: ['tasks'] });
  }
  // Dates the links make impossible are warnings: reported beside any error, so `check` shows all.
  const missedDates = order ? unreachableDates(activities, net, order, spanLower, dates.release, calendar) : [];
  if (diagnostics.length > 0 || !order) return { diagnostics: [...diagnostics, ...missedDates] };
  // Last slot at which any rate, freeze or release changes; after it the calendar is uniform.
  let lastEvent = 0;
  for (const r of dates.release) lastEvent = Math.max(lastEvent, r);
  for (const r of rates) lastEvent = Math.max(lastEvent, r.dense.length);
  for (const m of mask) if (m) lastEvent = Math.max(lastEvent, m.length);
  for (const u of expanded?.reserved.usage ?? []) lastEvent = Math.max(lastEvent, u.length);
  const problem: Problem = {
    n, ids: activities.map((a) => a.id), activities, type, fixedSpan, effort, splittable, handoff, packed, packRate, packable, mask, weight,
    demandStart, demandUnits: Float64Array.from(demandUnits), candidateStart: Int32Array.from(candidateStart), candidates: Int32Array.from(candidates), crew: Int32Array.from(crew),
    resources, capacity, rates, net, succStart: succ.start, succIndex: succ.index, order,
    // Rest rules can stretch any span past its estimate; the plan's horizon then bounds the search.
    horizon: rest ? reach.slots - 1 : Math.min(horizonOf(net, spanUpper, lastEvent), reach.slots - 1),
    release: dates.release,
    due: dates.due,
    reach,
    ...(expanded ? { reserved: expanded.reserved } : {}),
    ...(rest ? { rest } : {}),
  };
  return { problem, diagnostics: missedDates };
}

/**
 * Freeze masks by task kind, shared between kinds the same freezes block: with `blocks: all`
 * every kind gets one mask, not a copy per kind.
 */
function sharedMasks(calendar: WorkCalendar): (kind: string | undefined) => Uint8Array | undefined {
  const byKind = new Map<string | undefined, Uint8Array | undefined>();
  const bySignature = new Map<string, Uint8Array | undefined>();
  return (kind) => {
    if (byKind.has(kind)) return byKind.get(kind);
    const signature = calendar.freezes.map((f) => (freezeBlocks(f, kind) ? 1 : 0)).join('');
    if (!bySignature.has(signature)) bySignature.set(signature, freezeMask(calendar, kind));
    const mask = bySignature.get(signature);
    byKind.set(kind, mask);
    return mask;
  };
}

/** The problem with each demand met by the given resource only (a copy of `assignee` is kept). */
export function withFixedAssignment(problem: Problem, assignee: Int32Array): Problem {
  const candidateStart = new Int32Array(assignee.length + 1);
  for (let d = 0; d <= assignee.length; d++) candidateStart[d] = d;
  // One candidate per demand: the assignment is the crew, and stays it when the candidates are refreshed.
  const candidates = assignee.slice();
  return { ...problem, candidateStart, candidates, crew: candidates };
}

/** The problem's links as the list operations see them. */
export function listNetwork(problem: Problem): ListNetwork {
  return { n: problem.n, predStart: problem.net.predStart, predIndex: problem.net.predIndex, succStart: problem.succStart, succIndex: problem.succIndex };
}

/** A resource that is the only candidate of several demands of one activity, over capacity. */
function fixedCrewOverload(first: number, units: readonly number[], candidateStart: readonly number[], candidates: readonly number[], capacity: Float64Array): number {
  if (units.length - first === 1) {
    const r = candidates[candidateStart[first]];
    return candidateStart[first + 1] - candidateStart[first] === 1 && units[first] > capacity[r] + EPSILON ? r : -1;
  }
  const total = new Map<number, number>();
  for (let d = first; d < units.length; d++) {
    if (candidateStart[d + 1] - candidateStart[d] !== 1) continue;
    const r = candidates[candidateStart[d]];
    total.set(r, (total.get(r) ?? 0) + units[d]);
  }
  for (const [r, u] of total) if (u > capacity[r] + EPSILON) return r;
  return -1;
}

/** The demands of one activity (from `first` to the end of the lists) with their candidates. */
function crewDemands(first: number, units: readonly number[], candidateStart: readonly number[], candidates: readonly number[]) {
  const out = [];
  for (let d = first; d < units.length; d++) out.push({ units: units[d], candidates: candidates.slice(candidateStart[d], candidateStart[d + 1]) });
  return out;
}

function noCrew(a: Activity, reason: NoCrew, first: number, units: readonly number[], candidateStart: readonly number[], candidates: readonly number[], resources: readonly Resource[]): string {
  const pool = [...new Set(candidates.slice(candidateStart[first], candidateStart[units.length]))].sort((x, y) => x - y);
  const shown = pool.slice(0, 5).map((k) => `'${resources[k].id}'`).join(', ') + (pool.length > 5 ? ` and ${pool.length - 5} more` : '');
  const total = units.slice(first).reduce((sum, u) => sum + u, 0);
  if (reason === 'short') {
    const together = pool.reduce((sum, k) => sum + resources[k].capacity, 0);
    return `Activity '${a.id}' needs ${total} units at once across its demands, and ${shown} can give only ${together} together.`;
  }
  if (reason === 'none') return `Activity '${a.id}' has no crew within capacity: ${shown} cannot meet all its demands at once.`;
  return `Activity '${a.id}' has too many ways to form its crew from ${shown} to try them all (more than ${MAX_CREW_STEPS}).`;
}

function whyNoCandidate(a: Activity, units: number, skills: readonly string[], pool: readonly Resource[]): string {
  if (pool.length === 0) return `Activity '${a.id}' needs skills [${skills.join(', ')}], and no resource has them all.`;
  const names = pool.map((r) => `'${r.id}'`).join(', ');
  if (pool.every((r) => r.capacity < units)) return `Activity '${a.id}' needs ${units} units, more than the capacity of ${names}.`;
  return `Activity '${a.id}' can never be done by ${names}: not available to this plan.`;
}

function compileLinks(activities: readonly Activity[], index: ReadonlyMap<string, number>, duration: Int32Array): CpmNetwork {
  const n = activities.length;
  const predStart = new Int32Array(n + 1);
  const predIndex: number[] = [];
  const linkType: number[] = [];
  const lag: number[] = [];
  activities.forEach((a, j) => {
    for (const link of a.deps) {
      const i = index.get(link.from);
      if (i === undefined) continue; // a wont predecessor (or one validation already reported)
      predIndex.push(i);
      linkType.push(LINK_TYPE[link.type]);
      lag.push(lagSlots(link.lag));
    }
    predStart[j + 1] = predIndex.length;
  });
  return { n, duration, predStart, predIndex: Int32Array.from(predIndex), linkType: Uint8Array.from(linkType), lag: Int32Array.from(lag) };
}

/**
 * A bound no serial schedule exceeds: each activity starts by the latest of the finishes so
 * far, the calendar's last event and its link bounds, and then fits in its longest span.
 */
function horizonOf(net: CpmNetwork, spanUpper: Float64Array, lastEvent: number): number {
  let h = lastEvent + 1;
  for (let j = 0; j < net.n; j++) {
    let lagMax = 0;
    for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) lagMax = Math.max(lagMax, net.lag[e]);
    h += spanUpper[j] + lagMax;
  }
  return h;
}
