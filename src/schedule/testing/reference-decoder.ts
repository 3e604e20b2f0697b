/**
 * Test helper: the serial schedule generation scheme written plainly, as a reference for the
 * optimised GeneralDecoder (sgs.ts): it reads the problem on every step, clears the whole plan
 * before each decode, scans slot by slot for a resource's next free slot, and places every crew
 * it tries in full. The optimised decoder must give the same schedules. Not used by the core.
 */
import { EPSILON, EXTERNAL, POINT, type Problem } from '../compile.js';
import { FF, FS, SS } from '../cpm.js';
import { addToCrew, copyCrew, emptyCrew, grow, indexOf, overfills, type Crew } from '../crew-set.js';
import { packedShare } from '../packing.js';
import { restAllows } from '../rest.js';
import type { Baseline } from '../sgs.js';

const EMPTY = new Int32Array(0);

export class ReferenceDecoder {
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
  private readonly booked: Float64Array;
  private readonly crew: Crew;
  private readonly trial: Crew;
  private placedFinish = 0;
  private placedShare = 1;
  /** Slots of the placement being tried, for the rest rules (rest.ts). */
  private pending = new Int32Array(64);
  private pendingCount = 0;
  private readonly baseBooked: Float64Array;

  constructor(private readonly p: Problem, readonly baseline?: Baseline) {
    this.start = new Int32Array(p.n);
    this.finish = new Int32Array(p.n);
    this.assignee = new Int32Array(p.demandUnits.length);
    this.segments = new Array<number[] | undefined>(p.n);
    this.share = new Float64Array(p.n).fill(1);
    this.relays = new Array<number[] | undefined>(p.n);
    const size = (r: number) => Math.max(64, baseline?.usage[r].length ?? 0);
    this.usage = p.resources.map((_, r) => new Float64Array(size(r)));
    this.booked = new Float64Array(p.resources.length);
    this.baseBooked = new Float64Array(p.resources.length);
    if (baseline) {
      baseline.usage.forEach((u, r) => {
        for (let s = 0; s < u.length; s++) this.baseBooked[r] += u[s];
      });
    }
    let most = 1;
    for (let j = 0; j < p.n; j++) most = Math.max(most, p.demandStart[j + 1] - p.demandStart[j]);
    this.crew = emptyCrew(most);
    this.trial = emptyCrew(most);
  }

  /** Schedules the list and returns the makespan, or -1 when an activity cannot be placed. */
  decode(list: Int32Array, record = false): number {
    this.reset();
    this.failed = -1;
    let makespan = 0;
    let tie = 0;
    for (let k = 0; k < list.length; k++) {
      const j = list[k];
      if (!this.scheduleOne(j, record)) {
        this.failed = j;
        return -1;
      }
      if (this.finish[j] > makespan) makespan = this.finish[j];
      tie += this.p.weight[j] * this.finish[j];
      // Past its due slot a finish counts twice, so the search favours meeting due dates.
      if (this.p.due[j] >= 0 && this.finish[j] > this.p.due[j]) tie += this.p.weight[j] * (this.finish[j] - this.p.due[j]);
    }
    this.tie = tie;
    return makespan;
  }

  /** Back to the baseline (or to an empty plan): usage and booked totals. */
  private reset(): void {
    const base = this.baseline;
    for (let r = 0; r < this.usage.length; r++) {
      this.usage[r].fill(0);
      if (base) this.usage[r].set(base.usage[r]);
    }
    this.booked.set(this.baseBooked);
  }

  private scheduleOne(j: number, record: boolean): boolean {
    const p = this.p;
    const { predStart, predIndex, linkType, lag } = p.net;
    let es = Math.max(p.release[j], this.baseline ? this.baseline.earliestStart[j] : 0);
    let ef = this.baseline ? this.baseline.earliestFinish[j] : 0;
    for (let e = predStart[j]; e < predStart[j + 1]; e++) {
      const i = predIndex[e];
      const t = linkType[e];
      if (t === FS) es = Math.max(es, this.finish[i] + lag[e]);
      else if (t === SS) es = Math.max(es, this.start[i] + lag[e]);
      else if (t === FF) ef = Math.max(ef, this.finish[i] + lag[e]);
      else ef = Math.max(ef, this.start[i] + lag[e]);
    }
    // Work occupies slots up to the horizon, so nothing ends after horizon + 1.
    if (p.type[j] === POINT) {
      this.start[j] = this.finish[j] = Math.max(es, ef);
      return this.finish[j] <= p.horizon + 1;
    }
    if (p.type[j] === EXTERNAL) {
      this.start[j] = Math.max(es, ef - p.fixedSpan[j]);
      this.finish[j] = this.start[j] + p.fixedSpan[j];
      if (record) this.segments[j] = undefined;
      return this.finish[j] <= p.horizon + 1;
    }
    if (p.handoff[j] === 1) return this.relay(j, es, ef, record);
    const crew = this.chooseCrew(j, es, ef);
    const s = this.place(j, es, ef, crew);
    if (s < 0) return false;
    this.start[j] = s;
    this.finish[j] = this.placedFinish;
    this.book(j, crew, record);
    return true;
  }

  /** Picks a resource per demand: earliest finish, then least booked so far, then id. */
  private chooseCrew(j: number, es: number, ef: number): Crew {
    const p = this.p;
    const crew = this.crew;
    crew.size = 0;
    for (let d = p.demandStart[j]; d < p.demandStart[j + 1]; d++) {
      const c0 = p.candidateStart[d];
      const c1 = p.candidateStart[d + 1];
      let best = p.candidates[c0];
      if (c1 - c0 > 1) {
        let bestFinish = Infinity;
        let bestBooked = Infinity;
        for (let c = c0; c < c1; c++) {
          const r = p.candidates[c];
          if (indexOf(crew, r) >= 0) continue; // one resource meets one demand of an activity
          copyCrew(crew, this.trial);
          addToCrew(this.trial, r, p.demandUnits[d]);
          if (this.place(j, es, ef, this.trial) < 0) continue;
          const f = this.placedFinish;
          if (f < bestFinish || (f === bestFinish && this.booked[r] < bestBooked - EPSILON)) {
            best = r;
            bestFinish = f;
            bestBooked = this.booked[r];
          }
        }
      }
      this.assignee[d] = best;
      addToCrew(crew, best, p.demandUnits[d]);
    }
    if (overfills(crew, p.capacity)) this.takeCompiledCrew(j);
    return crew;
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
   */
  private place(j: number, es: number, ef: number, crew: Crew): number {
    const p = this.p;
    this.placedShare = 1;
    if (p.packed[j] > 0) return this.placePacked(j, es, ef, crew);
    const fixed = p.fixedSpan[j];
    const need = fixed >= 0 ? fixed : p.effort[j];
    const mask = p.mask[j];
    const split = p.splittable[j] === 1;
    const horizon = p.horizon;
    let t = Math.max(es, 0, fixed >= 0 ? ef - fixed : 0);
    outer: while (t <= horizon) {
      let progress = 0;
      let s = t;
      let started = false;
      this.pendingCount = 0;
      while (progress < need - EPSILON) {
        if (s > horizon) return -1;
        let rate = 1;
        let usable = !(mask !== undefined && s < mask.length && mask[s] === 1);
        for (let k = 0; usable && k < crew.size; k++) {
          const profile = p.rates[crew.resource[k]];
          const r = s < profile.dense.length ? profile.dense[s] : profile.steady;
          if (r <= 0) usable = false;
          else if (r < rate) rate = r;
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
        for (let k = 0; k < crew.size; k++) {
          const r = crew.resource[k];
          const u = this.usage[r];
          const used = s < u.length ? u[s] : 0;
          if (used + crew.units[k] > p.capacity[r] + EPSILON) {
            t = this.nextNotFull(r, s + 1);
            continue outer;
          }
        }
        if (p.rest && !this.rested(crew, s, 1)) {
          // Splittable work pauses until its people have rested; other work starts later.
          if (!split) {
            t++;
            continue outer;
          }
          if (!started) t = s + 1;
          s++;
          continue;
        }
        if (p.rest) this.keepPending(s);
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
   * Packed work (packing.ts): the earliest usable slot >= es, ending at or after ef, where every
   * crew member has the share the work needs still free. Sets placedFinish and placedShare.
   */
  private placePacked(j: number, es: number, ef: number, crew: Crew): number {
    const p = this.p;
    const mask = p.mask[j];
    const fixed = p.fixedSpan[j] >= 0;
    outer: for (let t = Math.max(es, 0, ef - 1); t <= p.horizon; t++) {
      if (mask !== undefined && t < mask.length && mask[t] === 1) continue;
      let rate = 1;
      for (let k = 0; k < crew.size; k++) {
        const profile = p.rates[crew.resource[k]];
        const r = t < profile.dense.length ? profile.dense[t] : profile.steady;
        if (r <= 0) continue outer;
        if (r < rate) rate = r;
      }
      const share = packedShare(p.packed[j], fixed, rate);
      this.pendingCount = 0;
      if (p.rest && !this.rested(crew, t, share)) continue;
      for (let k = 0; k < crew.size; k++) {
        const r = crew.resource[k];
        const u = this.usage[r];
        if ((t < u.length ? u[t] : 0) + crew.units[k] * share > p.capacity[r] + EPSILON) {
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
        if (s > p.horizon) return false;
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
      if (t >= this.usage[r].length) this.usage[r] = grow(this.usage[r], t + 1);
      this.usage[r][t] += units;
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
    const rest = this.p.rest!;
    for (let k = 0; k < crew.size; k++) {
      const r = crew.resource[k];
      if (!restAllows(rest, r, s, crew.units[k] * share, this.p.capacity[r], this.usage[r], this.pending, this.pendingCount)) return false;
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

  /** The first slot >= s where resource r is not full. */
  private nextNotFull(r: number, s: number): number {
    const u = this.usage[r];
    while (s < u.length && u[s] >= this.p.capacity[r] - EPSILON) s++;
    return s;
  }

  /** Takes capacity in every worked slot of the placed activity and records its segments. */
  private book(j: number, crew: Crew, record: boolean): void {
    const p = this.p;
    const mask = p.mask[j];
    const segments: number[] | undefined = record && p.splittable[j] === 1 ? [] : undefined;
    const share = (this.share[j] = this.placedShare);
    let worked = 0;
    // With rest rules the placement skipped rested-out slots too: it kept the slots it worked.
    const kept = p.rest && p.packed[j] === 0 ? this.pending : undefined;
    let next = 0;
    for (let s = this.start[j]; s < this.finish[j]; s++) {
      let usable = !(mask !== undefined && s < mask.length && mask[s] === 1);
      for (let k = 0; usable && k < crew.size; k++) {
        const profile = p.rates[crew.resource[k]];
        if ((s < profile.dense.length ? profile.dense[s] : profile.steady) <= 0) usable = false;
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
      for (let k = 0; k < crew.size; k++) {
        const r = crew.resource[k];
        if (s >= this.usage[r].length) this.usage[r] = grow(this.usage[r], s + 1);
        this.usage[r][s] += crew.units[k] * share;
      }
    }
    for (let k = 0; k < crew.size; k++) this.booked[crew.resource[k]] += crew.units[k] * worked * share;
    if (record) this.segments[j] = segments;
  }
}
