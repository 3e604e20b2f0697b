/**
 * Test helper: a PlanResult built by hand (model + hand-placed schedule + criticality), so
 * analyses and renderers are tested against numbers a person can check, independent of the
 * scheduler. Not used by the core.
 */
import type { Diagnostic } from '../../diag/index.js';
import { emptyModel } from '../../model/index.js';
import type { Activity, ActivityType, GateInfo, Level, Model, Priority, Resource } from '../../model/types.js';
import { resourceOf, weekdayCalendar } from '../../schedule/testing/build-model.js';
import type { ChainStep, Driver, ScheduledActivity } from '../../schedule/index.js';
import type { PlanResult } from '../result.js';
import { fakeCalendar } from './fake-calendar.js';

export interface ActivityInput {
  id: string;
  title?: string;
  type?: ActivityType;
  phase?: string;
  kind?: string;
  priority?: Priority;
  uncertainty?: Level;
  /** Work: `effort` makes an effort task; otherwise the placement's length is the duration. */
  effort?: number;
  after?: string[];
  assignee?: string | string[];
  deliverable?: string;
  goal?: string;
  owner?: string;
  gate?: Partial<GateInfo>;
  /** Hand placement [start, finish) in slots; omit to leave the activity unscheduled. */
  at?: [number, number];
  /** Split placement, for splittable work paused around a freeze. */
  segments?: [number, number][];
  float?: number;
  /** Why it starts when it does; by default the first predecessor ending at its start, else the plan start. */
  drivenBy?: Driver;
}

export type ResourceInput = Partial<Resource> & { id: string };

export interface PlanInput extends Partial<Omit<Model, 'activities' | 'resources'>> {
  resources?: ResourceInput[];
  activities: ActivityInput[];
  /** The critical activities, in order: one chain from the plan start to the finish. */
  criticalPath?: string[];
  diagnostics?: Diagnostic[];
}

function activityOf(a: ActivityInput, i: number): Activity {
  const assignees = a.assignee === undefined ? [] : Array.isArray(a.assignee) ? a.assignee : [a.assignee];
  const length = a.at ? a.at[1] - a.at[0] : 0;
  const type = a.type ?? 'task';
  return {
    id: a.id,
    title: a.title ?? a.id,
    type,
    work: a.effort !== undefined ? { mode: 'effort', amount: a.effort } : { mode: 'duration', slots: length },
    deps: (a.after ?? []).map((from) => ({ from, type: 'FS', lag: 0 })),
    demands: assignees.map((resource) => ({ resource, skills: [], units: 1 })),
    priority: a.priority ?? 'must',
    uncertainty: a.uncertainty ?? 'medium',
    phase: a.phase,
    kind: a.kind,
    deliverable: a.deliverable,
    splittable: a.segments !== undefined,
    goal: a.goal,
    owner: a.owner,
    gate: type === 'gate' ? { question: 'Go?', criteria: [], onFail: 'Stop', ...a.gate } : undefined,
    path: ['tasks', i],
  };
}

export function buildModel(input: PlanInput): Model {
  const { resources, activities, criticalPath: _cp, diagnostics: _d, calendar, ...rest } = input;
  return {
    ...emptyModel('Test plan', '2024-10-14', weekdayCalendar(calendar)),
    ...rest,
    resources: (resources ?? []).map(resourceOf),
    activities: activities.map(activityOf),
  };
}

export function buildPlan(input: PlanInput): PlanResult {
  const model = buildModel(input);
  const critical = new Set(input.criticalPath ?? []);
  const placed = input.activities.filter((a) => a.at || a.segments);
  const scheduled: ScheduledActivity[] = placed.map((a) => {
    const segments = a.segments ?? (a.at![1] > a.at![0] ? [a.at!] : []);
    const start = a.at ? a.at[0] : segments[0][0];
    const finish = a.at ? a.at[1] : segments[segments.length - 1][1];
    return { id: a.id, start, finish, assignees: a.assignee === undefined ? [] : [a.assignee].flat(), segments };
  });
  const makespan = Math.max(0, ...scheduled.map((s) => s.finish));
  return {
    model,
    calendar: fakeCalendar(model),
    schedule: { activities: scheduled, makespan },
    timing: {
      activities: scheduled.map((s) => {
        const totalFloat = critical.has(s.id) ? 0 : (input.activities.find((a) => a.id === s.id)?.float ?? 1);
        return {
          id: s.id,
          earlyStart: s.start,
          earlyFinish: s.finish,
          lateStart: s.start + totalFloat,
          lateFinish: s.finish + totalFloat,
          totalFloat,
          freeFloat: totalFloat,
          critical: critical.has(s.id),
          drivenBy: driverOf(s, input, scheduled),
        };
      }),
      chains: input.criticalPath ? [chainOf(input.criticalPath, scheduled)] : [],
    },
    diagnostics: input.diagnostics ?? [],
    options: { schedules: 1, seed: 1 },
  };
}

/**
 * The given driver, else the first predecessor that ends when the activity starts, else work that
 * hands its person over at that moment, else the plan start.
 */
function driverOf(s: ScheduledActivity, input: PlanInput, scheduled: readonly ScheduledActivity[]): Driver {
  const a = input.activities.find((x) => x.id === s.id);
  if (a?.drivenBy) return a.drivenBy;
  const from = (a?.after ?? []).find((id) => scheduled.find((x) => x.id === id)?.finish === s.start);
  if (from !== undefined) return { kind: 'link', from, type: 'FS', lag: 0 };
  const handoff = s.segments.length === 0 ? undefined : scheduled.find((p) => p.id !== s.id && p.segments.length > 0 && p.finish === s.start && p.assignees.some((r) => s.assignees.includes(r)));
  return handoff ? { kind: 'handoff', from: handoff.id, resource: handoff.assignees.find((r) => s.assignees.includes(r))! } : { kind: 'start' };
}

/** The listed activities as one chain, a wait before the first when it does not start at 0. */
function chainOf(ids: readonly string[], scheduled: readonly ScheduledActivity[]): ChainStep[] {
  const steps: ChainStep[] = [];
  for (const id of ids) {
    const s = scheduled.find((x) => x.id === id);
    if (!s) continue;
    if (steps.length === 0 && s.start > 0) steps.push({ kind: 'wait', from: 0, to: s.start, reason: { kind: 'none' } });
    steps.push({ kind: 'activity', id, start: s.start, finish: s.finish });
  }
  return steps;
}
