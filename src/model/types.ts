/**
 * The validated, normalised plan: what the spec loader produces and every later stage reads.
 *
 * Conventions that hold everywhere below:
 * - Dates are ISO strings: `YYYY-MM-DD` for day plans, `YYYY-MM-DDTHH:MM` allowed in hour plans.
 *   A date-only `to` is inclusive (the whole day); turning dates into slots is `src/calendar`'s job.
 * - Durations, efforts and lags are numbers of working slots of the plan's unit (a day or an
 *   hour). `2w` in a day plan on a 5-day week is 10; `4h` in a day plan with 8 hours a day is 0.5.
 *   Fixed durations are whole slots (rounded up by the loader); efforts may be fractional.
 * - Everything is readonly: the model is never mutated after loading.
 * - `path` is where the element sits in the spec (`['tasks', 3]`), so later stages can point a
 *   diagnostic at the source without knowing about YAML.
 */

export type Unit = 'day' | 'hour';
export type Priority = 'must' | 'should' | 'could' | 'wont';
export type LinkType = 'FS' | 'SS' | 'FF' | 'SF';
export type Level = 'low' | 'medium' | 'high';
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6; // 0 = Sunday, as Date.getUTCDay()
export type SpecPath = readonly (string | number)[];

export interface Model {
  readonly name: string;
  readonly start: string;
  readonly deadline?: Deadline;
  readonly calendar: CalendarSpec;
  readonly goals: readonly Goal[];
  /** Declared phases, in spec order; absent when the spec only labels activities with a phase. */
  readonly phases?: readonly Phase[];
  readonly constraints: Constraints;
  readonly resources: readonly Resource[];
  /** Tasks, external dependencies, gates and milestones: every node of the schedule network. */
  readonly activities: readonly Activity[];
  readonly risks: readonly Risk[];
  readonly rollout?: Rollout;
  readonly metrics: Metrics;
  readonly cadence?: Cadence;
  /** The status file the spec names, relative to the spec; read by the edge, never here. */
  readonly status?: string;
  /** Work that comes back every period and takes capacity in each (absent: none). */
  readonly recurring?: readonly Recurring[];
  /** Shift patterns people and pools work (hour plans; absent: none declared). */
  readonly shifts?: readonly Shift[];
  /** Incident roles and who holds them (absent: none declared). */
  readonly roles?: readonly Role[];
}

/**
 * A shift pattern: on each of `days` (in the worker's own time zone) the shift runs from `from`
 * to `to`, in minutes after midnight; a `to` at or before `from` ends on the next day.
 */
export interface Shift {
  readonly id: string;
  readonly title: string;
  readonly days: readonly Weekday[];
  readonly from: number;
  readonly to: number;
  readonly path: SpecPath;
}

/**
 * When a person or pool is on duty: the shifts of `cycle` in turn, `every` days each, entry
 * `offset` from the day `from` on (an undefined entry is a period off). A plain shift pattern is
 * a cycle of one; a rotation gives each member the same cycle at their own offset.
 */
export interface Roster {
  readonly cycle: readonly (Shift | undefined)[];
  readonly every: number;
  readonly from: string;
  readonly offset: number;
  /** Where it comes from: `shift` names the pattern, `rotation` the rotation's id. */
  readonly source: { readonly kind: 'shift' | 'rotation'; readonly id: string };
}

/** Limits on one person's (or pool's) working time, in hours of real time. */
export interface RestRules {
  /** At most this many hours worked on one day of the worker's own calendar. */
  readonly maxHoursPerDay?: number;
  /**
   * A break of at least this many hours is rest; work with shorter breaks between is one
   * stretch, and a stretch lasts at most 24 - minRest hours, so every day holds a rest.
   */
  readonly minRest?: number;
}

/** An incident role: who holds it, and whether its holders take hands-on tasks. */
export interface Role {
  readonly id: string;
  readonly title: string;
  readonly people: readonly string[];
  /** false: coordination only; its holders are never given hands-on tasks. */
  readonly handsOn: boolean;
  readonly duties?: string;
  readonly path: SpecPath;
}

/**
 * Recurring work: an occurrence starts every `every` slots from `from` until `to`, takes
 * `duration` slots (below one slot: that share of one slot) of the named people, or of one
 * holder of the skills who is working then.
 */
export interface Recurring {
  readonly id: string;
  readonly title: string;
  /** Whole working slots between the starts of two occurrences (>= 1). */
  readonly every: number;
  /** Working slots each occurrence takes, exactly; at most `every`. */
  readonly duration: number;
  /** Named people, every time; empty when skills choose. */
  readonly assignees: readonly string[];
  readonly skills: readonly string[];
  readonly from: string;
  /** No occurrence starts at or after this date (a date-only `to` includes that day). */
  readonly to: string;
  /** No `to` was given: occurrences also end with the plan's finish (the plan's life). */
  readonly untilFinish: boolean;
  readonly path: SpecPath;
}

export interface Deadline {
  readonly date: string;
  /** A hard deadline cannot move (board commitment); a flexible one can slip with notice. */
  readonly hard: boolean;
  /** Target probability of finishing by the deadline, 0..1. */
  readonly confidence: number;
  /** The team's own delivery date before the deadline; buffer and on-time are measured to it. */
  readonly deliverBy?: string;
}

export interface CalendarSpec {
  readonly unit: Unit;
  /** Days that are worked, e.g. [1,2,3,4,5]. */
  readonly workweek: readonly Weekday[];
  /** Working hours of a working day, [from, to) in hours; [0, 24] for around the clock. */
  readonly hours: readonly [number, number];
  /** The IANA time zone the plan's dates and hours are in (absent: UTC). */
  readonly timezone?: string;
  /** Hours in a day of work (`1d`) when the spec sets it apart from `hours`. */
  readonly hoursPerDay?: number;
  readonly holidays: readonly string[];
  readonly freezes: readonly Freeze[];
}

export interface Freeze {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** `'all'` blocks every task; a list blocks only tasks whose `kind` is in it (e.g. deploy). */
  readonly blocks: 'all' | readonly string[];
  readonly path: SpecPath;
}

export interface Goal {
  readonly id: string;
  readonly title: string;
  /** Fixed goals are never cut; negotiable ones may be. */
  readonly fixed: boolean;
  readonly success: readonly string[];
  readonly path: SpecPath;
}

/** A phase of the plan: activities name it by id in their `phase`. */
export interface Phase {
  readonly id: string;
  readonly title: string;
  /** The phase's own purpose, not the product goal. */
  readonly goal?: string;
  readonly deliverables: readonly string[];
  readonly path: SpecPath;
}

export interface Constraints {
  readonly budget?: { readonly amount: number; readonly currency: string; readonly for?: string };
  /** The currency of rates, costs and the budget (the budget's, else the spec's, else USD). */
  readonly currency?: string;
  readonly quality: readonly string[];
  readonly notes: readonly string[];
}

export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface Commitment extends Period {
  /** Share of the resource taken by other work in this period, 0..1. */
  readonly load: number;
  readonly note?: string;
}

export interface Resource {
  readonly id: string;
  readonly name: string;
  readonly kind: 'person' | 'pool';
  readonly skills: readonly string[];
  /** Units available at once: 1 for a person, k for a pool of k. */
  readonly capacity: number;
  /** Share of working time the resource gives this plan when nothing else is booked, 0..1. */
  readonly availability: number;
  readonly timeOff: readonly Period[];
  readonly commitments: readonly Commitment[];
  readonly role?: string;
  /**
   * Cost of one unit of the resource for one working slot of the plan, in minor units of the
   * currency (cents); may be fractional (a day rate in an hour plan). Absent: no rate given.
   */
  readonly rate?: number;
  /** When the resource is on duty (hour plans); absent: whenever the calendar works. */
  readonly roster?: Roster;
  /** The IANA time zone of the resource's shifts and days (absent: the plan's). */
  readonly timezone?: string;
  readonly rest?: RestRules;
  readonly path: SpecPath;
}

export interface Link {
  /** The predecessor's id. */
  readonly from: string;
  readonly type: LinkType;
  /** In working slots; may be negative (a lead). */
  readonly lag: number;
}

/**
 * Who does an activity. Each demand is met by exactly one resource: the named one, or one
 * chosen by the scheduler among those holding every listed skill.
 */
export interface Demand {
  readonly resource?: string;
  readonly skills: readonly string[];
  /** Units taken from the resource while the activity runs (1 for a person). */
  readonly units: number;
}

/**
 * How long an activity takes.
 * - `duration`: a fixed span of working slots, whoever does it.
 * - `effort`: person-slots; at 50% availability 3 slots of effort take 6 working slots.
 * A three-point estimate, when given, sits in `estimate` and the deterministic plan uses `likely`.
 */
export type Work =
  | { readonly mode: 'duration'; readonly slots: number }
  | { readonly mode: 'effort'; readonly amount: number };

export interface Estimate {
  readonly optimistic: number;
  readonly likely: number;
  readonly pessimistic: number;
}

export type ActivityType = 'task' | 'external' | 'gate' | 'milestone';

export interface Activity {
  readonly id: string;
  readonly title: string;
  readonly type: ActivityType;
  /** Gates and milestones have zero work; externals have a duration and no demands. */
  readonly work: Work;
  readonly estimate?: Estimate;
  readonly deps: readonly Link[];
  readonly demands: readonly Demand[];
  readonly priority: Priority;
  readonly uncertainty: Level;
  readonly phase?: string;
  /** Free-form class used by freezes (`deploy`) and reports. */
  readonly kind?: string;
  readonly deliverable?: string;
  readonly splittable: boolean;
  /** Splittable work another qualified person may take over when the first one's shift ends. */
  readonly handoff?: boolean;
  readonly goal?: string;
  /** Externals: who owns the work (Security team). */
  readonly owner?: string;
  /** Gates: the decision to take. */
  readonly gate?: GateInfo;
  /** Fixed cost of the item in minor units of the currency (cents), a whole number. */
  readonly cost?: number;
  /** Dates that bind this item (tasks, externals, milestones); absent when none is set. */
  readonly dates?: ActivityDates;
  readonly path: SpecPath;
}

/**
 * Dates of one activity, as ISO dates (or datetimes in hour plans).
 * - `notBefore`: earliest start; work never starts before it.
 * - `on`: a fixed-date event; it starts on this date, never before (a later start is a miss).
 * - `due`: a finish deadline of its own; a later finish is a miss, reported with its lateness.
 */
export interface ActivityDates {
  readonly notBefore?: string;
  readonly on?: string;
  readonly due?: string;
}

export interface GateInfo {
  readonly question: string;
  readonly criteria: readonly string[];
  readonly onFail: string;
  /** A circuit breaker: "if ws-server takes more than 1w, cut cursors". */
  readonly trigger?: Trigger;
}

/**
 * When a circuit breaker fires (evaluated on a status, docs/tracking.md): a task takes more than
 * `exceeds` slots, a gate fails, a risk occurs, or the chance of delivering on time drops below
 * `onTimeBelow` (0..1).
 */
export type Trigger =
  | { readonly task: string; readonly exceeds: number; readonly action: string }
  | { readonly gateFails: string; readonly action: string }
  | { readonly riskOccurs: string; readonly action: string }
  | { readonly onTimeBelow: number; readonly action: string };

export interface Risk {
  readonly id: string;
  readonly title: string;
  readonly impact: Level;
  readonly likelihood: Level;
  /** Explicit probability 0..1 of the risk event; otherwise derived from likelihood. */
  readonly probability?: number;
  readonly owner?: string;
  readonly mitigation?: string;
  readonly status: 'open' | 'monitor' | 'mitigated' | 'accepted' | 'closed';
  readonly affects: readonly string[];
  /** Delay added to the affected activities when the event happens, as a three-point range. */
  readonly delay?: Estimate;
  readonly path: SpecPath;
}

export interface Rollout {
  readonly stages: readonly RolloutStage[];
  readonly rollback: readonly string[];
}

export interface RolloutStage {
  readonly percent: number;
  /** The activity that enables this stage, when the spec names one. */
  readonly task?: string;
  readonly checks: readonly string[];
}

export interface Metrics {
  readonly launch: readonly string[];
  readonly post: readonly MetricGroup[];
}

export interface MetricGroup {
  readonly name?: string;
  readonly horizon?: string;
  readonly items: readonly string[];
}

export interface Cadence {
  readonly standup?: { readonly days: readonly Weekday[]; readonly time?: string };
  readonly checkin?: { readonly day: Weekday; readonly time?: string };
}
