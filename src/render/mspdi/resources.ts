/**
 * Resources with their maximum units (a person's availability, a pool's capacity), availability
 * tables for commitments to other work, and one assignment per task and resource with its units
 * and work.
 */
import type { PlanAnalysis } from '../../analyse/index.js';
import { addDays } from '../../calendar/index.js';
import { AVAILABLE_SINCE, AVAILABLE_UNTIL, RESOURCE_FIELDS } from '../../interop/index.js';
import type { Resource } from '../../model/index.js';
import { workOf } from '../../plan/index.js';
import { resourceCalendarUid } from './calendars.js';
import { recurringAssignments } from './recurring.js';
import { mspdiDateTime, mspdiDuration, type SlotClock } from './time.js';
import type { TaskUids } from './tasks.js';
import type { XmlNode } from './xml.js';

const round4 = (x: number) => Math.round(x * 10000) / 10000;

/** An instant as `YYYY-MM-DDTHH:MM`: a date-only `from` is its midnight, a date-only `to` the next midnight. */
function instant(date: string, isEnd: boolean): string {
  if (date.length > 10) return date.slice(0, 16);
  return `${isEnd ? addDays(date, 1) : date}T00:00`;
}

/** The minute before an instant, as MSPDI's inclusive AvailableTo. */
function lastMinuteBefore(at: string): string {
  const [day, time] = at.split('T');
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) - 1;
  if (minutes < 0) return `${addDays(day, -1)}T23:59:00`;
  return `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
}

/**
 * The availability table: full units outside commitments, reduced units where they overlap
 * (availability x (1 - the summed loads), as the scheduler reads them). MS Project treats the
 * resource as unavailable outside the table, so it covers all time.
 */
function availabilityPeriods(r: Resource): XmlNode | undefined {
  if (r.commitments.length === 0) return undefined;
  const full = r.capacity * r.availability;
  const cuts = [...new Set(r.commitments.flatMap((c) => [instant(c.from, false), instant(c.to, true)]))].sort();
  const pieces: { from: string; to: string; units: number }[] = [];
  const unitsAt = (at: string) => {
    const taken = r.commitments.filter((c) => instant(c.from, false) <= at && at < instant(c.to, true)).reduce((sum, c) => sum + c.load, 0);
    return round4(full * Math.max(0, 1 - taken));
  };
  pieces.push({ from: AVAILABLE_SINCE, to: lastMinuteBefore(cuts[0]), units: round4(full) });
  cuts.forEach((cut, i) => {
    const next = cuts[i + 1];
    pieces.push({ from: `${cut}:00`, to: next === undefined ? AVAILABLE_UNTIL : lastMinuteBefore(next), units: next === undefined ? round4(full) : unitsAt(cut) });
  });
  return ['AvailabilityPeriods', pieces.map((p): XmlNode => ['AvailabilityPeriod', [['AvailableFrom', p.from], ['AvailableTo', p.to], ['AvailableUnits', p.units]]])];
}

export function resourcesElement(a: PlanAnalysis): XmlNode {
  return [
    'Resources',
    a.result.model.resources.map((r, i): XmlNode => [
      'Resource',
      [
        ['UID', i + 1],
        ['ID', i + 1],
        ['Name', r.name],
        ['Type', 1],
        ['IsNull', 0],
        ['MaxUnits', round4(r.capacity * r.availability)],
        ['CanLevel', 1],
        ['CalendarUID', resourceCalendarUid(a, i)],
        r.role ? ['Notes', r.role] : undefined,
        ['ExtendedAttribute', [['FieldID', RESOURCE_FIELDS.id.fieldId], ['Value', r.id]]],
        r.skills.length > 0 ? ['ExtendedAttribute', [['FieldID', RESOURCE_FIELDS.skills.fieldId], ['Value', r.skills.join(', ')]]] : undefined,
        ['ExtendedAttribute', [['FieldID', RESOURCE_FIELDS.capacity.fieldId], ['Value', String(r.capacity)]]],
        availabilityPeriods(r),
      ],
    ]),
  ];
}

/**
 * One assignment per task and resource (MS Project allows no more): its units are the units the
 * task takes at the resource's availability, its work the task's work for that resource.
 */
export function assignmentsElement(a: PlanAnalysis, uids: TaskUids, clock: SlotClock): XmlNode {
  return ['Assignments', assignmentRows(a, uids, clock)];
}

/** The assignment rows, each built as it is written. */
function* assignmentRows(a: PlanAnalysis, uids: TaskUids, clock: SlotClock): Generator<XmlNode> {
  const resourceUid = new Map(a.result.model.resources.map((r, i) => [r.id, i + 1]));
  let uid = 0;
  for (const act of a.result.model.activities) {
    const s = a.index.scheduled.get(act.id);
    if (!s || s.assignees.length === 0) continue;
    const total = workOf(s, act);
    const units = s.assignees.reduce((sum, _r, i) => sum + (act.demands[i]?.units ?? 1), 0);
    const dates = a.dates.get(s.id)!;
    for (const resource of [...new Set(s.assignees)]) {
      const held = s.assignees.reduce((sum, r, i) => sum + (r === resource ? (act.demands[i]?.units ?? 1) : 0), 0);
      const availability = a.index.resource.get(resource)?.availability ?? 1;
      yield [
        'Assignment',
        [
          ['UID', ++uid],
          ['TaskUID', uids.activity.get(act.id)!],
          ['ResourceUID', resourceUid.get(resource)!],
          ['Finish', mspdiDateTime(dates.finish, clock.dayEnd)],
          ['Start', mspdiDateTime(dates.start, clock.dayStart)],
          ['Units', round4(held * availability)],
          ['Work', mspdiDuration((total * held * clock.minutesPerSlot) / units)],
        ],
      ];
    }
  }
  for (const o of recurringAssignments(a, uids.recurring, resourceUid, clock)) {
    yield ['Assignment', [['UID', ++uid], ['TaskUID', o.task], ['ResourceUID', o.resource], ['Finish', o.finish], ['Start', o.start], ['Units', round4(o.units)], ['Work', mspdiDuration(o.minutes)]]];
  }
}
