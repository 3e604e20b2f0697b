/**
 * The limits execplan plans within, as data: each with its value, the diagnostic that reports
 * it, and why it is there. A spec past a limit is refused by the loader (so `execplan check`
 * says so before `plan` runs), at the position of the value or element that crosses it.
 * docs/limits.md lists them all; a test keeps the two in step.
 *
 * Most limits keep the work of one run bounded: nothing the scheduler, the forecast or the
 * outputs allocate or loop over grows with a number a user typed unless a limit here bounds it.
 */
import { FIRST_PLAN_DATE, HORIZON_YEARS, LAST_PLAN_DATE } from '../calendar/index.js';
import type { DiagCode } from '../diag/index.js';

/** Above this many characters the text is refused before parsing (E_TOO_LARGE). */
export const MAX_SPEC_CHARS = 64 * 1024 * 1024;
/** Deepest nesting of lists and mappings accepted (E_TOO_DEEP); a real spec needs about 6. */
export const MAX_DEPTH = 64;
/** Alias expansions allowed in one document (E_YAML_ALIAS_LIMIT). */
export const MAX_ALIAS_EXPANSIONS = 100;
/** Nodes copied by alias expansion in one document (E_YAML_ALIAS_LIMIT). */
export const MAX_ALIAS_NODES = 10_000;

/** Tasks, external items, gates and milestones together. */
export const MAX_ACTIVITIES = 100_000;
/** Entries of `team`: people and pools. */
export const MAX_RESOURCES = 10_000;
/** Dependencies (`after` entries) of all activities together. */
export const MAX_LINKS = 1_000_000;
/** Entries of `risks`. */
export const MAX_RISKS = 1_000;
/** Entries of `calendar.freezes`. */
export const MAX_FREEZES = 1_000;
/** Time off and commitments of the whole team together. */
export const MAX_PERIODS = 10_000;
/** Units of a pool (`capacity`) and units a demand asks for. */
export const MAX_UNITS = 10_000;
/** The least availability a team member can have, above 0 (0 is refused as E_BAD_CAPACITY). */
export const MIN_AVAILABILITY = 0.01;
/** The fewest hours a day of work (`1d`) may have. */
export const MIN_HOURS_PER_DAY = 1;

export { FIRST_PLAN_DATE, HORIZON_YEARS, LAST_PLAN_DATE };

export interface Limit {
  /** What is limited, as docs/limits.md names it. */
  readonly name: string;
  /** The limit as docs/limits.md writes it. */
  readonly value: string;
  readonly code: DiagCode;
  readonly reason: string;
}

/** 10000 as 10,000, without depending on the locale. */
export const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const LIMITS: readonly Limit[] = [
  { name: 'spec size', value: `${MAX_SPEC_CHARS / 2 ** 20} MiB`, code: 'E_TOO_LARGE', reason: 'Refused before parsing: room for a plan at the activity limit (100,000 generated tasks take 17 MB as JSON), and parsing is linear in it.' },
  { name: 'nesting depth', value: String(MAX_DEPTH), code: 'E_TOO_DEEP', reason: 'A spec needs about 6 levels; deep nesting only serves to exhaust the parser stack.' },
  { name: 'alias expansions', value: `${MAX_ALIAS_EXPANSIONS} aliases, ${thousands(MAX_ALIAS_NODES)} nodes`, code: 'E_YAML_ALIAS_LIMIT', reason: 'YAML aliases can expand exponentially (billion laughs).' },
  { name: 'activities', value: thousands(MAX_ACTIVITIES), code: 'E_LIMIT', reason: 'Every stage takes time in proportion to the activities (see docs/bench.md, the pipeline suite); past 100,000 a plan is better split into plans of its phases or teams.' },
  { name: 'team entries', value: thousands(MAX_RESOURCES), code: 'E_LIMIT', reason: 'One person per ten activities at the activity limit. The scheduler keeps per-slot usage per resource, as far as the work reaches: 5,000 people over a 100,000-task plan fit in the memory the pipeline suite reports.' },
  { name: 'links', value: thousands(MAX_LINKS), code: 'E_LIMIT', reason: 'Ten dependencies per activity at the activity limit; the network is walked on every schedule generated.' },
  { name: 'risks', value: thousands(MAX_RISKS), code: 'E_LIMIT', reason: 'Every forecast iteration draws every risk.' },
  { name: 'freezes', value: thousands(MAX_FREEZES), code: 'E_LIMIT', reason: 'Freeze checks run per slot and per freeze.' },
  { name: 'time off and commitments', value: thousands(MAX_PERIODS), code: 'E_LIMIT', reason: 'The checker and the load analysis look at every period of a person in every slot.' },
  { name: 'pool capacity and demand units', value: thousands(MAX_UNITS), code: 'E_LIMIT', reason: 'Usage per slot is summed in 32-bit integers.' },
  { name: 'plan start', value: `${FIRST_PLAN_DATE} to ${LAST_PLAN_DATE}`, code: 'E_LIMIT', reason: 'One year inside the four-digit years 0000-9999 at each end, so the days around the plan (the Monday of its first week, the first working day after its horizon) still have four-digit years.' },
  { name: 'horizon, day plans', value: `${HORIZON_YEARS.day} years`, code: 'E_LIMIT', reason: 'No work, deadline or delivery date after it (and never after 9998-12-31); at most 18,300 slots, so per-slot arrays stay small and slot counts far below 2^31.' },
  { name: 'horizon, hour plans', value: `${HORIZON_YEARS.hour} years`, code: 'E_LIMIT', reason: 'Up to 24 slots a day: 5 years is at most 43,920 slots, about as many as a 50-year plan in days on a 24/7 calendar would need.' },
  { name: 'durations, effort, estimates, lags, risk delays, trigger spans', value: 'the working slots of the horizon', code: 'E_LIMIT', reason: 'A single span longer than the horizon can never fit in it; bounding each keeps every sampled value and every slot count an exact integer.' },
  { name: 'availability', value: 'at least 1%', code: 'E_LIMIT', reason: 'Below 1% a day of work takes more than 100 working days; such a person is not on the plan.' },
  { name: 'hours per day', value: `at least ${MIN_HOURS_PER_DAY} hour`, code: 'E_LIMIT', reason: 'A shorter day turns an hour of work into more than a day of plan.' },
];
