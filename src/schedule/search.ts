/**
 * Improvement under a budget of generated schedules. Every serial pass counts against the
 * budget, including each pass of a justification, as the literature counts.
 *
 * A hybrid genetic algorithm over activity lists:
 * - the priority-rule list is decoded first, so a budget of 1 gives the rule's own schedule;
 * - the population is seeded with regret-based biased random samples (Drexl 1991); it holds 40
 *   members up to 5,000 schedules and more for bigger budgets (populationFor), 60 on a small
 *   network above 2,000, and fewer, down to 20, where a large network's right-justified
 *   children have a short budget (searchTuning);
 * - children come from a peak crossover (the densest window of one parent, after Valls et al.
 *   2008) or Hartmann's two-point crossover, then random shifts (0 to 8 on a small network, 0
 *   to 3 on a large one) and a shift of a zero-slack activity; steady state, binary
 *   tournaments, the worst member replaced, no clones; members right-justified only rank by
 *   makespan, then by their tie in mirrored time (their forward tie is not that of the
 *   schedule returned);
 * - the father is the one of two tournament winners whose schedule lies farther from the
 *   mother's (dissimilar mating);
 * - on the plain fast path every child is decoded as a parameterised active schedule (after
 *   Gonçalves, Mendes and Resende): the list's next activity goes next unless it would start
 *   more than a random delay after another placeable one could, and then the first in the list
 *   of those that start within the delay goes; the backward pass of its justification is one
 *   too, in mirrored time, with a delay of its own; on a large network each child draws its
 *   delays under a bound inherited from its mother and adapted (a self-adaptive parameter);
 * - every decoded list is double-justified (Valls et al. 2005) and the child carries the
 *   justified list, except on the plain fast path with budgets up to 5,000: there a child is
 *   only right-justified (its backward pass: two schedules a child instead of three, so more
 *   children; the forward schedule stands when the bounded pass comes out longer), and only a
 *   child that may be a new best is packed to the left as well (it becomes the best only if the
 *   packed schedule is better); a new best schedule is justified again while that shortens it;
 * - on a large network on the fast path, once the population is full, a child whose schedule
 *   comes out more than 3% longer than every member is dropped unjustified: it seldom joins
 *   once justified, and the one or two passes saved make more children;
 * - on the plain fast path the search runs both ways: on the problem and on its mirror image in
 *   time (some networks pack better from the end). Each direction gets a share of the
 *   budget (a quarter from 5,000 schedules up, down to 0.15 for shorter searches);
 *   the better one gets the rest;
 * - where members rank by float (double-justified parameterised active children) and the
 *   budget is 50,000 schedules or more, a search that goes 8,000 schedules without a shorter
 *   best keeps its fittest member and samples the rest of the population again.
 */
import { crossover, listByKeys, sampleList, shiftCritical, shiftOne, type ListNetwork } from './lists.js';
import type { Random } from './random.js';

export interface SearchDecoder {
  /** Schedules a precedence-feasible list; returns the makespan, or -1 when it cannot. */
  decode(list: Int32Array): number;
  /** Tie-break objective of the last decode (weighted sum of finishes). */
  readonly tie: number;
  /** Starts of the last decoded schedule. */
  readonly start: Int32Array;
  /**
   * Double justification of the schedule just decoded from `list`: a backward and a forward
   * pass (two schedules). Writes the resulting list into `out` and returns its makespan. With a
   * delay (where decodeBounded is offered), the backward pass is a parameterised active schedule
   * in mirrored time, and the result may come out longer than the schedule justified.
   */
  justify?(list: Int32Array, out: Int32Array, delay?: number): number;
  /**
   * Right-justification alone, the backward pass of `justify` (one schedule), of the schedule just
   * decoded from `list`: writes the list by increasing start of the right-justified schedule into
   * `out` and returns its makespan; start, tie, slack and signature then describe that schedule.
   * With a delay, the backward pass is a parameterised active schedule in mirrored time (as
   * decodeBounded), which may come out longer than the forward schedule.
   */
  rightJustify?(list: Int32Array, out: Int32Array, delay?: number): number;
  /** After rightJustify: start, tie and signature describe the forward schedule again. */
  forwardView?(): void;
  /** After justify or rightJustify: right- minus left-justified start per activity (0 = no slack). */
  readonly slack?: Int32Array;
  /** Resource utilisation per slot of a schedule, for the peak crossover. */
  utilisation?(start: Int32Array, makespan: number): Float64Array;
  /**
   * A parameterised active schedule of the list: of the activities whose predecessors are placed,
   * those that can start within `delay` slots of the earliest possible start compete, and the
   * first in the list goes next. Writes the order placed into `out`, which may be `list` itself;
   * one schedule, like decode.
   */
  decodeBounded?(list: Int32Array, delay: number, out: Int32Array): number;
  /** The longest activity's span: the scale of those delays. */
  readonly longestSpan?: number;
  /** A signature of the last decoded schedule, to keep the population free of clones. */
  signature(): number;
}

export interface Individual {
  readonly list: Int32Array;
  readonly makespan: number;
  readonly tie: number;
  readonly signature: number;
  readonly slack?: Int32Array;
  readonly start?: Int32Array;
  /**
   * Where children are right-justified only: the sum over the activities of makespan minus
   * start. A right-justified schedule is a left-justified one in mirrored time, and this is its
   * tie-break there (finishes summed in mirrored time).
   */
  readonly mirroredTie?: number;
  /**
   * The delay bound, in longest spans, its passes drew their delays under (parameterised active
   * schedules); absent for the first population, whose passes drew under the tuning's bound.
   */
  readonly delaySpans?: number;
  /** Where the tuning ranks members by it: the float of its double justification (summedFloat). */
  readonly float?: number;
}

export interface SearchSettings {
  readonly budget: number;
  /** Stop as soon as a schedule reaches this makespan (a lower bound). */
  readonly lowerBound: number;
  /** The caller's limit (a time limit): true stops the search before its next child. */
  readonly stop?: () => boolean;
}

/** One way of searching a problem: its network, serial scheme, first list and sampling values. */
export interface Direction {
  readonly net: ListNetwork;
  readonly decoder: SearchDecoder;
  readonly base: Int32Array;
  /** Priority values for biased sampling (smaller = earlier), e.g. latest finish times. */
  readonly samplingValue: ArrayLike<number>;
}

/** Tuning, chosen on PSPLIB J30/J120 samples over several seeds (see docs/scheduling.md). */
const POPULATION = 40;
/**
 * The budget the search was tuned at: above it the population grows by POPULATION_GROWTH per
 * tenfold budget; below it a large network's short search keeps fewer members and each
 * direction's share of the budget shrinks.
 */
const TUNED_BUDGET = 5000;
const POPULATION_GROWTH = 80;
/** Activities (dummies included: PSPLIB J30 has 32, J60 62, J90 92) up to which a network counts as small. */
const SMALL_NETWORK = 75;
/** Random shifts a child gets: 0 to 8 on a small network, 0 to 3 on a large one. */
const SMALL_SHIFTS = 9;
const LARGE_SHIFTS = 4;
const CRITICAL_SHIFT = 0.5;
const PEAK_SHARE = 0.5;
const PEAK_MIN = 0.2;
const PEAK_MAX = 0.5;
/** Each direction's share of the budget from 5,000 schedules up, and below: 0.15 less per tenfold budget, down to 0.15 (directionShare). */
const DIRECTION_SHARE = 0.25;
const DIRECTION_SHARE_GROWTH = 0.15;
const DIRECTION_SHARE_MIN = 0.15;
/** The delay of a parameterised active schedule: uniform from 0 up to this many times the longest span. */
const BOUNDED_DELAY = 3;
/** The same for a small network up to 5,000 schedules, where shorter delays find more optima (PSPLIB J30). */
const SMALL_BOUNDED_DELAY = 1.5;
/** Budget up to which children are right-justified only, where the decoder can (PSPLIB J30 to J120). */
const RIGHT_ONLY_BUDGET = 5000;
/** A child's delay bound is its mother's times e^(DELAY_STEP z), within these bounds (inheritedSpans). */
const DELAY_STEP = 0.3;
const LEAST_DELAY_SPANS = 0.1;
const MOST_DELAY_SPANS = 8;
/**
 * A large network's child whose schedule comes out more than this factor longer than the
 * population's longest member is not justified (tooLongToJustify).
 */
const JUSTIFY_WITHIN = 1.03;
/** A small network's population above 2,000 schedules, where it converges early. */
const SMALL_POPULATION = 60;
const SMALL_POPULATION_BUDGET = 2000;
/** The least population of a large network's short search (shortSearchPopulation). */
const SHORT_POPULATION_MIN = 20;
/**
 * Schedules without a shorter best after which a search whose members rank by float keeps its
 * fittest member and samples the rest again (Search.restart), from a budget of RESTART_BUDGET
 * up: restarts gain at 50,000 schedules and lose a little at 20,000, where less of the budget
 * is left to breed from the fresh samples (PSPLIB J120: docs/scheduling.md).
 */
const RESTART_AFTER = 8000;
const RESTART_BUDGET = 50_000;
/** Samples a restart tries per place in the population. */
const RESTART_TRIES = 4;

/**
 * The population for a budget: 40 up to 5,000 schedules (tuned there), then 80 more for each
 * tenfold budget (120 at 50,000), since a longer search gains from keeping more variety before
 * it converges (PSPLIB samples at 50,000: docs/scheduling.md).
 */
export function populationFor(budget: number): number {
  return budget <= TUNED_BUDGET ? POPULATION : Math.round(POPULATION + POPULATION_GROWTH * Math.log10(budget / TUNED_BUDGET));
}

/**
 * A large network's population where its children are right-justified only and the budget is
 * below 5,000 schedules: 40 times the square root of the budget's share of 5,000, at least 20
 * (25 at 2,000, 20 at 1,000). A short search has few children to spend, and a smaller
 * population lets them build on the best sooner (PSPLIB J90 and J120: docs/scheduling.md).
 */
export function shortSearchPopulation(budget: number): number {
  if (budget >= TUNED_BUDGET) return populationFor(budget);
  return Math.max(SHORT_POPULATION_MIN, Math.round(POPULATION * Math.sqrt(budget / TUNED_BUDGET)));
}

/**
 * The share of the budget each direction searches before the better one gets the rest: a
 * quarter from 5,000 schedules up; below, 0.15 less per tenfold budget, down to 0.15 at 1,000
 * schedules and fewer. A short search gains more from the schedules left to the winner than
 * from a surer choice of it (PSPLIB J30 to J120: docs/scheduling.md).
 */
export function directionShare(budget: number): number {
  const share = DIRECTION_SHARE + DIRECTION_SHARE_GROWTH * Math.log10(budget / TUNED_BUDGET);
  return Math.min(DIRECTION_SHARE, Math.max(DIRECTION_SHARE_MIN, share));
}

/** How a search breeds: the tuning that follows the network's size and the budget. */
export interface SearchTuning {
  readonly population: number;
  /** A child gets 0 up to one less than this many random shifts. */
  readonly shifts: number;
  /** Children are right-justified only (where the decoder can), not double-justified. */
  readonly rightOnly: boolean;
  /** A parameterised active schedule's delay is drawn from 0 up to this many times the longest span. */
  readonly delaySpans: number;
  /** Each child inherits its mother's delay bound, adapted (inheritedSpans), instead of delaySpans. */
  readonly adaptsDelay: boolean;
  /**
   * Once the population is full, a child is justified only when its schedule is at most this
   * many times as long as the population's longest member (Infinity: always).
   */
  readonly justifyWithin: number;
  /** Members of one makespan rank by their float (summedFloat), the most first, before their tie. */
  readonly ranksByFloat: boolean;
  /** Schedules without a shorter best after which the population starts again from its fittest member (Infinity: never). */
  readonly restartsAfter: number;
}

/**
 * The tuning for a network of n activities and a budget, for a decoder that can right-justify
 * alone or not and makes parameterised active schedules (bounded) or not. A small network's
 * population converges early (on J30 at 5,000 schedules about half the children repeat a
 * member), so it needs variety: up to 8 shifts a child, and above 2,000 schedules 60 members;
 * up to 5,000 schedules its children's delays reach 1.5 spans, not 3, which finds more of the
 * J30 optima. A large network's search is far from converged, and gains from children near
 * their parents: up to 3 shifts, below 5,000 schedules a smaller population where its
 * children are right-justified and, where its children are parameterised active schedules,
 * delay bounds each child inherits from its mother and adapts (so the bounds that make good
 * schedules for the instance spread) and no justification for a child far longer than every
 * member. Right-justifying a child alone makes more children; that pays up to 5,000
 * schedules, and double-justifying each child pays beyond, where members of one makespan then
 * rank by their float if children are parameterised active schedules; from 50,000 schedules
 * up such a population starts again from its fittest member after 8,000 schedules without a
 * shorter best (PSPLIB J30 to J120: docs/scheduling.md).
 */
export function searchTuning(n: number, budget: number, rightJustifies: boolean, bounded = true): SearchTuning {
  const small = n <= SMALL_NETWORK;
  const adapts = !small && bounded;
  const rightOnly = rightJustifies && budget <= RIGHT_ONLY_BUDGET;
  const smallPopulation = budget > SMALL_POPULATION_BUDGET ? Math.max(SMALL_POPULATION, populationFor(budget)) : populationFor(budget);
  const largePopulation = rightOnly ? shortSearchPopulation(budget) : populationFor(budget);
  const ranksByFloat = bounded && !rightOnly;
  return {
    population: small ? smallPopulation : largePopulation,
    shifts: small ? SMALL_SHIFTS : LARGE_SHIFTS,
    rightOnly,
    delaySpans: small && budget <= TUNED_BUDGET ? SMALL_BOUNDED_DELAY : BOUNDED_DELAY,
    adaptsDelay: adapts,
    justifyWithin: adapts ? JUSTIFY_WITHIN : Infinity,
    ranksByFloat,
    restartsAfter: ranksByFloat && budget >= RESTART_BUDGET ? RESTART_AFTER : Infinity,
  };
}

/** Shorter makespan (of the stage's work when the classes are scheduled in stages), then the tie. */
export function better(a: Individual, b: Individual): boolean {
  return a.makespan < b.makespan || (a.makespan === b.makespan && a.tie < b.tie - 1e-9);
}

/**
 * How members rank in the population (tournaments, the worst replaced). Where children are
 * right-justified only, a member's tie is that of a schedule pushed to the end, not of the
 * packed one the search would return; so members rank by makespan, then by the tie measured in
 * mirrored time, which favours work packed toward the end as the forward tie favours work
 * packed toward the start (PSPLIB J60 and J120: docs/scheduling.md). Where members carry their
 * float (summedFloat), those of one makespan rank by it, the most first, before any tie. The
 * best is still chosen by makespan, then tie.
 */
export function fitterMember(a: Individual, b: Individual, rightOnly: boolean): boolean {
  if (a.makespan === b.makespan && a.float !== undefined && b.float !== undefined && a.float !== b.float) return a.float > b.float;
  if (!rightOnly) return better(a, b);
  if (a.makespan !== b.makespan || a.mirroredTie === undefined || b.mirroredTie === undefined) return a.makespan < b.makespan;
  return a.mirroredTie < b.mirroredTie;
}

/**
 * A schedule's float: the sum over its activities of the square root of how far each could
 * start later within the right-justified schedule of the same makespan (the slack of its double
 * justification). Of members as short, the one with more float has more room to move, and its
 * children find a shorter schedule more often than those of the most tightly packed; the root
 * values a little room for many activities above much room for a few (PSPLIB J120 at 50,000
 * schedules: docs/scheduling.md).
 */
export function summedFloat(slack: Int32Array): number {
  let sum = 0;
  for (let j = 0; j < slack.length; j++) if (slack[j] > 0) sum += Math.sqrt(slack[j]);
  return sum;
}

/** The sum over activities of makespan minus start: finishes summed in mirrored time. */
export function mirroredTieOf(start: Int32Array, makespan: number): number {
  let sum = 0;
  for (let j = 0; j < start.length; j++) sum += makespan - start[j];
  return sum;
}

/** Whether a makespan is more than `within` times the longest member's (never with Infinity). */
export function tooLongAmong(makespan: number, members: readonly Individual[], within: number): boolean {
  if (within === Infinity) return false;
  let longest = 0;
  for (const m of members) if (m.makespan > longest) longest = m.makespan;
  return makespan > within * longest;
}

/** Summed differences between two schedules' starts. */
export function startDistance(a: Int32Array, b: Int32Array): number {
  let d = 0;
  for (let j = 0; j < a.length; j++) d += Math.abs(a[j] - b[j]);
  return d;
}

/**
 * Of two candidate fathers, the one whose schedule lies farther from the mother's (the first on
 * equal distance, or when a schedule's starts are not known).
 */
export function fartherFrom(mother: Individual, first: Individual, second: Individual): Individual {
  if (!mother.start || !first.start || !second.start) return first;
  return startDistance(second.start, mother.start) > startDistance(first.start, mother.start) ? second : first;
}

class Search {
  used = 0;
  /** Schedules this search may generate; the bidirectional driver moves it. */
  limit: number;
  best: Individual | undefined;
  readonly population: Individual[] = [];
  private readonly signatures = new Set<number>();
  private readonly seen: Uint8Array;
  readonly position: Int32Array;
  readonly tuning: SearchTuning;
  /** Schedules a child costs: its pass, and its right-justification or double justification. */
  readonly cost: number;
  /** The delay bound of the child being made, in longest spans; -1 before the first child (the tuning's bound). */
  childSpans = -1;

  constructor(
    readonly direction: Direction,
    readonly settings: SearchSettings,
    readonly random: Random,
  ) {
    this.seen = new Uint8Array(direction.net.n);
    this.position = new Int32Array(direction.net.n);
    this.limit = settings.budget;
    this.tuning = searchTuning(direction.net.n, settings.budget, direction.decoder.rightJustify !== undefined, direction.decoder.decodeBounded !== undefined);
    this.cost = this.tuning.rightOnly ? 2 : direction.decoder.justify ? 3 : 1;
  }

  canAfford(): boolean {
    if (this.used + this.cost > this.limit || (this.best !== undefined && this.best.makespan <= this.settings.lowerBound)) return false;
    return this.settings.stop === undefined || !this.settings.stop();
  }

  /**
   * Decodes (as a parameterised active schedule when a delay is given), then justifies when the
   * budget allows; undefined when the list cannot be scheduled, or when its schedule is too long
   * to be worth justifying (tooLongToJustify).
   */
  evaluate(list: Int32Array, delay = -1): Individual | undefined {
    const decoder = this.direction.decoder;
    let makespan: number;
    // The child's list becomes the order placed, which the serial scheme decodes to the same schedule.
    if (delay >= 0 && decoder.decodeBounded) makespan = decoder.decodeBounded(list, delay, list);
    else makespan = decoder.decode(list);
    this.used++;
    if (makespan < 0 || this.tooLongToJustify(makespan)) return undefined;
    // Room for the backward pass and, should it give a new best, the forward pass that completes it.
    if (this.tuning.rightOnly && this.used + 2 <= this.limit) return this.rightJustified(list, makespan);
    let out = list;
    let slack: Int32Array | undefined;
    // Room for both passes and, should they lengthen the schedule, one replay of the list.
    if (decoder.justify && this.used + 3 <= this.limit) {
      const justified = new Int32Array(list.length);
      const m = decoder.justify(list, justified, justifyDelay(this));
      this.used += 2;
      // A serial justification does not lengthen a plain schedule; a bounded one can, and so can
      // calendars and reassignment, and then the forward schedule is restored.
      if (m >= 0 && m <= makespan) {
        makespan = m;
        out = justified;
        slack = decoder.slack?.slice();
      } else {
        makespan = decoder.decode(list);
        this.used++;
      }
    }
    return this.promoted(this.snapshot(out, makespan, slack));
  }

  /**
   * Whether a schedule just decoded is too much longer than every member to be worth its
   * justification: where children are parameterised active schedules (the fast path) on a
   * large network, a child more than 3% longer than the longest member seldom joins even once
   * justified, and the one or two passes saved make more children (PSPLIB J90 and J120:
   * docs/scheduling.md). Not while the population fills.
   */
  private tooLongToJustify(makespan: number): boolean {
    if (this.population.length < this.tuning.population) return false;
    return tooLongAmong(makespan, this.population, this.tuning.justifyWithin);
  }

  /** A new best schedule becomes the best, justified again when it was justified; any other is returned as it is. */
  private promoted(ind: Individual): Individual {
    if (this.best !== undefined && !better(ind, this.best)) return ind;
    this.best = ind;
    return ind.slack ? this.justifyAgain(ind) : ind;
  }

  /**
   * The child as its right-justified schedule: one backward pass instead of a double
   * justification, so a child costs two schedules, not three, and the budget makes half as many
   * children again. Only a new best is also packed to the left (one more pass, which double
   * justification would have spent anyway) and then justified again while that shortens it.
   */
  private rightJustified(list: Int32Array, makespan: number): Individual {
    const decoder = this.direction.decoder;
    const out = new Int32Array(list.length);
    const m = decoder.rightJustify?.(list, out, backwardDelay(this)) ?? -1;
    this.used++;
    // Should the backward pass fail, the decoder still describes the forward schedule, which stands.
    if (m < 0) return this.promoted(this.snapshot(list, makespan));
    // A serial backward pass never lengthens a schedule; a bounded one can, and then the forward
    // schedule stands too.
    if (m > makespan && decoder.forwardView) {
      decoder.forwardView();
      return this.promoted(this.snapshot(list, makespan));
    }
    const right = this.snapshot(out, m, decoder.slack?.slice());
    if (this.best !== undefined && !better(right, this.best)) return right;
    const packed = decoder.decode(out);
    this.used++;
    // On an equal makespan the right-justified tie only hints; the packed schedule's own tie decides.
    return this.promoted(this.snapshot(out, packed, right.slack));
  }

  /** The schedule the decoder describes, as a member with the given list, makespan and slack. */
  private snapshot(list: Int32Array, makespan: number, slack?: Int32Array): Individual {
    const decoder = this.direction.decoder;
    const start = decoder.utilisation ? decoder.start.slice() : undefined;
    const mirrored = this.tuning.rightOnly && start ? { mirroredTie: mirroredTieOf(start, makespan) } : {};
    const delay = this.childSpans >= 0 ? { delaySpans: this.childSpans } : {};
    const float = slack && this.tuning.ranksByFloat ? { float: summedFloat(slack) } : {};
    return { list, makespan, tie: decoder.tie, signature: decoder.signature(), slack, start, ...mirrored, ...delay, ...float };
  }

  /**
   * A new best schedule, justified back and forth again (two schedules a time) while that
   * shortens it. The decoder still holds its forward schedule, so no replay is needed.
   */
  private justifyAgain(ind: Individual): Individual {
    const decoder = this.direction.decoder;
    while (decoder.justify && this.used + 2 <= this.limit && ind.makespan > this.settings.lowerBound) {
      const out = new Int32Array(ind.list.length);
      const makespan = decoder.justify(ind.list, out);
      this.used += 2;
      const next = this.snapshot(out, makespan, decoder.slack?.slice());
      if (makespan < 0 || !better(next, ind)) break;
      ind = next;
      this.best = ind;
    }
    return ind;
  }

  /** Joins the population if new and better than its worst member (or while it is not full). */
  offer(ind: Individual): void {
    if (this.signatures.has(ind.signature)) return;
    const pop = this.population;
    if (pop.length < this.tuning.population) {
      pop.push(ind);
      this.signatures.add(ind.signature);
      return;
    }
    let worst = 0;
    for (let k = 1; k < pop.length; k++) if (this.fitter(pop[worst], pop[k])) worst = k;
    if (!this.fitter(ind, pop[worst])) return;
    this.signatures.delete(pop[worst].signature);
    pop[worst] = ind;
    this.signatures.add(ind.signature);
  }

  /**
   * Keeps the fittest member and fills the population again with biased samples, as the first
   * population was filled, within the budget. A population that has bred thousands of children
   * without a shorter best has converged around its members; fresh samples bred with the best
   * reach schedules its children no longer do (PSPLIB J120 at 50,000: docs/scheduling.md).
   * Unlike the first population's, the samples' justifications draw their delays under the
   * bound the population has adapted to (the last child's), and the samples carry it on.
   */
  restart(): void {
    const pop = this.population;
    let fittest = pop[0];
    for (const member of pop) if (this.fitter(member, fittest)) fittest = member;
    this.signatures.clear();
    this.signatures.add(fittest.signature);
    pop.length = 0;
    pop.push(fittest);
    const { net, samplingValue } = this.direction;
    // Samples that repeat a member or do not schedule join no one; a bound on the tries ends the refill.
    for (let tries = 0; pop.length < this.tuning.population && this.canAfford() && tries < RESTART_TRIES * this.tuning.population; tries++) {
      const ind = this.evaluate(sampleList(net, samplingValue, this.random));
      if (ind) this.offer(ind);
    }
  }

  /** Whether member a ranks above b in this search's population. */
  fitter(a: Individual, b: Individual): boolean {
    return fitterMember(a, b, this.tuning.rightOnly);
  }

  tournament(): Individual {
    const pop = this.population;
    const a = pop[this.random.below(pop.length)];
    const b = pop[this.random.below(pop.length)];
    return this.fitter(a, b) ? a : b;
  }

  /**
   * The father for a mother: the farther of two tournament winners. Recombining distant members
   * keeps the children varied while the population converges (PSPLIB J120: docs/scheduling.md).
   * Without starts (the general scheme keeps none) the first winner, as a plain tournament.
   */
  fatherFor(mother: Individual): Individual {
    const first = this.tournament();
    return mother.start ? fartherFrom(mother, first, this.tournament()) : first;
  }

  /** Hartmann's two-point crossover. */
  twoPoint(mother: Int32Array, father: Int32Array): Int32Array {
    const n = this.direction.net.n;
    const q1 = this.random.below(n);
    const q2 = q1 + this.random.below(n - q1 + 1);
    return crossover(mother, father, q1, q2, this.seen, new Int32Array(n));
  }

  /**
   * Peak crossover: the father's activities starting in his densest window (highest summed
   * utilisation over a random 20-50% of his makespan) keep his order; those before and after
   * follow the mother's. Repaired through the priority queue, so it stays precedence-feasible.
   */
  peak(mother: Individual, father: Individual): Int32Array {
    const { net, decoder } = this.direction;
    if (!father.start || !decoder.utilisation || father.makespan <= 1) return this.twoPoint(mother.list, father.list);
    const n = net.n;
    const load = decoder.utilisation(father.start, father.makespan);
    const T = father.makespan;
    const len = Math.max(1, Math.floor(T * (PEAK_MIN + (PEAK_MAX - PEAK_MIN) * this.random.next())));
    let sum = 0;
    for (let t = 0; t < len; t++) sum += load[t];
    let bestSum = sum;
    let from = 0;
    for (let t = len; t < T; t++) {
      sum += load[t] - load[t - len];
      // Equal windows: a coin decides, so the crossover does not always favour the end.
      if (sum > bestSum + 1e-9 || (sum > bestSum - 1e-9 && this.random.next() < 0.5)) {
        bestSum = sum;
        from = t - len + 1;
      }
    }
    const key = new Float64Array(n);
    const rank = new Int32Array(n);
    for (let k = 0; k < n; k++) rank[mother.list[k]] = k;
    for (let k = 0; k < n; k++) {
      const j = father.list[k];
      const s = father.start[j];
      key[j] = s < from ? rank[j] : s < from + len ? n + k : 2 * n + rank[j];
    }
    return listByKeys(net, key, rank, new Int32Array(n));
  }
}

/** Decodes the base list and fills the population with samples; false when nothing schedules. */
function seedPopulation(search: Search): boolean {
  const { base, net, samplingValue } = search.direction;
  const first = search.evaluate(base);
  if (!first) return false;
  search.offer(first);
  const size = Math.max(2, Math.min(search.tuning.population, Math.floor(search.settings.budget / (search.cost * 25))));
  while (search.population.length < size && search.canAfford()) {
    const ind = search.evaluate(sampleList(net, samplingValue, search.random));
    if (ind) search.offer(ind);
  }
  return true;
}

/**
 * Breeds children until the budget is spent, restarting the population from its fittest member
 * after the tuning's number of schedules without a shorter best.
 */
function evolve(search: Search): void {
  let shortest = search.best?.makespan ?? Infinity;
  let improvedAt = search.used;
  while (search.canAfford()) {
    const makespan = search.best?.makespan ?? Infinity;
    if (makespan < shortest) {
      shortest = makespan;
      improvedAt = search.used;
    } else if (search.used - improvedAt > search.tuning.restartsAfter) {
      search.restart();
      improvedAt = search.used;
      continue;
    }
    breed(search);
  }
}

/** One child from two parents: crossover, shifts, its delay bound, then evaluated and offered. */
function breed(search: Search): void {
  const { random, position } = search;
  const net = search.direction.net;
  const mother = search.tournament();
  const father = search.fatherFor(mother);
  const child = random.next() < PEAK_SHARE ? search.peak(mother, father) : search.twoPoint(mother.list, father.list);
  const shifts = random.below(search.tuning.shifts);
  for (let m = 0; m < shifts; m++) shiftOne(net, child, random, position);
  if (mother.slack && random.next() < CRITICAL_SHIFT) shiftCritical(net, child, mother.slack, random, position);
  if (search.tuning.adaptsDelay) search.childSpans = inheritedSpans(mother.delaySpans ?? search.tuning.delaySpans, random);
  const ind = search.evaluate(child, childDelay(search));
  if (ind) search.offer(ind);
}

/**
 * The delay of a child's parameterised active schedule, or -1 for the serial scheme. Letting an
 * activity wait for work later in the list that can start sooner reaches schedules the serial
 * scheme does not make from lists near the parents' (PSPLIB J120: docs/scheduling.md).
 */
function childDelay(search: Search): number {
  return search.direction.decoder.decodeBounded ? randomDelay(search) : -1;
}

/**
 * A child's delay bound: its mother's, times a lognormal step (e^(0.3 z), z standard normal),
 * kept within 0.1 to 8 spans. Each member carries the bound its schedule was made with, so the
 * bounds that make good schedules spread through the population: a self-adaptive parameter, as
 * evolution strategies adapt their step sizes, instead of one bound for every instance.
 */
export function inheritedSpans(mother: number, random: Random): number {
  const z = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  return Math.min(MOST_DELAY_SPANS, Math.max(LEAST_DELAY_SPANS, mother * Math.exp(DELAY_STEP * z)));
}

/** A delay drawn uniformly from 0 up to the child's bound (the tuning's for the first population) times the longest span. */
function randomDelay(search: Search): number {
  const spans = search.childSpans >= 0 ? search.childSpans : search.tuning.delaySpans;
  return Math.floor(search.random.next() * spans * (search.direction.decoder.longestSpan ?? 0));
}

/**
 * The delay of the backward pass that right-justifies a list alone (a child, or a list of the
 * first population), or -1 for the serial scheme: every such pass is a parameterised active
 * schedule in mirrored time, its delay drawn as a forward one's. Right-justified schedules
 * that the serial backward pass does not make give the population more variety (PSPLIB J120:
 * docs/scheduling.md).
 */
function backwardDelay(search: Search): number {
  return search.direction.decoder.forwardView ? randomDelay(search) : -1;
}

/**
 * The delay of a double justification's backward pass, or -1 for the serial scheme: where the
 * decoder makes parameterised active schedules, every list's justification starts with one in
 * mirrored time, as a right-justification alone does (PSPLIB J120 at 50,000: docs/scheduling.md).
 */
function justifyDelay(search: Search): number {
  return search.direction.decoder.decodeBounded ? randomDelay(search) : -1;
}

/** One direction (the general scheme): seed, then evolve with the whole budget. */
export function searchSchedules(direction: Direction, settings: SearchSettings, random: Random): Individual | undefined {
  const search = new Search(direction, settings, random);
  if (!seedPopulation(search)) return undefined;
  evolve(search);
  return search.best;
}

/**
 * Both directions: each seeds and evolves on its share of the budget (directionShare), then
 * the one holding the better schedule evolves on everything left. Returns the best and its
 * direction index.
 */
export function searchBothWays(directions: readonly [Direction, Direction], settings: SearchSettings, random: Random): { best: Individual; direction: number } | undefined {
  const searches = directions.map((d) => new Search(d, settings, random));
  const share = directionShare(settings.budget);
  let spent = 0;
  searches.forEach((search, k) => {
    search.limit = Math.max(k === 0 ? 1 : 0, Math.floor(settings.budget * share * (k + 1)) - spent);
    if (search.limit > 0 && seedPopulation(search)) evolve(search);
    spent += search.used;
  });
  // Ties compare finishes in each direction's own time, so only a shorter makespan counts here.
  let chosen = -1;
  searches.forEach((s, k) => {
    if (s.best && (chosen < 0 || s.best.makespan < (searches[chosen].best as Individual).makespan)) chosen = k;
  });
  if (chosen < 0) return undefined;
  const search = searches[chosen];
  search.limit = search.used + (settings.budget - spent);
  evolve(search);
  return { best: search.best as Individual, direction: chosen };
}
