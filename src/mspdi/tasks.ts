/**
 * Tasks → the spec's work: summary tasks become the phases of the tasks beneath them; milestones
 * become milestones (or gates, when execplan wrote them); links keep their type and lag; the
 * project summary task's deadline becomes the plan's. What a spec cannot say is reported.
 */
import { ANY_DEMAND, CONSTRAINT_FINISH_NO_LATER_THAN, CONSTRAINT_MUST_START_ON, CONSTRAINT_START_NO_EARLIER_THAN, NAMED_DEMAND, priorityOfValue, TASK_FIELDS } from '../interop/index.js';
import { durationMinutes, type ImportContext, slotsText, specDate, splitDateTime } from './context.js';
import type { CustomFields } from './fields.js';
import { recurringFields } from './recurring.js';
import type { ImportedResource } from './resources.js';
import { childOf, childrenOf, numberOf, textOf, type XmlElement } from './xml-tree.js';

type Section = 'tasks' | 'external' | 'gates' | 'milestones';
const LINK_TYPES = ['FF', 'FS', 'SF', 'SS'] as const;
const PERCENT_LAGS = new Set([19, 20, 51, 52]);
const ELAPSED_LAGS = new Set([4, 6, 8, 10, 12, 36, 38, 40, 42, 44]);
const CONSTRAINTS = ['as soon as possible', 'as late as possible', 'must start on', 'must finish on', 'start no earlier than', 'start no later than', 'finish no earlier than', 'finish no later than'];

interface Row {
  readonly el: XmlElement;
  readonly uid: number;
  readonly id: string;
  readonly section: Section;
  readonly entry: Record<string, unknown>;
}

export interface TaskImport {
  readonly sections: Record<Section, Record<string, unknown>[]>;
  readonly recurring: Record<string, unknown>[];
  readonly deadline?: string;
}

function sectionOf(el: XmlElement, fields: CustomFields): Section {
  const type = fields(el, TASK_FIELDS.type.alias);
  if (type === 'external') return 'external';
  if (type === 'gate') return 'gates';
  if (type === 'milestone' || (type !== 'task' && numberOf(el, 'Milestone') === 1)) return 'milestones';
  return 'tasks';
}

const NOTE_KEYS = { 'External': 'owner', 'Deliverable: ': 'deliverable', 'Question: ': 'question', 'If not: ': 'onFail', 'Uncertainty: ': 'uncertainty', 'Risks: ': 'risks' } as const;

/**
 * The notes execplan writes, by their line prefixes: a value runs on over the lines after its
 * prefix (a question may have line breaks) until the next prefix; `- ` lines are criteria; the
 * rest is free text.
 */
function readNotes(text: string | undefined) {
  const values: Record<string, string> = {};
  const criteria: string[] = [];
  const free: string[] = [];
  let current: string | undefined;
  for (const line of (text ?? '').split('\n')) {
    const prefix = (Object.keys(NOTE_KEYS) as (keyof typeof NOTE_KEYS)[]).find((p) => line.startsWith(p));
    if (prefix !== undefined) {
      current = NOTE_KEYS[prefix];
      values[current] = line.slice(prefix.length).replace(/^: ?/, '');
    } else if (line.startsWith('- ')) {
      current = undefined;
      criteria.push(line.slice(2));
    } else if (current !== undefined) values[current] += `\n${line}`;
    else free.push(line);
  }
  return { owner: values.owner, deliverable: values.deliverable, question: values.question, onFail: values.onFail, criteria, free: free.join('\n').trim() };
}

/** Demands from execplan's demands field: `@id`, `skill+skill` or `*`, each with ` xN` units. */
function fieldDemands(text: string, assigned: readonly string[]): Record<string, unknown>[] {
  let named = 0;
  return text.split(',').map((token) => {
    const m = /^\s*(\S+)(?:\s+x(\d+))?\s*$/.exec(token);
    const what = m?.[1] ?? ANY_DEMAND;
    const units = m?.[2] === undefined ? {} : { units: Number(m[2]) };
    if (what.startsWith(NAMED_DEMAND)) return { resource: what.slice(NAMED_DEMAND.length) || assigned[named++] || '', ...units };
    return what === ANY_DEMAND ? { ...units } : { skills: what.split('+'), ...units };
  });
}

function demandsOf(el: XmlElement, uid: number, fields: CustomFields, assignments: ReadonlyMap<number, XmlElement[]>, resources: ReadonlyMap<number, ImportedResource>): Record<string, unknown>[] {
  const assigned = (assignments.get(uid) ?? []).map((a) => ({ a, r: resources.get(numberOf(a, 'ResourceUID') ?? -1) })).filter((x) => x.r !== undefined);
  const field = fields(el, TASK_FIELDS.demands.alias);
  if (field !== undefined && field !== '') return fieldDemands(field, assigned.map((x) => x.r!.id));
  return assigned.map(({ a, r }) => {
    const units = Math.max(1, Math.round((numberOf(a, 'Units') ?? 1) / r!.availability));
    return units === 1 ? { resource: r!.id } : { resource: r!.id, units };
  });
}

/** `assignee: be1`, `assignee: [be1, be2]`, `skills: [...]`, or the general `demands`. */
function whoFields(demands: readonly Record<string, unknown>[]): Record<string, unknown> {
  if (demands.length === 0) return {};
  const simple = demands.every((d) => d.units === undefined);
  if (simple && demands.every((d) => typeof d.resource === 'string')) return { assignee: demands.length === 1 ? demands[0].resource : demands.map((d) => d.resource) };
  if (simple && demands.length === 1 && Array.isArray(demands[0].skills)) return { skills: demands[0].skills };
  return { demands };
}

/**
 * A "start no earlier than" on the task's own start in a file execplan wrote: the writer pins every
 * task's start that way so MS Project keeps its levelling; planning the spec gives that start again.
 */
function ownStartPin(el: XmlElement, fields: CustomFields): boolean {
  const start = textOf(el, 'Start');
  return numberOf(el, 'ConstraintType') === CONSTRAINT_START_NO_EARLIER_THAN && start !== undefined && textOf(el, 'ConstraintDate') === start && fields(el, TASK_FIELDS.id.alias) !== undefined;
}

function warnUnsupported(el: XmlElement, name: string, ctx: ImportContext, kindCalendar: boolean): void {
  if ((numberOf(el, 'PercentComplete') ?? 0) > 0 || textOf(el, 'ActualStart')) ctx.warn(el, `the progress of '${name}' is left out: the spec plans the work from the start`);
  if (numberOf(el, 'Recurring') === 1) ctx.warn(el, `'${name}' recurs; it is read as one task`);
  if ((numberOf(el, 'LevelingDelay') ?? 0) !== 0) ctx.warn(el, `the leveling delay of '${name}' is left out: execplan levels resources itself`);
  if (!kindCalendar && (numberOf(el, 'CalendarUID') ?? -1) >= 0) ctx.warn(el, `the task calendar of '${name}' is left out: tasks follow the plan's and their people's calendars`);
}

/** A date as the spec writes it, from a date-time: 23:59 (MS Project's "by the end of the day") is the day. */
function dayOrTime(text: string | undefined, ctx: ImportContext): string | undefined {
  const at = splitDateTime(text);
  if (!at) return undefined;
  return ctx.unit === 'day' || at.time === '00:00' || at.time === '23:59' ? at.day : `${at.day}T${at.time}`;
}

/**
 * The dates that bind an item: Start No Earlier Than is `not_before`, Must Start On is `on`,
 * Finish No Later Than and the Deadline are `due` (the earlier of the two). execplan's own files
 * carry the spec's dates in custom fields, because their start pins are not the user's dates.
 * A date the spec would reject (before the plan starts, a due before the earliest start) is
 * reported and left out, so the spec still passes `check`.
 */
function dateFields(el: XmlElement, section: Section, name: string, planStart: string, fields: CustomFields, ctx: ImportContext): Record<string, string> {
  const constraint = numberOf(el, 'ConstraintType') ?? 0;
  const own = ownStartPin(el, fields);
  const constraintDate = specDate(el, 'ConstraintDate', ctx);
  const bound = (type: number) => (constraint === type && !own ? constraintDate : undefined);
  const dates: Record<string, string | undefined> = {
    not_before: fields(el, TASK_FIELDS.notBefore.alias) ?? bound(CONSTRAINT_START_NO_EARLIER_THAN),
    on: fields(el, TASK_FIELDS.on.alias) ?? bound(CONSTRAINT_MUST_START_ON),
    due: [bound(CONSTRAINT_FINISH_NO_LATER_THAN) === undefined ? undefined : dayOrTime(textOf(el, 'ConstraintDate'), ctx), dayOrTime(textOf(el, 'Deadline'), ctx)].filter((d) => d !== undefined).sort()[0],
  };
  if (constraint !== 0 && !own && ![CONSTRAINT_START_NO_EARLIER_THAN, CONSTRAINT_MUST_START_ON, CONSTRAINT_FINISH_NO_LATER_THAN].includes(constraint)) {
    ctx.warn(el, `the constraint '${CONSTRAINTS[constraint] ?? constraint}' of '${name}' is left out: a spec binds items with not_before, on and due`);
  }
  if (section === 'gates') {
    if (Object.values(dates).some((d) => d !== undefined)) ctx.warn(el, `the dates of the gate '${name}' are left out: a gate follows its links`);
    return {};
  }
  if (dates.on !== undefined) dates.not_before = undefined;
  for (const field of ['on', 'due'] as const) {
    const date = dates[field];
    if (date !== undefined && (date.length <= 10 ? date < planStart.slice(0, 10) : date < planStart)) {
      ctx.warn(el, `the ${field === 'on' ? 'must-start-on date' : 'deadline'} ${date} of '${name}' is left out: it is before the plan starts (${planStart})`);
      dates[field] = undefined;
    }
  }
  if (dates.due !== undefined && dates.not_before !== undefined && dates.due < dates.not_before) {
    ctx.warn(el, `the deadline ${dates.due} of '${name}' is left out: it is before the item may start (${dates.not_before})`);
    dates.due = undefined;
  }
  return Object.fromEntries(Object.entries(dates).filter((e): e is [string, string] => e[1] !== undefined));
}

/** The `recurring` entry of a recurring summary task execplan wrote; undefined for any other summary. */
function ownRecurring(el: XmlElement, name: string, planStart: string, fields: CustomFields, ctx: ImportContext): Record<string, unknown> | undefined {
  const text = fields(el, TASK_FIELDS.recurring.alias);
  if (numberOf(el, 'Recurring') !== 1 || text === undefined) return undefined;
  const entry = recurringFields(text, fields(el, TASK_FIELDS.demands.alias), planStart);
  if (entry === undefined) {
    ctx.warn(el, `the execplan recurring field of '${name}' is not in the form execplan writes ('every 2h; duration 0.5h; from DATE; to DATE' with who in execplan demands)`);
    return undefined;
  }
  const id = ctx.claimId(fields(el, TASK_FIELDS.id.alias), name, `recurring-${numberOf(el, 'UID') ?? 0}`);
  return { id, ...(name !== '' && name !== id ? { title: name } : {}), ...entry };
}

function workFields(el: XmlElement, section: Section, demands: readonly Record<string, unknown>[], fields: CustomFields, ctx: ImportContext): Record<string, unknown> {
  if (section === 'gates' || section === 'milestones') return {};
  const estimate = fields(el, TASK_FIELDS.estimate.alias)?.split(/\s+/).filter(Boolean);
  if (estimate && estimate.length === 3) return { estimate };
  const units = demands.reduce((sum, d) => sum + (typeof d.units === 'number' ? d.units : 1), 0);
  const work = durationMinutes(textOf(el, 'Work'));
  const effortDriven = numberOf(el, 'Type') === 2 || numberOf(el, 'EffortDriven') === 1;
  if (section === 'tasks' && units > 0 && effortDriven && work !== undefined && work > 0) return { effort: slotsText(work / units, ctx) };
  const duration = durationMinutes(textOf(el, 'Duration'));
  return duration === undefined ? {} : { duration: slotsText(duration, ctx) };
}

function entryOf(el: XmlElement, id: string, section: Section, phase: string | undefined, demands: readonly Record<string, unknown>[], fields: CustomFields, ctx: ImportContext): Record<string, unknown> {
  const title = textOf(el, 'Name') ?? id;
  const notes = readNotes(childOf(el, 'Notes')?.text);
  const priority = priorityOfValue(numberOf(el, 'Priority') ?? 500);
  const kind = fields(el, TASK_FIELDS.kind.alias);
  const uncertainty = fields(el, TASK_FIELDS.uncertainty.alias);
  const common = { id, ...(title !== id ? { title } : {}), ...(phase !== undefined ? { phase } : {}) };
  if (section === 'milestones') return common;
  if (section === 'gates') return { ...common, ...(notes.question ? { question: notes.question } : {}), ...(notes.criteria.length > 0 ? { criteria: notes.criteria } : {}), ...(notes.onFail ? { on_fail: notes.onFail } : {}) };
  const rest = {
    ...(priority !== 'must' ? { priority } : {}),
    ...(uncertainty === 'low' || uncertainty === 'high' ? { uncertainty } : {}),
    ...(notes.free ? { notes: notes.free } : {}),
  };
  if (section === 'external') return { ...common, ...(notes.owner ? { owner: notes.owner } : {}), ...workFields(el, section, demands, fields, ctx), ...rest };
  return {
    ...common,
    ...(kind ? { kind } : {}),
    ...whoFields(demands),
    ...workFields(el, section, demands, fields, ctx),
    ...rest,
    ...(notes.deliverable ? { deliverable: notes.deliverable } : {}),
    ...(fields(el, TASK_FIELDS.splittable.alias) === 'yes' ? { splittable: true } : {}),
  };
}

function linksOf(row: Row, byUid: ReadonlyMap<number, Row>, summaries: ReadonlyMap<number, string>, ctx: ImportContext): unknown[] {
  const name = textOf(row.el, 'Name') ?? row.id;
  return childrenOf(row.el, 'PredecessorLink').flatMap((link): unknown[] => {
    const from = numberOf(link, 'PredecessorUID') ?? -1;
    const pred = byUid.get(from);
    if (numberOf(link, 'CrossProject') === 1) return (ctx.warn(link, `the link of '${name}' to another project is left out`), []);
    if (!pred) {
      const phase = summaries.get(from);
      ctx.warn(link, phase !== undefined ? `the link of '${name}' to the summary task '${phase}' is left out: a spec links activities, not phases` : `the link of '${name}' to task UID ${from} is left out: no such task`);
      return [];
    }
    const type = LINK_TYPES[numberOf(link, 'Type') ?? 1] ?? 'FS';
    const format = numberOf(link, 'LagFormat') ?? 7;
    let minutes = (numberOf(link, 'LinkLag') ?? 0) / 10;
    if (PERCENT_LAGS.has(format) && minutes !== 0) {
      ctx.warn(link, `the lag of '${name}' after '${pred.id}' is a percentage of the predecessor's duration; it is left out`);
      minutes = 0;
    } else if (ELAPSED_LAGS.has(format) && minutes !== 0) ctx.warn(link, `the elapsed lag of '${name}' after '${pred.id}' is read as working time`);
    if (type === 'FS' && minutes === 0) return [pred.id];
    return [{ task: pred.id, ...(type !== 'FS' ? { type } : {}), ...(minutes !== 0 ? { lag: slotsText(minutes, ctx) } : {}) }];
  });
}

export function importTasks(project: XmlElement, planStart: string, fields: CustomFields, resources: readonly ImportedResource[], kindCalendars: ReadonlyMap<number, string>, ctx: ImportContext): TaskImport {
  const assignments = new Map<number, XmlElement[]>();
  for (const a of childrenOf(childOf(project, 'Assignments'), 'Assignment')) {
    const task = numberOf(a, 'TaskUID') ?? -1;
    assignments.set(task, [...(assignments.get(task) ?? []), a]);
  }
  const resourceByUid = new Map(resources.map((r) => [r.uid, r]));
  const rows: Row[] = [];
  const summaries = new Map<number, string>();
  const outline: { level: number; name: string }[] = [];
  let deadline: string | undefined;
  const recurring: Record<string, unknown>[] = [];
  // The occurrences beneath a recurring summary execplan wrote: its one entry stands for them.
  let occurrencesBelow: number | undefined;
  for (const el of childrenOf(childOf(project, 'Tasks'), 'Task')) {
    const uid = numberOf(el, 'UID') ?? -1;
    const level = numberOf(el, 'OutlineLevel') ?? 1;
    const name = textOf(el, 'Name') ?? '';
    if (occurrencesBelow !== undefined && level > occurrencesBelow) continue;
    occurrencesBelow = undefined;
    if (uid === 0 || level === 0) {
      const at = splitDateTime(textOf(el, 'Deadline'));
      if (at) deadline = ctx.unit === 'day' || at.time === '23:59' ? at.day : `${at.day}T${at.time}`;
      continue;
    }
    if (numberOf(el, 'IsNull') === 1) continue;
    while (outline.length > 0 && outline[outline.length - 1].level >= level) outline.pop();
    if (numberOf(el, 'Summary') === 1) {
      const entry = ownRecurring(el, name, planStart, fields, ctx);
      if (entry !== undefined) {
        recurring.push(entry);
        occurrencesBelow = level;
        continue;
      }
      if (numberOf(el, 'Recurring') === 1) ctx.warn(el, `'${name}' recurs; its occurrences are read as tasks of the phase '${name}'`);
      if (outline.length > 0) ctx.warn(el, `the summary task '${name}' sits inside '${outline[outline.length - 1].name}'; phases do not nest, so its tasks take the phase '${name}'`);
      if (childrenOf(el, 'PredecessorLink').length > 0) ctx.warn(el, `the links of the summary task '${name}' are left out: a spec links activities, not phases`);
      summaries.set(uid, name);
      outline.push({ level, name });
      continue;
    }
    const section = sectionOf(el, fields);
    if (section === 'milestones' && numberOf(el, 'Milestone') === 1 && (durationMinutes(textOf(el, 'Duration')) ?? 0) > 0) ctx.warn(el, `the milestone '${name}' has a duration; a milestone takes none`);
    const kindCalendar = kindCalendars.has(numberOf(el, 'CalendarUID') ?? -1);
    warnUnsupported(el, name, ctx, kindCalendar);
    const id = ctx.claimId(fields(el, TASK_FIELDS.id.alias), name, `task-${uid}`);
    const demands = section === 'tasks' ? demandsOf(el, uid, fields, assignments, resourceByUid) : [];
    if (section !== 'tasks' && (assignments.get(uid) ?? []).length > 0) ctx.warn(el, `the assignments of '${name}' are left out: only tasks take people`);
    rows.push({ el, uid, id, section, entry: { ...entryOf(el, id, section, outline[outline.length - 1]?.name, demands, fields, ctx), ...dateFields(el, section, name, planStart, fields, ctx) } });
  }
  const byUid = new Map(rows.map((r) => [r.uid, r]));
  const sections: Record<Section, Record<string, unknown>[]> = { tasks: [], external: [], gates: [], milestones: [] };
  // The spec's order within each section is the tasks' UID order: the order they were made in.
  for (const row of [...rows].sort((a, b) => a.uid - b.uid)) {
    const after = linksOf(row, byUid, summaries, ctx);
    sections[row.section].push(after.length > 0 ? { ...row.entry, after } : row.entry);
  }
  return { sections, recurring, ...(deadline !== undefined ? { deadline } : {}) };
}
