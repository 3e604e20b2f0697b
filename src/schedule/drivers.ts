/**
 * Why each activity of a resource-feasible schedule starts when it does, and which activities
 * drive the finish: the facts behind float, the critical path and the forecast's criticality.
 *
 * The schedule is read given its sequencing: the links, plus each resource's order of work (an
 * activity that slips pushes the work that follows it on the same person, or that waited for it
 * to release a pool). An arc from i to j *drives* j when a one-slot slip of i (i asked to start
 * one slot later and to finish one slot later, placed by the serial scheme's calendar rules)
 * moves j:
 * - always when the arc is tight: j starts (for FF and SF links: finishes) exactly at the slot
 *   i sets, or i held j's person or pool until j started;
 * - across a gap only when the gap is calendar time (i or j may not work in any of its slots:
 *   time off, a full commitment, a freeze) and i's own calendar throws the slipped i past j, as
 *   work just before a freeze or before its person's time off is thrown past it.
 * An activity is critical when a chain of driving arcs leads from it to the finish. Each call is
 * linear in the schedule's size (activities, links and worked slots), since the forecast asks it
 * of every run.
 */
import { EPSILON, POINT, TASK, type Problem } from './compile.js';
import { FF, FS, SF, SS } from './cpm.js';

export const ARC_LINK = 0;
export const ARC_RESOURCE = 1;

/** blockAt's answers: the slot is workable, a freeze blocks it, it is before the activity's date, or (>= 0) that resource has no time. */
export const NOT_BLOCKED = -1;
export const FREEZE_BLOCK = -2;
export const DATE_BLOCK = -3;

/** What held an activity until it started (driverOf's kinds). */
export const BY_START = 0;
export const BY_LINK = 1;
export const BY_HANDOFF = 2;
export const BY_CALENDAR = 3;
export const BY_NONE = 4;

/** The end of the project as an arc's target: `to` of an arc into the finish. */
export const FINISH = -1;

/** Stands for "never": a slip the calendar cannot place at all moves everything after it. */
const NEVER = 0x3fffffff;

/** FF and SF links bound the successor's finish; FS and SS its start. */
export function isFinishLink(type: number): boolean {
  return type === FF || type === SF;
}

/** The arcs into one activity as parallel lists, refilled by each collectArcs call. */
export class Arcs {
  count = 0;
  readonly from: number[] = [];
  readonly kind: number[] = [];
  /** The link's index for ARC_LINK, the resource's for ARC_RESOURCE. */
  readonly ref: number[] = [];
  /** The slot the predecessor sets: its finish or start plus the lag, or when it released the resource. */
  readonly bound: number[] = [];
  /** What the bound holds back: the activity's start, or its finish for FF and SF links. */
  readonly target: number[] = [];

  push(from: number, kind: number, ref: number, bound: number, target: number): void {
    const k = this.count++;
    this.from[k] = from;
    this.kind[k] = kind;
    this.ref[k] = ref;
    this.bound[k] = bound;
    this.target[k] = target;
  }
}

/** driverOf's answer: the kind, the predecessor (or -1), and the link, resource or calendar block. */
export interface DriverCode {
  kind: number;
  from: number;
  ref: number;
}

/**
 * Reads one schedule of a compiled problem with fixed people (one resource per demand). Built
 * once per problem; `load` points it at a schedule (start and finish arrays are referenced, not
 * copied, so a forecast can reload the decoder's arrays after every run). They must not change
 * until the next `load`: each resource's order of work is read from them when first asked for.
 */
export class DriverEngine {
  private start: Int32Array = new Int32Array(0);
  private finish: Int32Array = new Int32Array(0);
  private makespan = 0;
  /** Share of its people's units each activity takes (packed work below 1); all 1 when not loaded. */
  private share: Float64Array = new Float64Array(0);
  /** Finish of the last `place` call. */
  private placedFinish = 0;
  /** Each activity's people with their units (CSR), a resource meeting two demands merged. */
  private readonly crewStart: Int32Array;
  private readonly crewResource: Int32Array;
  private readonly crewUnits: Float64Array;
  /**
   * Per resource, its activities in order of start (CSR), with the crew entry of each. Sorted
   * and booked only for the resources a question reaches, once per `load`: marking the critical
   * chains after every forecast run reads few of them.
   */
  private readonly usersStart: Int32Array;
  private readonly users: Int32Array;
  private readonly userCrew: Int32Array;
  /** The activity of each crew entry. */
  private readonly crewActivity: Int32Array;
  /** Latest finish among a resource's users up to each position, to stop scans early. */
  private readonly latestFinish: Int32Array;
  /** Position of each crew entry in its resource's users. */
  private readonly userPos: Int32Array;
  /** 1 when no two users of the resource can work at once (each takes all of it). */
  private readonly exclusive: Uint8Array;
  /** From this slot on, nothing in the activity's calendar changes (freezes, its people's rates). */
  private readonly settled: Int32Array;
  /** Booked units per slot of each shared pool, once the resource is ready. */
  private readonly usage: Float64Array[];
  /** Counts the `load` calls; a resource whose mark equals it has its users sorted (and pool booked) for this schedule. */
  private loads = 0;
  private readonly readyAt: Int32Array;
  /** Scratch sort keys, start then crew entry, for one resource's users. */
  private readonly sortKeys: Float64Array;
  private readonly stack: Int32Array;
  private readonly arcs = new Arcs();

  constructor(
    private readonly p: Problem,
    assignee: Int32Array,
  ) {
    const n = p.n;
    const resources = p.resources.length;
    this.crewStart = new Int32Array(n + 1);
    const crewResource: number[] = [];
    const crewUnits: number[] = [];
    for (let j = 0; j < n; j++) {
      const first = crewResource.length;
      if (p.type[j] === TASK) {
        for (let d = p.demandStart[j]; d < p.demandStart[j + 1]; d++) {
          const r = assignee[d];
          const k = crewResource.indexOf(r, first);
          if (k >= 0) crewUnits[k] += p.demandUnits[d];
          else {
            crewResource.push(r);
            crewUnits.push(p.demandUnits[d]);
          }
        }
      }
      this.crewStart[j + 1] = crewResource.length;
    }
    this.crewResource = Int32Array.from(crewResource);
    this.crewUnits = Float64Array.from(crewUnits);
    this.usersStart = new Int32Array(resources + 1);
    for (const r of crewResource) this.usersStart[r + 1]++;
    for (let r = 0; r < resources; r++) this.usersStart[r + 1] += this.usersStart[r];
    this.users = new Int32Array(crewResource.length);
    this.userCrew = new Int32Array(crewResource.length);
    this.crewActivity = new Int32Array(crewResource.length);
    for (let j = 0; j < n; j++) this.crewActivity.fill(j, this.crewStart[j], this.crewStart[j + 1]);
    const next = this.usersStart.slice(0, resources);
    crewResource.forEach((r, c) => (this.userCrew[next[r]++] = c));
    let widest = 0;
    for (let r = 0; r < resources; r++) widest = Math.max(widest, this.usersStart[r + 1] - this.usersStart[r]);
    this.sortKeys = new Float64Array(widest);
    this.readyAt = new Int32Array(resources);
    this.latestFinish = new Int32Array(crewResource.length);
    this.userPos = new Int32Array(crewResource.length);
    this.exclusive = new Uint8Array(resources).fill(1);
    crewResource.forEach((r, c) => {
      if (crewUnits[c] < p.capacity[r] - EPSILON) this.exclusive[r] = 0;
    });
    // Recurring work takes part of its people's time too.
    p.reserved?.usage.forEach((u, r) => {
      if (u.some((x) => x > 0)) this.exclusive[r] = 0;
    });
    // Packed work shares its people's slots, so they are read like pools.
    for (let j = 0; j < n; j++) if (p.packable[j] === 1) for (let c = this.crewStart[j]; c < this.crewStart[j + 1]; c++) this.exclusive[crewResource[c]] = 0;
    this.usage = p.resources.map((_, r) => new Float64Array(this.exclusive[r] === 1 ? 0 : 64));
    this.settled = new Int32Array(n);
    for (let j = 0; j < n; j++) {
      let s = p.mask[j]?.length ?? 0;
      for (let c = this.crewStart[j]; c < this.crewStart[j + 1]; c++) s = Math.max(s, p.rates[this.crewResource[c]].dense.length);
      this.settled[j] = Math.max(s, p.release[j]);
    }
    this.stack = new Int32Array(n);
  }

  /** Points the engine at a schedule of this problem: start and finish of every activity. */
  load(start: Int32Array, finish: Int32Array, makespan: number, share?: Float64Array): void {
    this.start = start;
    this.finish = finish;
    this.share = share ?? (this.share.length === start.length ? this.share.fill(1) : new Float64Array(start.length).fill(1));
    this.makespan = makespan;
    this.loads++;
  }

  /** Sorts resource r's users (and books it when a pool) for the loaded schedule, once per load. */
  private ready(r: number): void {
    if (this.readyAt[r] === this.loads) return;
    this.readyAt[r] = this.loads;
    this.sortUsers(r);
    if (this.exclusive[r] === 0) this.bookPool(r);
  }

  /** Resource r's users by start, ties by activity, with the latest finish up to each. */
  private sortUsers(r: number): void {
    const first = this.usersStart[r];
    const end = this.usersStart[r + 1];
    if (!this.resortUsers(first, end)) this.sortUsersByKey(first, end);
    const finish = this.finish;
    let most = -1;
    for (let pos = first; pos < end; pos++) {
      const c = this.userCrew[pos];
      const j = this.crewActivity[c];
      this.users[pos] = j;
      this.userPos[c] = pos;
      if (finish[j] > most) most = finish[j];
      this.latestFinish[pos] = most;
    }
  }

  /**
   * Insertion-sorts the crew entries userCrew[first, end) by start, then entry (entries follow
   * activity order), from the order of the schedule last read: one forecast run moves few of
   * them, so this is near linear. False, the entries still all there, when too many move.
   */
  private resortUsers(first: number, end: number): boolean {
    const userCrew = this.userCrew;
    const start = this.start;
    const crewActivity = this.crewActivity;
    let moves = 4 * (end - first) + 16;
    for (let k = first + 1; k < end; k++) {
      const c = userCrew[k];
      const s = start[crewActivity[c]];
      let h = k - 1;
      while (h >= first) {
        const b = userCrew[h];
        const sb = start[crewActivity[b]];
        if (sb < s || (sb === s && b < c)) break;
        userCrew[h + 1] = b;
        h--;
        if (--moves < 0) {
          userCrew[h + 1] = c;
          return false;
        }
      }
      userCrew[h + 1] = c;
    }
    return true;
  }

  /** Sorts userCrew[first, end) as resortUsers does, whatever their order, in m log m. */
  private sortUsersByKey(first: number, end: number): void {
    // One number per entry orders by start, then by entry, exactly: start times the entry
    // count stays far below 2^53.
    const span = this.crewActivity.length;
    const keys = this.sortKeys.subarray(0, end - first);
    for (let k = 0; k < keys.length; k++) {
      const c = this.userCrew[first + k];
      keys[k] = this.start[this.crewActivity[c]] * span + c;
    }
    keys.sort();
    for (let k = 0; k < keys.length; k++) this.userCrew[first + k] = keys[k] % span;
  }

  /** Units of pool r booked in each slot, counting only the slots its users really work. */
  private bookPool(r: number): void {
    let u = this.usage[r];
    if (u.length < this.makespan + 1) u = this.usage[r] = new Float64Array(Math.max(this.makespan + 1, u.length * 2));
    u.fill(0, 0, this.makespan + 1);
    const reserved = this.p.reserved?.usage[r];
    if (reserved) u.set(reserved.subarray(0, Math.min(reserved.length, this.makespan + 1)));
    for (let k = this.usersStart[r]; k < this.usersStart[r + 1]; k++) {
      const i = this.users[k];
      for (let s = this.start[i]; s < this.finish[i]; s++) if (this.isUsable(i, s)) u[s] += this.crewUnits[this.userCrew[k]] * this.share[i];
    }
  }

  private rate(r: number, slot: number): number {
    const profile = this.p.rates[r];
    return slot < profile.dense.length ? profile.dense[slot] : profile.steady;
  }

  /**
   * What keeps activity j from working in a slot: NOT_BLOCKED, DATE_BLOCK (before its
   * `not_before` or `on` date), FREEZE_BLOCK, or the first of its people without time for the
   * plan. Externals and zero-length activities are blocked by their dates only.
   */
  blockAt(j: number, slot: number): number {
    if (slot < this.p.release[j]) return DATE_BLOCK;
    if (this.p.type[j] !== TASK) return NOT_BLOCKED;
    const mask = this.p.mask[j];
    if (mask !== undefined && slot < mask.length && mask[slot] === 1) return FREEZE_BLOCK;
    for (let c = this.crewStart[j]; c < this.crewStart[j + 1]; c++) {
      if (this.rate(this.crewResource[c], slot) <= 0) return this.crewResource[c];
    }
    return NOT_BLOCKED;
  }

  private isUsable(j: number, slot: number): boolean {
    return slot >= 0 && this.blockAt(j, slot) === NOT_BLOCKED;
  }

  /** Whether activity i works (holds its people) in a slot of the loaded schedule. */
  private works(i: number, slot: number): boolean {
    return this.p.type[i] === TASK && slot >= this.start[i] && slot < this.finish[i] && this.isUsable(i, slot);
  }

  /** One past the last slot before `slot` in which i worked, or -1 when it had not started. */
  private releaseBefore(i: number, slot: number): number {
    let t = Math.min(this.finish[i], slot) - 1;
    while (t >= this.start[i] && !this.isUsable(i, t)) t--;
    return t >= this.start[i] ? t + 1 : -1;
  }

  /**
   * Where the serial scheme's calendar rules put activity j when it may start at `es` and must
   * finish at `ef` or later, ignoring other work (the resource order is kept by the arcs): the
   * start, or -1 beyond the horizon; the finish is left in placedFinish.
   */
  private place(j: number, es: number, ef: number): number {
    const p = this.p;
    if (p.type[j] === POINT) return (this.placedFinish = Math.max(es, ef, p.release[j]));
    const fixed = p.fixedSpan[j];
    if (p.type[j] !== TASK) {
      const s = Math.max(es, ef - fixed, p.release[j]);
      this.placedFinish = s + fixed;
      return s;
    }
    const need = fixed >= 0 ? fixed : p.effort[j];
    const split = p.splittable[j] === 1;
    let t = Math.max(es, 0, fixed >= 0 ? ef - fixed : 0);
    outer: while (t <= p.horizon) {
      let progress = 0;
      let s = t;
      let started = false;
      while (progress < need - EPSILON) {
        if (s > p.horizon) return -1;
        if (this.blockAt(j, s) !== NOT_BLOCKED) {
          if (!split) {
            t = s + 1;
            continue outer;
          }
          if (!started) t = s + 1;
          s++;
          continue;
        }
        let rate = 1;
        for (let c = this.crewStart[j]; c < this.crewStart[j + 1]; c++) rate = Math.min(rate, this.rate(this.crewResource[c], s));
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

  /** The bound an arc from i sets when i slips by `slip` slots (NEVER when it cannot be placed). */
  private slippedBound(i: number, kind: number, ref: number, slip: number): number {
    const s = this.place(i, this.start[i] + slip, this.finish[i] + slip);
    if (s < 0) return NEVER;
    if (kind !== ARC_LINK) return this.placedFinish;
    const t = this.p.net.linkType[ref];
    return (t === FS || t === FF ? this.placedFinish : s) + this.p.net.lag[ref];
  }

  /** Whether i's calendar never changes from its start on, so a slip moves it slot for slot. */
  private slipsEvenly(i: number): boolean {
    return this.settled[i] <= this.start[i];
  }

  /** Whether every slot of [from, to) is one in which j (FINISH for none) or i may not work. */
  private isCalendarTime(i: number, j: number, from: number, to: number): boolean {
    if (from < 0) return false;
    for (let s = from; s < to; s++) {
      if (j !== FINISH && this.blockAt(j, s) !== NOT_BLOCKED) continue;
      if (this.blockAt(i, s) === NOT_BLOCKED) return false;
    }
    return true;
  }

  /** Fills `arcs` with every arc into j: its links, then per person or pool who held it before j. */
  collectArcs(j: number, arcs: Arcs): void {
    const { start, finish } = this;
    const net = this.p.net;
    arcs.count = 0;
    for (let e = net.predStart[j]; e < net.predStart[j + 1]; e++) {
      const i = net.predIndex[e];
      const t = net.linkType[e];
      const bound = (t === FS || t === FF ? finish[i] : start[i]) + net.lag[e];
      arcs.push(i, ARC_LINK, e, bound, t === FS || t === SS ? start[j] : finish[j]);
    }
    for (let c = this.crewStart[j]; c < this.crewStart[j + 1]; c++) {
      const r = this.crewResource[c];
      this.ready(r);
      if (this.exclusive[r] === 1) this.previousUser(j, c, arcs);
      else this.poolHolders(j, c, arcs);
    }
  }

  /** On a person (or a pool each user takes whole): the work that last held it before j. */
  private previousUser(j: number, c: number, arcs: Arcs): void {
    const r = this.crewResource[c];
    let best = -1;
    let release = -1;
    for (let k = this.userPos[c] - 1; k >= this.usersStart[r] && this.latestFinish[k] > release; k--) {
      const i = this.users[k];
      if (this.start[i] >= this.start[j]) continue;
      const released = this.releaseBefore(i, this.start[j]);
      if (released > release) {
        best = i;
        release = released;
      }
    }
    if (best >= 0) arcs.push(best, ARC_RESOURCE, r, release, this.start[j]);
  }

  /** On a shared pool that was too full for j in the slot before it started: who released it then. */
  private poolHolders(j: number, c: number, arcs: Arcs): void {
    const r = this.crewResource[c];
    const before = this.start[j] - 1;
    if (before < 0 || this.usage[r][before] + this.crewUnits[c] * this.share[j] <= this.p.capacity[r] + EPSILON) return;
    for (let k = this.userPos[c] - 1; k >= this.usersStart[r] && this.latestFinish[k] > before; k--) {
      const i = this.users[k];
      if (this.works(i, before) && !this.works(i, this.start[j])) arcs.push(i, ARC_RESOURCE, r, this.start[j], this.start[j]);
    }
  }

  /** Units of resource r that activity i takes. */
  private unitsOf(i: number, r: number): number {
    for (let c = this.crewStart[i]; c < this.crewStart[i + 1]; c++) if (this.crewResource[c] === r) return this.crewUnits[c] * this.share[i];
    return 0;
  }

  /** Whether pool r would still be too full for j if i kept its units one slot longer. */
  private poolNeeds(i: number, r: number, j: number): boolean {
    this.ready(r);
    return this.usage[r][this.start[j]] + this.unitsOf(i, r) > this.p.capacity[r] + EPSILON;
  }

  /** Whether arc k of `arcs` (into j) drives j: a one-slot slip of its source moves j. */
  drives(arcs: Arcs, k: number, j: number): boolean {
    const i = arcs.from[k];
    const kind = arcs.kind[k];
    const ref = arcs.ref[k];
    const bound = arcs.bound[k];
    const target = arcs.target[k];
    if (kind === ARC_RESOURCE && this.exclusive[ref] === 0) return this.poolNeeds(i, ref, j);
    if (bound >= target) return true;
    // Work that paused around j on the same person holds it again after j, whatever its slip.
    if (kind === ARC_RESOURCE && this.finish[i] > target) return false;
    // A finish link with room is met by j's own work running past it; only a tight one is a step of a chain.
    if (kind === ARC_LINK && isFinishLink(this.p.net.linkType[ref])) return false;
    if (this.slipsEvenly(i) || !this.isCalendarTime(i, j, bound, target)) return false;
    return this.slippedBound(i, kind, ref, 1) > target;
  }

  /** Whether activity i drives the finish: it ends last, or cannot slip into the calendar time after it. */
  drivesFinish(i: number): boolean {
    const f = this.finish[i];
    if (f >= this.makespan) return true;
    if (this.slipsEvenly(i) || !this.isCalendarTime(i, FINISH, f, this.makespan)) return false;
    return this.slippedFinish(i, 1) > this.makespan;
  }

  /**
   * How many slots i may slip before an arc it does not drive moves its target (at least 1:
   * where i's calendar would throw it past a gap that is not calendar time, the arc is still
   * counted as not driving, so every activity without float lies on a chain of exact steps).
   */
  room(arcs: Arcs, k: number): number {
    const i = arcs.from[k];
    const kind = arcs.kind[k];
    if (kind === ARC_RESOURCE && this.exclusive[arcs.ref[k]] === 0) return NEVER;
    return this.roomBefore(i, kind, arcs.ref[k], arcs.bound[k], arcs.target[k]);
  }

  /** room() for the arc from i to the finish. */
  roomToFinish(i: number): number {
    return this.roomBefore(i, ARC_RESOURCE, -1, this.finish[i], this.makespan);
  }

  private roomBefore(i: number, kind: number, ref: number, bound: number, target: number): number {
    if (this.slipsEvenly(i)) return Math.max(1, target - bound);
    // The smallest slip that moves the target: a slip of d moves the bound by d at least.
    let lo = 1;
    let hi = Math.max(1, target - bound + 1);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.slippedBound(i, kind, ref, mid) > target) hi = mid;
      else lo = mid + 1;
    }
    return Math.max(1, lo - 1);
  }

  /** Finish of activity i slipped by `slip` slots. */
  slippedFinish(i: number, slip: number): number {
    return this.slippedBound(i, ARC_RESOURCE, -1, slip);
  }

  /** Marks (1) in `out` every activity from which a chain of driving arcs leads to the finish. */
  markCritical(out: Uint8Array): void {
    const n = this.p.n;
    const stack = this.stack;
    const arcs = this.arcs;
    out.fill(0);
    let top = 0;
    for (let i = 0; i < n; i++) {
      if (this.drivesFinish(i)) {
        out[i] = 1;
        stack[top++] = i;
      }
    }
    while (top > 0) {
      const j = stack[--top];
      this.collectArcs(j, arcs);
      for (let k = 0; k < arcs.count; k++) {
        const i = arcs.from[k];
        if (out[i] === 0 && this.drives(arcs, k, j)) {
          out[i] = 1;
          stack[top++] = i;
        }
      }
    }
  }

  /**
   * Why j starts when it does, given its arcs (collectArcs(j, arcs) first): a tight link, a
   * hand-over, the plan start, the calendar in the slot before it (ref: blockAt's answer), a
   * pool others released, a finish link it was placed to meet, or nothing found.
   */
  driverOf(j: number, arcs: Arcs): DriverCode {
    const start = this.start[j];
    const tight = (k: number) => arcs.bound[k] >= arcs.target[k];
    for (let k = 0; k < arcs.count; k++) if (arcs.kind[k] === ARC_LINK && tight(k)) return { kind: BY_LINK, from: arcs.from[k], ref: arcs.ref[k] };
    for (let k = 0; k < arcs.count; k++) if (arcs.kind[k] === ARC_RESOURCE && tight(k) && this.drives(arcs, k, j)) return { kind: BY_HANDOFF, from: arcs.from[k], ref: arcs.ref[k] };
    if (start <= 0) return { kind: BY_START, from: -1, ref: -1 };
    const block = this.blockAt(j, start - 1);
    if (block !== NOT_BLOCKED) return { kind: BY_CALENDAR, from: -1, ref: block };
    for (let k = 0; k < arcs.count; k++) if (arcs.kind[k] === ARC_RESOURCE && tight(k)) return { kind: BY_HANDOFF, from: arcs.from[k], ref: arcs.ref[k] };
    // A finish link: the serial scheme starts fixed work where it would end on the bound if
    // nothing paused it, and effort where it first reaches the bound.
    const fixed = this.p.fixedSpan[j];
    for (let k = 0; k < arcs.count; k++) {
      if (arcs.kind[k] !== ARC_LINK || !isFinishLink(this.p.net.linkType[arcs.ref[k]])) continue;
      if (fixed >= 0 ? arcs.bound[k] - fixed === start : this.place(j, start - 1, 0) === start - 1 && this.placedFinish < arcs.bound[k]) {
        return { kind: BY_LINK, from: arcs.from[k], ref: arcs.ref[k] };
      }
    }
    return { kind: BY_NONE, from: -1, ref: -1 };
  }
}
