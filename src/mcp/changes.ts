/**
 * The changes a what_if applies to a spec, and how: each one edits the spec's YAML document
 * (comments and layout kept), so the changed plan is read by the same loader as any spec and a
 * value written by a change is validated like one. Ids a change names must exist (or, for new
 * elements, must not), with the closest id suggested.
 */
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { z } from 'zod';
import { closestId } from '../api/index.js';
import { MCP_MAX_CHANGES } from './limits.js';

const id = z.string().min(1).max(200);
const text = z.string().max(2000);
const date = z.string().max(40).describe('YYYY-MM-DD (hour plans: YYYY-MM-DDTHH:MM)');
const duration = z.union([z.string().max(40), z.number()]).describe('4h, 3d, 2w or a number of working slots');
const estimate = z.union([duration, z.array(duration).length(3)]).describe('One duration, or [optimistic, likely, pessimistic]');
const share = z.union([z.string().max(20), z.number()]).describe('50% or 0.5');
const level = z.enum(['low', 'medium', 'high']);

export const changeSchema = z.discriminatedUnion('change', [
  z
    .object({ change: z.literal('add_person'), id, name: text.optional(), skills: z.array(z.string().max(100)).max(50), availability: share.optional(), capacity: z.number().int().min(1).optional().describe('Makes it a pool of that many interchangeable people') })
    .strict()
    .describe('Add a person (or a pool) to the team'),
  z.object({ change: z.literal('remove_person'), id }).strict().describe('Remove a person or pool from the team; work assigned to them by name then has nobody'),
  z.object({ change: z.literal('set_estimate'), task: id, estimate }).strict().describe("Replace a task's or external item's duration, effort or estimate with this estimate (effort when the task has people, a span when it has none)"),
  z.object({ change: z.literal('set_deadline'), date, hard: z.boolean().optional(), confidence: share.optional(), deliver_by: date.optional() }).strict().describe('Move the deadline; a deliver_by not given again is dropped'),
  z.object({ change: z.literal('set_start'), date }).strict().describe('Move the plan start'),
  z.object({ change: z.literal('cut_task'), task: id }).strict().describe('Cut a task: it becomes wont (listed, never scheduled)'),
  z.object({ change: z.literal('set_priority'), task: id, priority: z.enum(['must', 'should', 'could', 'wont']) }).strict().describe('Re-prioritise a task or external item'),
  z
    .object({ change: z.literal('add_risk'), id, title: text, affects: z.array(id).min(1).max(200), delay: estimate, likelihood: level.optional(), probability: share.optional(), impact: level.optional(), owner: text.optional(), mitigation: text.optional() })
    .strict()
    .describe('Add a risk event that delays the activities it affects'),
  z
    .object({ change: z.literal('set_freeze'), name: z.string().min(1).max(200), from: date, to: date, blocks: z.union([z.literal('all'), z.array(z.string().max(100)).max(50)]).optional() })
    .strict()
    .describe('Change the freeze of this name, or add it'),
  z.object({ change: z.literal('remove_freeze'), name: z.string().min(1).max(200) }).strict().describe('Remove the freeze of this name'),
]);

export const changesInput = z.array(changeSchema).min(1).max(MCP_MAX_CHANGES).describe('The changes, applied in order');

export type Change = z.output<typeof changeSchema>;

type Path = readonly (string | number)[];

/** Where a change wrote: found again by id or name once every change is applied (removals shift indices). */
interface Written {
  readonly collection: Path;
  readonly key: 'id' | 'name';
  readonly value: string;
  readonly field?: string;
}

export type Applied =
  | {
      readonly ok: true;
      readonly text: string;
      /** Per change, the spec paths it wrote. */
      readonly wrote: readonly (readonly Path[])[];
      /** The id of the list element a path lies in (`tasks[3].assignee`: the id of tasks[3]). */
      readonly idAt: (path: Path) => string | undefined;
    }
  | { readonly ok: false; readonly message: string };

const ACTIVITIES: readonly Path[] = [['tasks'], ['external'], ['gates'], ['milestones']];
const WORK: readonly Path[] = [['tasks'], ['external']];
const FREEZES: Path = ['calendar', 'freezes'];

/** Applies the changes in order to the spec text; the first change that cannot apply refuses them all. */
export function applyChanges(spec: string, changes: readonly Change[]): Applied {
  const doc = parseDocument(spec);
  if (doc.errors.length > 0) return { ok: false, message: `the spec could not be read for editing: ${doc.errors[0].message}` };
  const written: (Written | Path)[][] = [];
  for (const [i, change] of changes.entries()) {
    const outcome = applyOne(doc, change);
    if (typeof outcome === 'string') return { ok: false, message: `change ${i + 1} (${change.change}): ${outcome}` };
    written.push(outcome);
  }
  const wrote = written.map((list) => list.map((w) => ('collection' in w ? locate(doc, w) : w)).filter((p): p is Path => p !== undefined));
  const idAt = (path: Path) => (path.length >= 2 && typeof path[1] === 'number' ? keyOf(doc.getIn(path.slice(0, 2), true), 'id') : undefined);
  return { ok: true, text: doc.toString({ lineWidth: 0 }), wrote, idAt };
}

/** What one change wrote, or why it cannot apply. */
function applyOne(doc: Document, c: Change): (Written | Path)[] | string {
  switch (c.change) {
    case 'add_person': {
      const taken = ACTIVITIES.concat([['team']]).flatMap((p) => ids(doc, p, 'id')).includes(c.id);
      if (taken) return `the id "${c.id}" is already used in the spec; give the new person another id`;
      append(doc, ['team'], { id: c.id, ...(c.name !== undefined ? { name: c.name } : {}), skills: c.skills, ...(c.availability !== undefined ? { availability: c.availability } : {}), ...(c.capacity !== undefined ? { capacity: c.capacity } : {}) });
      return [{ collection: ['team'], key: 'id', value: c.id }];
    }
    case 'remove_person': {
      const found = find(doc, [['team']], 'id', c.id, 'team member or pool');
      if (typeof found === 'string') return found;
      found.seq.items.splice(found.index, 1);
      return [];
    }
    case 'set_estimate': {
      const found = find(doc, WORK, 'id', c.task, 'task or external item');
      if (typeof found === 'string') return found;
      found.map.delete('duration');
      found.map.delete('effort');
      found.map.set('estimate', flow(doc, c.estimate));
      return [{ collection: found.collection, key: 'id', value: c.task, field: 'estimate' }];
    }
    case 'set_deadline':
      setDeadline(doc, c);
      return [['deadline']];
    case 'set_start':
      doc.set('start', c.date);
      return [['start']];
    case 'cut_task':
    case 'set_priority': {
      const found = find(doc, WORK, 'id', c.task, 'task or external item');
      if (typeof found === 'string') return found;
      found.map.set('priority', c.change === 'cut_task' ? 'wont' : c.priority);
      return [{ collection: found.collection, key: 'id', value: c.task, field: 'priority' }];
    }
    case 'add_risk': {
      if (ids(doc, ['risks'], 'id').includes(c.id)) return `a risk with id "${c.id}" already exists; give the new risk another id`;
      const { change: _kind, ...risk } = c;
      append(doc, ['risks'], risk);
      return [{ collection: ['risks'], key: 'id', value: c.id }];
    }
    case 'set_freeze': {
      const { change: _kind, ...freeze } = c;
      const found = find(doc, [FREEZES], 'name', c.name, 'freeze');
      if (typeof found === 'string') append(doc, FREEZES, freeze);
      else for (const [key, value] of Object.entries(freeze)) found.map.set(key, flow(doc, value));
      return [{ collection: FREEZES, key: 'name', value: c.name }];
    }
    case 'remove_freeze': {
      const found = find(doc, [FREEZES], 'name', c.name, 'freeze');
      if (typeof found === 'string') return found;
      found.seq.items.splice(found.index, 1);
      return [];
    }
  }
}

function setDeadline(doc: Document, c: Extract<Change, { change: 'set_deadline' }>): void {
  const current = doc.get('deadline', true);
  const deadline = isMap(current) ? current : (doc.createNode({}) as YAMLMap);
  deadline.set('date', c.date);
  if (c.hard !== undefined) deadline.set('hard', c.hard);
  if (c.confidence !== undefined) deadline.set('confidence', c.confidence);
  // A deliver-by date is set against one deadline: kept past a move it would bind the old one.
  if (c.deliver_by !== undefined) deadline.set('deliver_by', c.deliver_by);
  else deadline.delete('deliver_by');
  if (deadline !== current) doc.set('deadline', deadline);
}

function seqAt(doc: Document, path: Path): YAMLSeq | undefined {
  const node = doc.getIn(path, true);
  return isSeq(node) ? node : undefined;
}

function keyOf(item: unknown, key: string): string | undefined {
  if (!isMap(item)) return undefined;
  const value: unknown = item.get(key);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function ids(doc: Document, path: Path, key: 'id' | 'name'): string[] {
  return (seqAt(doc, path)?.items ?? []).map((item) => keyOf(item, key)).filter((k): k is string => k !== undefined);
}

interface Found {
  readonly collection: Path;
  readonly seq: YAMLSeq;
  readonly index: number;
  readonly map: YAMLMap;
}

/** The element with this id (or name) in the first of the collections that has it, or why there is none. */
function find(doc: Document, collections: readonly Path[], key: 'id' | 'name', value: string, what: string): Found | string {
  for (const collection of collections) {
    const seq = seqAt(doc, collection);
    const index = seq ? seq.items.findIndex((item) => keyOf(item, key) === value) : -1;
    if (seq && index >= 0) return { collection, seq, index, map: seq.items[index] as YAMLMap };
  }
  const near = closestId(value, collections.flatMap((p) => ids(doc, p, key)));
  return `no ${what} has ${key} "${value}"${near ? `; did you mean "${near}"?` : ''}`;
}

function flow(doc: Document, value: unknown) {
  const node = doc.createNode(value);
  if (isMap(node) || isSeq(node)) node.flow = true;
  return node;
}

/** Appends an element to a list of the spec, creating the list when the spec has none. */
function append(doc: Document, path: Path, value: Record<string, unknown>): void {
  const seq = seqAt(doc, path);
  if (seq) seq.items.push(flow(doc, value));
  else doc.setIn(path, doc.createNode([value]));
}

function locate(doc: Document, w: Written): Path | undefined {
  const index = seqAt(doc, w.collection)?.items.findIndex((item) => keyOf(item, w.key) === w.value) ?? -1;
  return index < 0 ? undefined : [...w.collection, index, ...(w.field ? [w.field] : [])];
}

/** Whether a diagnostic's path lies in what a change wrote. */
export function within(path: Path | undefined, prefix: Path): boolean {
  return path !== undefined && prefix.length <= path.length && prefix.every((part, i) => path[i] === part);
}
