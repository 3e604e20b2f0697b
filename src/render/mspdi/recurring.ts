/**
 * Recurring work as MS Project keeps it: a recurring summary task (`Recurring` 1) with one
 * subtask per occurrence, each pinned to its start and assigned to whoever does it then. The
 * summary carries the item as the spec says it (how often, how long, from, to, who), so import
 * restores one `recurring` entry rather than a task per occurrence.
 */
import type { OccurrenceTimes, PlanAnalysis } from '../../analyse/index.js';
import { formatInstant, parseInstant } from '../../calendar/index.js';
import { ANY_DEMAND, CONSTRAINT_START_NO_EARLIER_THAN, FORMAT_DAYS, FORMAT_HOURS, NAMED_DEMAND, TASK_FIELDS, TASK_FIXED_DURATION } from '../../interop/index.js';
import type { Recurring } from '../../model/index.js';
import { mspdiDateTime, mspdiDuration, type SlotClock } from './time.js';
import type { XmlNode } from './xml.js';

/** The UIDs of one recurring item: its summary task, then its occurrences in order. */
export interface RecurringUids {
  readonly summary: number;
  readonly occurrences: readonly number[];
}

export function recurringUids(a: PlanAnalysis, firstUid: number): ReadonlyMap<string, RecurringUids> {
  const out = new Map<string, RecurringUids>();
  let next = firstUid;
  for (const r of a.recurring) {
    const summary = next++;
    out.set(r.id, { summary, occurrences: r.times.map(() => next++) });
  }
  return out;
}

/** Slots as the spec writes them: whole slots in the plan's unit, a part of a slot in hours (exact). */
function specSlots(slots: number, clock: SlotClock): string {
  if (Number.isInteger(slots)) return `${slots}${clock.unit === 'day' ? 'd' : 'h'}`;
  return `${Math.round(((slots * clock.minutesPerSlot) / 60) * 1e6) / 1e6}h`;
}

/** `every 2h; duration 0.5h; from 2024-10-15; to 2024-12-15`: the item's spec fields, `to` only when the spec gave one. */
export function recurringFieldText(r: Recurring, clock: SlotClock): string {
  return [`every ${specSlots(r.every, clock)}`, `duration ${specSlots(r.duration, clock)}`, `from ${r.from}`, ...(r.untilFinish ? [] : [`to ${r.to}`])].join('; ');
}

function demandsText(r: Recurring): string {
  return r.assignees.length > 0 ? r.assignees.map((p) => `${NAMED_DEMAND}${p}`).join(', ') : r.skills.length > 0 ? r.skills.join('+') : ANY_DEMAND;
}

/** An MSPDI date-time plus some minutes, rolling into the next day past midnight. */
function plusMinutes(at: string, minutes: number): string {
  return `${formatInstant(parseInstant(at) + Math.round(minutes))}:00`;
}

/** An occurrence's start and finish; one shorter than a day in a day plan ends that many minutes after it starts. */
function mspdiTimes(t: OccurrenceTimes, r: Recurring, clock: SlotClock): { start: string; finish: string } {
  const start = mspdiDateTime(t.start, clock.dayStart);
  return { start, finish: clock.unit === 'day' && r.duration < 1 ? plusMinutes(start, r.duration * clock.minutesPerSlot) : mspdiDateTime(t.end, clock.dayEnd) };
}

function field(f: { readonly fieldId: number }, value: string): XmlNode {
  return ['ExtendedAttribute', [['FieldID', f.fieldId], ['Value', value]]];
}

/** The summary row and the occurrence rows of each recurring item, at the top level after the phases. */
export function recurringRows(a: PlanAnalysis, uids: ReadonlyMap<string, RecurringUids>, clock: SlotClock, firstRow: number, firstWbs: number): XmlNode[] {
  const rows: XmlNode[] = [];
  const format = clock.unit === 'day' ? FORMAT_DAYS : FORMAT_HOURS;
  (a.result.model.recurring ?? []).forEach((r, i) => {
    const wbs = String(firstWbs + i);
    const times = a.recurring[i].times.map((t) => mspdiTimes(t, r, clock));
    const start = times[0]?.start ?? mspdiDateTime(a.result.model.start, clock.dayStart);
    const finish = times[times.length - 1]?.finish ?? start;
    const minutes = r.duration * clock.minutesPerSlot;
    rows.push(['Task', [
      ['UID', uids.get(r.id)!.summary], ['ID', firstRow + rows.length], ['Name', r.title], ['Type', TASK_FIXED_DURATION], ['IsNull', 0],
      ['WBS', wbs], ['OutlineNumber', wbs], ['OutlineLevel', 1], ['Priority', 500], ['Start', start], ['Finish', finish],
      ['Duration', mspdiDuration(times.length * minutes)], ['DurationFormat', format], ['EffortDriven', 0], ['Recurring', 1],
      ['Estimated', 0], ['Milestone', 0], ['Summary', 1], ['ConstraintType', 0],
      field(TASK_FIELDS.id, r.id), field(TASK_FIELDS.type, 'recurring'), field(TASK_FIELDS.demands, demandsText(r)), field(TASK_FIELDS.recurring, recurringFieldText(r, clock)),
    ]]);
    times.forEach((t, n) => {
      rows.push(['Task', [
        ['UID', uids.get(r.id)!.occurrences[n]], ['ID', firstRow + rows.length], ['Name', `${r.title} ${n + 1}`], ['Type', TASK_FIXED_DURATION], ['IsNull', 0],
        ['WBS', `${wbs}.${n + 1}`], ['OutlineNumber', `${wbs}.${n + 1}`], ['OutlineLevel', 2], ['Priority', 500], ['Start', t.start], ['Finish', t.finish],
        ['Duration', mspdiDuration(minutes)], ['DurationFormat', format], ['EffortDriven', 0], ['Estimated', 0], ['Milestone', 0], ['Summary', 0],
        // Occurrences have no links: without the pin MS Project would move them all to the start.
        ['ConstraintType', CONSTRAINT_START_NO_EARLIER_THAN], ['ConstraintDate', t.start],
      ]]);
    });
  });
  return rows;
}

/** Each occurrence's people, at their availability, for as long as the occurrence lasts. */
export function recurringAssignments(a: PlanAnalysis, uids: ReadonlyMap<string, RecurringUids>, resourceUid: ReadonlyMap<string, number>, clock: SlotClock): { task: number; resource: number; start: string; finish: string; units: number; minutes: number }[] {
  return (a.result.model.recurring ?? []).flatMap((r, i) =>
    a.recurring[i].times.flatMap((t, n) => {
      const { start, finish } = mspdiTimes(t, r, clock);
      return [...new Set(t.people)].map((person) => {
        const units = a.index.resource.get(person)?.availability ?? 1;
        return { task: uids.get(r.id)!.occurrences[n], resource: resourceUid.get(person)!, start, finish, units, minutes: r.duration * clock.minutesPerSlot * units };
      });
    }),
  );
}
