/**
 * The contract between the scheduler and everything that reads a schedule (checker, analysis,
 * renderers, Monte Carlo). Time is in working slots of the plan's project calendar: slot 0 is
 * the first working slot on or after `model.start`; weekends and holidays have no slot at all.
 * Freezes and time off are slots that exist but where (some) work may not happen.
 */
import type { Diagnostic } from '../diag/index.js';
import type { LinkType } from '../model/index.js';

export interface ScheduledActivity {
  readonly id: string;
  /** First slot of work, inclusive. */
  readonly start: number;
  /** Slot after the last slot of work (exclusive); equals `start` for gates and milestones. */
  readonly finish: number;
  /** The resource meeting each of the activity's demands, in demand order. */
  readonly assignees: readonly string[];
  /**
   * Worked intervals [from, to). One interval unless the activity is splittable and paused
   * around time off or a freeze. Empty for zero-length activities.
   */
  readonly segments: readonly (readonly [number, number])[];
  /**
   * Work below one slot takes one slot but only this share of each assignee's units in it
   * (0..1; a 2-hour task in an 8-hour day plan: 0.25). Absent for work in whole slots.
   */
  readonly share?: number;
  /**
   * Hand-offs (a task with `handoff`): who works each part, in order, covering start to finish;
   * the work passes from one crew to the next at each part's start. Absent when one crew
   * (`assignees`) does all of it.
   */
  readonly crews?: readonly ScheduledCrew[];
}

/** One part of handed-off work: the people working [from, to). */
export interface ScheduledCrew {
  readonly from: number;
  readonly to: number;
  readonly assignees: readonly string[];
}

/**
 * One occurrence of recurring work: the `index`-th period from the work's first slot, so it
 * starts at first slot + index x every; periods where nobody who may do it is working have none.
 */
export interface ScheduledOccurrence {
  readonly recurring: string;
  readonly index: number;
  readonly start: number;
  readonly finish: number;
  readonly assignees: readonly string[];
  /** As ScheduledActivity.share: below 1 when each occurrence is shorter than a slot. */
  readonly share?: number;
}

export interface Schedule {
  /** Scheduled activities in model order; `wont` activities are never scheduled. */
  readonly activities: readonly ScheduledActivity[];
  /** Occurrences of recurring work, by recurring item in model order, then by start. */
  readonly occurrences?: readonly ScheduledOccurrence[];
  /** Finish of the last activity, in slots from slot 0. */
  readonly makespan: number;
}

/** A driving predecessor link: the activity starts (FF, SF: finishes) where the link puts it. */
export interface LinkDriver {
  readonly kind: 'link';
  readonly from: string;
  readonly type: LinkType;
  readonly lag: number;
}

/** A hand-over: the activity that held the person or pool until this one could start. */
export interface HandoffDriver {
  readonly kind: 'handoff';
  readonly from: string;
  readonly resource: string;
}

/**
 * Why an activity starts when it does, or why a critical chain waits:
 * - `start`: the plan start; nothing held it;
 * - `link` / `handoff`: the predecessor or the earlier holder of a person or pool;
 * - `calendar`: a person or pool had no time for the plan (`off`: time off or out of shift;
 *   `committed`: other work takes all of it);
 * - `freeze`: a freeze blocked the work;
 * - `status`: a re-plan places work still to do from the status's day on (`as-of`), or after
 *   the day its blocker clears (`blocked`);
 * - `date`: the activity's own date held it (`not-before`: its earliest start; `on`: its fixed date);
 * - `none`: nothing explains the wait (the schedule left the activity later than it had to).
 */
export type Driver =
  | { readonly kind: 'start' }
  | LinkDriver
  | HandoffDriver
  | { readonly kind: 'calendar'; readonly resource: string; readonly cause: 'off' | 'committed' }
  | { readonly kind: 'freeze'; readonly freeze: string }
  | { readonly kind: 'status'; readonly cause: 'as-of' | 'blocked' }
  | { readonly kind: 'date'; readonly constraint: 'not-before' | 'on' }
  | { readonly kind: 'none' };

/**
 * One step of a critical chain, in slots. Consecutive activities meet exactly: `via` is a tight
 * link or a hand-over at the moment the earlier one released the person or pool; otherwise the
 * gap between them is covered by waits, each for a reason that holds in every slot of it. A
 * chain's first wait runs from the plan start and names what held its first activity until it
 * started.
 */
export type ChainStep =
  | { readonly kind: 'activity'; readonly id: string; readonly start: number; readonly finish: number; readonly via?: LinkDriver | HandoffDriver }
  | { readonly kind: 'wait'; readonly from: number; readonly to: number; readonly reason: Driver };

export type CriticalChain = readonly ChainStep[];

export interface ActivityTiming {
  readonly id: string;
  readonly earlyStart: number;
  readonly earlyFinish: number;
  readonly lateStart: number;
  readonly lateFinish: number;
  readonly totalFloat: number;
  readonly freeFloat: number;
  /** Zero total float: a chain of driving constraints leads from it to the finish. */
  readonly critical: boolean;
  readonly drivenBy: Driver;
}

/** Float and criticality of a resource-feasible schedule (precedence plus resource sequencing). */
export interface ScheduleTiming {
  readonly activities: readonly ActivityTiming[];
  /**
   * The driving chains from the plan start to the finish. Every critical activity lies on one;
   * when the chains are too many to list, the first few are kept and one more per activity left out.
   */
  readonly chains: readonly CriticalChain[];
}

export interface ScheduleOptions {
  /** Budget of generated schedules for the improvement search (>= 1). */
  readonly schedules: number;
  readonly seed: number;
  /**
   * Asked between generated schedules: true ends the search early with the best schedule so far.
   * The caller's time limit lives here (the core reads no clock); the first schedule, the
   * priority rule's, is always made. A plan searched with one depends on the machine's speed.
   */
  readonly stop?: () => boolean;
}

export interface ScheduleResult {
  /** Absent when the plan cannot be scheduled at all; `diagnostics` then says why. */
  readonly schedule?: Schedule;
  readonly diagnostics: readonly Diagnostic[];
}

/** One broken rule found by the independent checker. */
export interface Violation {
  readonly rule: 'precedence' | 'capacity' | 'calendar' | 'time-off' | 'shift' | 'max-hours' | 'rest' | 'role' | 'freeze' | 'skill' | 'assignment' | 'work' | 'missing' | 'pinned' | 'date';
  readonly activity: string;
  readonly message: string;
  readonly slot?: number;
  readonly resource?: string;
}

/**
 * What a status fixes before a re-plan (docs/tracking.md), in slots of the plan's calendar.
 * The scheduler places only the work still to do, from `from` on; the checker holds the pinned
 * activities to their pins and everything else to `from` and the waits.
 */
export interface Progress {
  /** The first slot of the re-plan: nothing is worked before it but what the status records. */
  readonly from: number;
  /** Done and in-progress activities. */
  readonly pinned: readonly PinnedActivity[];
  /** Blocked work, which may go on only from `until`. */
  readonly waits: readonly { readonly id: string; readonly until: number }[];
}

export interface PinnedActivity {
  readonly id: string;
  /** The first slot of work, as the status records it. */
  readonly start: number;
  /** Done: the slot after the last one worked. In progress: absent; the model's work is what remains. */
  readonly finish?: number;
  /** Who did it or does it; absent when the status does not say and the plan picks by skill. */
  readonly assignees?: readonly string[];
}

/**
 * An activity as the parts its crews work, each a ScheduledActivity of its own people and the
 * segments inside its part; the activity itself when one crew does it all.
 */
export function crewParts(s: ScheduledActivity): readonly ScheduledActivity[] {
  if (!s.crews) return [s];
  return s.crews.map((c) => ({
    ...s,
    start: c.from,
    finish: c.to,
    assignees: c.assignees,
    segments: s.segments.map(([a, b]): readonly [number, number] => [Math.max(a, c.from), Math.min(b, c.to)]).filter(([a, b]) => b > a),
    crews: undefined,
  }));
}
