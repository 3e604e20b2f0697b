/**
 * Tasks in outline order: the project's summary task (UID 0, which carries the deadline), each
 * phase as a summary task with its activities beneath, and activities without a phase at the top
 * level. Activity UIDs follow the spec's order, so a reader can restore it.
 */
import type { PlanAnalysis } from '../../analyse/index.js';
import { ANY_DEMAND, CONSTRAINT_MUST_START_ON, CONSTRAINT_START_NO_EARLIER_THAN, FORMAT_DAYS, FORMAT_HOURS, LINK_TYPE_CODES, NAMED_DEMAND, PRIORITY_VALUES, TASK_FIELDS, TASK_FIXED_DURATION, TASK_FIXED_WORK } from '../../interop/index.js';
import type { Activity, Demand } from '../../model/index.js';
import { workOf } from '../../plan/index.js';
import type { ScheduledActivity } from '../../schedule/index.js';
import { kindCalendarUid } from './calendars.js';
import { recurringRows, recurringUids, type RecurringUids } from './recurring.js';
import { linkLag, mspdiDateTime, mspdiDuration, type SlotClock } from './time.js';
import type { XmlNode } from './xml.js';

/** UIDs of the scheduled activities (1-based spec order) and of the phase summary tasks after them. */
export interface TaskUids {
  readonly activity: ReadonlyMap<string, number>;
  readonly phase: ReadonlyMap<string, number>;
  readonly recurring: ReadonlyMap<string, RecurringUids>;
}

export function taskUids(a: PlanAnalysis): TaskUids {
  const activity = new Map<string, number>();
  a.result.model.activities.forEach((act, i) => {
    if (a.index.scheduled.has(act.id)) activity.set(act.id, i + 1);
  });
  const phases = a.phases.flatMap((p) => (p.name === undefined ? [] : [p.name]));
  const firstRecurring = a.result.model.activities.length + phases.length + 1;
  return { activity, phase: new Map(phases.map((p, i) => [p, a.result.model.activities.length + 1 + i])), recurring: recurringUids(a, firstRecurring) };
}

function textField(field: { readonly fieldId: number }, value: string | undefined): XmlNode | undefined {
  return value === undefined || value === '' ? undefined : ['ExtendedAttribute', [['FieldID', field.fieldId], ['Value', value]]];
}

function demandToken(d: Demand): string {
  const what = d.resource !== undefined ? `${NAMED_DEMAND}${d.resource}` : d.skills.length > 0 ? d.skills.join('+') : ANY_DEMAND;
  return d.units === 1 ? what : `${what} x${d.units}`;
}

function slotsText(slots: number, clock: SlotClock): string {
  return `${Math.round(slots * 1000) / 1000}${clock.unit === 'day' ? 'd' : 'h'}`;
}

/** What a reader of the task in MS Project wants to know that has no field of its own. */
function notes(act: Activity, facts: TaskFacts): string | undefined {
  const risks = facts.risks.get(act.id) ?? [];
  const lines = [
    act.type === 'external' ? `External${act.owner ? `: ${act.owner}` : ''}` : undefined,
    act.deliverable ? `Deliverable: ${act.deliverable}` : undefined,
    act.gate ? `Question: ${act.gate.question}` : undefined,
    ...(act.gate?.criteria ?? []).map((c) => `- ${c}`),
    act.gate?.onFail ? `If not: ${act.gate.onFail}` : undefined,
    act.type === 'task' || act.type === 'external' ? `Uncertainty: ${act.uncertainty}` : undefined,
    risks.length > 0 ? `Risks: ${risks.join('; ')}` : undefined,
  ].filter((l): l is string => l !== undefined);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function notesElement(text: string | undefined): XmlNode | undefined {
  return text === undefined ? undefined : ['Notes', text];
}

function times(s: ScheduledActivity, a: PlanAnalysis, clock: SlotClock): { start: string; finish: string } {
  const dates = a.dates.get(s.id)!;
  if (s.finish <= s.start) {
    const at = pointTime(dates.start, s.start, clock);
    return { start: at, finish: at };
  }
  return { start: mspdiDateTime(dates.start, clock.dayStart), finish: mspdiDateTime(dates.finish, clock.dayEnd) };
}

/** A point (gate, milestone) is reached at the end of the day its work ends, or on the plan's first morning. */
function pointTime(date: string, offset: number, clock: SlotClock): string {
  return mspdiDateTime(date, offset > 0 ? clock.dayEnd : clock.dayStart);
}

/**
 * Baseline 0, as MS Project's Set Baseline saves it: the --baseline plan's start, finish and
 * working duration of the activity, so MS Project's tracking Gantt draws the slip.
 */
function baselineElement(id: string, isPoint: boolean, facts: TaskFacts, clock: SlotClock): XmlNode | undefined {
  const item = facts.slip.get(id);
  if (!item) return undefined;
  const { start, finish } = { start: item.start.baseline, finish: item.finish.baseline };
  const at = isPoint ? pointTime(start.date, start.offset, clock) : undefined;
  return [
    'Baseline',
    [
      ['Number', 0],
      ['Start', at ?? mspdiDateTime(start.date, clock.dayStart)],
      ['Finish', at ?? mspdiDateTime(finish.date, clock.dayEnd)],
      ['Duration', mspdiDuration(Math.max(0, finish.offset - start.offset) * clock.minutesPerSlot)],
      ['DurationFormat', clock.unit === 'day' ? FORMAT_DAYS : FORMAT_HOURS],
    ],
  ];
}

/** What the status reports of the activity: its share done, and its actual start and finish. */
function progressElements(id: string, a: PlanAnalysis, start: string, finish: string): { percent?: XmlNode; actual: (XmlNode | undefined)[] } {
  const progress = a.tracking?.activities.get(id);
  if (!progress) return { actual: [] };
  return {
    percent: ['PercentComplete', Math.round(progress.share * 100)],
    actual: [progress.started ? ['ActualStart', start] : undefined, progress.state === 'done' ? ['ActualFinish', finish] : undefined],
  };
}

/**
 * MS Project does not level on open: a start no earlier than the planned one keeps work that
 * waited for its people where execplan put it. An `on` date the plan keeps is a Must Start On,
 * which MS Project shows as a fixed date. Gates and undated milestones follow their links anyway.
 */
function constraintOf(act: Activity, facts: TaskFacts): number {
  const kept = facts.dateConstraints.get(act.id)?.missed !== 'on';
  if (act.dates?.on !== undefined && kept) return CONSTRAINT_MUST_START_ON;
  return act.type === 'task' || act.type === 'external' || act.dates?.notBefore !== undefined || act.dates?.on !== undefined ? CONSTRAINT_START_NO_EARLIER_THAN : 0;
}

/** What the task rows look up by activity, indexed once instead of searched per row. */
interface TaskFacts {
  /** `id (title)` of the risks affecting each activity, in spec order. */
  readonly risks: ReadonlyMap<string, readonly string[]>;
  readonly slip: ReadonlyMap<string, NonNullable<PlanAnalysis['slip']>['items'][number]>;
  readonly dateConstraints: ReadonlyMap<string, PlanAnalysis['dateConstraints'][number]>;
}

/** The first entry per id wins, as a search from the front finds it. */
function firstById<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

function taskFacts(a: PlanAnalysis): TaskFacts {
  const risks = new Map<string, string[]>();
  for (const r of a.result.model.risks) {
    for (const id of new Set(r.affects)) {
      const list = risks.get(id);
      if (list) list.push(`${r.id} (${r.title})`);
      else risks.set(id, [`${r.id} (${r.title})`]);
    }
  }
  return { risks, slip: firstById(a.slip?.items ?? []), dateConstraints: firstById(a.dateConstraints) };
}

function activityTask(s: ScheduledActivity, row: { id: number; wbs: string; level: number }, a: PlanAnalysis, uids: TaskUids, clock: SlotClock, facts: TaskFacts): XmlNode {
  const act = a.index.activity.get(s.id)!;
  const timing = a.index.timing.get(s.id);
  const { start, finish } = times(s, a, clock);
  const worked = s.segments.reduce((sum, [from, to]) => sum + (to - from), 0);
  const isPoint = act.type === 'gate' || act.type === 'milestone';
  const effort = act.work.mode === 'effort';
  const kindCalendar = act.kind === undefined ? undefined : kindCalendarUid(a, act.kind);
  const links = act.deps.filter((d) => uids.activity.has(d.from));
  const constraint = constraintOf(act, facts);
  const estimate = act.estimate ? [act.estimate.optimistic, act.estimate.likely, act.estimate.pessimistic].map((n) => slotsText(n, clock)).join(' ') : undefined;
  const progress = progressElements(s.id, a, start, finish);
  return [
    'Task',
    [
      ['UID', uids.activity.get(s.id)!],
      ['ID', row.id],
      ['Name', act.title],
      ['Type', effort ? TASK_FIXED_WORK : TASK_FIXED_DURATION],
      ['IsNull', 0],
      ['WBS', row.wbs],
      ['OutlineNumber', row.wbs],
      ['OutlineLevel', row.level],
      ['Priority', PRIORITY_VALUES[act.priority === 'wont' ? 'could' : act.priority]],
      ['Start', start],
      ['Finish', finish],
      ['Duration', mspdiDuration(worked * clock.minutesPerSlot)],
      ['DurationFormat', clock.unit === 'day' ? FORMAT_DAYS : FORMAT_HOURS],
      s.assignees.length > 0 ? ['Work', mspdiDuration(workOf(s, act) * clock.minutesPerSlot)] : undefined,
      ['EffortDriven', effort ? 1 : 0],
      ['Estimated', 0],
      ['Milestone', isPoint ? 1 : 0],
      ['Summary', 0],
      ['Critical', timing?.critical ? 1 : 0],
      ['FreeSlack', linkLag(timing?.freeFloat ?? 0, clock)],
      ['TotalSlack', linkLag(timing?.totalFloat ?? 0, clock)],
      progress.percent,
      ...progress.actual,
      ['ConstraintType', constraint],
      kindCalendar === undefined ? undefined : ['CalendarUID', kindCalendar],
      constraint !== 0 ? ['ConstraintDate', start] : undefined,
      act.dates?.due === undefined ? undefined : ['Deadline', mspdiDateTime(act.dates.due, 24)],
      notesElement(notes(act, facts)),
      ...links.map((d): XmlNode => ['PredecessorLink', [['PredecessorUID', uids.activity.get(d.from)!], ['Type', LINK_TYPE_CODES[d.type]], ['CrossProject', 0], ['LinkLag', linkLag(d.lag, clock)], ['LagFormat', clock.unit === 'day' ? FORMAT_DAYS : FORMAT_HOURS]]]),
      textField(TASK_FIELDS.id, act.id),
      textField(TASK_FIELDS.type, act.type),
      textField(TASK_FIELDS.demands, act.demands.map(demandToken).join(', ')),
      textField(TASK_FIELDS.kind, act.kind),
      textField(TASK_FIELDS.uncertainty, act.type === 'task' || act.type === 'external' ? act.uncertainty : undefined),
      textField(TASK_FIELDS.splittable, act.splittable ? 'yes' : undefined),
      textField(TASK_FIELDS.estimate, estimate),
      textField(TASK_FIELDS.notBefore, act.dates?.notBefore),
      textField(TASK_FIELDS.on, act.dates?.on),
      baselineElement(s.id, isPoint, facts, clock),
    ],
  ];
}

function summaryTask(uid: number, row: { id: number; wbs: string; level: number }, name: string, members: readonly ScheduledActivity[], a: PlanAnalysis, clock: SlotClock, deadline?: string): XmlNode {
  // A plan with nothing scheduled still has its summary task: it carries the deadline.
  const first = members.length === 0 ? 0 : members.reduce((min, s) => Math.min(min, s.start), Infinity);
  const last = members.length === 0 ? 0 : members.reduce((max, s) => Math.max(max, s.finish), -Infinity);
  const planStart = mspdiDateTime(a.result.model.start, clock.dayStart);
  const starts = members.length === 0 ? [planStart] : members.filter((s) => s.start === first).map((s) => times(s, a, clock).start);
  const finishes = members.length === 0 ? [planStart] : members.filter((s) => s.finish === last).map((s) => times(s, a, clock).finish);
  return [
    'Task',
    [
      ['UID', uid],
      ['ID', row.id],
      ['Name', name],
      ['Type', TASK_FIXED_DURATION],
      ['IsNull', 0],
      ['WBS', row.wbs],
      ['OutlineNumber', row.wbs],
      ['OutlineLevel', row.level],
      ['Priority', 500],
      ['Start', starts.sort()[0]],
      ['Finish', finishes.sort()[finishes.length - 1]],
      ['Duration', mspdiDuration((last - first) * clock.minutesPerSlot)],
      ['DurationFormat', clock.unit === 'day' ? FORMAT_DAYS : FORMAT_HOURS],
      ['EffortDriven', 0],
      ['Estimated', 0],
      ['Milestone', 0],
      ['Summary', 1],
      ['ConstraintType', 0],
      deadline === undefined ? undefined : ['Deadline', mspdiDateTime(deadline, clock.dayEnd)],
    ],
  ];
}

/**
 * The task rows in outline order: the analysis's phases in the order their work starts, each
 * named one as a summary row with its activities beneath, those of no phase at the top level.
 */
export function tasksElement(a: PlanAnalysis, uids: TaskUids, clock: SlotClock): XmlNode {
  return ['Tasks', taskRows(a, uids, clock, taskFacts(a))];
}

/** The project's summary task, then the rows, each built as it is written. */
function* taskRows(a: PlanAnalysis, uids: TaskUids, clock: SlotClock, facts: TaskFacts): Generator<XmlNode> {
  const scheduledOf = (ids: readonly string[]) => ids.filter((id) => uids.activity.has(id)).map((id) => a.index.scheduled.get(id)!);
  const all = a.result.schedule.activities.filter((s) => uids.activity.has(s.id));
  yield summaryTask(0, { id: 0, wbs: '0', level: 0 }, a.result.model.name, all, a, clock, a.result.model.deadline?.date);
  let row = 0;
  let top = 0;
  for (const phase of a.phases) {
    const members = scheduledOf(phase.activities);
    if (members.length === 0) continue;
    if (phase.name === undefined) {
      for (const m of members) yield activityTask(m, { id: ++row, wbs: String(++top), level: 1 }, a, uids, clock, facts);
      continue;
    }
    top++;
    yield summaryTask(uids.phase.get(phase.name)!, { id: ++row, wbs: String(top), level: 1 }, phase.name, members, a, clock);
    for (let i = 0; i < members.length; i++) yield activityTask(members[i], { id: ++row, wbs: `${top}.${i + 1}`, level: 2 }, a, uids, clock, facts);
  }
  yield* recurringRows(a, uids.recurring, clock, row + 1, top + 1);
}
