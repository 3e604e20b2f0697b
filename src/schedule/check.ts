/**
 * The independent schedule checker. It shares nothing with the scheduler but the calendar's
 * slot <-> date conversion: rates, work, links and capacity are recomputed here plainly from the
 * model, slot by slot, so a bug in the scheduler's compiled arrays cannot hide itself.
 * Every broken rule is reported, not only the first.
 */
import { buildCalendar, type WorkCalendar } from '../calendar/index.js';
import type { Activity, Model, Resource } from '../model/index.js';
import { checkOccurrences, type OccurrenceBooking } from './check-recurring.js';
import { checkRoleHolders, Clock, dutyFunction, RestBook, type RestBooking } from './check-shifts.js';
import type { PinnedActivity, Progress, Schedule, ScheduledActivity, ScheduledCrew, Violation } from './types.js';

const TOLERANCE = 1e-9;

/**
 * With `progress` (a re-plan, docs/tracking.md) the model is the remaining one: done activities
 * must sit exactly at their pins and are otherwise what happened, not checked; an in-progress one
 * must keep its recorded start and people, and its work from `progress.from` on is checked as the
 * whole work of an activity (its own links not: work in progress goes on); every other activity starts at or after `from` and its wait.
 */
export function checkSchedule(model: Model, schedule: Schedule, progress?: Progress): Violation[] {
  let calendar: WorkCalendar;
  try {
    calendar = buildCalendar(model);
  } catch (e) {
    return [{ rule: 'calendar', activity: '', message: `The calendar cannot be built: ${(e as Error).message}` }];
  }
  const violations: Violation[] = [];
  const modelById = new Map(model.activities.map((a) => [a.id, a]));
  const resources = new Map(model.resources.map((r) => [r.id, r]));
  const placed = checkPresence(model, schedule, modelById, violations);
  const clock = new Clock(calendar);
  const onDuty = dutyFunction(model, clock);
  const baseRate = rateFunction(model.resources, calendar);
  const rate = (id: string, slot: number) => (onDuty(id, slot) ? baseRate(id, slot) : 0);
  const pins = new Map((progress?.pinned ?? []).map((p) => [p.id, p]));
  const from = progress?.from ?? -Infinity;
  for (const [id, s] of placed) {
    const a = modelById.get(id) as Activity;
    const pin = pins.get(id);
    if (pin) checkPin(a, s, pin, violations);
    if (pin?.finish !== undefined) continue;
    const future = pin ? remainingPart(s, from) : s;
    checkNotBefore(a, future, from, progress, violations);
    const worked = checkSegments(a, future, violations);
    checkWork(a, s, worked, rate, violations);
    checkShare(a, s, worked, rate, violations);
    checkAssignment(a, s, resources, violations);
    checkCrews(a, s, violations);
    checkCalendar(a, s, worked, rate, onDuty, calendar, violations);
    // Work in progress goes on whatever its own links and dates said: its start is a fact.
    if (!pin) {
      checkLinks(a, s, placed, violations);
      checkDates(a, s, calendar, violations);
    }
  }
  const bookings = bookingsOf(placed, modelById, from, pins);
  const rest = new RestBook(model, clock, [...bookings, ...(schedule.occurrences ?? []).flatMap((o) => o.assignees.map((r) => ({ resource: r, id: o.recurring, from: o.start, to: o.finish, units: o.share ?? 1 })))]);
  const occurrences = checkOccurrences(model, schedule, calendar, rate, violations, (who, a, b, units) => rest.couldAlsoTake(who, a, b, units));
  checkCapacity(bookings, resources, occurrences, violations);
  violations.push(...rest.violations());
  checkRoleHolders(model, assignedWork(placed, modelById), violations);
  return violations;
}

/** Each placed activity with everyone who works on it, read only when some role is to be checked. */
function* assignedWork(placed: Map<string, ScheduledActivity>, modelById: Map<string, Activity>): Generator<{ activity: Activity; assignees: readonly string[] }> {
  for (const [id, s] of placed) yield { activity: modelById.get(id) as Activity, assignees: crewsOf(s).flatMap((c) => c.assignees) };
}

/** Who works which part of an activity: its crews, or its assignees from start to finish. */
function crewsOf(s: ScheduledActivity): readonly ScheduledCrew[] {
  return s.crews ?? [{ from: s.start, to: s.finish, assignees: s.assignees }];
}

/** The people working a slot of the activity. */
function whoAt(s: ScheduledActivity, slot: number): readonly string[] {
  if (!s.crews) return s.assignees;
  return s.crews.find((c) => slot >= c.from && slot < c.to)?.assignees ?? s.assignees;
}

/**
 * Hand-offs: only work that allows them has crews; the crews run back to back from start to
 * finish, the first is the activity's assignees, and each meets the demands as they do.
 */
function checkCrews(a: Activity, s: ScheduledActivity, out: Violation[]): void {
  if (!s.crews) return;
  const bad = (message: string): void => void out.push({ rule: 'assignment', activity: a.id, message });
  if (!a.handoff) return bad(`'${a.id}' is handed off between crews, but it does not allow hand-offs.`);
  let at = s.start;
  for (const c of s.crews) {
    if (c.from !== at || c.to <= c.from) bad(`'${a.id}': the part [${c.from}, ${c.to}) does not follow on at slot ${at}.`);
    at = c.to;
    if (c.assignees.length !== a.demands.length) bad(`'${a.id}' has ${a.demands.length} demands but the part from slot ${c.from} has ${c.assignees.length} people.`);
  }
  if (at !== s.finish) bad(`'${a.id}': its parts end at slot ${at}, not at its finish ${s.finish}.`);
  if (s.crews[0]?.assignees.join('\u0000') !== s.assignees.join('\u0000')) bad(`'${a.id}': its first part is not done by its assignees.`);
}

/** A pinned activity where the status puts it: its start, its finish when done, its people when known. */
function checkPin(a: Activity, s: ScheduledActivity, pin: PinnedActivity, out: Violation[]): void {
  const bad = (message: string): void => void out.push({ rule: 'pinned', activity: a.id, message });
  if (s.start !== pin.start) bad(`'${a.id}' started at slot ${pin.start} by the status but is scheduled from ${s.start}.`);
  if (pin.finish !== undefined && s.finish !== pin.finish) bad(`'${a.id}' is done at slot ${pin.finish} by the status but is scheduled to finish at ${s.finish}.`);
  if (pin.assignees !== undefined && pin.assignees.join('\u0000') !== s.assignees.join('\u0000')) bad(`'${a.id}' is done by [${pin.assignees.join(', ')}] by the status but assigned to [${s.assignees.join(', ')}].`);
}

/** Work the status does not record starts at or after the re-plan's first slot and its wait. */
function checkNotBefore(a: Activity, s: ScheduledActivity, from: number, progress: Progress | undefined, out: Violation[]): void {
  const until = progress?.waits.find((w) => w.id === a.id)?.until ?? -Infinity;
  const bound = Math.max(from, until);
  if (s.start < bound) out.push({ rule: 'pinned', activity: a.id, slot: s.start, message: `'${a.id}' starts at slot ${s.start}, before slot ${bound}, where the status lets it start.` });
}

/** The part of an in-progress activity from `from` on: what the re-plan scheduled. */
function remainingPart(s: ScheduledActivity, from: number): ScheduledActivity {
  const segments = s.segments.map(([a, b]): [number, number] => [Math.max(a, from), b]).filter(([a, b]) => b > a);
  const start = segments.length > 0 ? segments[0][0] : s.finish;
  return { ...s, start, segments };
}

function checkPresence(model: Model, schedule: Schedule, modelById: Map<string, Activity>, out: Violation[]): Map<string, ScheduledActivity> {
  const placed = new Map<string, ScheduledActivity>();
  for (const s of schedule.activities) {
    const a = modelById.get(s.id);
    if (!a) out.push({ rule: 'missing', activity: s.id, message: `'${s.id}' is scheduled but is not in the plan.` });
    else if (a.priority === 'wont') out.push({ rule: 'missing', activity: s.id, message: `'${s.id}' is a won't-have and must not be scheduled.` });
    else if (placed.has(s.id)) out.push({ rule: 'missing', activity: s.id, message: `'${s.id}' is scheduled more than once.` });
    else placed.set(s.id, s);
  }
  for (const a of model.activities) {
    if (a.priority !== 'wont' && !placed.has(a.id)) out.push({ rule: 'missing', activity: a.id, message: `'${a.id}' is not scheduled.` });
  }
  return placed;
}

/** Slot-by-slot rate of a resource, recomputed from the model's periods. */
function rateFunction(team: readonly Resource[], calendar: WorkCalendar): (id: string, slot: number) => number {
  const table = new Map(
    team.map((r) => [
      r.id,
      {
        availability: r.availability,
        off: r.timeOff.map((p) => calendar.periodSlots(p.from, p.to)),
        loads: r.commitments.map((c) => ({ range: calendar.periodSlots(c.from, c.to), load: c.load })),
      },
    ]),
  );
  return (id, slot) => {
    const r = table.get(id);
    if (!r) return 0;
    for (const [a, b] of r.off) if (slot >= a && slot < b) return 0;
    let taken = 0;
    for (const { range, load } of r.loads) if (slot >= range[0] && slot < range[1]) taken += load;
    return Math.min(1, Math.max(0, r.availability * (1 - taken)));
  };
}

function hasWork(a: Activity): boolean {
  if (a.type === 'gate' || a.type === 'milestone') return false;
  return a.work.mode === 'effort' ? a.work.amount > TOLERANCE : a.work.slots > TOLERANCE;
}

/** Checks the segments against start and finish and returns the worked slots. */
function checkSegments(a: Activity, s: ScheduledActivity, out: Violation[]): number[] {
  const bad = (message: string): void => void out.push({ rule: 'work', activity: a.id, message });
  if (s.finish < s.start) bad(`'${a.id}' finishes (${s.finish}) before it starts (${s.start}).`);
  if (!hasWork(a)) {
    if (s.finish !== s.start || s.segments.length > 0) bad(`'${a.id}' has no work, so it must start and finish in the same slot with no segments.`);
    return [];
  }
  if (s.segments.length === 0) {
    bad(`'${a.id}' has work but no worked segment.`);
    return [];
  }
  if (!a.splittable && s.segments.length > 1) bad(`'${a.id}' is not splittable but is worked in ${s.segments.length} segments.`);
  if (s.segments[0][0] !== s.start || s.segments[s.segments.length - 1][1] !== s.finish) {
    bad(`'${a.id}': its segments do not run from its start (${s.start}) to its finish (${s.finish}).`);
  }
  const worked: number[] = [];
  let previousEnd = -Infinity;
  for (const [from, to] of s.segments) {
    if (to <= from || from < previousEnd) bad(`'${a.id}': segment [${from}, ${to}) is empty or overlaps the one before.`);
    for (let slot = Math.max(from, previousEnd); slot < to; slot++) worked.push(slot);
    previousEnd = Math.max(previousEnd, to);
  }
  return worked;
}

function checkWork(a: Activity, s: ScheduledActivity, worked: number[], rate: (id: string, slot: number) => number, out: Violation[]): void {
  if (!hasWork(a)) return;
  if (a.work.mode === 'duration' || a.type === 'external') {
    const slots = a.work.mode === 'duration' ? Math.ceil(a.work.slots - TOLERANCE) : Math.ceil(a.work.amount - TOLERANCE);
    if (worked.length !== slots) out.push({ rule: 'work', activity: a.id, message: `'${a.id}' takes ${slots} slots but is worked in ${worked.length}.` });
    return;
  }
  let done = 0;
  for (const slot of worked) {
    let r = 1;
    for (const who of whoAt(s, slot)) r = Math.min(r, rate(who, slot));
    done += r;
  }
  if (done < a.work.amount - 1e-6) out.push({ rule: 'work', activity: a.id, message: `'${a.id}' needs ${a.work.amount} of effort but gets ${done.toFixed(3)}.` });
}

/**
 * Work below one slot may take part of its people's slot, never less than it needs: a fixed
 * duration its own length, effort its amount over the crew's rate in that slot.
 */
function checkShare(a: Activity, s: ScheduledActivity, worked: number[], rate: (id: string, slot: number) => number, out: Violation[]): void {
  if (s.share === undefined) return;
  const bad = (message: string): void => void out.push({ rule: 'work', activity: a.id, message });
  const amount = a.work.mode === 'effort' ? a.work.amount : a.work.slots;
  if (!(s.share > 0 && s.share <= 1)) return bad(`'${a.id}' takes a share of ${s.share} of its people's slot; a share lies in (0, 1].`);
  if (!hasWork(a) || amount >= 1 || worked.length !== 1) return bad(`'${a.id}' takes part of a slot, but only work below one slot, worked in one slot, may.`);
  let pace = 1;
  for (const who of s.assignees) pace = Math.min(pace, rate(who, worked[0]));
  const needed = a.work.mode === 'effort' ? amount / pace : amount;
  if (s.share < needed - TOLERANCE) bad(`'${a.id}' needs ${needed.toFixed(3)} of its people's slot ${worked[0]} but takes ${s.share.toFixed(3)}.`);
}

function checkAssignment(a: Activity, s: ScheduledActivity, resources: Map<string, Resource>, out: Violation[]): void {
  const demands = a.type === 'task' && hasWork(a) ? a.demands : [];
  if (s.assignees.length !== demands.length) {
    out.push({ rule: 'assignment', activity: a.id, message: `'${a.id}' has ${demands.length} demands but ${s.assignees.length} assignees.` });
    return;
  }
  for (const c of crewsOf(s)) if (c.assignees.length === demands.length) checkCrew(a, c.assignees, demands, resources, out);
}

/** Each demand met by who the crew names: the named resource, or a holder of the skills. */
function checkCrew(a: Activity, crew: readonly string[], demands: Activity['demands'], resources: Map<string, Resource>, out: Violation[]): void {
  demands.forEach((d, k) => {
    const who = crew[k];
    const r = resources.get(who);
    if (!r) out.push({ rule: 'assignment', activity: a.id, resource: who, message: `'${a.id}' is assigned to '${who}', who is not in the team.` });
    else if (d.resource !== undefined && d.resource !== who) out.push({ rule: 'assignment', activity: a.id, resource: who, message: `'${a.id}' names '${d.resource}' but is assigned to '${who}'.` });
    else {
      const missing = d.skills.filter((skill) => !r.skills.includes(skill));
      if (missing.length > 0) out.push({ rule: 'skill', activity: a.id, resource: who, message: `'${who}' lacks [${missing.join(', ')}] needed by '${a.id}'.` });
    }
  });
}

function checkCalendar(a: Activity, s: ScheduledActivity, worked: number[], rate: (id: string, slot: number) => number, onDuty: (id: string, slot: number) => boolean, calendar: WorkCalendar, out: Violation[]): void {
  if (s.start < 0) out.push({ rule: 'calendar', activity: a.id, slot: s.start, message: `'${a.id}' starts before the plan's first working slot.` });
  // Without hand-offs the assignees are the people; a set only when someone could appear twice.
  const people = s.crews ? new Set(s.crews.flatMap((c) => c.assignees)) : s.assignees.length > 1 ? new Set(s.assignees) : s.assignees;
  for (const who of people) {
    const offShift = { count: 0, first: 0 };
    const away = { count: 0, first: 0 };
    for (const slot of worked) {
      if (s.crews && !whoAt(s, slot).includes(who)) continue;
      const tally = !onDuty(who, slot) ? offShift : rate(who, slot) <= 0 ? away : undefined;
      if (tally && tally.count++ === 0) tally.first = slot;
    }
    if (offShift.count > 0) out.push({ rule: 'shift', activity: a.id, resource: who, slot: offShift.first, message: `'${a.id}' is worked by '${who}' in ${offShift.count} slot(s) outside '${who}''s shifts, from slot ${offShift.first}.` });
    if (away.count > 0) out.push({ rule: 'time-off', activity: a.id, resource: who, slot: away.first, message: `'${a.id}' is worked by '${who}' in ${away.count} slot(s) where '${who}' is not available, from slot ${away.first}.` });
  }
  if (a.type !== 'task') return; // externals are another team's time, not blocked by our freezes
  if (calendar.freezes.length === 0) return;
  const frozen = worked.filter((slot) => calendar.freezeAt(slot, a.kind) !== undefined);
  if (frozen.length > 0) {
    out.push({ rule: 'freeze', activity: a.id, slot: frozen[0], message: `'${a.id}' is worked in ${frozen.length} slot(s) of the freeze '${calendar.freezeAt(frozen[0], a.kind)}', from slot ${frozen[0]}.` });
  }
}

function checkLinks(a: Activity, s: ScheduledActivity, placed: Map<string, ScheduledActivity>, out: Violation[]): void {
  for (const link of a.deps) {
    const p = placed.get(link.from);
    if (!p) continue; // a won't-have predecessor: its links are dropped
    const lag = Math.ceil(link.lag - TOLERANCE);
    const [mine, theirs, what] =
      link.type === 'FS' ? [s.start, p.finish, 'start'] : link.type === 'SS' ? [s.start, p.start, 'start'] : link.type === 'FF' ? [s.finish, p.finish, 'finish'] : [s.finish, p.start, 'finish'];
    if (mine < theirs + lag) {
      out.push({ rule: 'precedence', activity: a.id, message: `'${a.id}' must ${what} at or after slot ${theirs + lag} (${link.type} from '${link.from}', lag ${lag}) but does at ${mine}.` });
    }
  }
}

/**
 * `not_before` and `on` bound the start from below. Being later than an `on` or `due` date is
 * lateness the plan reports, not a broken rule: a schedule may have no way to meet it.
 */
function checkDates(a: Activity, s: ScheduledActivity, calendar: WorkCalendar, out: Violation[]): void {
  const date = a.dates?.on ?? a.dates?.notBefore;
  if (date === undefined) return;
  // An item without work on a fixed date is reached at the end of that day, as milestones are.
  const earliest = a.dates?.on !== undefined && !hasWork(a) ? calendar.periodSlots(date, date)[1] : calendar.slotAtOrAfter(date);
  if (s.start < earliest) {
    const field = a.dates?.on !== undefined ? 'on' : 'not_before';
    out.push({ rule: 'date', activity: a.id, slot: s.start, message: `'${a.id}' starts at slot ${s.start}, before its ${field} date ${date} (slot ${earliest}).` });
  }
}

/** What each placed activity books: per person (per crew part), units in each worked slot. */
function bookingsOf(placed: Map<string, ScheduledActivity>, modelById: Map<string, Activity>, from: number, pins: ReadonlyMap<string, PinnedActivity>): RestBooking[] {
  const out: RestBooking[] = [];
  for (const [id, s] of placed) {
    if (pins.get(id)?.finish !== undefined) continue; // done: what happened, not a booking
    const a = modelById.get(id) as Activity;
    if (a.type !== 'task') continue;
    for (const c of crewsOf(s)) {
      c.assignees.forEach((r, k) => {
        const units = (a.demands[k]?.units ?? 1) * (s.share ?? 1);
        for (const [segmentFrom, to] of s.segments) {
          const lo = Math.max(segmentFrom, from, c.from);
          const hi = Math.min(to, c.to);
          if (hi > lo) out.push({ resource: r, id, from: lo, to: hi, units });
        }
      });
    }
  }
  return out;
}

/** One booking of a resource's units over slots [from, to), by an activity or an occurrence. */
interface Held {
  readonly id: string;
  readonly units: number;
  readonly from: number;
  readonly to: number;
}

function checkCapacity(bookings: readonly RestBooking[], resources: Map<string, Resource>, occurrences: readonly OccurrenceBooking[], out: Violation[]): void {
  const held = new Map<string, Held[]>();
  const book = (r: string, id: string, units: number, from: number, to: number): void => {
    const list = held.get(r);
    if (list) list.push({ id, units, from, to });
    else held.set(r, [{ id, units, from, to }]);
  };
  for (const b of bookings) book(b.resource, b.id, b.units, b.from, b.to);
  for (const o of occurrences) for (const r of o.assignees) book(r, o.id, o.share, o.from, o.to);
  for (const [r, list] of held) {
    const capacity = resources.get(r)?.capacity ?? 0;
    const units = new Map<number, number>();
    for (const h of list) for (let slot = h.from; slot < h.to; slot++) units.set(slot, (units.get(slot) ?? 0) + h.units);
    const over: number[] = [];
    for (const [slot, total] of units) if (total > capacity + TOLERANCE) over.push(slot);
    over.sort((x, y) => x - y);
    // One violation per run of consecutive overloaded slots, so a long clash is one finding.
    for (let k = 0; k < over.length; k++) {
      if (k > 0 && over[k] === over[k - 1] + 1) continue;
      const slot = over[k];
      const who = list.filter((h) => slot >= h.from && slot < h.to).map((h) => h.id);
      out.push({ rule: 'capacity', activity: who[0], resource: r, slot, message: `'${r}' (capacity ${capacity}) is booked for ${units.get(slot)} units from slot ${slot} by ${who.map((w) => `'${w}'`).join(', ')}.` });
    }
  }
}
