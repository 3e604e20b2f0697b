/**
 * The serial schedule generation scheme for the general problem: calendars (rates per slot,
 * time off, freezes), effort-driven and splittable work, and automatic assignment by skill.
 * Activities are taken in list order; each starts at the earliest slot where its links, its
 * resources' capacity and the calendar allow it to run to completion.
 */
import { EPSILON, EXTERNAL, POINT, type Problem } from './compile.js';
import { FF, FS, SS } from './cpm.js';
import { addToCrew, copyCrew, emptyCrew, grow, indexOf, overfills, type Crew } from './crew-set.js';
import { identity } from './lists.js';
import { packedShare } from './packing.js';
import { restAllows, type RestTable } from './rest.js';

const EMPTY = new Int32Array(0);
const EMPTY_USAGE = new Float64Array(0);

/**
 * Work already placed before this problem is scheduled (the higher priority classes, see
 * schedule.ts): what it takes of each resource per slot, and the earliest start and finish its
 * links allow each of this problem's activities. Decoding starts from it instead of from an
 * empty plan, so the work placed here can only use what the placed work left free.
 */
export interface Baseline {
  /** Per resource, units taken in each slot. */
  readonly usage: readonly Float64Array[];
  readonly earliestStart: Int32Array;
  readonly earliestFinish: Int32Array;
}

/** placeOne's answers. */
const PLACED = 1;
const NOT_PLACED = 0;
const UNHANDLED = -1;

export class GeneralDecoder {
  readonly start: Int32Array;
  readonly finish: Int32Array;
  /** The resource meeting each demand, in the problem's demand order. */
  readonly assignee: Int32Array;
  /** Worked intervals of splittable activities, filled when decoding with `record`. */
  readonly segments: (number[] | undefined)[];
  /** Share of its people's units each activity takes per worked slot: below 1 only for packed work. */
  readonly share: Float64Array;
  /** Hand-offs, filled when decoding with `record`: [from, resource, ...] per part, for work that changed hands. */
  readonly relays: (number[] | undefined)[];
  tie = 0;
  /** Activity that could not be placed within the horizon in the last decode, or -1. */
  failed = -1;
  private usage: Float64Array[];
  /**
   * Per resource, a union-find over slots pointing to the next slot that is not full, so a
   * search past a long busy stretch jumps instead of stepping slot by slot.
   */
  private skip: Int32Array[];
  private readonly booked: Float64Array;
  private readonly crew: Crew;
  private readonly trial: Crew;
  private placedFinish = 0;
  private placedShare = 1;
  /** Slots of the placement being tried, for the rest rules (rest.ts). */
  private pending = new Int32Array(64);
  private pendingCount = 0;
  /** The baseline's skip pointers and booked totals, copied in at the start of every decode. */
  private readonly baseSkip: Int32Array[] = [];
  private readonly baseBooked: Float64Array;
  /**
   * Per resource, the slot from which nothing is booked: usage 0 and skip pointers untouched
   * there, so a placement reads no usage past it and a reset clears nothing past it.
   */
  private readonly frontier: Int32Array;
  /** Per resource, the first slot this decode changed in usage or skip pointers (below the frontier). */
  private readonly dirtyFrom: Int32Array;
  /** Per resource, the baseline's length: its frontier before anything is placed. */
  private readonly baseFrontier: Int32Array;
  /** The problem's arrays, held here so the hot loops read one object shape whatever built the problem. */
  private readonly type: Uint8Array;
  private readonly fixedSpan: Int32Array;
  private readonly effort: Float64Array;
  private readonly splittable: Uint8Array;
  private readonly handoff: Uint8Array;
  private readonly packed: Float64Array;
  private readonly mask: readonly (Uint8Array | undefined)[];
  private readonly weight: Float64Array;
  private readonly release: Int32Array;
  private readonly due: Int32Array;
  private readonly demandStart: Int32Array;
  private readonly demandUnits: Float64Array;
  private readonly candidateStart: Int32Array;
  private readonly candidates: Int32Array;
  private readonly capacity: Float64Array;
  private readonly predStart: Int32Array;
  private readonly predIndex: Int32Array;
  private readonly linkType: Uint8Array;
  private readonly lag: Int32Array;
  private readonly horizon: number;
  private readonly rest: RestTable | undefined;
  /** The baseline's bounds from placed work (zeros without a baseline). */
  private readonly earliestStart: Int32Array;
  private readonly earliestFinish: Int32Array;
  /**
   * Each resource's rate profile split into its dense part, that part's length and the steady
   * rate after it. Most people have no dense part; the lengths in one small array spare reading
   * each person's empty array.
   */
  private readonly dense: Float64Array[];
  private readonly denseLength: Int32Array;
  private readonly steady: Float64Array;
  /** Each resource's best rate in any slot, at most 1: the most progress a slot of theirs gives. */
  private readonly best: Float64Array;
  /** The best trial of chooseCrew's last demand, kept so the chosen crew is not placed twice. */
  private bestStart = -1;
  private bestFinish = 0;
  private bestShare = 1;
  private bestPending = new Int32Array(64);
  private bestPendingCount = 0;
  /** The crew's rate in every slot from uniformFrom's answer on. */
  private uniformRate = 1;

  constructor(private readonly p: Problem, readonly baseline?: Baseline) {
    this.start = new Int32Array(p.n);
    this.finish = new Int32Array(p.n);
    this.assignee = new Int32Array(p.demandUnits.length);
    this.segments = new Array<number[] | undefined>(p.n);
    this.share = new Float64Array(p.n).fill(1);
    this.relays = new Array<number[] | undefined>(p.n);
    const size = (r: number) => Math.max(64, baseline?.usage[r].length ?? 0);
    this.usage = p.resources.map((_, r) => new Float64Array(size(r)));
    this.skip = p.resources.map((_, r) => identity(size(r)));
    this.booked = new Float64Array(p.resources.length);
    this.baseBooked = new Float64Array(p.resources.length);
    if (baseline) {
      baseline.usage.forEach((u, r) => {
        const skip = identity(u.length);
        for (let s = 0; s < u.length; s++) {
          if (u[s] >= p.capacity[r] - EPSILON) skip[s] = s + 1;
          this.baseBooked[r] += u[s];
        }
        this.baseSkip.push(skip);
      });
    }
    // The first reset copies the baseline in, all of it.
    this.dirtyFrom = new Int32Array(p.resources.length);
    this.frontier = Int32Array.from(this.usage, (u) => u.length);
    this.baseFrontier = Int32Array.from(p.resources, (_, r) => baseline?.usage[r].length ?? 0);
    this.type = p.type;
    this.fixedSpan = p.fixedSpan;
    this.effort = p.effort;
    this.splittable = p.splittable;
    this.handoff = p.handoff;
    this.packed = p.packed;
    // A copy: every decoder then reads an array of one elements kind, whatever built the problem.
    this.mask = Array.from(p.mask);
    this.weight = p.weight;
    this.release = p.release;
    this.due = p.due;
    this.demandStart = p.demandStart;
    this.demandUnits = p.demandUnits;
    this.candidateStart = p.candidateStart;
    this.candidates = p.candidates;
    this.capacity = p.capacity;
    this.predStart = p.net.predStart;
    this.predIndex = p.net.predIndex;
    this.linkType = p.net.linkType;
    this.lag = p.net.lag;
    this.horizon = p.horizon;
    this.rest = p.rest;
    this.earliestStart = baseline ? baseline.earliestStart : new Int32Array(p.n);
    this.earliestFinish = baseline ? baseline.earliestFinish : new Int32Array(p.n);
    this.dense = p.rates.map((r) => r.dense);
    this.denseLength = Int32Array.from(p.rates, (r) => r.dense.length);
    this.steady = Float64Array.from(p.rates, (r) => r.steady);
    this.best = Float64Array.from(p.rates, (r) => Math.min(1, r.peak));
    let most = 1;
    for (let j = 0; j < p.n; j++) most = Math.max(most, p.demandStart[j + 1] - p.demandStart[j]);
    this.crew = emptyCrew(most);
    this.trial = emptyCrew(most);
  }

  /** Schedules the list and returns the makespan, or -1 when an activity cannot be placed. */
  decode(list: Int32Array, record = false): number {
    this.reset();
    this.failed = -1;
    const finish = this.finish;
    const weight = this.weight;
    const due = this.due;
    let makespan = 0;
    let tie = 0;
    for (let k = 0; k < list.length; k++) {
      const j = list[k];
      if (!this.scheduleOne(j, record)) {
        this.failed = j;
        return -1;
      }
      const f = finish[j];
      if (f > makespan) makespan = f;
      tie += weight[j] * f;
      // Past its due slot a finish counts twice, so the search favours meeting due dates.
      if (due[j] >= 0 && f > due[j]) tie += weight[j] * (f - due[j]);
    }
    this.tie = tie;
    return makespan;
  }

  /** Back to the baseline (or to an empty plan): usage and skip pointers where the last decode changed them, and booked totals. */
  private reset(): void {
    const base = this.baseline;
    for (let r = 0; r < this.usage.length; r++) {
      const from = this.dirtyFrom[r];
      const to = this.frontier[r];
      if (from >= to) continue;
      const u = this.usage[r];
      const k = this.skip[r];
      const baseUsage = base ? base.usage[r] : EMPTY_USAGE;
      const baseSkip = base ? this.baseSkip[r] : EMPTY;
      const inBase = Math.min(to, baseUsage.length);
      for (let s = from; s < inBase; s++) {
        u[s] = baseUsage[s];
        k[s] = baseSkip[s];
      }
      for (let s = Math.max(from, inBase); s < to; s++) {
        u[s] = 0;
        k[s] = s;
      }
      this.dirtyFrom[r] = u.length;
      this.frontier[r] = this.baseFrontier[r];
    }
    this.booked.set(this.baseBooked);
  }

  private scheduleOne(j: number, record: boolean): boolean {
    const start = this.start;
    const finish = this.finish;
    const predIndex = this.predIndex;
    const linkType = this.linkType;
    const lag = this.lag;
    let es = Math.max(this.release[j], this.earliestStart[j]);
    let ef = this.earliestFinish[j];
    for (let e = this.predStart[j]; e < this.predStart[j + 1]; e++) {
      const i = predIndex[e];
      const t = linkType[e];
      if (t === FS) es = Math.max(es, finish[i] + lag[e]);
      else if (t === SS) es = Math.max(es, start[i] + lag[e]);
      else if (t === FF) ef = Math.max(ef, finish[i] + lag[e]);
      else ef = Math.max(ef, start[i] + lag[e]);
    }
    // Work occupies slots up to the horizon, so nothing ends after horizon + 1.
    const type = this.type[j];
    if (type === POINT) {
      start[j] = finish[j] = Math.max(es, ef);
      return finish[j] <= this.horizon + 1;
    }
    if (type === EXTERNAL) {
      const span = this.fixedSpan[j];
      start[j] = Math.max(es, ef - span);
      finish[j] = start[j] + span;
      if (record) this.segments[j] = undefined;
      return finish[j] <= this.horizon + 1;
    }
    if (this.handoff[j] === 1) return this.relay(j, es, ef, record);
    // Work of one demand needs no crew built (placeOne).
    if (this.demandStart[j + 1] - this.demandStart[j] === 1 && this.packed[j] === 0 && this.rest === undefined) {
      const placed = this.placeOne(j, es, ef, record);
      if (placed !== UNHANDLED) return placed === PLACED;
    }
    const crew = this.chooseCrew(j, es, ef);
    const s = this.bestStart >= 0 ? this.takeBest() : this.place(j, es, ef, crew);
    if (s < 0) return false;
    start[j] = s;
    finish[j] = this.placedFinish;
    this.book(j, crew, record);
    return true;
  }

  /**
   * Work of one demand, the most common case (most of a forecast run's work): the person
   * chooseCrew would pick and the placement place would find, booked as book would, without
   * building crews. PLACED, or NOT_PLACED when it fits nowhere; UNHANDLED, with nothing done,
   * when a candidate could not hold the demand at all, where chooseCrew falls back to the
   * compiled crew.
   */
  private placeOne(j: number, es: number, ef: number, record: boolean): number {
    const d = this.demandStart[j];
    const units = this.demandUnits[d];
    const c0 = this.candidateStart[d];
    const c1 = this.candidateStart[d + 1];
    const candidates = this.candidates;
    // Read each time: a mirror's candidates are the forward pass's people, refreshed in place.
    for (let c = c0; c < c1; c++) if (units > this.capacity[candidates[c]] + EPSILON) return UNHANDLED;
    let r = candidates[c0];
    this.placedShare = 1;
    let s = -1;
    if (c1 - c0 > 1) {
      const booked = this.booked;
      const first = this.firstStart(j, es, ef);
      let bestFinish = Infinity;
      let bestBooked = Infinity;
      for (let c = c0; c < c1; c++) {
        const x = candidates[c];
        const latest = latestToBeat(booked[x], bestFinish, bestBooked);
        if (this.cannotFinishBy(j, x, first, units, latest)) continue;
        const t = this.placeAlone(j, es, ef, x, units, latest);
        if (t < 0) continue;
        const f = this.placedFinish;
        if (beats(f, booked[x], bestFinish, bestBooked)) {
          r = x;
          s = t;
          bestFinish = f;
          bestBooked = booked[x];
        }
      }
      this.placedFinish = bestFinish;
    }
    this.assignee[d] = r;
    if (s < 0) s = this.placeAlone(j, es, ef, r, units, Infinity);
    if (s < 0) return NOT_PLACED;
    const f = this.placedFinish;
    this.start[j] = s;
    this.finish[j] = f;
    this.share[j] = 1;
    if (this.splittable[j] === 0) {
      this.takeWhole(r, s, f, units, 1);
      if (record) this.segments[j] = undefined;
    } else {
      this.crew.size = 0;
      addToCrew(this.crew, r, units);
      this.book(j, this.crew, record);
    }
    return PLACED;
  }

  /**
   * Picks a resource per demand: earliest finish, then least booked so far, then id. A candidate's
   * trial stops as soon as it cannot beat the best so far.
   */
  private chooseCrew(j: number, es: number, ef: number): Crew {
    const crew = this.crew;
    const candidates = this.candidates;
    const booked = this.booked;
    crew.size = 0;
    this.bestStart = -1;
    const first = this.firstStart(j, es, ef);
    for (let d = this.demandStart[j]; d < this.demandStart[j + 1]; d++) {
      const c0 = this.candidateStart[d];
      const c1 = this.candidateStart[d + 1];
      const units = this.demandUnits[d];
      let best = candidates[c0];
      // Only a trial of the last demand places the final crew.
      this.bestStart = -1;
      if (c1 - c0 > 1) {
        let bestFinish = Infinity;
        let bestBooked = Infinity;
        for (let c = c0; c < c1; c++) {
          const r = candidates[c];
          if (indexOf(crew, r) >= 0) continue; // one resource meets one demand of an activity
          const latest = latestToBeat(booked[r], bestFinish, bestBooked);
          if (this.cannotFinishBy(j, r, first, units, latest)) continue;
          copyCrew(crew, this.trial);
          addToCrew(this.trial, r, units);
          const s = this.place(j, es, ef, this.trial, latest);
          if (s < 0) continue;
          const f = this.placedFinish;
          if (beats(f, booked[r], bestFinish, bestBooked)) {
            best = r;
            bestFinish = f;
            bestBooked = booked[r];
            this.keepBest(s);
          }
        }
      }
      this.assignee[d] = best;
      addToCrew(crew, best, units);
    }
    if (overfills(crew, this.capacity)) {
      this.takeCompiledCrew(j);
      this.bestStart = -1;
    }
    return crew;
  }

  /** The earliest slot work can start: its earliest start, or for a fixed span the one that ends at its earliest finish. */
  private firstStart(j: number, es: number, ef: number): number {
    const fixed = this.fixedSpan[j];
    return Math.max(es, 0, fixed >= 0 ? ef - fixed : 0);
  }

  /**
   * Whether resource r, from slot `first`, cannot finish activity j's demand of `units` by
   * `latest`: whole-slot work takes at least ceil(need) slots (progress is at most 1 a slot, less
   * at a rate below 1), from a slot its people have free.
   */
  private cannotFinishBy(j: number, r: number, first: number, units: number, latest: number): boolean {
    const fixed = this.fixedSpan[j];
    const need = (fixed >= 0 ? fixed : this.effort[j]) - EPSILON;
    const fewest = this.packed[j] === 0 && need > 0 ? Math.ceil(need) : 0;
    if (fewest === 0 || units <= 2 * EPSILON) return false;
    return this.firstFree(r, first) + (fixed < 0 ? this.fewestAt(r, need, fewest) : fewest) > latest;
  }

  /**
   * The fewest slots in which resource r can do effort `need`: at most its best rate a slot.
   * The margin covers the rounding of the walk's running sum, so the count never exceeds the walk's.
   */
  private fewestAt(r: number, need: number, fewest: number): number {
    const best = this.best[r];
    return best < 1 && best > 0 ? Math.max(fewest, Math.ceil(need / best - 1e-6)) : fewest;
  }

  /** Keeps the placement just tried (start s) as the best so far: the chosen crew's, if it wins. */
  private keepBest(s: number): void {
    this.bestStart = s;
    this.bestFinish = this.placedFinish;
    this.bestShare = this.placedShare;
    const count = this.pendingCount;
    if (count > this.bestPending.length) this.bestPending = new Int32Array(this.pending.length);
    for (let k = 0; k < count; k++) this.bestPending[k] = this.pending[k];
    this.bestPendingCount = count;
  }

  /** Makes the kept best trial the placement, as place would have found it again; returns its start. */
  private takeBest(): number {
    this.placedFinish = this.bestFinish;
    this.placedShare = this.bestShare;
    const pending = this.pending;
    this.pending = this.bestPending;
    this.bestPending = pending;
    this.pendingCount = this.bestPendingCount;
    return this.bestStart;
  }

  /**
   * The crew compile found within capacity. A greedy pick can give a demand someone a later
   * demand needs (asked for by skill, then by name); no slot could then hold the crew.
   */
  private takeCompiledCrew(j: number): void {
    const p = this.p;
    this.crew.size = 0;
    for (let d = p.demandStart[j]; d < p.demandStart[j + 1]; d++) {
      this.assignee[d] = p.crew[d];
      addToCrew(this.crew, p.crew[d], p.demandUnits[d]);
    }
  }

  /**
   * Earliest start >= es whose finish is >= ef, with every worked slot usable (rate > 0 for
   * every crew member, no blocking freeze) and within capacity. A non-splittable activity
   * needs consecutive usable slots; a splittable one skips unusable slots. Sets placedFinish.
   * Gives up (-1) once the finish would be after `latest`: a crew trial that cannot win stops there.
   */
  private place(j: number, es: number, ef: number, crew: Crew, latest = Infinity): number {
    this.placedShare = 1;
    if (this.packed[j] > 0) return this.placePacked(j, es, ef, crew, latest);
    const rest = this.rest !== undefined;
    if (crew.size === 1 && !rest) return this.placeAlone(j, es, ef, crew.resource[0], crew.units[0], latest);
    const fixed = this.fixedSpan[j];
    const need = (fixed >= 0 ? fixed : this.effort[j]) - EPSILON;
    const mask = this.mask[j];
    const masked = mask === undefined ? 0 : mask.length;
    const split = this.splittable[j] === 1;
    // Working slot s finishes at s + 1 or later: a walk (or any later start) past `end` cannot
    // finish by `latest`. Progress is at most 1 a slot, so the work takes at least ceil(need)
    // slots, and a start past `lastStart` cannot either.
    const size = crew.size;
    const members = crew.resource;
    const units = crew.units;
    const dense = this.dense;
    const denseLength = this.denseLength;
    const steady = this.steady;
    // Past the rate table of a member whose steady rate is 0 (a roster's last shift, a mirror's
    // end) no slot is usable, so no walk can progress there.
    let idle = Infinity;
    for (let k = 0; k < size; k++) if (steady[members[k]] <= 0) idle = Math.min(idle, denseLength[members[k]]);
    const end = need > 0 ? Math.min(this.horizon, latest - 1, idle - 1) : this.horizon;
    const lastStart = need > 0 ? Math.min(this.horizon, latest - Math.ceil(need), idle - 1) : this.horizon;
    const usage = this.usage;
    const frontier = this.frontier;
    const capacity = this.capacity;
    const uniform = rest ? Infinity : this.uniformFrom(crew, masked);
    const uniformStep = fixed >= 0 ? 1 : this.uniformRate;
    let t = Math.max(es, 0, fixed >= 0 ? ef - fixed : 0);
    outer: while (t <= lastStart) {
      // Work that takes a slot starts in none some member has full: jump those before walking.
      for (let k = 0; need > 0 && k < size; k++) {
        if (units[k] <= 2 * EPSILON) continue;
        const free = this.firstFree(members[k], t);
        if (free > t) {
          t = free;
          k = -1;
        }
      }
      if (t > lastStart) return -1;
      let progress = 0;
      let s = t;
      let started = false;
      this.pendingCount = 0;
      while (progress < need) {
        if (s >= uniform) {
          s = finishUniformly(s, progress, need, uniformStep, end);
          if (s < 0) return -1;
          break;
        }
        if (s > end) return -1;
        let rate = 1;
        let usable = !(s < masked && mask![s] === 1);
        for (let k = 0; usable && k < size; k++) {
          const r = members[k];
          const x = s < denseLength[r] ? dense[r][s] : steady[r];
          if (x <= 0) usable = false;
          else if (x < rate) rate = x;
        }
        if (!usable) {
          if (!split) {
            t = s + 1;
            continue outer;
          }
          if (!started) t = s + 1;
          s++;
          continue;
        }
        for (let k = 0; k < size; k++) {
          const r = members[k];
          const used = s < frontier[r] ? usage[r][s] : 0;
          if (used + units[k] > capacity[r] + EPSILON) {
            t = this.nextNotFull(r, s + 1);
            continue outer;
          }
        }
        if (rest) {
          if (!this.rested(crew, s, 1)) {
            // Splittable work pauses until its people have rested; other work starts later.
            if (!split) {
              t++;
              continue outer;
            }
            if (!started) t = s + 1;
            s++;
            continue;
          }
          this.keepPending(s);
        }
        started = true;
        progress += fixed >= 0 ? 1 : rate;
        s++;
      }
      if (s < ef) {
        t += fixed >= 0 && !split ? ef - s : 1;
        continue;
      }
      this.placedFinish = s;
      return t;
    }
    return -1;
  }

  /**
   * place for work of one person without rest rules, the most common case: the same walk with
   * that person's arrays read once, not once a slot.
   */
  private placeAlone(j: number, es: number, ef: number, r: number, units: number, latest: number): number {
    const fixed = this.fixedSpan[j];
    const need = (fixed >= 0 ? fixed : this.effort[j]) - EPSILON;
    const mask = this.mask[j];
    const masked = mask === undefined ? 0 : mask.length;
    const split = this.splittable[j] === 1;
    const dense = this.dense[r];
    const denseLength = this.denseLength[r];
    const steady = this.steady[r];
    const usage = this.usage[r];
    const frontier = this.frontier[r];
    const room = this.capacity[r] + EPSILON;
    const idle = steady <= 0 ? denseLength : Infinity;
    const end = need > 0 ? Math.min(this.horizon, latest - 1, idle - 1) : this.horizon;
    const lastStart = need > 0 ? Math.min(this.horizon, latest - Math.ceil(need), idle - 1) : this.horizon;
    const uniform = steady <= 0 || units > room ? Infinity : Math.max(masked, denseLength, frontier);
    const uniformStep = fixed >= 0 ? 1 : steady < 1 ? steady : 1;
    const jumps = need > 0 && units > 2 * EPSILON;
    this.pendingCount = 0;
    let t = Math.max(es, 0, fixed >= 0 ? ef - fixed : 0);
    outer: while (t <= lastStart) {
      if (jumps) t = this.firstFree(r, t);
      if (t > lastStart) return -1;
      let progress = 0;
      let s = t;
      let started = false;
      while (progress < need) {
        if (s >= uniform) {
          s = finishUniformly(s, progress, need, uniformStep, end);
          if (s < 0) return -1;
          break;
        }
        if (s > end) return -1;
        const x = s < denseLength ? dense[s] : steady;
        if (x <= 0 || (s < masked && mask![s] === 1)) {
          if (!split) {
            t = s + 1;
            continue outer;
          }
          if (!started) t = s + 1;
          s++;
          continue;
        }
        if ((s < frontier ? usage[s] : 0) + units > room) {
          t = this.nextNotFull(r, s + 1);
          continue outer;
        }
        started = true;
        progress += fixed >= 0 ? 1 : x < 1 ? x : 1;
        s++;
      }
      if (s < ef) {
        t += fixed >= 0 && !split ? ef - s : 1;
        continue;
      }
      this.placedFinish = s;
      return t;
    }
    return -1;
  }

  /**
   * The slot from which every slot is the same to the crew: past the freeze mask, each member's
   * dense rates and bookings, so each slot is usable at one rate (left in uniformRate) and free.
   * Infinity when no such slot comes: a member stops working for good or is asked for more than
   * its capacity.
   */
  private uniformFrom(crew: Crew, masked: number): number {
    let from = masked;
    let rate = 1;
    for (let k = 0; k < crew.size; k++) {
      const r = crew.resource[k];
      const x = this.steady[r];
      if (x <= 0 || crew.units[k] > this.capacity[r] + EPSILON) return Infinity;
      if (x < rate) rate = x;
      from = Math.max(from, this.denseLength[r], this.frontier[r]);
    }
    this.uniformRate = rate;
    return from;
  }

  /**
   * Packed work (packing.ts): the earliest usable slot >= es, ending at or after ef, where every
   * crew member has the share the work needs still free. Sets placedFinish and placedShare.
   */
  private placePacked(j: number, es: number, ef: number, crew: Crew, latest: number): number {
    const mask = this.mask[j];
    const fixed = this.fixedSpan[j] >= 0;
    const work = this.packed[j];
    const rest = this.rest !== undefined;
    const dense = this.dense;
    const steady = this.steady;
    const end = Math.min(this.horizon, latest - 1);
    outer: for (let t = Math.max(es, 0, ef - 1); t <= end; t++) {
      if (mask !== undefined && t < mask.length && mask[t] === 1) continue;
      let rate = 1;
      for (let k = 0; k < crew.size; k++) {
        const r = crew.resource[k];
        const rates = dense[r];
        const x = t < rates.length ? rates[t] : steady[r];
        if (x <= 0) continue outer;
        if (x < rate) rate = x;
      }
      const share = packedShare(work, fixed, rate);
      this.pendingCount = 0;
      if (rest && !this.rested(crew, t, share)) continue;
      for (let k = 0; k < crew.size; k++) {
        const r = crew.resource[k];
        const u = this.usage[r];
        if ((t < u.length ? u[t] : 0) + crew.units[k] * share > this.capacity[r] + EPSILON) {
          t = this.nextNotFull(r, t + 1) - 1;
          continue outer;
        }
      }
      this.placedFinish = t + 1;
      this.placedShare = share;
      return t;
    }
    return -1;
  }

  /**
   * Work that may change hands: from the earliest start, each slot goes to its current holder
   * while they can work it (on shift, free, rested), else to the first candidate (by id) who
   * can; a slot nobody can work is a pause.
   */
  private relay(j: number, es: number, ef: number, record: boolean): boolean {
    const p = this.p;
    const d = p.demandStart[j];
    const units = p.demandUnits[d];
    const c0 = p.candidateStart[d];
    const c1 = p.candidateStart[d + 1];
    const fixed = p.fixedSpan[j];
    const need = fixed >= 0 ? fixed : p.effort[j];
    const mask = p.mask[j];
    const holder: number[] = [];
    const slots: number[] = [];
    // Each candidate's slots of this placement so far, for its rest rules.
    const mine = new Map<number, Int32Array>();
    const count = new Map<number, number>();
    const rateOf = (r: number, t: number) => (t < p.rates[r].dense.length ? p.rates[r].dense[t] : p.rates[r].steady);
    const can = (r: number, t: number): boolean => {
      if (rateOf(r, t) <= 0) return false;
      const u = this.usage[r];
      if ((t < u.length ? u[t] : 0) + units > p.capacity[r] + EPSILON) return false;
      if (!p.rest?.rules[r]) return true;
      return restAllows(p.rest, r, t, units, p.capacity[r], u, mine.get(r) ?? EMPTY, count.get(r) ?? 0);
    };
    const take = (r: number, t: number): void => {
      if (!p.rest?.rules[r]) return;
      let list = mine.get(r) ?? new Int32Array(16);
      const n = count.get(r) ?? 0;
      if (n === list.length) {
        const grown = new Int32Array(n * 2);
        grown.set(list);
        list = grown;
      }
      list[n] = t;
      mine.set(r, list);
      count.set(r, n + 1);
    };
    // Past the rate tables of candidates whose steady rate is 0 nobody can ever take the work.
    let idle = -1;
    for (let c = c0; c < c1 && idle < Infinity; c++) {
      const r = p.candidates[c];
      idle = p.rates[r].steady > 0 ? Infinity : Math.max(idle, p.rates[r].dense.length);
    }
    const last = Math.min(p.horizon, idle - 1);
    let from = Math.max(es, 0, fixed >= 0 ? ef - fixed : 0);
    let s = from;
    // A finish link (ef) the work would end before moves its start later by the difference.
    for (;;) {
      holder.length = 0;
      slots.length = 0;
      mine.clear();
      count.clear();
      let progress = 0;
      let current = -1;
      for (s = from; progress < need - EPSILON; s++) {
        if (s > last) return false;
        if (mask !== undefined && s < mask.length && mask[s] === 1) continue;
        let pick = current >= 0 && can(current, s) ? current : -1;
        for (let c = c0; pick < 0 && c < c1; c++) if (can(p.candidates[c], s)) pick = p.candidates[c];
        if (pick < 0) continue;
        current = pick;
        holder.push(pick);
        slots.push(s);
        take(pick, s);
        progress += fixed >= 0 ? 1 : rateOf(pick, s);
      }
      if (s >= ef) break;
      from += ef - s;
    }
    this.start[j] = slots[0];
    this.finish[j] = s;
    this.assignee[d] = holder[0];
    const parts: number[] = [];
    const segments: number[] = [];
    for (let k = 0; k < slots.length; k++) {
      const r = holder[k];
      const t = slots[k];
      if (k === 0 || holder[k - 1] !== r) parts.push(t, r);
      if (segments.length > 0 && segments[segments.length - 1] === t) segments[segments.length - 1] = t + 1;
      else segments.push(t, t + 1);
      this.take(r, t, units);
      this.booked[r] += units;
    }
    this.share[j] = 1;
    if (record) {
      this.segments[j] = segments;
      this.relays[j] = parts.length > 2 ? parts : undefined;
    }
    return this.finish[j] <= p.horizon + 1;
  }

  /** Whether every crew member may also work slot s (at `share` of their units) under their rest rules. */
  private rested(crew: Crew, s: number, share: number): boolean {
    const rest = this.rest!;
    for (let k = 0; k < crew.size; k++) {
      const r = crew.resource[k];
      if (!restAllows(rest, r, s, crew.units[k] * share, this.capacity[r], this.usage[r], this.pending, this.pendingCount)) return false;
    }
    return true;
  }

  private keepPending(s: number): void {
    if (this.pendingCount === this.pending.length) {
      const grown = new Int32Array(this.pending.length * 2);
      grown.set(this.pending);
      this.pending = grown;
    }
    this.pending[this.pendingCount++] = s;
  }

  /**
   * The first slot >= t where resource r is not full. A slot is full exactly when its skip
   * pointer moves on; its usage, which a placement reads anyway, says so without the pointer.
   */
  private firstFree(r: number, t: number): number {
    return t < this.frontier[r] && this.usage[r][t] >= this.capacity[r] - EPSILON ? this.nextNotFull(r, t) : t;
  }

  /** The first slot >= s where resource r is not full (path-halving union-find). */
  private nextNotFull(r: number, s: number): number {
    if (s >= this.frontier[r]) return s;
    const skip = this.skip[r];
    if (skip[s] === s) return s;
    const from = s;
    while (s < skip.length && skip[s] !== s) {
      const next = skip[s];
      if (next < skip.length) skip[s] = skip[next];
      s = next;
    }
    if (from < this.dirtyFrom[r]) this.dirtyFrom[r] = from;
    return s;
  }

  /** Books `amount` of resource r in slot s, growing its arrays when s is past their end. */
  private take(r: number, s: number, amount: number): void {
    let u = this.usage[r];
    if (s >= u.length) {
      u = this.usage[r] = grow(u, s + 1);
      this.skip[r] = growSkip(this.skip[r], u.length);
    }
    u[s] += amount;
    if (u[s] >= this.capacity[r] - EPSILON) this.skip[r][s] = s + 1;
    if (s < this.dirtyFrom[r]) this.dirtyFrom[r] = s;
    if (s >= this.frontier[r]) this.frontier[r] = s + 1;
  }

  /** Takes capacity in every worked slot of the placed activity and records its segments. */
  private book(j: number, crew: Crew, record: boolean): void {
    const share = (this.share[j] = this.placedShare);
    // Whole-slot work that may not pause worked every slot from its start to its finish.
    if (this.splittable[j] === 0 && this.packed[j] === 0 && this.rest === undefined) {
      const start = this.start[j];
      const end = this.finish[j];
      for (let k = 0; k < crew.size; k++) this.takeWhole(crew.resource[k], start, end, crew.units[k], share);
      if (record) this.segments[j] = undefined;
      return;
    }
    const mask = this.mask[j];
    const masked = mask === undefined ? 0 : mask.length;
    const segments: number[] | undefined = record && this.splittable[j] === 1 ? [] : undefined;
    const dense = this.dense;
    const steady = this.steady;
    const size = crew.size;
    const members = crew.resource;
    let worked = 0;
    // With rest rules the placement skipped rested-out slots too: it kept the slots it worked.
    const kept = this.rest && this.packed[j] === 0 ? this.pending : undefined;
    let next = 0;
    const end = this.finish[j];
    for (let s = this.start[j]; s < end; s++) {
      let usable = !(s < masked && mask![s] === 1);
      for (let k = 0; usable && k < size; k++) {
        const r = members[k];
        const rates = dense[r];
        if ((s < rates.length ? rates[s] : steady[r]) <= 0) usable = false;
      }
      if (kept) {
        usable = next < this.pendingCount && kept[next] === s;
        if (usable) next++;
      }
      if (!usable) continue;
      worked++;
      if (segments) {
        if (segments.length > 0 && segments[segments.length - 1] === s) segments[segments.length - 1] = s + 1;
        else segments.push(s, s + 1);
      }
      for (let k = 0; k < size; k++) this.take(members[k], s, crew.units[k] * share);
    }
    for (let k = 0; k < size; k++) this.booked[members[k]] += crew.units[k] * worked * share;
    if (record) this.segments[j] = segments;
  }

  /** Books resource r for whole-slot work that worked every slot of [from, to), at `share` of its units. */
  private takeWhole(r: number, from: number, to: number, units: number, share: number): void {
    this.takeRun(r, from, to, units * share);
    this.booked[r] += units * (to - from) * share;
  }

  /**
   * Books `amount` of resource r in every slot of [from, to). The slots it fills point past the
   * whole full stretch, so a later search for a free slot jumps it in one step.
   */
  private takeRun(r: number, from: number, to: number, amount: number): void {
    if (from >= to) return;
    let u = this.usage[r];
    if (to > u.length) {
      u = this.usage[r] = grow(u, to);
      this.skip[r] = growSkip(this.skip[r], u.length);
    }
    const skip = this.skip[r];
    const full = this.capacity[r] - EPSILON;
    // Backwards, so each full slot can point where the slot after it already points.
    for (let s = to - 1; s >= from; s--) {
      u[s] += amount;
      if (u[s] >= full) skip[s] = s + 1;
      const next = skip[s];
      if (next !== s && next < skip.length && skip[next] !== next) skip[s] = skip[next];
    }
    if (from < this.dirtyFrom[r]) this.dirtyFrom[r] = from;
    if (to > this.frontier[r]) this.frontier[r] = to;
  }
}


/** The finish a trial must reach to beat the best so far: finishing as late wins only by being less booked. */
function latestToBeat(booked: number, bestFinish: number, bestBooked: number): number {
  return booked < bestBooked - EPSILON ? bestFinish : bestFinish - 1;
}

/** Whether a trial finishing at f beats the best so far: earlier, or as early by someone less booked. */
function beats(f: number, booked: number, bestFinish: number, bestBooked: number): boolean {
  return f < bestFinish || (f === bestFinish && booked < bestBooked - EPSILON);
}

function growSkip(a: Int32Array, size: number): Int32Array {
  const b = identity(size);
  b.set(a);
  return b;
}

/**
 * Past every change of a crew's calendar and bookings each slot only adds the same progress: the
 * slot after the work is done, or -1 when that passes `end`. The progress is added slot by slot,
 * not multiplied, so it comes out to the same bits as the slot-by-slot walk.
 */
function finishUniformly(s: number, progress: number, need: number, step: number, end: number): number {
  while (progress < need) {
    if (s > end) return -1;
    progress += step;
    s++;
  }
  return s;
}
