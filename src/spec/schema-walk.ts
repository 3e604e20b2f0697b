/**
 * Finding the schema that governs a spec path, guided by the data there (a union is resolved to
 * the branch whose type matches the value). Used to word diagnostics: the known keys of an
 * object for "did you mean", and the registered format of a leaf (duration, date, share...).
 */
import * as z from 'zod';
import { formats, type FormatInfo } from './schema.js';
import type { Path } from './source-map.js';

export interface Resolved {
  /** The schema at the path with optional/default wrappers removed and unions resolved by the value. */
  readonly schema?: z.ZodType;
  /** The schema at the path as declared (wrappers and unions kept); undefined off the schema. */
  readonly declared?: z.ZodType;
  /** The innermost registered format on the way, e.g. a duration inside an estimate range. */
  readonly format?: FormatInfo;
}

export function resolveSchema(root: z.ZodType, path: Path, data: unknown): Resolved {
  let schema: z.ZodType | undefined = root;
  let value = data;
  let declared: z.ZodType | undefined = root;
  let found: FormatInfo | undefined;
  const note = (s: z.ZodType): void => {
    found = formats.get(s) ?? found;
  };
  for (let i = 0; ; i++) {
    schema = unwrap(schema, value, note);
    if (!schema || i === path.length) break;
    const step = path[i];
    schema = child(schema, step);
    declared = schema;
    value = childValue(value, step);
  }
  return { schema, declared, format: found };
}

/** Removes wrappers and picks the union branch that fits the value, noting formats on the way. */
export function unwrap(start: z.ZodType | undefined, value: unknown, note: (s: z.ZodType) => void = () => {}): z.ZodType | undefined {
  let s = start;
  for (let guard = 0; s && guard < 32; guard++) {
    note(s);
    if (isWrapper(s)) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodUnion) {
      const branch = branchFor(s, value);
      if (!branch) return s;
      s = branch;
    } else return s;
  }
  return s;
}

/** The union option whose base type matches the JavaScript type of the value, if exactly findable. */
function branchFor(union: z.ZodUnion, value: unknown): z.ZodType | undefined {
  const i = branchIndexFor(union, value);
  return i < 0 ? undefined : (union.options[i] as z.ZodType);
}

export function branchIndexFor(union: z.ZodUnion, value: unknown): number {
  const options = union.options as readonly z.ZodType[];
  return options.findIndex((o) => accepts(baseOf(o), value));
}

/** The schema without optional/default/nullable wrappers (unions kept). */
export function baseOf(s: z.ZodType): z.ZodType {
  let b = s;
  for (let guard = 0; guard < 32 && isWrapper(b); guard++) b = b.unwrap() as z.ZodType;
  return b;
}

/** Optional, default and nullable change whether a value may be absent, not what it is. */
function isWrapper(s: z.ZodType): s is z.ZodOptional | z.ZodDefault | z.ZodNullable {
  return s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable;
}

function accepts(s: z.ZodType, value: unknown): boolean {
  if (s instanceof z.ZodObject || s instanceof z.ZodRecord) return isRecord(value);
  if (s instanceof z.ZodArray || s instanceof z.ZodTuple) return Array.isArray(value);
  if (s instanceof z.ZodString || s instanceof z.ZodEnum) return typeof value === 'string';
  if (s instanceof z.ZodLiteral) return [...s.values].some((v) => typeof v === typeof value);
  if (s instanceof z.ZodNumber) return typeof value === 'number';
  if (s instanceof z.ZodBoolean) return typeof value === 'boolean';
  if (s instanceof z.ZodUnion) return (s.options as readonly z.ZodType[]).some((o) => accepts(baseOf(o), value));
  return false;
}

function child(s: z.ZodType, step: string | number): z.ZodType | undefined {
  if (s instanceof z.ZodObject && typeof step === 'string') {
    const shape = s.shape as Record<string, z.ZodType>;
    return Object.prototype.hasOwnProperty.call(shape, step) ? shape[step] : undefined;
  }
  if (s instanceof z.ZodArray && typeof step === 'number') return s.element as z.ZodType;
  if (s instanceof z.ZodRecord && typeof step === 'string') return s.valueType as z.ZodType;
  if (s instanceof z.ZodTuple && typeof step === 'number') return (s.def.items as readonly z.ZodType[])[step];
  return undefined;
}

function childValue(value: unknown, step: string | number): unknown {
  if (Array.isArray(value) && typeof step === 'number') return value[step];
  if (isRecord(value) && typeof step === 'string' && Object.prototype.hasOwnProperty.call(value, step)) return value[step];
  return undefined;
}

/** The value at a path of plain data, or undefined. */
export function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const step of path) v = childValue(v, step);
  return v;
}

/** Whether the object at the parent path lacks the last key of `path`. */
export function isMissing(data: unknown, path: Path): boolean {
  if (path.length === 0) return data === undefined;
  const parent = valueAt(data, path.slice(0, -1));
  const last = path[path.length - 1];
  return isRecord(parent) && typeof last === 'string' && !Object.prototype.hasOwnProperty.call(parent, last);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The keys an object schema knows. */
export function knownKeys(s: z.ZodType | undefined): string[] {
  return s instanceof z.ZodObject ? Object.keys(s.shape as Record<string, unknown>) : [];
}
