/**
 * What the semantic checks share: the salvaged spec, the plan grid, and an index of every id.
 * Checks are pure functions (context) => diagnostics with spec paths; the loader adds ranges.
 */
import type { Diagnostic } from '../../diag/index.js';
import type { Priority } from '../../model/index.js';
import type { ElementSection, ExternalSpec, GateSpec, LinkSpec, MemberSpec, MilestoneSpec, RecurringSpec, RiskSpec, RoleSpec, RotationSpec, ShiftSpec, Spec, TaskSpec } from '../schema.js';
import type { Draft, ShapeResult } from '../shape.js';
import type { Path } from '../source-map.js';
import { gridOf, type Grid } from '../units.js';

export type ActivitySection = 'tasks' | 'external' | 'gates' | 'milestones';

/** A schedulable element of the spec, whatever its section. */
export interface ActivityRef {
  readonly id: string;
  readonly section: ActivitySection;
  readonly path: Path;
  readonly after: readonly LinkSpec[];
  readonly priority: Priority;
}

export interface ResourceRef {
  readonly id: string;
  readonly kind: 'person' | 'pool';
  readonly skills: readonly string[];
  readonly capacity: number;
  readonly path: Path;
}

/** A valid list element with its place in the spec (broken elements leave gaps in indices). */
export interface Entry<T> {
  readonly value: T;
  readonly path: Path;
}

export interface CheckContext {
  readonly draft: Draft;
  readonly tasks: readonly Entry<TaskSpec>[];
  readonly external: readonly Entry<ExternalSpec>[];
  readonly gates: readonly Entry<GateSpec>[];
  readonly milestones: readonly Entry<MilestoneSpec>[];
  readonly team: readonly Entry<MemberSpec>[];
  readonly risks: readonly Entry<RiskSpec>[];
  readonly recurring: readonly Entry<RecurringSpec>[];
  readonly shifts: readonly Entry<ShiftSpec>[];
  readonly rotations: readonly Entry<RotationSpec>[];
  readonly roles: readonly Entry<RoleSpec>[];
  readonly goalList: readonly Entry<Spec['goals'][number]>[];
  readonly grid: Grid;
  /** Ids of elements that failed the schema: references to them are not unknown. */
  readonly brokenIds: ReadonlySet<string>;
  /** Sections with schema errors: they are only partly in the draft. */
  readonly brokenSections: ReadonlySet<string>;
  /** Every activity in spec order (tasks, external, gates, milestones); duplicates included. */
  readonly activityList: readonly ActivityRef[];
  /** First definition of each activity id. */
  readonly activities: ReadonlyMap<string, ActivityRef>;
  readonly resources: ReadonlyMap<string, ResourceRef>;
  readonly goals: ReadonlySet<string>;
  /** Where a path sits in the document, for "which came first"; spec order when unknown. */
  readonly documentOrder: (path: Path) => number;
}

export type Check = (ctx: CheckContext) => Diagnostic[];

export function buildContext(shape: ShapeResult, documentOrder: (path: Path) => number): CheckContext {
  const { draft, brokenIds, brokenSections, origins } = shape;
  const entries = <K extends ElementSection>(section: K): Entry<Spec[K][number]>[] =>
    ((draft[section] ?? []) as Spec[K][number][]).map((value, k) => ({ value, path: [section, origins.get(section)?.[k] ?? k] }));
  const tasks = entries('tasks');
  const external = entries('external');
  const gates = entries('gates');
  const milestones = entries('milestones');
  const team = entries('team');
  const activityList: ActivityRef[] = [
    ...tasks.map(({ value: t, path }): ActivityRef => ({ id: t.id, section: 'tasks', path, after: t.after, priority: t.priority })),
    ...external.map(({ value: e, path }): ActivityRef => ({ id: e.id, section: 'external', path, after: e.after, priority: e.priority })),
    ...gates.map(({ value: g, path }): ActivityRef => ({ id: g.id, section: 'gates', path, after: g.after, priority: 'must' })),
    ...milestones.map(({ value: m, path }): ActivityRef => ({ id: m.id, section: 'milestones', path, after: m.after, priority: 'must' })),
  ];
  const activities = new Map<string, ActivityRef>();
  for (const a of activityList) if (!activities.has(a.id)) activities.set(a.id, a);

  const resources = new Map<string, ResourceRef>();
  for (const { value: m, path } of team) {
    if (resources.has(m.id)) continue;
    const pool = m.capacity !== undefined;
    resources.set(m.id, { id: m.id, kind: pool ? 'pool' : 'person', skills: m.skills, capacity: m.capacity ?? 1, path });
  }
  const goalList = entries('goals');
  const goals = new Set(goalList.map((g) => g.value.id));
  return {
    draft,
    tasks,
    external,
    gates,
    milestones,
    team,
    risks: entries('risks'),
    recurring: entries('recurring'),
    shifts: entries('shifts'),
    rotations: entries('rotations'),
    roles: entries('roles'),
    goalList,
    grid: gridOf(draft.calendar),
    brokenIds,
    brokenSections,
    activityList,
    activities,
    resources,
    goals,
    documentOrder,
  };
}

/** The predecessor id of a dependency entry. */
export function linkTarget(link: LinkSpec): string {
  return typeof link === 'string' ? link : link.task;
}

/** The path of a dependency entry's id: the entry itself, or its `task` field. */
export function linkPath(activity: ActivityRef, index: number): Path {
  const link = activity.after[index];
  return typeof link === 'string' ? [...activity.path, 'after', index] : [...activity.path, 'after', index, 'task'];
}

export const SECTION_NOUN: Record<ActivitySection | 'team', string> = {
  tasks: 'task',
  external: 'external item',
  gates: 'gate',
  milestones: 'milestone',
  team: 'team member',
};
