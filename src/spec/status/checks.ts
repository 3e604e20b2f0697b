/**
 * What a status file's values mean against the plan: every id known (the closest one suggested
 * when not), dates in order and never past `as_of`, progress that can be (nothing on a won't
 * item, an in-progress task with the day it started). Pure functions of the parsed status and the
 * model, returning diagnostics with status paths; the loader adds the ranges.
 */
import { makeDiagnostic, type DiagCode, type Diagnostic } from '../../diag/index.js';
import type { Activity, Model } from '../../model/index.js';
import type { Path } from '../source-map.js';
import { didYouMean } from '../suggest.js';
import { slotsOf } from '../units.js';
import { gridOfModel } from './normalise.js';
import type { GateStatusSpec, RiskStatusSpec, StatusSpec, TaskStatusSpec } from './schema.js';

const problem = (code: DiagCode, message: string, path: Path, hint?: string): Diagnostic => makeDiagnostic(code, message, { path, ...(hint ? { hint } : {}) });

/** The day of a date or date-time, for comparisons at the grain of days. */
const day = (d: string): string => d.slice(0, 10);

export function checkStatus(status: StatusSpec, model: Model): Diagnostic[] {
  return [...checkAsOf(status, model), ...checkTasks(status, model), ...checkGates(status, model), ...checkRisks(status, model), ...checkHistory(status, model)];
}

/** Earlier plans' finished work: done by people of this team, with an estimate and an actual to divide. */
function checkHistory(status: StatusSpec, model: Model): Diagnostic[] {
  const team = new Set(model.resources.map((r) => r.id));
  const grid = gridOfModel(model);
  const out: Diagnostic[] = [];
  status.history.forEach((entry, k) => {
    const at = (field: string): Path => ['history', k, field];
    const by = typeof entry.by === 'string' ? [entry.by] : entry.by;
    by.forEach((who, j) => {
      if (!team.has(who)) out.push(problem('E_UNKNOWN_REF', `no team member has id "${who}"`, typeof entry.by === 'string' ? at('by') : [...at('by'), j], didYouMean(who, team) ?? 'History teaches the estimates of people on this plan\'s team; drop the entries of others.'));
    });
    for (const field of ['estimate', 'actual'] as const) {
      if (!(slotsOf(entry[field], grid) > 0)) out.push(problem('E_OUT_OF_RANGE', `history entry ${k + 1} has ${field === 'estimate' ? 'an estimate' : 'an actual'} of zero: a ratio of actual to estimate needs both above zero`, at(field), 'Give the work as estimated and as it went, e.g. estimate: 3d, actual: 4d; drop entries with no estimate.'));
    }
  });
  return out;
}

function checkAsOf(status: StatusSpec, model: Model): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (model.calendar.unit === 'day' && status.as_of.length > 10) out.push(problem('E_BAD_DATE', `as_of ${status.as_of} has a time of day, and the plan is in whole days`, ['as_of'], 'Write the day alone, e.g. 2024-11-12.'));
  if (day(status.as_of) < day(model.start)) out.push(problem('E_STATUS_DATE', `as_of ${status.as_of} is before the plan starts on ${model.start}`, ['as_of'], 'A status describes a day on or after the plan start; check the year and month.'));
  return out;
}

function checkTasks(status: StatusSpec, model: Model): Diagnostic[] {
  const work = model.activities.filter((a) => a.type === 'task' || a.type === 'external');
  const byId = new Map(model.activities.map((a) => [a.id, a]));
  const team = new Set(model.resources.map((r) => r.id));
  const out: Diagnostic[] = [];
  for (const [id, entry] of Object.entries(status.tasks)) {
    const path = ['tasks', id];
    const activity = byId.get(id);
    if (!activity) out.push(problem('E_UNKNOWN_REF', `no task or external item has id "${id}"`, path, didYouMean(id, work.map((a) => a.id))));
    else if (activity.type === 'gate' || activity.type === 'milestone') out.push(problem('E_STATUS_PROGRESS', `"${id}" is a ${activity.type}, which has no work to track`, path, activity.type === 'gate' ? 'Record a gate under gates with passed: or failed:.' : 'A milestone is reached when its work is done; track that work.'));
    else out.push(...checkTask(id, entry, activity, status.as_of, model.start, team));
  }
  return out;
}

function checkTask(id: string, entry: TaskStatusSpec, activity: Activity, asOf: string, start: string, team: ReadonlySet<string>): Diagnostic[] {
  const at = (field: string): Path => ['tasks', id, field];
  const out: Diagnostic[] = [];
  const inProgress = entry.remaining !== undefined || entry.percent !== undefined;
  if (activity.priority === 'wont') return [problem('E_STATUS_PROGRESS', `"${id}" is a won't-have: it is not in the plan, so it has no progress`, ['tasks', id], 'Drop the entry, or raise the priority of the task in the spec.')];
  if (entry.done === undefined && entry.started === undefined && entry.blocked === undefined && !inProgress) {
    out.push(problem('E_STATUS_PROGRESS', `the status of "${id}" says neither done, started nor blocked`, ['tasks', id], 'Give done: DATE, started: DATE (with remaining or percent), or blocked: REASON.'));
  }
  if (entry.done !== undefined) {
    for (const field of ['remaining', 'percent', 'blocked', 'until'] as const) {
      if (entry[field] !== undefined) out.push(problem('E_CONFLICT', `"${id}" is done, so it has no ${field}`, at(field), 'Remove the field, or remove done if the work goes on.'));
    }
  } else if (inProgress && entry.started === undefined) {
    out.push(problem('E_STATUS_PROGRESS', `"${id}" is in progress but does not say when it started`, at(entry.remaining !== undefined ? 'remaining' : 'percent'), 'Add started: DATE, the first day of work.'));
  }
  if (entry.remaining !== undefined && entry.percent !== undefined) out.push(problem('E_CONFLICT', `"${id}" gives both remaining and percent`, at('percent'), 'Keep one: remaining work, or the share done.'));
  if (entry.percent !== undefined) {
    const share = typeof entry.percent === 'number' ? entry.percent : Number(entry.percent.slice(0, -1));
    if (!(share >= 0 && share <= 100)) out.push(problem('E_OUT_OF_RANGE', `percent of "${id}" must be from 0 to 100, got ${String(entry.percent)}`, at('percent')));
  }
  if (entry.until !== undefined && entry.blocked === undefined) out.push(problem('E_STATUS_PROGRESS', `"${id}" says until when it is blocked, but not why`, at('until'), 'Add blocked: REASON, or remove until.'));
  out.push(...checkTaskDates(id, entry, asOf, start));
  out.push(...checkBy(id, entry, activity, team));
  return out;
}

function checkTaskDates(id: string, entry: TaskStatusSpec, asOf: string, start: string): Diagnostic[] {
  const at = (field: string): Path => ['tasks', id, field];
  const out: Diagnostic[] = [];
  if (entry.started !== undefined && day(entry.started) < day(start)) out.push(problem('E_STATUS_DATE', `"${id}" started on ${entry.started}, before the plan starts on ${start}`, at('started')));
  if (entry.started !== undefined && day(entry.started) > day(asOf)) out.push(problem('E_STATUS_DATE', `"${id}" started on ${entry.started}, after as_of ${asOf}`, at('started'), 'A status records what happened by as_of; work not started yet has no entry.'));
  if (entry.done !== undefined) {
    if (day(entry.done) > day(asOf)) out.push(problem('E_STATUS_DATE', `"${id}" is done on ${entry.done}, after as_of ${asOf}`, at('done'), 'A status records what happened by as_of; move as_of or the date.'));
    else if (entry.started !== undefined && entry.done < entry.started) out.push(problem('E_STATUS_DATE', `"${id}" is done on ${entry.done}, before it started on ${entry.started}`, at('done'), 'Swap the dates, or fix the one that is wrong.'));
    else if (day(entry.done) < day(start)) out.push(problem('E_STATUS_DATE', `"${id}" is done on ${entry.done}, before the plan starts on ${start}`, at('done')));
  }
  if (entry.until !== undefined && day(entry.until) < day(asOf)) out.push(problem('E_STATUS_DATE', `"${id}" is blocked until ${entry.until}, before as_of ${asOf}`, at('until'), 'Work blocked until a past day is not blocked any more: remove blocked and until.'));
  return out;
}

function checkBy(id: string, entry: TaskStatusSpec, activity: Activity, team: ReadonlySet<string>): Diagnostic[] {
  if (entry.by === undefined) return [];
  const by = typeof entry.by === 'string' ? [entry.by] : entry.by;
  const at: Path = ['tasks', id, 'by'];
  if (activity.type === 'external') return [problem('E_STATUS_PROGRESS', `"${id}" is an external item: the team does not do it, so it has no "by"`, at, 'Remove by; the owner is in the spec.')];
  const out: Diagnostic[] = [];
  by.forEach((who, k) => {
    if (!team.has(who)) out.push(problem('E_UNKNOWN_REF', `no team member has id "${who}"`, typeof entry.by === 'string' ? at : [...at, k], didYouMean(who, team)));
  });
  if (out.length === 0 && by.length !== activity.demands.length) {
    out.push(problem('E_STATUS_PROGRESS', `"${id}" needs ${activity.demands.length} ${activity.demands.length === 1 ? 'person' : 'people or pools'} at once, and by names ${by.length}`, at, 'Name one team id per demand of the task, in the order of its demands.'));
  }
  return out;
}

function checkGates(status: StatusSpec, model: Model): Diagnostic[] {
  const gates = model.activities.filter((a) => a.type === 'gate').map((a) => a.id);
  return checkEntries('gates', 'gate', status.gates, gates, (id, entry) => oneDecision(id, entry, status.as_of));
}

/** Each entry of a status section: its id must name one of `known` (else the closest), then its own checks. */
function checkEntries<E>(section: 'gates' | 'risks', noun: string, entries: Readonly<Record<string, E>>, known: readonly string[], checkOne: (id: string, entry: E) => Diagnostic[]): Diagnostic[] {
  const ids = new Set(known);
  const out: Diagnostic[] = [];
  for (const [id, entry] of Object.entries(entries)) {
    if (!ids.has(id)) out.push(problem('E_UNKNOWN_REF', `no ${noun} has id "${id}"`, [section, id], didYouMean(id, known)));
    out.push(...checkOne(id, entry));
  }
  return out;
}

function oneDecision(id: string, entry: GateStatusSpec, asOf: string): Diagnostic[] {
  const given = (['passed', 'failed'] as const).filter((k) => entry[k] !== undefined);
  if (given.length === 0) return [problem('E_STATUS_PROGRESS', `the status of gate "${id}" says neither passed nor failed`, ['gates', id], 'Give passed: DATE or failed: DATE, with a note.')];
  if (given.length > 1) return [problem('E_CONFLICT', `gate "${id}" both passed and failed`, ['gates', id, 'failed'], 'Keep the decision that stands.')];
  const on = entry[given[0]]!;
  return day(on) > day(asOf) ? [problem('E_STATUS_DATE', `gate "${id}" is ${given[0]} on ${on}, after as_of ${asOf}`, ['gates', id, given[0]])] : [];
}

function checkRisks(status: StatusSpec, model: Model): Diagnostic[] {
  return checkEntries('risks', 'risk', status.risks, model.risks.map((r) => r.id), (id, entry) => oneRiskState(id, entry, status.as_of));
}

function oneRiskState(id: string, entry: RiskStatusSpec, asOf: string): Diagnostic[] {
  const given = (['occurred', 'mitigated', 'closed'] as const).filter((k) => entry[k] !== undefined);
  if (given.length === 0) return [problem('E_STATUS_PROGRESS', `the status of risk "${id}" says neither occurred, mitigated nor closed`, ['risks', id], 'Give occurred: DATE (with its delay), mitigated: DATE or closed: DATE.')];
  if (given.length > 1) return [problem('E_CONFLICT', `risk "${id}" is both ${given[0]} and ${given[1]}`, ['risks', id, given[1]], 'Keep the state that stands now.')];
  const out: Diagnostic[] = [];
  if (entry.delay !== undefined && given[0] !== 'occurred') out.push(problem('E_STATUS_PROGRESS', `risk "${id}" has a delay but did not occur`, ['risks', id, 'delay'], 'A delay is what an occurred risk cost; remove it, or say occurred: DATE.'));
  const on = entry[given[0]]!;
  if (day(on) > day(asOf)) out.push(problem('E_STATUS_DATE', `risk "${id}" is ${given[0]} on ${on}, after as_of ${asOf}`, ['risks', id, given[0]]));
  return out;
}
